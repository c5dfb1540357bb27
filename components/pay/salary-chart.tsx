import type { ReactElement } from 'react';
import { ChartAxis, ChartGrid } from '@/components/pay/chart-axis';
import { formatCount } from '@/lib/format';
import { CHART_WIDTH, layoutSalaryChart, OPEN_ARROW, type PlacedMark } from '@/lib/guides/pay/chart-layout';
import type { SalarySeries } from '@/lib/guides/pay/series';
import { describeRow, describeSeries } from '@/lib/guides/pay/text';

export interface SalaryChartProps {
  series: SalarySeries;
  /** Whose pay, for the summary sentence: "AI Engineer", "All roles". */
  subject: string;
  /** The chart's name for assistive technology. */
  title: string;
  /** Unique on the page; prefixes the SVG's title and description ids. */
  id: string;
}

// Marks and text follow the colour scheme; none is a fixed colour that could vanish on a dark page.
const MARK = 'chart-mark';

/**
 * A range chart drawn on the server: one band per row, one mark per source
 * figure (a bar for a range, a dot for one amount, an arrow for an open top,
 * a dashed line for "up to"), never an average. The visible sentence and
 * the SVG's title and description say what it shows; `SalaryTable` gives the
 * same figures as text.
 */
export function SalaryChart({ series, subject, title, id }: SalaryChartProps) {
  const layout = layoutSalaryChart(series);
  const titleId = `${id}-title`;
  const descId = `${id}-desc`;
  const summary = describeSeries(subject, series);
  return (
    <figure className="flex flex-col gap-2">
      <figcaption className="text-zinc-700 dark:text-zinc-300">
        {summary}
        {layout.clippedCount > 0 &&
          ` ${formatCount(layout.clippedCount, { one: 'figure reaches', other: 'figures reach' })} past the end of the axis (arrows at the right edge); the table gives ${layout.clippedCount === 1 ? 'its amount' : 'their amounts'}.`}
      </figcaption>
      <svg
        role="img"
        aria-labelledby={`${titleId} ${descId}`}
        viewBox={`0 0 ${CHART_WIDTH} ${layout.height}`}
        width="100%"
        className="h-auto max-w-xl overflow-visible text-zinc-800 dark:text-zinc-200"
      >
        <title id={titleId}>{title}</title>
        <desc id={descId}>{[summary, ...series.rows.map((row) => describeRow(row, series.currency))].join(' ')}</desc>
        <defs>
          <marker id={`${id}-arrow`} viewBox="0 0 8 8" refX="6" refY="4" markerWidth="4" markerHeight="4" orient="auto">
            <path d="M0,0 L8,4 L0,8 z" className={MARK} />
          </marker>
        </defs>
        <ChartGrid layout={layout} />
        {layout.rows.map((row) => (
          <g key={row.key}>
            <text x={layout.plotLeft} y={row.labelY} className="fill-current text-[13px] font-semibold">
              {row.label}
            </text>
            {row.marks.map((mark) => (
              <Mark key={mark.figure.id} mark={mark} arrowId={`${id}-arrow`} />
            ))}
          </g>
        ))}
        <ChartAxis layout={layout} currency={series.currency} />
      </svg>
    </figure>
  );
}

/** The arrow after a figure whose top is open or beyond the axis. */
function OpenEnd({ x, y, arrowId }: { x: number; y: number; arrowId: string }): ReactElement {
  return (
    <line x1={x} x2={x + OPEN_ARROW} y1={y} y2={y} strokeWidth={2} markerEnd={`url(#${arrowId})`} className={MARK} />
  );
}

function Mark({ mark, arrowId }: { mark: PlacedMark; arrowId: string }): ReactElement {
  const { x1, x2, y } = mark;
  if (mark.clipped) {
    // Runs past the axis: drawn to the edge, with an arrow saying it goes on.
    return (
      <g>
        <line x1={x1} x2={x2} y1={y} y2={y} strokeWidth={5} strokeLinecap="round" className={MARK} />
        <OpenEnd x={x2} y={y} arrowId={arrowId} />
      </g>
    );
  }
  switch (mark.shape) {
    case 'point':
      return <circle cx={x1} cy={y} r={3.5} className={MARK} />;
    case 'range':
      return <line x1={x1} x2={x2} y1={y} y2={y} strokeWidth={5} strokeLinecap="round" className={MARK} />;
    case 'up-to':
      return (
        <g>
          <line x1={x1} x2={x2} y1={y} y2={y} strokeWidth={2} strokeDasharray="3 3" className={MARK} />
          <line x1={x2} x2={x2} y1={y - 4} y2={y + 4} strokeWidth={2} className={MARK} />
        </g>
      );
    case 'open-ended':
      return (
        <g>
          {x2 > x1 ? (
            <line x1={x1} x2={x2} y1={y} y2={y} strokeWidth={5} strokeLinecap="round" className={MARK} />
          ) : (
            <circle cx={x1} cy={y} r={3.5} className={MARK} />
          )}
          <OpenEnd x={x2} y={y} arrowId={arrowId} />
        </g>
      );
  }
}
