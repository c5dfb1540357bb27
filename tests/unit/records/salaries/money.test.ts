import { describe, expect, it } from 'vitest';
import type { CurrencyCode, PayPeriod } from '@/lib/content/schema';
import { findMoney, type MoneyMatch } from '@/lib/records/salaries/money';

/** The one money expression in `text`; fails when there is not exactly one. */
function only(text: string): MoneyMatch {
  const matches = findMoney(text);
  expect(matches, `money in ${JSON.stringify(text)}`).toHaveLength(1);
  return matches[0] as MoneyMatch;
}

interface Shape {
  text: string;
  raw: string;
  currency: CurrencyCode;
  min: number | null;
  max: number | null;
  openEnded?: boolean;
  period?: PayPeriod | null;
  approximate?: boolean;
}

describe('findMoney: ranges', () => {
  // prettier-ignore
  it.each<Shape>([
    // Joined by en dash, hyphen or "to"; a sign on one bound or both.
    { text: 'Median base salary (US): $145,000–175,000 with bonus', raw: '$145,000–175,000', currency: 'USD', min: 145_000, max: 175_000 },
    { text: 'Entry Level / Junior (0-2 years): $120,000-$150,000', raw: '$120,000-$150,000', currency: 'USD', min: 120_000, max: 150_000 },
    { text: 'ranges from $106,000 to $175,000 with experience', raw: '$106,000 to $175,000', currency: 'USD', min: 106_000, max: 175_000 },
    { text: 'Finance | $150,000 – $218,000', raw: '$150,000 – $218,000', currency: 'USD', min: 150_000, max: 218_000 },
    { text: 'earn between $110K and $250K in 2025', raw: '$110K and $250K', currency: 'USD', min: 110_000, max: 250_000 },
    { text: 'from $90K up to $140K per year', raw: '$90K up to $140K per year', currency: 'USD', min: 90_000, max: 140_000 },
    // K/M suffixes on one bound or both.
    { text: 'Entry-level: $80K–110K', raw: '$80K–110K', currency: 'USD', min: 80_000, max: 110_000 },
    { text: 'AI Engineer | $110K–$145K |', raw: '$110K–$145K', currency: 'USD', min: 110_000, max: 145_000 },
    { text: 'annual comp of $3M–7M for leading researchers', raw: '$3M–7M', currency: 'USD', min: 3_000_000, max: 7_000_000 },
    // Indian digit grouping.
    { text: 'India | ₹11,67,563 – ₹12,51,419 |', raw: '₹11,67,563 – ₹12,51,419', currency: 'INR', min: 1_167_563, max: 1_251_419 },
  ])('reads "$raw"', ({ text, raw, currency, min, max }) => {
    expect(only(text)).toMatchObject({ raw, currency, min, max, openEnded: false });
  });
});

