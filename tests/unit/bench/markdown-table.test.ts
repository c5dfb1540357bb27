import { describe, expect, it } from 'vitest';
import { markdownTable } from '@/lib/bench/markdown-table';

describe('markdownTable', () => {
  it('pads columns to equal width and right-aligns numbers', () => {
    expect(
      markdownTable(
        ['Route', 'req/s'],
        [
          ['/roles/ai-engineer', '1,100'],
          ['/', '95'],
        ],
        ['left', 'right'],
      ),
    ).toBe(
      [
        '| Route              | req/s |',
        '| ------------------ | ----: |',
        '| /roles/ai-engineer | 1,100 |',
        '| /                  |    95 |',
      ].join('\n'),
    );
  });

  it('escapes pipes and flattens line breaks so a cell cannot split its row', () => {
    const table = markdownTable(['A'], [['x | y\nz']]);
    expect(table.split('\n')).toHaveLength(3);
    expect(table).toContain('x \\| y z');
  });

  it('fills missing cells with blanks', () => {
    expect(markdownTable(['A', 'B'], [['1']]).split('\n')[2]).toBe('| 1   |     |');
  });
});
