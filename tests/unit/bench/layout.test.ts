import { describe, expect, it } from 'vitest';
import { formatLayout, LAYOUT_BUDGET, overBudget, overviewPaths } from '@/lib/bench/layout';

describe('overviewPaths', () => {
  it('lists home, the hiring helper, every role and every pair of roles once, in name order', () => {
    const paths = overviewPaths(['data-scientist', 'ai-engineer', 'ml-engineer']).map((entry) => entry.path);
    expect(paths).toEqual([
      '/',
      '/hire',
      '/roles/ai-engineer',
      '/roles/data-scientist',
      '/roles/ml-engineer',
      '/compare/ai-engineer-vs-data-scientist',
      '/compare/ai-engineer-vs-ml-engineer',
      '/compare/data-scientist-vs-ml-engineer',
    ]);
  });
});

describe('overBudget', () => {
  const page = { family: 'role overview', path: '/roles/x', heightPx: 5_000, elements: 800, htmlBytes: 120_000 };
  it('names each limit a page breaks, and none at the limits themselves', () => {
    expect(overBudget(page)).toEqual([]);
    expect(
      overBudget({
        ...page,
        heightPx: LAYOUT_BUDGET.heightPx,
        elements: LAYOUT_BUDGET.elements,
        htmlBytes: LAYOUT_BUDGET.htmlBytes,
      }),
    ).toEqual([]);
    expect(overBudget({ ...page, heightPx: 48_810, elements: 3_626, htmlBytes: 701_054 })).toEqual([
      'height',
      'elements',
      'HTML',
    ]);
  });

  it('reports the pages over budget by name in the table', () => {
    const text = formatLayout([page, { ...page, path: '/roles/long', heightPx: 21_300 }]);
    expect(text).toContain('/roles/long');
    expect(text).toMatch(/\| role overview +\| +2 \|/);
    expect(formatLayout([page])).toContain('Every page keeps to the budget.');
  });
});
