import { ProvenanceLink } from '@/components/provenance-link';
import { figureAnchor } from '@/lib/guides/provenance';
import type { SalarySeries } from '@/lib/guides/pay/series';
import { describeKind } from '@/lib/guides/pay/text';
import { FigurePay } from '@/components/pay/figure-pay';
import { ScrollTable } from '@/components/scroll-table';

export interface SalaryTableProps {
  series: SalarySeries;
  caption: string;
  /** What the rows are: "Level", "Role" or "Location". */
  rowHeader: string;
  /** Article slug -> title, for the provenance links. */
  articleTitles: ReadonlyMap<string, string>;
}

/**
 * Every figure of a series, one table row each, with the row label, the pay
 * as written (with its period), its kind, place, credited source and a link
 * to where it was read. The same data the chart draws, for reading and copying.
 */
export function SalaryTable({ series, caption, rowHeader, articleTitles }: SalaryTableProps) {
  const showLocation = series.rows.some((row) => row.marks.some((mark) => mark.figure.location !== null));
  return (
    <ScrollTable caption={caption} className="min-w-[40rem]">
      <thead>
        <tr>
          <th scope="col">{rowHeader}</th>
          <th scope="col">Pay</th>
          <th scope="col">Kind</th>
          {showLocation && <th scope="col">Location</th>}
          <th scope="col">Data credited</th>
          <th scope="col" className="min-w-[14rem]">
            Where it is stated
          </th>
        </tr>
      </thead>
      <tbody>
        {series.rows.flatMap((row) =>
          row.marks.map(({ figure }) => (
            <tr key={figure.id} id={figureAnchor(figure.id)} data-figure-id={figure.id}>
              <th scope="row" className="font-normal">
                {row.label}
              </th>
              <td>
                <FigurePay figure={figure} />
              </td>
              <td>{describeKind(figure)}</td>
              {showLocation && <td>{figure.location ?? 'Not stated'}</td>}
              <td>{figure.credited ?? 'Not stated'}</td>
              <td>
                <ProvenanceLink
                  provenance={figure.provenance}
                  articleTitle={articleTitles.get(figure.provenance.article) ?? figure.provenance.article}
                />
              </td>
            </tr>
          )),
        )}
      </tbody>
    </ScrollTable>
  );
}
