interface SiteSearchFormProps {
  /** Unique per page: the header and the home page each have a search box. */
  id?: string;
  /** The home page's prominent box, wider and with a visible label. */
  prominent?: boolean;
}

/**
 * A search box: a plain GET form to /search, so it works before (and
 * without) JavaScript.
 */
export function SiteSearchForm({ id = 'site-search', prominent = false }: SiteSearchFormProps) {
  return (
    <form
      action="/search"
      method="get"
      role="search"
      aria-label={prominent ? 'Search the guides' : 'Site'}
      className={prominent ? 'flex flex-col gap-2' : 'flex items-center gap-2'}
    >
      <label htmlFor={id} className={prominent ? 'font-semibold' : 'sr-only'}>
        Search roles, skills, certifications and articles
      </label>
      <div className="flex items-center gap-2">
        <input
          id={id}
          name="q"
          type="search"
          required
          placeholder={prominent ? 'e.g. PyTorch, AI architect, AWS certification' : 'Search'}
          className={`rounded border border-zinc-400 bg-white px-2 py-1 text-zinc-900 placeholder:text-zinc-600 dark:border-zinc-500 dark:bg-zinc-900 dark:text-zinc-100 dark:placeholder:text-zinc-400 ${
            prominent ? 'w-full max-w-md py-2 text-base' : 'w-36 text-sm sm:w-48'
          }`}
        />
        <button
          type="submit"
          className={`rounded bg-zinc-900 px-3 font-semibold text-white hover:bg-zinc-700 dark:bg-zinc-100 dark:text-zinc-900 dark:hover:bg-zinc-300 ${
            prominent ? 'py-2' : 'py-1 text-sm'
          }`}
        >
          Search
        </button>
      </div>
    </form>
  );
}
