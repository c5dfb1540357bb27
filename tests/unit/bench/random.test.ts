import { describe, expect, it } from 'vitest';
import { createRandom } from '@/lib/bench/random';

describe('createRandom', () => {
  it('repeats its sequence for a seed and changes it with the seed', () => {
    const draw = (seed: number) => {
      const random = createRandom(seed);
      return Array.from({ length: 5 }, () => random.next());
    };
    expect(draw(42)).toEqual(draw(42));
    expect(draw(42)).not.toEqual(draw(43));
  });

  it('keeps integers within both bounds and reaches each of them', () => {
    const random = createRandom(1);
    const seen = new Set(Array.from({ length: 500 }, () => random.int(3, 6)));
    expect([...seen].sort()).toEqual([3, 4, 5, 6]);
  });

  it('samples distinct elements and refuses to pick from nothing', () => {
    const random = createRandom(1);
    const sample = random.sample(['a', 'b', 'c', 'd'], 3);
    expect(new Set(sample).size).toBe(3);
    expect(random.sample(['a', 'b'], 5).sort()).toEqual(['a', 'b']);
    expect(() => random.pick([])).toThrow();
  });
});
