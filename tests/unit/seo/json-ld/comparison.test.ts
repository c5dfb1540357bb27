import { describe, expect, it } from 'vitest';
import { comparisonPageJsonLd } from '@/lib/seo/json-ld/web-page';

const SITE = new URL('https://atlas.example/');

describe('comparisonPageJsonLd', () => {
  const input = {
    path: '/compare/ai-engineer-vs-data-scientist',
    title: 'AI Engineer vs Data Scientist: pay, skills and which to hire',
    description: 'Side by side.',
    roles: [
      { name: 'AI Engineer', slug: 'ai-engineer' },
      { name: 'Data Scientist', slug: 'data-scientist' },
    ] as const,
    sources: [
      { title: 'Hiring AI Engineers vs. Data Scientists', sourceUrl: 'https://blog.example/hiring' },
      { title: 'Undated notes', sourceUrl: null },
    ],
    newest: '2025-08-29T14:11:35Z',
  };

  it('is a WebPage about both Occupations, each linked to its guide', () => {
    const data = comparisonPageJsonLd(input, SITE);
    expect(data).toMatchObject({
      '@type': 'WebPage',
      name: input.title,
      url: 'https://atlas.example/compare/ai-engineer-vs-data-scientist',
      dateModified: input.newest,
      about: [
        { '@type': 'Occupation', name: 'AI Engineer', url: 'https://atlas.example/roles/ai-engineer' },
        { '@type': 'Occupation', name: 'Data Scientist', url: 'https://atlas.example/roles/data-scientist' },
      ],
    });
  });

  it('cites the comparing articles by their originals, and nothing when no article compares the two', () => {
    expect(comparisonPageJsonLd(input, SITE).citation).toEqual([
      { '@type': 'CreativeWork', name: 'Hiring AI Engineers vs. Data Scientists', url: 'https://blog.example/hiring' },
      { '@type': 'CreativeWork', name: 'Undated notes' },
    ]);
    const alone = comparisonPageJsonLd({ ...input, sources: [], newest: null }, SITE);
    expect(alone).not.toHaveProperty('citation');
    expect(alone).not.toHaveProperty('dateModified');
  });
});
