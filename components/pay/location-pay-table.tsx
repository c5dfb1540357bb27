import { formatCount, formatPay } from '@/lib/format';
import { figureAnchor } from '@/lib/guides/provenance';
import type { SalarySeries } from '@/lib/guides/pay/series';
import { ScrollTable } from '@/components/scroll-table';

const ARTICLE = { one: 'article', other: 'articles' };

/**
 * Pay by place, compactly: each figure appears once more here, as a link to
 * its row in the by-level table above, which carries its quote and source.
 * Repeating the full provenance for every figure doubled the guide's size.
 */
export function LocationPayTable({ series, caption }: { series: SalarySeries; caption: string }) {
  return (
    <ScrollTable caption={caption} className="min-w-[32rem]">
      <thead>
        <tr>
          <th scope="col">Location (as written)</th>
          <th scope="col">Figures, each linked to its source row</th>
          <th scope="col">Articles</th>
        </tr>
      </thead>
      <tbody>
        {series.rows.map((row) => (
          <tr key={row.key}>
            <th scope="row" className="font-normal">
              {row.label}
            </th>
            <td>
              <ul className="flex flex-col gap-1">
                {row.marks.map(({ figure }) => (
                  <li key={figure.id}>
                    <a href={`#${figureAnchor(figure.id)}`}>{formatPay(figure, { withPeriod: true })}</a>
                  </li>
                ))}
              </ul>
            </td>
            <td>{formatCount(row.sourceCount, ARTICLE)}</td>
          </tr>
        ))}
      </tbody>
    </ScrollTable>
  );
}
