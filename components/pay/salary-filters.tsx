import { Link } from '@/components/link';
import { AutoApplyForm } from '@/components/auto-apply-form';
import { SyncedSelect } from '@/components/synced-select';
import { SALARY_FILTERS, type SalaryFilterOptions, type SalaryQuery } from '@/lib/guides/pay/explorer';

const SELECT =
  'w-full rounded border border-zinc-400 bg-white px-2 py-1.5 text-zinc-900 dark:border-zinc-500 dark:bg-zinc-900 dark:text-zinc-100';

/**
 * Two columns from the smallest screens, with the role (the longest names) on a row of
 * its own there: on a phone the filters take four short rows instead of six, and the
 * count of figures shows on the first screen.
 */
const FORM =
  'grid grid-cols-2 gap-3 rounded-lg border border-zinc-200 p-3 sm:gap-4 sm:p-4 lg:grid-cols-[repeat(5,1fr)_auto] lg:items-end dark:border-zinc-800';

/** The explorer's five filters; the current sort rides along as hidden fields. */
export function SalaryFilters({ options, query }: { options: SalaryFilterOptions; query: SalaryQuery }) {
  const filtered = SALARY_FILTERS.some((field) => query[field.name] !== null);
  return (
    <AutoApplyForm action="/salaries" label="Filter salary figures" className={FORM}>
      {SALARY_FILTERS.map((field) => (
        <div
          key={field.name}
          className={`flex min-w-0 flex-col gap-1${field.name === 'role' ? ' max-sm:col-span-2' : ''}`}
        >
          <label htmlFor={`salary-${field.name}`} className="text-sm font-semibold">
            {field.label}
          </label>
          <SyncedSelect
            id={`salary-${field.name}`}
            name={field.name}
            value={query[field.name] ?? ''}
            className={SELECT}
            options={[
              { value: '', label: field.all },
              ...options[field.name].map((option) => ({
                value: option.value,
                label: `${option.label} (${option.count})`,
              })),
            ]}
          />
        </div>
      ))}
      <input type="hidden" name="sort" value={query.sort} />
      <input type="hidden" name="dir" value={query.dir} />
      <div className="flex items-center gap-4">
        <button
          type="submit"
          className="rounded bg-zinc-900 px-4 py-1.5 font-semibold text-white hover:bg-zinc-700 dark:bg-zinc-100 dark:text-zinc-900 dark:hover:bg-zinc-300"
        >
          Apply
        </button>
        {filtered && <Link href="/salaries">Clear</Link>}
      </div>
    </AutoApplyForm>
  );
}
