import { ProvenanceLink } from '@/components/provenance-link';
import { FigurePay } from '@/components/pay/figure-pay';
import { ScrollTable } from '@/components/scroll-table';
import type { SalaryFigure } from '@/lib/content/schema';
import { figureAnchor } from '@/lib/guides/provenance';
import type { PaySummary, SummaryFigure } from '@/lib/guides/pay/summary';
import { BASIS_LABELS, describeCounted, describeSummary, summaryLevelLabel } from '@/lib/guides/pay/summary-text';
import { describeKind } from '@/lib/guides/pay/text';

const COLUMNS = 5;

/**
 * Every figure of one currency and period, grouped by the summary it belongs
 * to: each group opens with the summary in words (its id is the link target
 * of the at-a-glance panel) and lists the figures with how each entered the
 * statistics, or why it did not, and where it is stated. Figures no summary
 * takes (places paid in another currency) come last.
 */
export function SummaryFiguresTable({
  summaries,
  others,
  caption,
  articleTitles,
}: {
  summaries: readonly PaySummary[];
  /** Groups of figures of this unit that no summary counts, each with the reason to show and an id. */
  others: ReadonlyArray<{ id: string; figures: readonly SalaryFigure[]; label: string }>;
  caption: string;
  articleTitles: ReadonlyMap<string, string>;
}) {
  return (
    <ScrollTable caption={caption} className="min-w-[44rem]">
      <thead>
        <tr>
          <th scope="col">Pay as stated</th>
          <th scope="col">Counted as</th>
          <th scope="col">Kind</th>
          <th scope="col">Place</th>
          <th scope="col" className="min-w-[14rem]">
            Where it is stated
          </th>
        </tr>
      </thead>
      {summaries.map((summary) => (
        <tbody key={summary.id} id={summary.id} className="scroll-mt-4">
          <tr>
            <th scope="rowgroup" colSpan={COLUMNS} className="summary-head">
              {`${summaryLevelLabel(summary.level)}, ${BASIS_LABELS[summary.basis].toLowerCase()}: `}
              <span className="font-normal">{describeSummary(summary, { exact: true })}</span>
            </th>
          </tr>
          {summary.figures.map((entry) => (
            <FigureRow key={entry.figure.id} entry={entry} articleTitles={articleTitles} />
          ))}
        </tbody>
      ))}
      {others
        .filter((group) => group.figures.length > 0)
        .map((group) => (
          <tbody key={group.id} id={group.id}>
            <tr>
              <th scope="rowgroup" colSpan={COLUMNS} className="summary-head">
                {group.label}
              </th>
            </tr>
            {group.figures.map((figure) => (
              <FigureRow key={figure.id} entry={null} figure={figure} articleTitles={articleTitles} />
            ))}
          </tbody>
        ))}
    </ScrollTable>
  );
}

function FigureRow({
  entry,
  figure = entry?.figure,
  articleTitles,
}: {
  entry: SummaryFigure | null;
  figure?: SalaryFigure;
  articleTitles: ReadonlyMap<string, string>;
}) {
  if (!figure) return null;
  return (
    <tr id={figureAnchor(figure.id)} data-figure-id={figure.id}>
      <td>
        <FigurePay figure={figure} />
      </td>
      <td>{entry ? describeCounted(entry) : 'Not summarised'}</td>
      <td>{describeKind(figure)}</td>
      <td>{figure.location ?? 'Not stated'}</td>
      <td>
        <ProvenanceLink
          provenance={figure.provenance}
          articleTitle={articleTitles.get(figure.provenance.article) ?? figure.provenance.article}
        />
      </td>
    </tr>
  );
}
