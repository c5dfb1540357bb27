import { describe, expect, it } from 'vitest';
import type { UnparsedMoney } from '@/lib/content/schema';
import { countUnparsedReasons } from '@/lib/open-data/unparsed-reasons';

const item = (reason: string): UnparsedMoney => ({
  article: 'a',
  section: null,
  sectionId: null,
  text: '$1B',
  context: 'A $1B market',
  reason,
});

describe('countUnparsedReasons', () => {
  it('counts each reason, most frequent first and ties by name', () => {
    const reasons = ['fee, price or budget', 'market size', 'bonus', 'market size', 'fee, price or budget'];
    expect(countUnparsedReasons(reasons.map(item))).toEqual([
      { reason: 'fee, price or budget', count: 2 },
      { reason: 'market size', count: 2 },
      { reason: 'bonus', count: 1 },
    ]);
  });

  it('is empty when nothing was left out', () => {
    expect(countUnparsedReasons([])).toEqual([]);
  });
});
