import { describe, expect, it } from 'vitest';
import type { CareerLevel, PayKind, PayPeriod } from '@/lib/content/schema';
import {
  PAY_CONTEXT,
  namesPlace,
  readCredited,
  readKind,
  readLevel,
  readPercentile,
  readPeriod,
  readPlace,
} from '@/lib/records/salaries/salary-vocabulary';

describe('readLevel', () => {
  it.each<[string, Exclude<CareerLevel, 'unspecified'>]>([
    ['Entry Level / Junior (0-2 years)', 'entry'],
    ['Entry-Level (0–2 yrs)', 'entry'],
    ['Entry-level: $80K–110K', 'entry'],
    ['Junior AI Engineer', 'entry'],
    ['Entry-Level Professionals:', 'entry'],
    ['Mid-Career', 'mid'],
    ['Mid-Career Total Comp', 'mid'],
    ['Middle Management / Mid-Level (3-5 years)', 'mid'],
    ['Middle AI engineer', 'mid'],
    ['Senior-Level (5+ years)', 'senior'],
    ['Senior (10–15+ years)', 'senior'],
    ['Experienced', 'senior'],
    ['Veteran/Lead Engineer', 'lead'],
    ['Leadership (10+ yrs)', 'lead'],
    ['AI Team Lead', 'lead'],
    ['Executive/Principal', 'executive'],
    ['AI Director', 'executive'],
    // Two levels named: the years decide.
    ['Executive / Senior (5+ years)', 'senior'],
    // No level word: the years alone.
    ['AI Trainers with 3 to 5 years of experience', 'mid'],
  ])('reads "%s" as %s', (text, level) => {
    expect(readLevel(text)?.level).toBe(level);
  });

  it('keeps the label as written, with its years', () => {
    expect(readLevel('Entry Level / Junior (0-2 years)')).toMatchObject({
      level: 'entry',
      asWritten: 'Entry Level / Junior (0-2 years)',
      index: 0,
    });
    expect(readLevel('Veteran/Lead Engineer')?.asWritten).toBe('Veteran/Lead');
    expect(readLevel('Mid-Career')?.asWritten).toBe('Mid-Career');
  });

  it.each([
    ['Middle Management / Mid-Level (3-5 years)', 'mid'],
    ['Middle AI engineer', 'mid'],
    ['Leadership (10+ yrs)', 'lead'],
  ])('keeps whole words in asWritten for "%s"', (text, level) => {
    const reading = readLevel(text);
    expect(reading?.level).toBe(level);
    const asWritten = reading?.asWritten ?? '';
    const start = text.indexOf(asWritten);
    expect(start).toBeGreaterThanOrEqual(0);
    // The label must not stop inside a word ("Mid" of "Middle", "Lead" of "Leadership").
    expect(text.slice(start + asWritten.length, start + asWritten.length + 1)).not.toMatch(/\p{L}/u);
  });

  it.each([
    'Middle East (e.g., UAE)',
    'Big Tech',
    'Top Earners',
    'Top-End/Hedge Funds/Big Tech',
    'Elite-Level (Big Tech)',
    'Average Salary (USD)',
    'United States',
    '$64,984 (low range)',
  ])('reads no level in "%s"', (text) => {
    expect(readLevel(text)).toBeNull();
  });
});

describe('readKind', () => {
  it.each<[string, Exclude<PayKind, 'unspecified'>]>([
    ['Median base salary', 'base'],
    ['Base Salary Range', 'base'],
    ['Total comp up to', 'total-compensation'],
    ['Total Compensation Range', 'total-compensation'],
    ['$300,000+ (incl. equity/bonuses)', 'total-compensation'],
    ['Median total compensation for ML/AI Software Engineers', 'total-compensation'],
    ['Average Salary (USD)', 'average'],
    ['Annual Median', 'median'],
    ['a median and an average', 'median'],
    ['the average and the median', 'average'],
    ['Salary Range (Stated)', 'range'],
  ])('reads "%s" as %s', (text, kind) => {
    expect(readKind(text)).toBe(kind);
  });

  it.each(['Growth Trend', 'Entry-Level', 'Salary.com (2025)'])('reads no kind in "%s"', (text) => {
    expect(readKind(text)).toBeNull();
  });
});