describe('findMoney: open ends', () => {
  // prettier-ignore
  it.each<Shape>([
    // A "+" on the top of a range keeps the top and marks it open.
    { text: 'Senior | $220K–$270K+ |', raw: '$220K–$270K+', currency: 'USD', min: 220_000, max: 270_000, openEnded: true },
    { text: 'Senior-Level (5+ years) 190,000–350,000+ dollars', raw: '190,000–350,000+ dollars', currency: 'USD', min: 190_000, max: 350_000, openEnded: true },
    { text: 'AI Engineer | $1M–$10M+ |', raw: '$1M–$10M+', currency: 'USD', min: 1_000_000, max: 10_000_000, openEnded: true },
    // "X+", "over X", "exceeding X", "X or more": no top.
    { text: 'Executive / Senior (5+ years): $200,000+', raw: '$200,000+', currency: 'USD', min: 200_000, max: null, openEnded: true },
    { text: 'Silicon Valley averages over $125K, widening the gap', raw: '$125K', currency: 'USD', min: 125_000, max: null, openEnded: true },
    { text: 'median salaries exceeding 140,000 dollars', raw: '140,000 dollars', currency: 'USD', min: 140_000, max: null, openEnded: true },
    { text: 'specialized roles reaching $250K or more.', raw: '$250K or more', currency: 'USD', min: 250_000, max: null, openEnded: true },
    { text: 'can earn upwards of $130,000 annually', raw: '$130,000 annually', currency: 'USD', min: 130_000, max: null, openEnded: true, period: 'year' },
    { text: 'Salaries start at $80,000 for new graduates', raw: '$80,000', currency: 'USD', min: 80_000, max: null, openEnded: true },
    { text: 'with pay starting from £45k', raw: '£45k', currency: 'GBP', min: 45_000, max: null, openEnded: true },
    // "up to X": no bottom, and not open at the top.
    { text: 'Entry-Level (0–2 yrs) | Up to $120,000 |', raw: '$120,000', currency: 'USD', min: null, max: 120_000, openEnded: false },
    { text: 'Total comp up to $210,595', raw: '$210,595', currency: 'USD', min: null, max: 210_595, openEnded: false },
  ])('reads "$text"', ({ text, raw, currency, min, max, openEnded, period }) => {
    const match = only(text);
    expect(match).toMatchObject({ raw, currency, min, max, openEnded });
    if (period !== undefined) expect(match.period).toBe(period);
  });
});

