/**
 * Every piece of text the site formats from data (dates, counts, plurals,
 * hosts) goes through here, so components never format inline and the
 * locale is chosen once.
 */
import { isSalaryKind, type payKinds } from '@/lib/content/pay-kinds';

/** The site's one locale: British English ("7 July 2025"). */
export const SITE_LOCALE = 'en-GB';

// Dates in front matter are UTC; formatting them in UTC keeps the day stable
// whatever the time zone of the build machine.
const dateFormat = new Intl.DateTimeFormat(SITE_LOCALE, {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});
const numberFormat = new Intl.NumberFormat(SITE_LOCALE);
const pluralRules = new Intl.PluralRules(SITE_LOCALE);

/** Text shown where a source gives no publication date (we never guess one). */
export const DATE_NOT_STATED = 'Date not stated';

/** `2025-07-07T08:00:09Z` -> `7 July 2025`; `null` (or an unreadable date) -> "Date not stated". */
export function formatDate(iso: string | null): string {
  if (iso === null) return DATE_NOT_STATED;
  const time = Date.parse(iso);
  return Number.isNaN(time) ? DATE_NOT_STATED : dateFormat.format(time);
}

/** Word forms for a count: `{ one: 'article', other: 'articles' }`. */
export interface PluralForms {
  one: string;
  other: string;
}

/** Picks the word form for `count` with the locale's plural rules: 1 -> one, else other. */
export function pluralize(count: number, forms: PluralForms): string {
  return pluralRules.select(count) === 'one' ? forms.one : forms.other;
}

/** `formatCount(1234, { one: 'article', other: 'articles' })` -> `1,234 articles`. */
export function formatCount(count: number, forms: PluralForms): string {
  return `${numberFormat.format(count)} ${pluralize(count, forms)}`;
}

/** Rows 51 to 100 of 257 -> `51–100 of 257`; a single row -> `51 of 257`. */
export function formatRowRange(first: number, last: number, total: number): string {
  const span =
    first === last ? numberFormat.format(first) : `${numberFormat.format(first)}–${numberFormat.format(last)}`;
  return `${span} of ${numberFormat.format(total)}`;
}

/** The host name of a URL without a leading `www.`, for link text like "example.com". */
export function formatHost(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}

// One formatter per currency and style, made on first use: Intl formatters
// are slow to construct and a page formats hundreds of amounts.
const moneyFormats = new Map<string, Intl.NumberFormat>();

function moneyFormat(currency: string, compact: boolean, cents: boolean): Intl.NumberFormat {
  const key = `${currency}:${compact}:${cents}`;
  let format = moneyFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(SITE_LOCALE, {
      style: 'currency',
      currency,
      ...(compact
        ? { notation: 'compact', maximumSignificantDigits: 3 }
        : { maximumFractionDigits: cents ? 2 : 0, minimumFractionDigits: cents ? 2 : 0 }),
    });
    moneyFormats.set(key, format);
  }
  return format;
}

/**
 * `formatMoney(150000, 'USD')` -> `US$150,000`; compact -> `US$150K`. The
 * en-GB locale writes `US$`, `CA$`, `A$` and `£`, so a reader never mistakes
 * one dollar for another on a page that shows several currencies.
 */
export function formatMoney(amount: number, currency: string, options: { compact?: boolean } = {}): string {
  // Whole amounts without ".00"; an hourly $44.50 keeps its cents.
  return moneyFormat(currency, options.compact ?? false, !Number.isInteger(amount)).format(amount);
}

/** A pay figure's bounds and openness, as `formatPay` needs them (a salary figure fits). */
export interface PayAmount {
  currency: string;
  min: number | null;
  max: number | null;
  openEnded: boolean;
  period: 'year' | 'month' | 'hour';
  /** The source states no period: the figure is read as yearly, and says so. */
  periodAssumed?: boolean;
  /** What the amount measures; a bonus or equity amount with no stated period is not read as yearly. */
  kind?: (typeof payKinds)[number];
}

const PER_PERIOD = { year: 'a year', month: 'a month', hour: 'an hour' } as const;

/**
 * A figure as a reader says it: `US$120,000–US$150,000`, `US$200,000 or more`,
 * `up to US$93,500`, with ` a year` / ` an hour` when `withPeriod` is set, and
 * ` (period not stated)` after a period the source did not give.
 */
export function formatPay(pay: PayAmount, options: { compact?: boolean; withPeriod?: boolean } = {}): string {
  if (!options.withPeriod) return payAmount(pay, options.compact ?? false);
  const { text, note } = payWithPeriod(pay, options.compact ?? false);
  return note === null ? text : `${text} (${note})`;
}

