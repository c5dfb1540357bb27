/**
 * Reads money expressions out of text: single figures and ranges, with
 * currency signs or codes on either bound ("$145,000–175,000", "₹11,67,563 –
 * ₹12,51,419", "70,000–150,000 dollars"), K/M suffixes ("$80K–110K"), the
 * Indian lakh and crore ("₹12 lakh", "₹8L", "₹1.2 crore", "₹15 LPA"), open ends
 * ("$200,000+"), bounds words ("up to", "over", "between ... and"),
 * approximation marks ("~", "around") and a stated period ("/yr", "per hour",
 * "dollars/month", "annually", "p.a."). Pure; it knows nothing about salaries, so
 * market sizes and fees come out too and are sorted out by the caller.
 */
import type { CurrencyCode, PayPeriod } from '@/lib/content/schema';

export interface MoneyMatch {
  /** Offsets of `raw` in the text. */
  start: number;
  end: number;
  /** The expression as written: bounds, currency words and a period suffix. */
  raw: string;
  /** `null` when no sign, code or word says which currency (bare numbers). */
  currency: CurrencyCode | null;
  min: number | null;
  max: number | null;
  openEnded: boolean;
  /** The period the expression itself states, if any. */
  period: PayPeriod | null;
  approximate: boolean;
  /** The largest multiplier word used ("billion" -> 1e9), 1 when none. */
  scale: number;
  /** Written with the Indian numbering words (lakh, crore, LPA), whatever the currency. */
  indianNumbering: boolean;
}

const PREFIXES: [RegExp, CurrencyCode][] = [
  [/^(?:CA\$|C\$|CAD ?\$?)$/, 'CAD'],
  [/^(?:AU\$|A\$|AUD ?\$?)$/, 'AUD'],
  [/^(?:S\$|SG\$|SGD ?\$?)$/, 'SGD'],
  [/^(?:NZ\$|NZD ?\$?)$/, 'NZD'],
  [/^(?:HK\$|HKD ?\$?)$/, 'HKD'],
  [/^(?:US\$|USD ?\$?|\$)$/, 'USD'],
  [/^(?:GBP ?£?|£)$/, 'GBP'],
  [/^(?:EUR ?€?|€)$/, 'EUR'],
  [/^(?:JPY ?¥?|¥)$/, 'JPY'],
  [/^(?:INR ?₹?|₹|Rs\.? ?)$/, 'INR'],
  [/^CHF ?$/, 'CHF'],
  [/^AED ?$/, 'AED'],
  [/^(?:CNY|RMB) ?$/, 'CNY'],
];

const WORD_CURRENCIES: [RegExp, CurrencyCode][] = [
  [/^(?:(?:US |U\.S\. )?dollars?|USD)$/i, 'USD'],
  [/^(?:Canadian dollars?|CAD)$/i, 'CAD'],
  [/^(?:Australian dollars?|AUD)$/i, 'AUD'],
  [/^(?:Singapore dollars?|SGD)$/i, 'SGD'],
  [/^(?:New Zealand dollars?|NZD)$/i, 'NZD'],
  [/^(?:Hong Kong dollars?|HKD)$/i, 'HKD'],
  [/^(?:Swiss francs?|CHF)$/i, 'CHF'],
  [/^(?:dirhams?|AED)$/i, 'AED'],
  [/^(?:yuan|renminbi|CNY|RMB)$/i, 'CNY'],
  [/^(?:euros?|EUR|€)$/i, 'EUR'],
  [/^(?:pounds?|GBP)$/i, 'GBP'],
  [/^(?:rupees?|INR)$/i, 'INR'],
  [/^(?:yen|JPY)$/i, 'JPY'],
];

const MULTIPLIERS: Record<string, number> = {
  k: 1e3,
  thousand: 1e3,
  m: 1e6,
  million: 1e6,
  b: 1e9,
  bn: 1e9,
  billion: 1e9,
  trillion: 1e12,
  // The Indian numbering words: a lakh is 100,000, a crore 10,000,000.
  lakh: 1e5,
  lakhs: 1e5,
  lac: 1e5,
  lacs: 1e5,
  lpa: 1e5,
  crore: 1e7,
  crores: 1e7,
  cr: 1e7,
};

