import { describe, expect, it } from 'vitest';
import { axisTop, CHART_WIDTH, layoutSalaryChart } from '@/lib/guides/pay/chart-layout';
import { summarizeSalaries } from '@/lib/guides/pay/series';
import { makeFigure } from '../salary-figure-fixture';

function seriesOf(...figures: ReturnType<typeof makeFigure>[]) {
  const [series] = summarizeSalaries(figures, { by: 'level' });
  if (!series) throw new Error('no series');
  return series;
}

describe('layoutSalaryChart', () => {
  const series = seriesOf(
    makeFigure({ level: 'entry', min: 90_000, max: 120_000 }),
    makeFigure({ level: 'senior', min: 200_000, max: null, openEnded: true }),
    makeFigure({ level: 'senior', min: null, max: 140_000 }),
  );
  const layout = layoutSalaryChart(series);

  it('places every figure as its own mark inside the drawing, rows top to bottom', () => {
    const marks = layout.rows.flatMap((row) => row.marks);
    expect(marks).toHaveLength(3);
    for (const mark of marks) {
      expect(mark.x1).toBeGreaterThanOrEqual(0);
      expect(mark.x2).toBeLessThanOrEqual(CHART_WIDTH);
      expect(mark.x1).toBeLessThanOrEqual(mark.x2);
    }
    const ys = marks.map((mark) => mark.y);
    expect([...ys].sort((a, b) => a - b)).toEqual(ys);
    expect(layout.axisY).toBeGreaterThan(Math.max(...ys));
  });

  it('uses round ticks that cover every amount', () => {
    const values = layout.ticks.map((tick) => tick.value);
    expect(values.length).toBeGreaterThanOrEqual(2);
    expect(values.every((value) => value % 10_000 === 0)).toBe(true);
    // nice() extends the domain to round numbers, so the first and last tick enclose the data.
    expect(values[0]).toBeLessThanOrEqual(90_000);
    expect(values.at(-1)).toBeGreaterThanOrEqual(200_000);
  });

  it('starts an "up to" figure at the axis start and a range at its minimum', () => {
    const [entry, senior] = layout.rows;
    const upTo = senior?.marks.find((mark) => mark.shape === 'up-to');
    expect(upTo?.x1).toBe(layout.ticks[0]?.x);
    expect(entry?.marks[0]?.x1).toBeGreaterThanOrEqual(layout.ticks[0]?.x ?? Infinity);
  });

  it('gives a chart of one amount a visible axis around it', () => {
    const single = layoutSalaryChart(seriesOf(makeFigure({ min: 150_000, max: 150_000 })));
    expect(single.ticks.length).toBeGreaterThanOrEqual(2);
    const mark = single.rows[0]?.marks[0];
    expect(mark?.x1).toBeGreaterThan(single.plotLeft);
    expect(mark?.x1).toBeLessThan(single.plotRight);
  });
});

describe('axisTop and outliers', () => {
  it('ends the axis at the highest amount when no figure is far beyond the rest', () => {
    expect(axisTop([100_000, 150_000, 300_000])).toBe(300_000);
  });

  it('leaves a figure far beyond the rest off the axis, and the layout counts it', () => {
    expect(axisTop([100_000, 150_000, 180_000, 10_000_000])).toBe(180_000);
    const [series] = summarizeSalaries(
      [
        makeFigure({ min: 100_000, max: 150_000 }),
        makeFigure({ min: 120_000, max: 180_000 }),
        makeFigure({ min: 1_000_000, max: 10_000_000 }),
      ],
      { by: 'level' },
    );
    if (!series) throw new Error('no series');
    const layout = layoutSalaryChart(series);
    expect(layout.clippedCount).toBe(1);
    const clipped = layout.rows.flatMap((row) => row.marks).filter((mark) => mark.clipped);
    expect(clipped.map((mark) => mark.figure.max)).toEqual([10_000_000]);
    expect(clipped[0]?.x2).toBe(layout.ticks.at(-1)?.x);
  });
});
