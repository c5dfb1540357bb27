import { describe, expect, it } from 'vitest';
import { formatCount, formatDate, formatHost, pluralize } from '@/lib/format';

describe('formatDate', () => {
  it('formats ISO UTC dates as day month year in UTC', () => {
    expect(formatDate('2025-07-07T08:00:09Z')).toBe('7 July 2025');
    // Late on 31 December UTC is still 31 December, whatever the machine's zone.
    expect(formatDate('2024-12-31T23:59:59Z')).toBe('31 December 2024');
  });

  it('says so when no date is stated', () => {
    expect(formatDate(null)).toBe('Date not stated');
    expect(formatDate('not a date')).toBe('Date not stated');
  });
});

describe('pluralize and formatCount', () => {
  const forms = { one: 'article', other: 'articles' };

  it('chooses the word form and groups digits', () => {
    expect(pluralize(1, forms)).toBe('article');
    expect(pluralize(0, forms)).toBe('articles');
    expect(formatCount(1, forms)).toBe('1 article');
    expect(formatCount(1234, forms)).toBe('1,234 articles');
  });
});

describe('formatHost', () => {
  it('shows the host without www', () => {
    expect(formatHost('https://www.example.com/a/b?c=d')).toBe('example.com');
    expect(formatHost('not a url')).toBe('not a url');
  });
});
