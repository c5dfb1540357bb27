/**
 * Geometry of a salary range chart in SVG user units: one band per row, one
 * line of marks per figure, a shared x axis. Kept apart from the component so
 * the scale and positions can be tested without rendering.
 */
import { scaleLinear } from 'd3-scale';
import type { FigureMark, SalarySeries } from '@/lib/guides/salary-summary';

/** The drawing is this wide in user units; the SVG scales it to its container (down to 320 px screens). */
export const CHART_WIDTH = 480;
const PLOT_LEFT = 12;
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
}

/**
 * Lays out a series: a linear x scale over the lowest to highest amount
 * (`nice()`d, padded when every figure is one amount), about `tickCount` ticks,
 * rows stacked top to bottom in the series' order. Pure.
 */
export function layoutSalaryChart(series: SalarySeries, tickCount = 4): ChartLayout {
  const [low, high] = series.low === series.high ? [series.low * 0.9, series.high * 1.1] : [series.low, series.high];
  const x = scaleLinear().domain([low, high]).range([PLOT_LEFT, PLOT_RIGHT]).nice(tickCount);
  const start = x.range()[0] ?? PLOT_LEFT;

  let y = 0;
  const rows = series.rows.map((row) => {
    const labelY = y + LABEL_HEIGHT - 6;
    y += LABEL_HEIGHT;
    const marks = row.marks.map((mark) => {
      y += MARK_GAP;
      const x1 = mark.shape === 'up-to' ? start : x(mark.low);
      return { ...mark, y: y - MARK_GAP / 2, x1, x2: x(mark.high) };
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
  };
}
