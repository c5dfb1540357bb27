import { describe, expect, it } from 'vitest';
import { parseFeedDate, parseRfc3339, parseRfc822 } from '@/lib/ingest/dates';

describe('parseRfc822 (RSS pubDate)', () => {
  it.each([
    ['Tue, 10 Jun 2025 08:00:00 GMT', '2025-06-10T08:00:00Z'],
    ['Tue, 10 Jun 2025 08:00:00 +0000', '2025-06-10T08:00:00Z'],
    ['Fri, 29 Aug 2025 14:11:35 +0530', '2025-08-29T08:41:35Z'],
    ['Tue, 31 Dec 1999 23:59:59 -1200', '2000-01-01T11:59:59Z'],
    ['10 Jun 2025 08:00 UT', '2025-06-10T08:00:00Z'],
    ['Tue,10 Jun 2025 08:00:00 Z', '2025-06-10T08:00:00Z'],
    ['  Tue,  10 Jun 2025   08:00:00 GMT ', '2025-06-10T08:00:00Z'],
  ])('reads %j', (text, iso) => {
    expect(parseRfc822(text)).toBe(iso);
  });

  it.each([
    ['EST', '2025-06-10T13:00:00Z'],
    ['EDT', '2025-06-10T12:00:00Z'],
    ['CST', '2025-06-10T14:00:00Z'],
    ['CDT', '2025-06-10T13:00:00Z'],
    ['MST', '2025-06-10T15:00:00Z'],
    ['MDT', '2025-06-10T14:00:00Z'],
    ['PST', '2025-06-10T16:00:00Z'],
    ['PDT', '2025-06-10T15:00:00Z'],
    ['pdt', '2025-06-10T15:00:00Z'],
  ])('applies the named zone %s', (zone, iso) => {
    expect(parseRfc822(`Tue, 10 Jun 2025 08:00:00 ${zone}`)).toBe(iso);
  });

  it('reads two-digit years as RFC 2822 says: 00-49 -> 20xx, 50-99 -> 19xx', () => {
    expect(parseRfc822('10 Jun 25 08:00:00 GMT')).toBe('2025-06-10T08:00:00Z');
    expect(parseRfc822('10 Jun 49 08:00:00 GMT')).toBe('2049-06-10T08:00:00Z');
    expect(parseRfc822('10 Jun 50 08:00:00 GMT')).toBe('1950-06-10T08:00:00Z');
    expect(parseRfc822('10 Jun 99 23:59:59 PDT')).toBe('1999-06-11T06:59:59Z');
  });

  it('accepts 29 February only in leap years and a leap second as :59', () => {
    expect(parseRfc822('29 Feb 2024 10:00:00 GMT')).toBe('2024-02-29T10:00:00Z');
    expect(parseRfc822('29 Feb 2023 10:00:00 GMT')).toBeNull();
    expect(parseRfc822('Tue, 30 Jun 2015 23:59:60 GMT')).toBe('2015-06-30T23:59:59Z');
  });

  it.each([
    'Sun, 30 Feb 2025 10:00:00 GMT',
    '31 Apr 2025 10:00:00 GMT',
    '10 Jun 2025 24:00:00 GMT',
    '10 Jun 2025 08:60:00 GMT',
    'Tue, 10 Jun 2025 08:00:00',
    'Tue, 10 Jun 2025 08:00:00 XYZ',
    'Tue, 10 Jun 2025 08:00:00 +0060',
    'Tue, 10 June 2025 08:00:00 GMT',
    'Xyz, 10 Jun 2025 08:00:00 GMT',
    'Tue, 10 Jun 0999 08:00:00 GMT',
  ])('refuses %j', (text) => {
    expect(parseRfc822(text)).toBeNull();
  });
});

describe('parseRfc3339 (Atom, dc:date)', () => {
  it.each([
    ['2025-06-10T08:00:00Z', '2025-06-10T08:00:00Z'],
    ['2025-06-10t08:00:00z', '2025-06-10T08:00:00Z'],
    ['2025-06-10T08:00:00+02:00', '2025-06-10T06:00:00Z'],
    ['2025-06-10T08:00:00-05:30', '2025-06-10T13:30:00Z'],
    ['2025-06-10T08:00:00-00:00', '2025-06-10T08:00:00Z'],
    ['2025-06-10T08:00:00.5Z', '2025-06-10T08:00:00.500Z'],
    ['2025-06-10T08:00:00.123456789+05:30', '2025-06-10T02:30:00.123Z'],
    ['2025-06-10T08:00Z', '2025-06-10T08:00:00Z'],
    ['2025-06-10 08:00:00Z', '2025-06-10T08:00:00Z'],
    ['2025-06-10', '2025-06-10T00:00:00Z'],
    ['2025-01-01T00:30:00+01:00', '2024-12-31T23:30:00Z'],
  ])('reads %j', (text, iso) => {
    expect(parseRfc3339(text)).toBe(iso);
  });

  it.each([
    '2025-02-30T00:00:00Z',
    '2025-13-01',
    '2025-06-10T24:00:00Z',
    '2025-06-10T08:00:00+24:00',
    '2025-06-10T08:00:00',
    '2025-06',
    '2025-W24',
    '0099-01-01T00:00:00Z',
  ])('refuses %j', (text) => {
    expect(parseRfc3339(text)).toBeNull();
  });
});

describe('parseFeedDate', () => {
  it('accepts either grammar', () => {
    expect(parseFeedDate('Tue, 10 Jun 2025 08:00:00 GMT')).toBe('2025-06-10T08:00:00Z');
    expect(parseFeedDate('2025-06-10T08:00:00Z')).toBe('2025-06-10T08:00:00Z');
  });

  it.each([
    '',
    '   ',
    'yesterday',
    'now',
    'today',
    '1700000000000',
    '1700000000',
    'NaN',
    'Invalid Date',
    'undefined',
    'null',
    '2025-06-10T08:00:00Z trailing',
    '06/10/2025',
  ])('never guesses a date from %j (and never falls back to now)', (text) => {
    expect(parseFeedDate(text)).toBeNull();
  });

  it('returns the same instant on every call: the clock plays no part', () => {
    const first = parseFeedDate('10 Jun 2025 08:00 EST');
    expect(first).toBe('2025-06-10T13:00:00Z');
    expect(parseFeedDate('10 Jun 2025 08:00 EST')).toBe(first);
  });
});