describe('findMoney: currencies', () => {
  // prettier-ignore
  it.each<Shape>([
    { text: 'United Kingdom | £59,108 |', raw: '£59,108', currency: 'GBP', min: 59_108, max: 59_108 },
    { text: 'Germany: €71,400', raw: '€71,400', currency: 'EUR', min: 71_400, max: 71_400 },
    { text: 'Japan | ¥9,943,766 |', raw: '¥9,943,766', currency: 'JPY', min: 9_943_766, max: 9_943_766 },
    { text: 'India | ₹11,67,563 |', raw: '₹11,67,563', currency: 'INR', min: 1_167_563, max: 1_167_563 },
    { text: 'Canada | CA$104,704 |', raw: 'CA$104,704', currency: 'CAD', min: 104_704, max: 104_704 },
    { text: 'Australia | AU$116,000 |', raw: 'AU$116,000', currency: 'AUD', min: 116_000, max: 116_000 },
    { text: 'Australia | AUD $116,000 |', raw: 'AUD $116,000', currency: 'AUD', min: 116_000, max: 116_000 },
    { text: 'Exam Fee: $165 USD (subject to region-based pricing)', raw: '$165 USD', currency: 'USD', min: 165, max: 165 },
    { text: 'at approximately USD 49/month, makes it accessible', raw: 'USD 49/month', currency: 'USD', min: 49, max: 49 },
    // Other dollars, francs, dirhams and yuan, by sign or code; "¥" alone stays yen.
    { text: 'Singapore | S$120,000 |', raw: 'S$120,000', currency: 'SGD', min: 120_000, max: 120_000 },
    { text: 'in Singapore earn SGD 96,000 to SGD 150,000 a year', raw: 'SGD 96,000 to SGD 150,000 a year', currency: 'SGD', min: 96_000, max: 150_000 },
    { text: 'Auckland | NZ$115,000 |', raw: 'NZ$115,000', currency: 'NZD', min: 115_000, max: 115_000 },
    { text: 'Hong Kong | HK$600,000 |', raw: 'HK$600,000', currency: 'HKD', min: 600_000, max: 600_000 },
    { text: 'Zurich: CHF 130,000–160,000', raw: 'CHF 130,000–160,000', currency: 'CHF', min: 130_000, max: 160_000 },
    { text: 'in Dubai pay AED 25,000 per month', raw: 'AED 25,000 per month', currency: 'AED', min: 25_000, max: 25_000 },
    { text: 'Beijing | RMB 400,000 |', raw: 'RMB 400,000', currency: 'CNY', min: 400_000, max: 400_000 },
    // "L" after a rupee amount is lakh, on one bound or both.
    { text: 'Freshers earn ₹6L–10L in Pune', raw: '₹6L–10L', currency: 'INR', min: 600_000, max: 1_000_000 },
    { text: 'Senior | ₹25L - ₹40L |', raw: '₹25L - ₹40L', currency: 'INR', min: 2_500_000, max: 4_000_000 },
    // Euro amounts with dots between the thousands, the sign before or after.
    { text: 'Germany | €72.000 |', raw: '€72.000', currency: 'EUR', min: 72_000, max: 72_000 },
    { text: 'Berlin: €60.000 – €85.000 per year', raw: '€60.000 – €85.000 per year', currency: 'EUR', min: 60_000, max: 85_000 },
    { text: 'in Munich around 1.250.000 € over five years', raw: '1.250.000 €', currency: 'EUR', min: 1_250_000, max: 1_250_000 },
    { text: 'a budget of €1.5 million', raw: '€1.5 million', currency: 'EUR', min: 1_500_000, max: 1_500_000 },
    { text: 'a package of $1.250.000 in total', raw: '$1.250.000', currency: 'USD', min: 1_250_000, max: 1_250_000 },
    { text: 'contractors bill €72.50 an hour', raw: '€72.50 an hour', currency: 'EUR', min: 72.5, max: 72.5 },
    { text: 'around 150,000 Swiss francs a year', raw: '150,000 Swiss francs a year', currency: 'CHF', min: 150_000, max: 150_000 },
    { text: 'between 120,000 and 180,000 Singapore dollars', raw: '120,000 and 180,000 Singapore dollars', currency: 'SGD', min: 120_000, max: 180_000 },
    { text: 'about 30,000 dirhams monthly', raw: '30,000 dirhams monthly', currency: 'AED', min: 30_000, max: 30_000 },
    { text: 'roughly 95,000 Canadian dollars', raw: '95,000 Canadian dollars', currency: 'CAD', min: 95_000, max: 95_000 },
    { text: 'some 130,000 US dollars a year', raw: '130,000 US dollars a year', currency: 'USD', min: 130_000, max: 130_000 },
    { text: 'a median annual salary of 160,000 dollars, reflecting', raw: '160,000 dollars', currency: 'USD', min: 160_000, max: 160_000 },
    { text: 'Entry-Level (0-2 years) 70,000–150,000 dollars', raw: '70,000–150,000 dollars', currency: 'USD', min: 70_000, max: 150_000 },
    { text: 'ranging from 205,000 to 221,000 dollars, highlighting', raw: '205,000 to 221,000 dollars', currency: 'USD', min: 205_000, max: 221_000 },
    // The word after both bounds.
    { text: 'Data engineer salaries range from 90,000 USD to 150,000 USD.', raw: '90,000 USD to 150,000 USD', currency: 'USD', min: 90_000, max: 150_000 },
    { text: 'between 40,000 euros and 55,000 euros a year', raw: '40,000 euros and 55,000 euros a year', currency: 'EUR', min: 40_000, max: 55_000 },
  ])('reads $currency in "$raw"', ({ text, raw, currency, min, max }) => {
    expect(only(text)).toMatchObject({ raw, currency, min, max });
  });

  it('keeps figures in two currencies or two periods apart', () => {
    expect(findMoney('from 90,000 USD to 80,000 EUR').map((match) => match.raw)).toEqual(['90,000 USD', '80,000 EUR']);
    expect(findMoney('$45/hr to $7,000 per month').map((match) => match.raw)).toEqual(['$45/hr', '$7,000 per month']);
  });

  it('leaves the currency open for bare numbers, for a "(USD)" column to supply', () => {
    expect(only('Junior AI Engineer Builds foundational AI models 70,000–145,000')).toMatchObject({
      raw: '70,000–145,000',
      currency: null,
      min: 70_000,
      max: 145_000,
    });
  });
});