// One bound: optional currency prefix, a number (comma groups of 2 or 3 digits
// allow Indian grouping such as 11,67,563; dot groups such as 1.250.000 are read
// whole), optional multiplier, optional "+".
// "LPA" is "lakh per annum", Indian job listings' way of stating a yearly salary.
const BOUND = new RegExp(
  String.raw`(?<![\p{L}\p{N}.,])` +
    String.raw`(?<cur>CA\$|C\$|AU\$|A\$|US\$|SG?\$|NZ\$|HK\$|(?:USD|AUD|CAD|GBP|EUR|INR|JPY|SGD|NZD|HKD) ?[$£€₹¥]?|(?:CHF|AED|CNY|RMB) ?|Rs\.? ?|[$£€¥₹])?` +
    String.raw` ?(?<num>\d{1,3}(?:,\d{2,3})+(?:\.\d+)?|\d{1,3}(?:\.\d{3}){2,}(?!\d)|\d+(?:\.\d+)?)` +
    String.raw`(?:(?<mult>[KkMB]|bn|L)(?![\p{L}\p{N}])| (?<multWord>thousand|million|billion|trillion)(?![\p{L}])` +
    String.raw`| ?(?<indian>[Ll]akhs?|[Ll]acs?|LPA|lpa|[Cc]rores?|Cr)(?![\p{L}]))?` +
    String.raw`(?<plus>\+)?`,
  'gu',
);

const DIGIT = /\d/;
// "72.000" and "1.250.000": a dot before every group of three digits.
const DOT_GROUPED = /^\d{1,3}(?:\.\d{3})+$/;
const RANGE_JOINER = /^\s*(?:[–—-]|to|up to)\s*$/;
const BETWEEN_JOINER = /^\s*and\s*$/;
const CURRENCY_WORD =
  /^ ?((?:US |U\.S\. |Canadian |Australian |Singapore |New Zealand |Hong Kong )?dollars?|USD|euros?|EUR|€|pounds?|GBP|rupees?|INR|yen|JPY|CAD|AUD|SGD|NZD|HKD|Swiss francs?|CHF|dirhams?|AED|yuan|renminbi|CNY|RMB)(?![\p{L}])/u;
const PERIOD_SUFFIX =
  /^ ?(?:\/ ?(yr|year|annum|mo|month|hr|hour|h)|per (year|yr|annum|month|mo|hour|hr)|a (year|month)|an (hour)|(annually|yearly|monthly|hourly|p\.a\.|pa))(?![\p{L}])/u;
const APPROX_BEFORE =
  /(?:(?:\b(?:around|about|approximately|approx\.|roughly|nearly|almost|circa|close to|some))\s*|[~≈]\s*)$/i;
const LOWER_BOUND_BEFORE =
  /\b(?:over|more than|exceeding|exceeds?|upwards of|at least|surpassing|above|in excess of|beyond|start(?:s|ing)? (?:at|from))\s+$/i;
const OR_MORE_AFTER = /^ (?:or more|or higher|or above|and above|and up)(?![\p{L}])/u;
const UPPER_BOUND_BEFORE = /\b(?:up to|as much as|as high as|under|less than|below|no more than)\s+$/i;

interface Bound {
  start: number;
  end: number;
  currency: CurrencyCode | null;
  value: number;
  multiplier: number;
  plus: boolean;
  /** Written "LPA": lakh per annum, a yearly figure in rupees. */
  perAnnum: boolean;
  /** Written with "lakh", "crore" or "LPA". */
  indian: boolean;
  /** The value if dots group its thousands, as euro amounts often do ("€72.000"); null when they cannot. */
  dotGrouped: number | null;
}

/**
 * False when `text` cannot hold an amount: every amount has a digit. A cheap
 * test that most sentences fail, where the full pattern costs far more.
 */
export function mayHoldMoney(text: string): boolean {
  return DIGIT.test(text);
}