/**
 * A figure with its period, and apart from it the note that the period is
 * not the source's (`null` when the source states it), for a table cell
 * that sets the note under the figure.
 */
export function payWithPeriod(pay: PayAmount, compact = false): { text: string; note: string | null } {
  if (pay.periodAssumed !== true) return { text: `${payAmount(pay, compact)} ${PER_PERIOD[pay.period]}`, note: null };
  // A salary with no period is read as yearly, as the summaries read it. A bonus or equity
  // amount is never summarised, and "a year" would be a guess: a signing bonus is paid once.
  const salary = pay.kind === undefined || isSalaryKind(pay.kind);
  return {
    text: salary ? `${payAmount(pay, compact)} ${PER_PERIOD[pay.period]}` : payAmount(pay, compact),
    note: 'period not stated',
  };
}

function payAmount(pay: PayAmount, compact: boolean): string {
  const money = (amount: number) => formatMoney(amount, pay.currency, { compact });
  if (pay.min === null) return `up to ${money(pay.max ?? 0)}`;
  if (pay.max === null || pay.max === pay.min) return pay.openEnded ? `${money(pay.min)} or more` : money(pay.min);
  return `${money(pay.min)}–${money(pay.max)}${pay.openEnded ? ' or more' : ''}`;
}

/**
 * A role name with its indefinite article, by sound: "an AI Engineer", "an
 * ML Engineer" (em-el), "a Data Scientist", "a Prompt Engineer".
 */
export function withIndefiniteArticle(name: string): string {
  const first = name.split(/\s+/)[0] ?? '';
  // Initialisms are read letter by letter: these letters' names start with a vowel sound.
  const initialism = first.length > 1 && first === first.toUpperCase() && /^[A-Z]/.test(first);
  const vowelSound = initialism ? /^[AEFHILMNORSX]/.test(first) : /^[aeiou]/i.test(first);
  return `${vowelSound ? 'an' : 'a'} ${name}`;
}

/** Lists in prose: "AI Engineer, Data Scientist and ML Engineer". */
export function formatList(items: readonly string[], type: 'conjunction' | 'disjunction' = 'conjunction'): string {
  return new Intl.ListFormat(SITE_LOCALE, { style: 'long', type }).format(items);
}

// --- Guides: salary charts and tables -------------------------------------

const ordinalRules = new Intl.PluralRules(SITE_LOCALE, { type: 'ordinal' });
const ORDINAL_SUFFIX: Partial<Record<Intl.LDMLPluralRule, string>> = { one: 'st', two: 'nd', few: 'rd' };

/** `25` -> `25th`, `1` -> `1st`, `22` -> `22nd` (for percentiles). */
export function formatOrdinal(value: number): string {
  return `${numberFormat.format(value)}${ORDINAL_SUFFIX[ordinalRules.select(value)] ?? 'th'}`;
}

const currencyNames = new Intl.DisplayNames(SITE_LOCALE, { type: 'currency' });

/** `USD` -> `US dollars`, `GBP` -> `British pounds`: the plural name readers use in a sentence. */
export function formatCurrencyName(currency: string): string {
  const name = currencyNames.of(currency) ?? currency;
  // Display names are singular ("US Dollar"); a sentence about amounts wants the plural, lower-case unit.
  return name.replace(/\b(Dollar|Pound|Euro|Rupee|Franc|Dirham|Yen|Yuan)\b/, (unit) =>
    unit === 'Yen' || unit === 'Yuan' ? unit.toLowerCase() : `${unit.toLowerCase()}s`,
  );
}

/** `12` -> `12 min read`. */
export function formatReadingTime(minutes: number): string {
  return `${numberFormat.format(minutes)} min read`;
}

// --- Open data: file sizes --------------------------------------------------

const kilobytes = new Intl.NumberFormat(SITE_LOCALE, { style: 'unit', unit: 'kilobyte', maximumFractionDigits: 0 });
const megabytes = new Intl.NumberFormat(SITE_LOCALE, { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 });

/**
 * A file size in decimal units, as downloads are labelled: `874 bytes`,
 * `108 kB`, `1.2 MB`. Whole kilobytes (never "1,000 kB": that is 1 MB),
 * megabytes to one decimal.
 */
export function formatBytes(bytes: number): string {
  if (bytes < 1_000) return formatCount(bytes, { one: 'byte', other: 'bytes' });
  if (Math.round(bytes / 1_000) < 1_000) return kilobytes.format(bytes / 1_000);
  return megabytes.format(bytes / 1_000_000);
}
