import { describe, expect, it } from 'vitest';
import { mbPerSecond, median, msPer, percentile, ratio } from '@/lib/bench/stats';

describe('percentile', () => {
  const values = [15, 20, 35, 40, 50];

  it('uses the nearest rank', () => {
    expect(percentile(values, 30)).toBe(20);
    expect(percentile(values, 40)).toBe(20);
    expect(percentile(values, 50)).toBe(35);
    expect(percentile(values, 100)).toBe(50);
    expect(percentile(values, 0)).toBe(15);
  });

  it('does not depend on input order and does not reorder the input', () => {
    const shuffled = [50, 15, 40, 20, 35];
    expect(percentile(shuffled, 99)).toBe(50);
    expect(shuffled).toEqual([50, 15, 40, 20, 35]);
    expect(median([3, 1, 2])).toBe(2);
  });

  it('returns null for no values and rejects a percentile outside 0–100', () => {
    expect(percentile([], 50)).toBeNull();
    expect(() => percentile(values, 101)).toThrow(RangeError);
  });
});

describe('throughput and ratios', () => {
  it('gives MB/s in decimal megabytes', () => {
    expect(mbPerSecond(3_000_000, 1_500)).toBe(2);
    expect(mbPerSecond(1, 0)).toBeNull();
  });

  it('divides, with null instead of infinity or a false zero', () => {
    expect(ratio(1_000, 4_000)).toBe(0.25);
    expect(ratio(1, 0)).toBeNull();
    expect(ratio(null, 5)).toBeNull();
  });

  it('gives time per unit of work', () => {
    expect(msPer(68_400, 342)).toBe(200);
    expect(msPer(1_000, 0)).toBeNull();
  });
});
