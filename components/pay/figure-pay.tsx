import { payWithPeriod, type PayAmount } from '@/lib/format';

/**
 * A figure with its period for a table cell, kept on one line; where the
 * source states no period, a line under it says so (`payWithPeriod`).
 */
export function FigurePay({ figure }: { figure: PayAmount }) {
  const { text, note } = payWithPeriod(figure);
  return (
    <>
      <span className="whitespace-nowrap">{text}</span>
      {note !== null && <span className="block text-sm text-zinc-600 dark:text-zinc-400">({note})</span>}
    </>
  );
}
