import { formatMoney } from '@/lib/format';

/** A tick on a pay chart's money axis: the amount and where it sits. */
export interface AxisTick {
  value: number;
  x: number;
}

/** Where a pay chart's plot and axis sit, as its layout computes them. */
export interface AxisLayout {
  ticks: readonly AxisTick[];
  plotLeft: number;
  plotRight: number;
  axisY: number;
}

const RULE = 'stroke-zinc-300 dark:stroke-zinc-700';

/** Faint vertical rules at each tick, drawn first so the marks sit on top. */
export function ChartGrid({ layout }: { layout: AxisLayout }) {
  return layout.ticks.map((tick) => (
    <line key={tick.value} x1={tick.x} x2={tick.x} y1={0} y2={layout.axisY} className={RULE} strokeWidth={1} />
  ));
}

/** The money axis under a pay chart: its line and a compact amount at each tick, in the chart's currency. */
export function ChartAxis({ layout, currency }: { layout: AxisLayout; currency: string }) {
  return (
    <>
      <line
        x1={layout.plotLeft}
        x2={layout.plotRight}
        y1={layout.axisY}
        y2={layout.axisY}
        className="stroke-current"
        strokeWidth={1}
      />
      {layout.ticks.map((tick) => (
        <text
          key={tick.value}
          x={tick.x}
          y={layout.axisY + 18}
          textAnchor="middle"
          className="fill-current text-[12px]"
        >
          {formatMoney(tick.value, currency, { compact: true })}
        </text>
      ))}
    </>
  );
}
