import { ChartAxis, ChartGrid } from '@/components/pay/chart-axis';
import { layoutSummaryChart, SUMMARY_CHART_WIDTH } from '@/lib/guides/pay/summary-chart-layout';
import type { PaySummary } from '@/lib/guides/pay/summary';
import { describeSummary, formatSummaryAmount, summaryLevelLabel } from '@/lib/guides/pay/summary-text';

const MARK = 'chart-mark';

/**
 * Pay by level as a box chart drawn on the server: per level, a thin line over
 * the spread of the figures counted, a thick bar over their middle half and a
 * tick at the median. A level with too little evidence gets only a dashed
 * spread. The SVG's description repeats each row in words.
 */
export function PaySummaryChart({
  summaries,
  title,
  id,
}: {
  /** One currency and period, one summary per level. */
  summaries: readonly PaySummary[];
  title: string;
  /** Unique on the page; prefixes the SVG's title and description ids. */
  id: string;
}) {
  if (summaries.length === 0) return null;
  const layout = layoutSummaryChart(summaries);
  const currency = summaries[0]?.currency ?? 'USD';
  const half = layout.barHeight / 2;
  return (
    <figure className="flex flex-col gap-2">
      <svg
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        viewBox={`0 0 ${SUMMARY_CHART_WIDTH} ${layout.height}`}
        width="100%"
        className="h-auto max-w-xl overflow-visible text-zinc-800 dark:text-zinc-200"
      >
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>
          {layout.rows
            .map((row) => `${summaryLevelLabel(row.summary.level)}: ${describeSummary(row.summary)}`)
            .join(' ')}
        </desc>
        <ChartGrid layout={layout} />
        {layout.rows.map((row) => (
          <g key={row.summary.id}>
            <text x={layout.plotLeft} y={row.labelY} className="fill-current text-[13px]">
              <tspan className="font-semibold">{summaryLevelLabel(row.summary.level)}</tspan>
              {row.summary.median === null
                ? ' · too few figures'
                : ` · median ${formatSummaryAmount(row.summary.median, currency)}`}
            </text>
            <line
              x1={row.spread.x1}
              x2={Math.max(row.spread.x2, row.spread.x1 + 1)}
              y1={row.y}
              y2={row.y}
              strokeWidth={2}
              strokeDasharray={row.band ? undefined : '4 3'}
              className={MARK}
            />
            {row.band && (
              <rect
                x={row.band.x1}
                y={row.y - half}
                width={Math.max(row.band.x2 - row.band.x1, 2)}
                height={layout.barHeight}
                rx={2}
                className="chart-band"
              />
            )}
            {row.medianX !== null && (
              <line
                x1={row.medianX}
                x2={row.medianX}
                y1={row.y - half - 2}
                y2={row.y + half + 2}
                strokeWidth={3}
                className="chart-median"
              />
            )}
          </g>
        ))}
        <ChartAxis layout={layout} currency={currency} />
      </svg>
      <figcaption className="text-sm text-zinc-600 dark:text-zinc-400">
        Bar: the middle half of the figures counted (25th to 75th percentile). Tick: the median. Line: the lowest to the
        highest amount counted; dashed where there are too few figures for a median.
      </figcaption>
    </figure>
  );
}
