/**
 * The header's search box: a plain GET form to /search, so it works before
 * (and without) JavaScript.
 */
export function SiteSearchForm() {
  return (
    <form action="/search" method="get" role="search" aria-label="Site" className="flex items-center gap-2">
      <label htmlFor="site-search" className="sr-only">
        Search roles, skills, certifications and articles
      </label>
      <input
        id="site-search"
        name="q"
        type="search"
        required
        placeholder="Search"
        className="w-36 rounded border border-zinc-400 bg-white px-2 py-1 text-sm text-zinc-900 placeholder:text-zinc-600 sm:w-48 dark:border-zinc-500 dark:bg-zinc-900 dark:text-zinc-100 dark:placeholder:text-zinc-400"
      />
      <button
        type="submit"
        className="rounded bg-zinc-900 px-3 py-1 text-sm font-semibold text-white hover:bg-zinc-700 dark:bg-zinc-100 dark:text-zinc-900 dark:hover:bg-zinc-300"
      >
        Search
      </button>
    </form>
  );
}