/** Every money-like expression in `text`, in order; bare numbers only when they carry a multiplier or a currency word follows. */
export function findMoney(text: string): MoneyMatch[] {
  if (!mayHoldMoney(text)) return [];
  // An `exec` loop rather than `matchAll`, which copies the pattern and builds an iterator on every call.
  const bounds: Bound[] = [];
  BOUND.lastIndex = 0;
  for (let found = BOUND.exec(text); found !== null; found = BOUND.exec(text)) {
    const bound = toBound(found);
    if (bound) bounds.push(bound);
  }
  const matches: MoneyMatch[] = [];
  for (let i = 0; i < bounds.length; i += 1) {
    const first = bounds[i];
    if (!first) continue;
    let second: Bound | undefined;
    const next = bounds[i + 1];
    if (next) {
      const between = rangeJoiner(text, first, next);
      const isBetween = BETWEEN_JOINER.test(between) && /\bbetween\s+(?:[~≈]\s*)?$/i.test(text.slice(0, first.start));
      if (!first.plus && (RANGE_JOINER.test(between) || isBetween)) {
        second = next;
        i += 1;
      }
    }
    const match = toMatch(text, first, second);
    if (match) matches.push(match);
  }
  return matches;
}

/**
 * What joins two bounds, less the currency word and period written after the
 * first when the same follow the second ("90,000 USD to 150,000 USD",
 * "$75/hr to $120/hr" are each one range).
 */
function rangeJoiner(text: string, first: Bound, next: Bound): string {
  const written = text.slice(first.end, next.start);
  let between = written;
  let after = text.slice(next.end);
  const word = CURRENCY_WORD.exec(between);
  if (word) {
    const again = CURRENCY_WORD.exec(after);
    if (first.currency !== null || next.currency !== null || wordCurrency(again?.[1]) !== wordCurrency(word[1]))
      return written;
    between = between.slice(word[0].length);
    after = after.slice(again?.[0].length ?? 0);
  }
  const period = PERIOD_SUFFIX.exec(between);
  if (period) {
    const again = PERIOD_SUFFIX.exec(after);
    if (!again || periodOf(again) !== periodOf(period)) return written;
    between = between.slice(period[0].length);
  }
  return between;
}

const periodOf = (suffix: RegExpExecArray): PayPeriod => toPeriod(suffix.slice(1).find(Boolean) ?? '');

const wordCurrency = (word: string | undefined): CurrencyCode | null =>
  WORD_CURRENCIES.find(([pattern]) => pattern.test(word ?? ''))?.[1] ?? null;

function toBound(match: RegExpExecArray): Bound | null {
  const groups = match.groups ?? {};
  const num = groups.num ?? '';
  if (!isValidGrouping(num)) return null;
  const cur = groups.cur?.trim();
  const multKey = (groups.mult ?? groups.multWord ?? groups.indian ?? '').toLowerCase();
  const start = match.index ?? 0;
  const prefix = cur ? (PREFIXES.find(([pattern]) => pattern.test(groups.cur ?? ''))?.[1] ?? null) : null;
  // "₹8L": an L after a rupee amount is lakh; after any other amount it is no multiplier.
  const lakh = groups.mult === 'L' && prefix === 'INR';
  const grouped = DOT_GROUPED.test(num) ? Number(num.replaceAll('.', '')) : null;
  return {
    start: start + (match[0].length - match[0].trimStart().length),
    end: start + match[0].length,
    currency: prefix,
    // Two dots or more can only group thousands ("1.250.000"); one dot is a decimal point unless the amount is in euros.
    value: grouped !== null && num.indexOf('.') !== num.lastIndexOf('.') ? grouped : Number(num.replaceAll(',', '')),
    multiplier: lakh ? 1e5 : (MULTIPLIERS[multKey] ?? 1),
    plus: groups.plus === '+',
    perAnnum: multKey === 'lpa',
    indian: groups.indian !== undefined || lakh,
    dotGrouped: multKey === '' ? grouped : null,
  };
}

/** "1,234,567" and "11,67,563" are numbers; "1,2345" and "12,34" are not. */
function isValidGrouping(num: string): boolean {
  // Commas come only before the decimal point, so a number without one is plainly grouped.
  if (!num.includes(',')) return true;
  const [whole = ''] = num.split('.');
  if (!whole.includes(',')) return true;
  const groups = whole.split(',');
  return groups.at(-1)?.length === 3 && groups.slice(1, -1).every((group) => group.length === 2 || group.length === 3);
}

