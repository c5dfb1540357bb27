import { describe, expect, it } from 'vitest';
import { groupBy } from '@/lib/group-by';

describe('groupBy', () => {
  it('keeps keys in the order first seen and items in their order within a group', () => {
    const groups = groupBy(
      ['senior b', 'junior a', 'senior a', 'mid a', 'junior b'],
      (item) => item.split(' ')[0] ?? '',
    );
    expect([...groups]).toEqual([
      ['senior', ['senior b', 'senior a']],
      ['junior', ['junior a', 'junior b']],
      ['mid', ['mid a']],
    ]);
  });

  it('reads any iterable once, such as the indexes of a list', () => {
    const words = ['data', 'model', 'data'];
    expect([...groupBy(words.keys(), (index) => words[index] ?? '')]).toEqual([
      ['data', [0, 2]],
      ['model', [1]],
    ]);
  });
});
