/**
 * Which summaries a role's first screen shows: yearly pay by level in the
 * role's main currency, salary and total compensation apart.
 */
import type { CurrencyCode } from '@/lib/content/schema';
import type { PaySummary } from '@/lib/guides/pay/summary';

export interface PayGlance {
  currency: CurrencyCode;
  /** Salary summaries by level, in career order. */
  salary: PaySummary[];
  /** Total compensation summaries by level, in career order. */
  total: PaySummary[];
}

/**
 * The main currency is the one with the most counted yearly figures (US
 * dollars win a tie, as the currency most articles use); `null` when the
 * role has no yearly figures. Pure.
 */
export function payAtAGlance(summaries: readonly PaySummary[]): PayGlance | null {
  const counts = new Map<CurrencyCode, number>();
  for (const summary of summaries) {
    if (summary.period === 'year') counts.set(summary.currency, (counts.get(summary.currency) ?? 0) + summary.counted);
  }
  const [currency] =
    [...counts].sort((a, b) => b[1] - a[1] || Number(b[0] === 'USD') - Number(a[0] === 'USD'))[0] ?? [];
  if (currency === undefined) return null;
  const yearly = summaries.filter((summary) => summary.currency === currency && summary.period === 'year');
  return {
    currency,
    salary: yearly.filter((summary) => summary.basis === 'salary'),
    total: yearly.filter((summary) => summary.basis === 'total-compensation'),
  };
}