describe('findMoney: lakh and crore', () => {
  // prettier-ignore
  it.each<Shape>([
    // Indian job sites and blogs state pay in lakh (100,000) and crore (10,000,000) of rupees.
    { text: 'an AI Engineer earns ₹15 LPA to ₹30 LPA in Bengaluru', raw: '₹15 LPA to ₹30 LPA', currency: 'INR', min: 1_500_000, max: 3_000_000, period: 'year' },
    { text: 'Freshers start at 6-8 LPA, depending on the company', raw: '6-8 LPA', currency: 'INR', min: 600_000, max: 800_000, period: 'year' },
    { text: 'mid-level data scientists make ₹12 lakh per annum', raw: '₹12 lakh per annum', currency: 'INR', min: 1_200_000, max: 1_200_000, period: 'year' },
    { text: 'Salary: INR 8 – 14 Lakhs', raw: 'INR 8 – 14 Lakhs', currency: 'INR', min: 800_000, max: 1_400_000, period: null },
    { text: 'between Rs. 6 lacs and Rs. 9 lacs a year', raw: 'Rs. 6 lacs and Rs. 9 lacs a year', currency: 'INR', min: 600_000, max: 900_000, period: 'year' },
    { text: 'senior architects can earn ₹1.2 crore or more', raw: '₹1.2 crore or more', currency: 'INR', min: 12_000_000, max: null, openEnded: true },
    { text: 'packages of 20 lakh rupees at product companies', raw: '20 lakh rupees', currency: 'INR', min: 2_000_000, max: 2_000_000 },
  ])('reads "$raw"', ({ text, raw, currency, min, max, openEnded, period }) => {
    const match = only(text);
    expect(match).toMatchObject({ raw, currency, min, max, openEnded: openEnded ?? false });
    if (period !== undefined) expect(match.period).toBe(period);
  });

  it('leaves "lakh" without a rupee sign or word to a currency from context', () => {
    // Lakh and crore are also used for Pakistani, Nepali and Bangladeshi pay; only "LPA" implies rupees.
    expect(only('a starting package of 5 lakh per year')).toMatchObject({
      currency: null,
      min: 500_000,
      period: 'year',
    });
  });

  it('does not read words that begin like the units', () => {
    expect(findMoney('₹50 Crunch time')).toMatchObject([{ raw: '₹50', min: 50 }]);
    expect(findMoney('15 lacquer coats, 12 Crafts')).toEqual([]);
  });
});

describe('findMoney: periods', () => {
  // prettier-ignore
  it.each<{ text: string; raw: string; period: PayPeriod | null; min: number; max: number }>([
    { text: '$31.24 per hour, reflecting the potential', raw: '$31.24 per hour', period: 'hour', min: 31.24, max: 31.24 },
    // The period after both bounds.
    { text: 'contract rates of $75/hr to $120/hr for senior trainers', raw: '$75/hr to $120/hr', period: 'hour', min: 75, max: 120 },
    { text: 'base salary or $44 per hour in compensation', raw: '$44 per hour', period: 'hour', min: 44, max: 44 },
    { text: 'United States 7,500–9,583 dollars/month', raw: '7,500–9,583 dollars/month', period: 'month', min: 7_500, max: 9_583 },
    { text: 'the median software engineer salary is $136,600/yr.', raw: '$136,600/yr', period: 'year', min: 136_600, max: 136_600 },
    { text: 'Asia 17,323 dollars/year (India)', raw: '17,323 dollars/year', period: 'year', min: 17_323, max: 17_323 },
    { text: 'earn between $90,000 and $130,000 annually, reflecting', raw: '$90,000 and $130,000 annually', period: 'year', min: 90_000, max: 130_000 },
    // Shorter forms: "p.a.", "per hr", "/h".
    { text: 'Senior roles pay $95,000 p.a. plus benefits', raw: '$95,000 p.a.', period: 'year', min: 95_000, max: 95_000 },
    { text: 'freelancers charge $85 per hr for labelling', raw: '$85 per hr', period: 'hour', min: 85, max: 85 },
    { text: 'contractors bill $60–$90/h', raw: '$60–$90/h', period: 'hour', min: 60, max: 90 },
    { text: 'United States: $145,000–$175,000', raw: '$145,000–$175,000', period: null, min: 145_000, max: 175_000 },
  ])('reads the period of "$raw"', ({ text, raw, period, min, max }) => {
    expect(only(text)).toMatchObject({ raw, period, min, max, currency: 'USD' });
  });
});