describe('readPeriod', () => {
  it.each<[string, PayPeriod]>([
    ['Average Annual Salary', 'year'],
    ['Salary Range (Annual)', 'year'],
    ['paid yearly', 'year'],
    ['Monthly salary', 'month'],
    ['7,500 per month', 'month'],
    ['Average Hourly Wage', 'hour'],
    ['$31.24 per hour', 'hour'],
  ])('reads "%s" as %s', (text, period) => {
    expect(readPeriod(text)).toBe(period);
  });

  it.each(['Salary Range (USD)', 'Entry-Level Salary', 'Annualized growth'])('reads no period in "%s"', (text) => {
    expect(readPeriod(text)).toBeNull();
  });
});

describe('readPercentile', () => {
  it.each<[string, number]>([
    ['25th Percentile', 25],
    ['75th Percentile', 75],
    ['Top Earners (90th Percentile)', 90],
    ['top 10%', 90],
    ['Executive / Top 10%', 90],
    ['The highest 10% of AI Trainers can earn up to $233,110 annually', 90],
  ])('reads "%s" as %i', (text, percentile) => {
    expect(readPercentile(text)).toBe(percentile);
  });

  it.each(['with a 25–75th percentile range of $76K–132K', 'Annual Median', 'a 28% premium', 'Top Earners'])(
    'reads no percentile in "%s"',
    (text) => {
      expect(readPercentile(text)).toBeNull();
    },
  );
});

describe('readPlace', () => {
  it.each<[string, string]>([
    ['United States', 'United States'],
    ['In the U.S., average salaries range', 'U.S.'],
    ['Median base salary (US):', 'US'],
    ['San Francisco Bay area: $138,000', 'San Francisco Bay area'],
    ['Bellevue, WA: $173,200', 'Bellevue, WA'],
    ['Boston, MA: $166,500', 'Boston, MA'],
    ['Middle East (e.g., UAE)', 'Middle East'],
    ['Western Europe (Germany)', 'Western Europe'],
    ['Asia (India, China, Singapore)', 'Asia'],
    ['Washington, D.C. and New York', 'Washington, D.C.'],
    ['UK: £60,646/yr', 'UK'],
  ])('reads the place in "%s"', (text, place) => {
    expect(readPlace(text)).toBe(place);
    expect(namesPlace(text)).toBe(true);
  });

  it.each(['Average Salary (USD)', 'Big Tech', 'Built In', 'Entry-Level', 'Usability'])(
    'reads no place in "%s"',
    (text) => {
      expect(readPlace(text)).toBeNull();
      expect(namesPlace(text)).toBe(false);
    },
  );
});

describe('readCredited', () => {
  it.each<[string, string]>([
    ['By experience (data by Glassdoor):', 'Glassdoor'],
    ['Built In reports average base of $175,262', 'Built In'],
    ['Coursera/BLS: average base $108,020', 'Coursera/BLS'],
    ['U.S. Bureau of Labor Statistics', 'U.S. Bureau of Labor Statistics'],
    ['According to the US Bureau of Labor Statistics, the median', 'US Bureau of Labor Statistics'],
    ['Salary.com (2025)', 'Salary.com'],
    ['6figr (2025)', '6figr'],
    ['JobzMall (2025)', 'JobzMall'],
    ['Talent.com estimates average U.S. AI Architect salary', 'Talent.com'],
    ['ZipRecruiter estimates average is notably lower', 'ZipRecruiter'],
    ['Levels.fyi', 'Levels.fyi'],
  ])('reads the source in "%s"', (text, source) => {
    expect(readCredited(text)).toBe(source);
  });

  it.each(['Average Salary (USD)', 'Salaries are indeed high', 'Top-End/Hedge Funds/Big Tech', 'blast radius'])(
    'reads no source in "%s"',
    (text) => {
      expect(readCredited(text)).toBeNull();
    },
  );
});

describe('PAY_CONTEXT', () => {
  it('recognises passages about pay and not others', () => {
    expect(PAY_CONTEXT.test('AI Engineers earn between $110K and $250K annually')).toBe(true);
    expect(PAY_CONTEXT.test('Average Salary (USD)')).toBe(true);
    expect(PAY_CONTEXT.test('Global Openings (Est.)')).toBe(false);
  });
});
