/**
 * The reasons money in the articles was not published as a salary figure,
 * counted for the limits sections of /data and /about.
 */
import type { UnparsedMoney } from '@/lib/content/schema';

/** How many money expressions were left out for one reason. */
export interface UnparsedReason {
  reason: string;
  count: number;
}

/** Each reason with its count, most frequent first (ties by reason). Pure. */
export function countUnparsedReasons(unparsed: readonly UnparsedMoney[]): UnparsedReason[] {
  const counts = new Map<string, number>();
  for (const item of unparsed) counts.set(item.reason, (counts.get(item.reason) ?? 0) + 1);
  return [...counts]
    .map(([reason, count]) => ({ reason, count }))
    .sort((a, b) => b.count - a.count || a.reason.localeCompare(b.reason));
}