describe('findMoney: approximation and scale', () => {
  it.each([
    ['totaling ~$210,595', '$210,595', 210_595],
    ['can expect to earn around $50,000 annually', '$50,000 annually', 50_000],
    ['total compensation around $268,000.', '$268,000', 268_000],
    ['are a fraction—≈$12K/year, compared', '$12K/year', 12_000],
    ['Global Average | ~ $110,000 |', '$110,000', 110_000],
  ])('marks "%s" approximate', (text, raw, value) => {
    expect(only(text)).toMatchObject({ raw, min: value, max: value, approximate: true });
  });

  it('does not mark a plain figure approximate', () => {
    expect(only('Junior AI engineer: $124,000/yr').approximate).toBe(false);
  });

  it('reads multiplier words and reports their scale', () => {
    expect(only('the AI market is forecasted to be valued at $1.84 trillion, highlighting')).toMatchObject({
      raw: '$1.84 trillion',
      currency: 'USD',
      min: 1.84e12,
      scale: 1e12,
    });
    expect(only('projected to reach $9.46 billion by 2029.')).toMatchObject({ min: 9.46e9, scale: 1e9 });
    expect(only('can total $1M+ annually')).toMatchObject({ min: 1e6, max: null, openEnded: true, scale: 1e6 });
    expect(only('AI Engineer | $120K-$180K |').scale).toBe(1e3);
    expect(only('Canada | CA$104,704 |').scale).toBe(1);
  });

  it('keeps neighbouring ranges apart', () => {
    const matches = findMoney('United States 7,500–9,583 dollars/month 10,000–13,333 dollars/month');
    expect(matches.map(({ raw, min, max, period }) => ({ raw, min, max, period }))).toEqual([
      { raw: '7,500–9,583 dollars/month', min: 7_500, max: 9_583, period: 'month' },
      { raw: '10,000–13,333 dollars/month', min: 10_000, max: 13_333, period: 'month' },
    ]);
  });

  it('gives the offsets of each expression in the text', () => {
    const text = 'Palo Alto: $155K base, Seattle: $141K, Boston: $126K';
    const matches = findMoney(text);
    expect(matches.map((match) => match.raw)).toEqual(['$155K', '$141K', '$126K']);
    for (const match of matches) expect(text.slice(match.start, match.end)).toBe(match.raw);
  });
});

describe('findMoney: what is not money', () => {
  it.each([
    'LLM Engineer – 25–40% premium over general ML Engineers',
    'reflecting a 28% premium over traditional software engineering roles',
    'Predicts a 23% growth rate (2023–2033) for research scientists',
    'with 50%+ increase in compensation over 2022–2025',
    'Many AI certifications lead to six-figure salaries and more.',
    'can command salaries that surpass six figures',
    'Entry-Level | 0–2 years | and 3 to 5 years of experience',
    'Senior (10–15+ years)',
    'AI Trainers with 3 to 5 years of experience',
    'Top 10 AI certifications for 2025',
  ])('finds nothing in "%s"', (text) => {
    expect(findMoney(text)).toEqual([]);
  });

  it.each([
    'Machine Learning Engineer | 210,000+ | Tech, Finance, Healthcare',
    'There were 12,000 job openings for AI engineers',
    'over 500,000 unfilled roles globally',
    '97 million new roles will be created',
  ])('never gives a currency to a bare count: "%s"', (text) => {
    for (const match of findMoney(text)) expect(match.currency).toBeNull();
  });
});
