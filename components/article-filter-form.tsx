import { Link } from '@/components/link';
import type { ArticleFilter, ArticleFilterOptions } from '@/lib/guides/article-filter';

const SELECT =
  'w-full rounded border border-zinc-400 bg-white px-2 py-1.5 text-zinc-900 dark:border-zinc-500 dark:bg-zinc-900 dark:text-zinc-100';

/**
 * A plain GET form: it works without JavaScript, and the filtered list has an
 * address people can bookmark and share.
 */
export function ArticleFilterForm({ options, filter }: { options: ArticleFilterOptions; filter: ArticleFilter }) {
  return (
    <form
      method="get"
      action="/articles"
      aria-label="Filter articles"
      className="mt-6 grid gap-4 rounded-lg border border-zinc-200 p-4 sm:grid-cols-[1fr_1fr_auto] sm:items-end dark:border-zinc-800"
    >
      <div className="flex flex-col gap-1">
        <label htmlFor="filter-role" className="text-sm font-semibold">
          Role discussed
        </label>
        <select id="filter-role" name="role" defaultValue={filter.role ?? ''} className={SELECT}>
          <option value="">All roles</option>
          {options.roles.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label} ({option.count})
            </option>
          ))}
        </select>
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="filter-category" className="text-sm font-semibold">
          Category
        </label>
        <select id="filter-category" name="category" defaultValue={filter.category ?? ''} className={SELECT}>
          <option value="">All categories</option>
          {options.categories.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label} ({option.count})
            </option>
          ))}
        </select>
      </div>
      <div className="flex items-center gap-4">
        <button
          type="submit"
          className="rounded bg-zinc-900 px-4 py-1.5 font-semibold text-white hover:bg-zinc-700 dark:bg-zinc-100 dark:text-zinc-900 dark:hover:bg-zinc-300"
        >
          Filter
        </button>
        {(filter.role || filter.category) && <Link href="/articles">Clear</Link>}
      </div>
    </form>
  );
}
