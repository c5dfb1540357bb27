/**
 * Geometry of a salary range chart in SVG user units: one band per row, one
 * line of marks per figure, a shared x axis. Kept apart from the component so
 * the scale and positions can be tested without rendering.
 */
import { scaleLinear } from 'd3-scale';
import type { FigureMark, SalarySeries } from '@/lib/guides/pay/series';

/** The drawing is this wide in user units; the SVG scales it to its container (down to 320 px screens). */
export const CHART_WIDTH = 420;
const PLOT_LEFT = 24;
// Room right of the plot for an open-ended arrow and the last tick label.
const PLOT_RIGHT = CHART_WIDTH - 28;
const LABEL_HEIGHT = 20;
const MARK_GAP = 11;
const ROW_GAP = 14;
const AXIS_HEIGHT = 34;
/** How far past its start an open-ended figure's arrow reaches. */
export const OPEN_ARROW = 22;

export interface PlacedMark extends FigureMark {
  y: number;
  /** The drawn start and end: an "up to" figure starts at the axis's start. */
  x1: number;
  x2: number;
  /** The figure goes past the end of the axis (see `layoutSalaryChart`), so it is drawn to the edge. */
  clipped: boolean;
}

export interface PlacedRow {
  key: string;
  label: string;
  /** Baseline of the row label, which sits above the row's marks so the bars get the full width. */
  labelY: number;
  marks: PlacedMark[];
}

export interface ChartLayout {
  height: number;
  plotLeft: number;
  plotRight: number;
  axisY: number;
  ticks: { value: number; x: number }[];
  rows: PlacedRow[];
  /** How many figures reach past the end of the axis. */
  clippedCount: number;
}

/** An amount this many times the median top is an outlier that would squash every other figure. */
const OUTLIER_FACTOR = 4;

/**
 * Where the axis ends: the highest amount, unless a few figures reach far
 * beyond the rest ("US$1m–US$10m" among figures around US$150k); then the
 * axis stops at the highest amount that is not such an outlier, and those
 * figures run off its end (the table still gives their amounts).
 */
export function axisTop(highs: readonly number[]): number {
  const sorted = [...highs].sort((a, b) => a - b);
  const median = sorted[Math.floor((sorted.length - 1) / 2)] ?? 0;
  const kept = sorted.filter((value) => value <= median * OUTLIER_FACTOR);
  return kept.at(-1) ?? sorted.at(-1) ?? 0;
}

/**
 * Lays out a series: a linear x scale over the lowest to highest amount
 * (`nice()`d, padded when every figure is one amount, outliers left off its end), about `tickCount` ticks,
 * rows stacked top to bottom in the series' order. Pure.
 */
export function layoutSalaryChart(series: SalarySeries, tickCount = 4): ChartLayout {
  const top = axisTop(series.rows.flatMap((row) => row.marks.map((mark) => mark.high)));
  const [low, high] = series.low === top ? [series.low * 0.9, top * 1.1] : [series.low, top];
  const x = scaleLinear().domain([low, high]).range([PLOT_LEFT, PLOT_RIGHT]).nice(tickCount);
  const start = x.range()[0] ?? PLOT_LEFT;
  const end = x.domain()[1] ?? high;
  let clippedCount = 0;

  let y = 0;
  const rows = series.rows.map((row) => {
    const labelY = y + LABEL_HEIGHT - 6;
    y += LABEL_HEIGHT;
    const marks = row.marks.map((mark) => {
      y += MARK_GAP;
      const clipped = mark.high > end;
      if (clipped) clippedCount += 1;
      const x1 = mark.shape === 'up-to' ? start : x(Math.min(mark.low, end));
      return { ...mark, y: y - MARK_GAP / 2, x1, x2: x(Math.min(mark.high, end)), clipped };
    });
    y += ROW_GAP;
    return { key: row.key, label: row.label, labelY, marks };
  });

  return {
    height: y + AXIS_HEIGHT,
    plotLeft: PLOT_LEFT,
    plotRight: PLOT_RIGHT,
    axisY: y,
    ticks: x.ticks(tickCount).map((value) => ({ value, x: x(value) })),
    rows,
    clippedCount,
  };
}