function toMatch(text: string, first: Bound, second: Bound | undefined): MoneyMatch | null {
  let end = (second ?? first).end;
  // "LPA" is only ever rupees; "lakh" and "crore" alone are also used for other currencies.
  const perAnnum = first.perAnnum || second?.perAnnum === true;
  let currency = first.currency ?? second?.currency ?? (perAnnum ? 'INR' : null);
  if (first.currency && second?.currency && first.currency !== second.currency) return null;
  const word = CURRENCY_WORD.exec(text.slice(end));
  if (word) {
    const code = wordCurrency(word[1]);
    if (currency === null || currency === code) {
      currency = code;
      end += word[0].length;
    }
  }
  const orMore = OR_MORE_AFTER.exec(text.slice(end));
  if (orMore && !second) end += orMore[0].length;
  let period: PayPeriod | null = null;
  const periodMatch = PERIOD_SUFFIX.exec(text.slice(end));
  if (periodMatch) {
    period = periodOf(periodMatch);
    end += periodMatch[0].length;
  } else if (perAnnum) {
    period = 'year';
  }
  const hasMultiplier = first.multiplier > 1 || (second?.multiplier ?? 1) > 1;
  if (currency === null && !hasMultiplier) return bareMatch(text, first, second, end, period);
  // Euro amounts are often written with dots between the thousands: "€72.000" is 72,000, not 72.
  if (currency === 'EUR') {
    first = dotGroupedAsWhole(first);
    if (second) second = dotGroupedAsWhole(second);
  }

  // "$80K–110K", "$3M–7M": a multiplier written on one bound applies to both
  // when the other bound would otherwise be implausibly small.
  let low = first.value * first.multiplier;
  let high = second ? second.value * second.multiplier : low;
  if (second && first.multiplier === 1 && second.multiplier > 1 && first.value < 1000)
    low = first.value * second.multiplier;
  if (second && second.multiplier === 1 && first.multiplier > 1 && second.value < 1000)
    high = second.value * first.multiplier;

  const before = text.slice(0, first.start);
  const approximate = APPROX_BEFORE.test(before);
  const plus = (second ?? first).plus;
  let min: number | null = low;
  let max: number | null = high;
  let openEnded = plus;
  if (!second) {
    if (plus || orMore || LOWER_BOUND_BEFORE.test(stripApprox(before))) {
      max = null;
      openEnded = true;
    } else if (UPPER_BOUND_BEFORE.test(stripApprox(before))) {
      min = null;
    }
  }
  return {
    start: first.start,
    end,
    raw: text.slice(first.start, end),
    currency,
    min,
    max,
    openEnded,
    period,
    approximate,
    scale: Math.max(first.multiplier, second?.multiplier ?? 1),
    indianNumbering: first.indian || second?.indian === true,
  };
}

/** Bare numbers ("70,000–145,000") are kept for callers with a currency from context (a "(USD)" column). */
function bareMatch(
  text: string,
  first: Bound,
  second: Bound | undefined,
  end: number,
  period: PayPeriod | null,
): MoneyMatch | null {
  // Years, percentages, counts and small numbers are never bare pay figures.
  const after = text.slice(end);
  if (/^\s*(?:%|percent|years?|yrs?|st|nd|rd|th|x\b)/i.test(after)) return null;
  if (first.value < 1000 || (second && second.value < 1000)) return null;
  if (first.value >= 1900 && first.value <= 2100 && !text.slice(first.start, first.end).includes(',')) return null;
  const before = text.slice(0, first.start);
  return {
    start: first.start,
    end,
    raw: text.slice(first.start, end),
    currency: null,
    min: second || !UPPER_BOUND_BEFORE.test(before) ? first.value : null,
    max: second ? second.value : (second ?? first).plus || LOWER_BOUND_BEFORE.test(before) ? null : first.value,
    openEnded: (second ?? first).plus || (!second && LOWER_BOUND_BEFORE.test(before)),
    period,
    approximate: APPROX_BEFORE.test(before),
    scale: 1,
    indianNumbering: false,
  };
}

function dotGroupedAsWhole(bound: Bound): Bound {
  return bound.dotGrouped === null ? bound : { ...bound, value: bound.dotGrouped };
}

function stripApprox(text: string): string {
  return text.replace(APPROX_BEFORE, '');
}

function toPeriod(word: string): PayPeriod {
  if (/^(?:mo|month|monthly)$/.test(word)) return 'month';
  if (/^(?:hr|hour|hourly|h)$/.test(word)) return 'hour';
  return 'year';
}
