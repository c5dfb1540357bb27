import type { ReactNode } from 'react';
import { SalaryFiguresTable } from '@/components/pay/salary-figures-table';
import { SalaryFilters } from '@/components/pay/salary-filters';
import { TablePages } from '@/components/table-pages';
import type { SalaryFigure } from '@/lib/content/schema';
import {
  salaryQueryHref,
  type FiguresPage,
  type SalaryFilterOptions,
  type SalaryQuery,
} from '@/lib/guides/pay/explorer';

interface SalaryFiguresProps {
  options: SalaryFilterOptions;
  query: SalaryQuery;
  /** The page of the selected figures the table shows. */
  table: FiguresPage<SalaryFigure>;
  caption: string;
  status: string;
  roleName: (slug: string | null) => string;
  articleTitle: (slug: string) => string;
  /** The charts of the selected figures. */
  children: ReactNode;
}

/** Filters, then what they select: a count that screen readers hear when it changes, the charts and a page of the table. */
export function SalaryFigures({
  options,
  query,
  table,
  caption,
  status,
  roleName,
  articleTitle,
  children,
}: SalaryFiguresProps) {
  return (
    <div className="mt-8 flex flex-col gap-6">
      <SalaryFilters options={options} query={query} />
      <p role="status" className="font-medium">
        {status}
      </p>
      <section aria-labelledby="charts-heading" className="flex flex-col gap-6">
        <h2 id="charts-heading" className="text-2xl font-bold">
          Pay chart
        </h2>
        {children}
      </section>
      <section aria-labelledby="figures-heading" className="flex flex-col gap-3">
        <h2 id="figures-heading" className="text-2xl font-bold">
          Every figure
        </h2>
        {table.total === 0 ? (
          <p>No figure matches these filters.</p>
        ) : (
          <>
            <SalaryFiguresTable
              figures={table.rows}
              query={query}
              caption={caption}
              roleName={roleName}
              articleTitle={articleTitle}
            />
            <TablePages
              label="salary figures"
              {...table}
              href={(page) => `${salaryQueryHref({ ...query, page })}#figures-heading`}
            />
          </>
        )}
      </section>
    </div>
  );
}
