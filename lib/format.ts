/**
 * Every piece of text the site formats from data (dates, counts, plurals,
 * hosts) goes through here, so components never format inline and the
 * locale is chosen once.
 */

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

/** The host name of a URL without a leading `www.`, for link text like "example.com". */
export function formatHost(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}
