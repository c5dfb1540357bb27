/**
 * Strict feed date parsing. `new Date(string)` is not used on feed text: it
 * rolls 30 February over to 2 March, reads bare numbers as epoch
 * milliseconds and accepts formats no feed specification allows.
 */

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

/** RFC 822 zone names in minutes east of UTC (RFC 2822 section 4.3). */
const NAMED_ZONES: Record<string, number> = {
  UT: 0,
  UTC: 0,
  GMT: 0,
  Z: 0,
  EST: -300,
  EDT: -240,
  CST: -360,
  CDT: -300,
  MST: -420,
  MDT: -360,
  PST: -480,
  PDT: -420,
};

type DateParts = {
  year: number;
  month: number; // 1-12
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
  offsetMinutes: number;
};

/** Builds the instant, refusing any field a calendar would silently roll over. */
function toIso(parts: DateParts): string | null {
  const { year, month, day, hour, minute, second, millisecond, offsetMinutes } = parts;
  // Date.UTC maps years 0-99 onto 1900-1999; no feed date lies outside four digits anyway.
  if (year < 1000 || year > 9999) return null;
  if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 60) return null;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) return null;
  // A leap second (":60") is legal in both grammars; JavaScript has none, so clamp it.
  const utc = Date.UTC(year, month - 1, day, hour, minute, Math.min(second, 59), millisecond);
  const instant = utc - offsetMinutes * 60_000;
  if (!Number.isFinite(instant)) return null;
  const iso = new Date(instant).toISOString();
  return iso.endsWith('.000Z') ? `${iso.slice(0, -5)}Z` : iso;
}

const RFC822 =
  /^(?:([A-Za-z]{3}),\s*)?(\d{1,2})\s+([A-Za-z]{3})\s+(\d{2}|\d{4})\s+(\d{2}):(\d{2})(?::(\d{2}))?\s*([+-]\d{4}|[A-Za-z]{1,3})$/;

/** Parses an RFC 822 / RFC 2822 date as RSS 2.0 `pubDate` uses it. */
export function parseRfc822(text: string): string | null {
  const match = RFC822.exec(text.trim().replace(/\s+/g, ' '));
  if (!match) return null;
  const [, weekday, day, monthName, yearText, hour, minute, second, zone] = match;
  if (weekday && !WEEKDAYS.includes(weekday.toLowerCase())) return null;
  const month = MONTHS.indexOf((monthName ?? '').toLowerCase()) + 1;
  if (month === 0) return null;
  let year = Number(yearText);
  // RFC 2822 4.3: two-digit years 00-49 are 2000-2049, 50-99 are 1950-1999.
  if (yearText?.length === 2) year += year < 50 ? 2000 : 1900;
  let offsetMinutes: number;
  if (zone && /^[+-]\d{4}$/.test(zone)) {
    const sign = zone.startsWith('-') ? -1 : 1;
    const hours = Number(zone.slice(1, 3));
    const minutes = Number(zone.slice(3, 5));
    if (hours > 23 || minutes > 59) return null;
    offsetMinutes = sign * (hours * 60 + minutes);
  } else {
    const named = NAMED_ZONES[(zone ?? '').toUpperCase()];
    if (named === undefined) return null;
    offsetMinutes = named;
  }
  return toIso({
    year,
    month,
    day: Number(day),
    hour: Number(hour),
    minute: Number(minute),
    second: Number(second ?? 0),
    millisecond: 0,
    offsetMinutes,
  });
}

const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?([Zz]|[+-]\d{2}:\d{2}))?$/;

/**
 * Parses RFC 3339 and its W3C-DTF profile (Atom `updated`, RSS 1.0 `dc:date`).
 * A date without a time means that calendar day, taken as midnight UTC.
 */
export function parseRfc3339(text: string): string | null {
  const match = RFC3339.exec(text.trim());
  if (!match) return null;
  const [, year, month, day, hour, minute, second, fraction, zone] = match;
  let offsetMinutes = 0;
  if (zone && !/^[Zz]$/.test(zone)) {
    const sign = zone.startsWith('-') ? -1 : 1;
    const hours = Number(zone.slice(1, 3));
    const minutes = Number(zone.slice(4, 6));
    if (hours > 23 || minutes > 59) return null;
    offsetMinutes = sign * (hours * 60 + minutes);
  }
  return toIso({
    year: Number(year),
    month: Number(month),
    day: Number(day),
    hour: Number(hour ?? 0),
    minute: Number(minute ?? 0),
    second: Number(second ?? 0),
    millisecond: fraction ? Math.floor(Number(`0.${fraction}`) * 1000) : 0,
    offsetMinutes,
  });
}

/** Feeds in the wild mix the two grammars; accept either, strictly. */
export function parseFeedDate(text: string): string | null {
  return parseRfc822(text) ?? parseRfc3339(text);
}
