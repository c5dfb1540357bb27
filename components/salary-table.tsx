import { ProvenanceLink } from '@/components/provenance-link';
import { formatPay } from '@/lib/format';
import type { SalarySeries } from '@/lib/guides/salary-summary';
import { describeKind } from '@/lib/guides/salary-text';

const CELL = 'border px-3 py-2 align-top [border-color:var(--rule)]';
const HEADER_CELL = `${CELL} font-semibold bg-[var(--subtle-bg)]`;

export interface SalaryTableProps {
  series: SalarySeries;
  caption: string;
  /** What the rows are: "Level", "Role" or "Location". */
  rowHeader: string;
  /** Article slug -> title, for the provenance links. */
  articleTitles: ReadonlyMap<string, string>;
  /** Unique on the page; names the scrolling region. */
  id: string;
  /** Set false when the rows already are locations. */
  locationColumn?: boolean;
}

/**
 * Every figure of a series, one table row each, with the row label, the pay
 * as written (with its period), its kind, place, credited source and a link
 * to where it was read. The same data the chart draws, for reading and copying.
 */
export function SalaryTable({
  series,
  caption,
  rowHeader,
  articleTitles,
  id,
  locationColumn = true,
}: SalaryTableProps) {
  const captionId = `${id}-caption`;
  const showLocation =
    locationColumn && series.rows.some((row) => row.marks.some((mark) => mark.figure.location !== null));
  return (
    <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="w-full min-w-[40rem] border-collapse text-left text-sm">
        <caption id={captionId} className="mb-2 text-left font-semibold">
          {caption}
        </caption>
        <thead>
          <tr>
            <th scope="col" className={HEADER_CELL}>
              {rowHeader}
            </th>
            <th scope="col" className={HEADER_CELL}>
              Pay
            </th>
            <th scope="col" className={HEADER_CELL}>
              Kind
            </th>
            {showLocation && (
              <th scope="col" className={HEADER_CELL}>
                Location
              </th>
            )}
            <th scope="col" className={HEADER_CELL}>
              Data credited
            </th>
            <th scope="col" className={`${HEADER_CELL} min-w-[14rem]`}>
              Where it is stated
            </th>
          </tr>
        </thead>
        <tbody>
          {series.rows.flatMap((row) =>
            row.marks.map(({ figure }) => (
              <tr key={figure.id} data-figure-id={figure.id}>
                <th scope="row" className={`${CELL} font-normal`}>
                  {row.label}
                </th>
                <td className={`${CELL} whitespace-nowrap`}>{formatPay(figure, { withPeriod: true })}</td>
                <td className={CELL}>{describeKind(figure)}</td>
                {showLocation && <td className={CELL}>{figure.location ?? 'Not stated'}</td>}
                <td className={CELL}>{figure.credited ?? 'Not stated'}</td>
                <td className={CELL}>
                  <ProvenanceLink
                    provenance={figure.provenance}
                    articleTitle={articleTitles.get(figure.provenance.article) ?? figure.provenance.article}
                  />
                </td>
              </tr>
            )),
          )}
        </tbody>
      </table>
    </div>
  );
}
