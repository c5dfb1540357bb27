import { describe, expect, it } from 'vitest';
import { formatReadingTime } from '@/lib/format';
import { countWords, readingMinutes, WORDS_PER_MINUTE } from '@/lib/markdown/reading-time';

describe('reading time', () => {
  it('counts the words a reader sees, not link targets, image addresses or syntax', () => {
    const markdown = [
      '## Pay by level',
      '',
      'Read [the full report](https://example.com/a/very/long/address) today.',
      '',
      '![Chart of pay](https://example.com/chart.png)',
      '',
      '| Level | Pay |',
      '| - | - |',
      '| Senior | $150,000 |',
      '',
      '- **Python** — 3',
    ].join('\n');
    // "Pay by level" 3, "Read the full report today." 5, table 4, list "Python 3" 2 (the dash is not a word).
    expect(countWords(markdown)).toBe(14);
  });

  it('rounds to whole minutes and never says zero', () => {
    expect(readingMinutes('One word.')).toBe(1);
    const words = (count: number) => Array.from({ length: count }, () => 'word').join(' ');
    expect(readingMinutes(words(WORDS_PER_MINUTE * 10))).toBe(10);
    expect(readingMinutes(words(Math.round(WORDS_PER_MINUTE * 2.4)))).toBe(2);
  });

  it('is shown as minutes to read', () => {
    expect(formatReadingTime(12)).toBe('12 min read');
  });
});
