import { ScrollTable } from '@/components/scroll-table';
import { formatCount, formatPay } from '@/lib/format';
import type { PlaceRow } from '@/lib/guides/pay/page';
import { figureAnchor } from '@/lib/guides/provenance';

const ARTICLE = { one: 'article', other: 'articles' };

/**
 * Pay by place, each spelling of a place gathered under its catalogue name:
 * every figure in its own currency and period, linked to its row in the full list below,
 * which carries its quote and source.
 */
export function PlacePayTable({ rows, caption }: { rows: readonly PlaceRow[]; caption: string }) {
  return (
    <ScrollTable caption={caption} className="min-w-[30rem]">
      <thead>
        <tr>
          <th scope="col">Place</th>
          <th scope="col">Figures, each linked to its row in the full list</th>
          <th scope="col">Articles</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            <th scope="row">{row.name}</th>
            <td>
              <ul className="flex flex-col gap-1">
                {row.figures.map((figure) => (
                  <li key={figure.id}>
                    <a href={`#${figureAnchor(figure.id)}`}>{formatPay(figure, { withPeriod: true })}</a>
                  </li>
                ))}
              </ul>
            </td>
            <td>{formatCount(row.articles, ARTICLE)}</td>
          </tr>
        ))}
      </tbody>
    </ScrollTable>
  );
}
