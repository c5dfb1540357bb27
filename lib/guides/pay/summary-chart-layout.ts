/**
 * Geometry of the pay summary chart in SVG user units: one row per level,
 * each a thin line over the spread of the counted figures, a thick bar over
 * the middle half and a tick at the median. Outliers never reach the chart
 * (they are not counted), so they cannot squash the axis.
 */
import { scaleLinear } from 'd3-scale';
import type { PaySummary } from '@/lib/guides/pay/summary';

export const SUMMARY_CHART_WIDTH = 420;
const PLOT_LEFT = 12;
const PLOT_RIGHT = SUMMARY_CHART_WIDTH - 28;
const LABEL_HEIGHT = 18;
const BAR_HEIGHT = 16;
const ROW_GAP = 14;
const AXIS_HEIGHT = 30;

export interface PlacedSummary {
  summary: PaySummary;
  labelY: number;
  /** Centre line of the row's marks. */
  y: number;
  spread: { x1: number; x2: number };
  /** `null` when the evidence is thin: only the spread is drawn. */
  band: { x1: number; x2: number } | null;
  medianX: number | null;
}

export interface SummaryChartLayout {
  height: number;
  plotLeft: number;
  plotRight: number;
  axisY: number;
  barHeight: number;
  ticks: { value: number; x: number }[];
  rows: PlacedSummary[];
}

/** Lays out summaries of one currency and period, top to bottom in the order given. Pure. */
export function layoutSummaryChart(summaries: readonly PaySummary[], tickCount = 4): SummaryChartLayout {
  const low = Math.min(...summaries.map((summary) => summary.low));
  const high = Math.max(...summaries.map((summary) => summary.high));
  const domain = low === high ? [low * 0.9, high * 1.1] : [low, high];
  const x = scaleLinear().domain(domain).range([PLOT_LEFT, PLOT_RIGHT]).nice(tickCount);
  let y = 0;
  const rows = summaries.map((summary): PlacedSummary => {
    const labelY = y + LABEL_HEIGHT - 5;
    y += LABEL_HEIGHT;
    const centre = y + BAR_HEIGHT / 2;
    y += BAR_HEIGHT + ROW_GAP;
    const band = summary.p25 !== null && summary.p75 !== null ? { x1: x(summary.p25), x2: x(summary.p75) } : null;
    return {
      summary,
      labelY,
      y: centre,
      spread: { x1: x(summary.low), x2: x(summary.high) },
      band,
      medianX: summary.median === null ? null : x(summary.median),
    };
  });
  return {
    height: y + AXIS_HEIGHT,
    plotLeft: PLOT_LEFT,
    plotRight: PLOT_RIGHT,
    axisY: y,
    barHeight: BAR_HEIGHT,
    ticks: x.ticks(tickCount).map((value) => ({ value, x: x(value) })),
    rows,
  };
}
