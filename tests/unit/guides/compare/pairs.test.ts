import { describe, expect, it } from 'vitest';
import { allPairs, comparisonRedirects, parsePair, toPair } from '@/lib/guides/compare/pairs';

const SLUGS = ['ai-engineer', 'data-scientist', 'ai', 'engineer-vs-ai'];

describe('role pairs', () => {
  it('puts the slugs in alphabetical order', () => {
    expect(toPair('data-scientist', 'ai-engineer').slug).toBe('ai-engineer-vs-data-scientist');
  });

  it('reads hyphenated slugs by matching known roles, and says when the order is reversed', () => {
    expect(parsePair('ai-engineer-vs-data-scientist', SLUGS)).toEqual({
      pair: { a: 'ai-engineer', b: 'data-scientist', slug: 'ai-engineer-vs-data-scientist' },
      canonical: true,
    });
    expect(parsePair('data-scientist-vs-ai-engineer', SLUGS)?.canonical).toBe(false);
    // "ai" + "engineer-vs-ai"... is not "ai-engineer" + "ai": each reading is checked against the slugs.
    expect(parsePair('ai-vs-engineer-vs-ai', SLUGS)?.pair.slug).toBe('ai-vs-engineer-vs-ai');
  });

  it('rejects unknown roles and the same role twice', () => {
    expect(parsePair('ai-engineer-vs-astronaut', SLUGS)).toBeNull();
    expect(parsePair('ai-engineer-vs-ai-engineer', SLUGS)).toBeNull();
    expect(parsePair('ai-engineer', SLUGS)).toBeNull();
  });

  it('lists every unordered pair once and redirects each reversed one', () => {
    const pairs = allPairs(SLUGS);
    expect(pairs).toHaveLength((SLUGS.length * (SLUGS.length - 1)) / 2);
    expect(new Set(pairs.map((pair) => pair.slug)).size).toBe(pairs.length);
    const redirects = comparisonRedirects(SLUGS);
    for (const redirect of redirects) {
      const reversed = parsePair(redirect.source.replace('/compare/', ''), SLUGS);
      expect(reversed?.canonical).toBe(false);
      expect(redirect.destination).toBe(`/compare/${reversed?.pair.slug}`);
      expect(redirect.permanent).toBe(true);
    }
  });
});
