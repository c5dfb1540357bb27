import NextLink from 'next/link';
import { Link } from '@/components/link';
import { ProvenanceLink } from '@/components/provenance-link';
import { FigurePay } from '@/components/pay/figure-pay';
import { ScrollTable } from '@/components/scroll-table';
import type { SalaryFigure } from '@/lib/content/schema';
import { salaryQueryHref, type SalaryQuery, type SortKey } from '@/lib/guides/pay/explorer';
import { LEVEL_LABELS } from '@/lib/guides/pay/series';
import { describeKind } from '@/lib/guides/pay/text';

interface SalaryFiguresTableProps {
  figures: readonly SalaryFigure[];
  query: SalaryQuery;
  caption: string;
  roleName: (slug: string | null) => string;
  articleTitle: (slug: string) => string;
}

const COLUMNS: { key: SortKey | null; label: string }[] = [
  { key: 'role', label: 'Role' },
  { key: 'level', label: 'Level' },
  { key: 'pay', label: 'Pay' },
  { key: null, label: 'Kind' },
  { key: null, label: 'Location' },
  { key: null, label: 'Data credited' },
  { key: 'source', label: 'Where it is stated' },
];

/**
 * Every figure the filters select, one row each. Sortable columns are links
 * to the same page sorted by that column, so sorting works without
 * JavaScript and each order has its own address; `aria-sort` tells screen
 * readers the current order.
 */
export function SalaryFiguresTable({ figures, query, caption, roleName, articleTitle }: SalaryFiguresTableProps) {
  return (
    <ScrollTable caption={caption} className="min-w-[52rem]">
      <thead>
        <tr>
          {COLUMNS.map((column) => (
            <th
              key={column.label}
              scope="col"

              aria-sort={
                column.key !== null && column.key === query.sort
                  ? query.dir === 'asc'
                    ? 'ascending'
                    : 'descending'
                  : undefined
              }
            >
              {column.key === null ? column.label : <SortLink column={column.key} label={column.label} query={query} />}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {figures.map((figure) => (
          <tr key={figure.id} data-figure-id={figure.id}>
            <th scope="row" className="font-normal">
              {figure.role.slug === null ? (
                roleName(null)
              ) : (
                <Link href={`/roles/${figure.role.slug}`}>{roleName(figure.role.slug)}</Link>
              )}
            </th>
            <td>{LEVEL_LABELS[figure.level.level]}</td>
            <td>
              <FigurePay figure={figure} />
            </td>
            <td>{describeKind(figure)}</td>
            <td>{figure.location ?? 'Not stated'}</td>
            <td>{figure.credited ?? 'Not stated'}</td>
            <td className="min-w-[14rem]">
              <ProvenanceLink provenance={figure.provenance} articleTitle={articleTitle(figure.provenance.article)} />
            </td>
          </tr>
        ))}
      </tbody>
    </ScrollTable>
  );
}

function SortLink({ column, label, query }: { column: SortKey; label: string; query: SalaryQuery }) {
  const active = query.sort === column;
  // Clicking the current column reverses it; a new column starts with its natural order.
  // A new order starts again from its first page.
  const dir = active ? (query.dir === 'asc' ? 'desc' : 'asc') : column === 'pay' ? 'desc' : 'asc';
  const arrow = active ? (query.dir === 'asc' ? '▲' : '▼') : '';
  return (
    // A soft navigation: the table re-sorts in place without scrolling to the top.
    <NextLink
      href={salaryQueryHref({ ...query, sort: column, dir, page: 1 })}
      prefetch={false}
      scroll={false}
      className="inline-flex gap-1"
    >
      {label}
      <span className="sr-only">, sort {dir === 'asc' ? 'ascending' : 'descending'}</span>
      {arrow && <span aria-hidden="true">{arrow}</span>}
    </NextLink>
  );
}
