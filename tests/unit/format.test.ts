import { describe, expect, it } from 'vitest';
import {
  formatBytes,
  formatCount,
  formatRowRange,
  formatCurrencyName,
  formatDate,
  formatHost,
  formatList,
  formatMoney,
  formatOrdinal,
  formatPay,
  payWithPeriod,
  pluralize,
} from '@/lib/format';

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

describe('formatRowRange', () => {
  it('names the rows a page shows out of all of them, with grouped digits', () => {
    expect(formatRowRange(51, 100, 1257)).toBe('51–100 of 1,257');
    expect(formatRowRange(257, 257, 257)).toBe('257 of 257');
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

describe('formatMoney', () => {
  it('names the currency unambiguously and keeps cents only when there are some', () => {
    expect(formatMoney(150000, 'USD')).toBe('US$150,000');
    expect(formatMoney(44.5, 'AUD')).toBe('A$44.50');
    expect(formatMoney(85000, 'GBP')).toBe('£85,000');
    expect(formatMoney(90000, 'CAD')).toBe('CA$90,000');
  });

  it('shortens amounts for chart axes', () => {
    expect(formatMoney(150000, 'USD', { compact: true })).toBe('US$150k');
  });
});

describe('formatPay', () => {
  const pay = { currency: 'USD', min: 120000, max: 150000, openEnded: false, period: 'year' as const };

  it('reads a range, a single amount, an open top and an upper bound as a person would', () => {
    expect(formatPay(pay)).toBe('US$120,000–US$150,000');
    expect(formatPay({ ...pay, max: 120000 })).toBe('US$120,000');
    expect(formatPay({ ...pay, max: null, openEnded: true })).toBe('US$120,000 or more');
    expect(formatPay({ ...pay, openEnded: true })).toBe('US$120,000–US$150,000 or more');
    expect(formatPay({ ...pay, min: null, max: 93500 })).toBe('up to US$93,500');
  });

  it('adds the period when asked', () => {
    expect(formatPay({ ...pay, min: 44, max: 44, period: 'hour' }, { withPeriod: true })).toBe('US$44 an hour');
    expect(formatPay(pay, { withPeriod: true })).toBe('US$120,000–US$150,000 a year');
  });

  it("says when the period shown is not the source's", () => {
    expect(formatPay({ ...pay, periodAssumed: true }, { withPeriod: true })).toBe(
      'US$120,000–US$150,000 a year (period not stated)',
    );
    expect(formatPay({ ...pay, periodAssumed: false }, { withPeriod: true })).toBe('US$120,000–US$150,000 a year');
    expect(payWithPeriod({ ...pay, periodAssumed: true })).toEqual({
      text: 'US$120,000–US$150,000 a year',
      note: 'period not stated',
    });
    expect(payWithPeriod({ ...pay, period: 'hour', min: 44, max: 44 })).toEqual({ text: 'US$44 an hour', note: null });
  });

  it('reads no period into a bonus or equity amount whose source states none', () => {
    const signing = { ...pay, min: 100_000_000, max: 100_000_000, periodAssumed: true };
    expect(formatPay({ ...signing, kind: 'bonus' }, { withPeriod: true })).toBe('US$100,000,000 (period not stated)');
    expect(payWithPeriod({ ...signing, kind: 'equity' })).toEqual({
      text: 'US$100,000,000',
      note: 'period not stated',
    });
    // A salary with no period is read as yearly, as the summaries read it; a stated period is always said.
    expect(formatPay({ ...signing, kind: 'base' }, { withPeriod: true })).toBe(
      'US$100,000,000 a year (period not stated)',
    );
    expect(formatPay({ ...signing, kind: 'bonus', periodAssumed: false }, { withPeriod: true })).toBe(
      'US$100,000,000 a year',
    );
  });
});

describe('formatList', () => {
  it('joins names the way the site writes prose', () => {
    expect(formatList(['AI Engineer', 'Data Scientist', 'ML Engineer'])).toBe(
      'AI Engineer, Data Scientist and ML Engineer',
    );
    expect(formatList(['base', 'total'], 'disjunction')).toBe('base or total');
  });
});

describe('formatOrdinal and formatCurrencyName', () => {
  it('writes percentiles as ordinals', () => {
    expect([1, 2, 3, 11, 22, 25, 90].map(formatOrdinal)).toEqual(['1st', '2nd', '3rd', '11th', '22nd', '25th', '90th']);
  });

  it('names currencies in the plural for sentences', () => {
    expect(formatCurrencyName('USD')).toBe('US dollars');
    expect(formatCurrencyName('GBP')).toBe('British pounds');
    expect(formatCurrencyName('JPY')).toBe('Japanese yen');
    expect(formatCurrencyName('CHF')).toBe('Swiss francs');
    expect(formatCurrencyName('AED')).toBe('United Arab Emirates dirhams');
    expect(formatCurrencyName('CNY')).toBe('Chinese yuan');
  });
});

describe('formatBytes', () => {
  it('labels sizes in decimal units as downloads are: bytes, whole kilobytes, megabytes to one decimal', () => {
    expect(formatBytes(1)).toBe('1 byte');
    expect(formatBytes(874)).toBe('874 bytes');
    expect(formatBytes(1000)).toBe('1 kB');
    expect(formatBytes(107914)).toBe('108 kB');
    expect(formatBytes(1_234_567)).toBe('1.2 MB');
  });

  it('never says 1,000 kB: a size that rounds to it is 1 MB', () => {
    expect(formatBytes(999_499)).toBe('999 kB');
    expect(formatBytes(999_999)).toBe('1 MB');
  });
});
