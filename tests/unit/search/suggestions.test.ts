import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCareerRecords } from '@/lib/records/load-records';
import { getSearchSuggestions } from '@/lib/search/suggestions';

const { records } = loadCareerRecords(path.join(process.cwd(), 'content'));

describe('getSearchSuggestions', () => {
  const suggestions = getSearchSuggestions(records, 4);

  it('offers the skills most articles list, most-listed first', () => {
    const counts = suggestions.skills.map(
      (item) => records.skills.find((skill) => `/skills/${skill.slug}` === item.url)?.articles.length ?? 0,
    );
    expect(counts).toHaveLength(4);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    const mostListed = Math.max(...records.skills.map((skill) => skill.articles.length));
    expect(counts[0]).toBe(mostListed);
  });

  it('offers roles that articles discuss, most-discussed first', () => {
    const discussed = (url: string) =>
      records.articleRoles.filter((link) => link.roles.some((entry) => `/roles/${entry.role}` === url)).length;
    const counts = suggestions.roles.map((item) => discussed(item.url));
    expect(counts.length).toBeGreaterThan(0);
    expect(counts.every((count) => count > 0)).toBe(true);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });
});
