/**
 * The words around a pay figure that say what it is: career level, kind of
 * pay, period, percentile, location and the data source an article credits.
 * Each reader takes a piece of text and returns what it states, or null;
 * none of them guesses.
 */
import type { CareerLevel, PayKind, PayPeriod } from '@/lib/content/schema';

export interface LevelReading {
  level: Exclude<CareerLevel, 'unspecified'>;
  asWritten: string;
  index: number;
}

const LEVEL_WORDS: [RegExp, LevelReading['level']][] = [
  [/\b(?:executive|director|vice president|VP|chief|head of|c-level)\b/i, 'executive'],
  [/\b(?:lead|leadership|principal|staff|veteran)\b/i, 'lead'],
  [/\b(?:senior|sr\.?|experienced)(?:[- ]level)?\b/i, 'senior'],
  [/\b(?:mid|middle(?! East)|intermediate)(?:[- ](?:level|career|management))?\b/i, 'mid'],
  [/\b(?:entry|junior|jr\.?|graduate|beginner|early[- ]career|freshers?|new grads?)(?:[- ]level)?\b/i, 'entry'],
];

// "(0-2 years)", "3 to 5 years", "5+ yrs", "over 6 years", "10–15+ years".
const YEARS =
  /\(?(?:(?:with\s+)?(?:over|more than)\s+(\d+)|(\d+)\s*(?:[–—-]|to)\s*(\d+)\+?|(\d+)\+)\s*(?:years?|yrs?)(?:\s+of\s+experience)?\)?/i;

/**
 * The career level a label states ("Entry Level / Junior (0-2 years)",
 * "Mid-Career", "Executive/Principal"). When a label names two different
 * levels, the years it gives decide; otherwise the first level named wins.
 */
export function readLevel(text: string): LevelReading | null {
  const found = LEVEL_WORDS.map(([pattern, level]) => ({ level, match: pattern.exec(text) }))
    .filter((entry): entry is { level: LevelReading['level']; match: RegExpExecArray } => entry.match !== null)
    .sort((a, b) => a.match.index - b.match.index);
  const years = YEARS.exec(text);
  const byYears = years ? levelForYears(years) : null;
  const first = found[0];
  if (!first) {
    return years && byYears
      ? { level: byYears, asWritten: years[0].replace(/^\(|\)$/g, '').trim(), index: years.index }
      : null;
  }
  const distinct = new Set(found.map((entry) => entry.level));
  const chosen = distinct.size > 1 && byYears && distinct.has(byYears) ? byYears : first.level;
  return { level: chosen, asWritten: levelPhrase(text, first.match.index, years), index: first.match.index };
}

// The words of a level label: level words joined by spaces, slashes or hyphens
// ("Entry Level / Junior", "Veteran/Lead", "Mid-Career"), then "(0-2 years)".
const LEVEL_WORD =
  '(?:entry|junior|jr\\.?|graduate|beginner|freshers?|early|middle|mid|intermediate|senior|sr\\.?|experienced|leadership|lead|principal|staff|veteran|executive|director|management|career|level|top \\d+%)(?![\\p{L}])';
const LEVEL_PHRASE = new RegExp(`^${LEVEL_WORD}(?:(?:\\s*[/-]\\s*|\\s+)${LEVEL_WORD})*`, 'iu');

/** The label's words from the first level word through a following "(0–2 years)". */
function levelPhrase(text: string, start: number, years: RegExpExecArray | null): string {
  const rest = text.slice(start);
  let phrase = (LEVEL_PHRASE.exec(rest)?.[0] ?? '').trim();
  const after = rest.slice(phrase.length);
  const yearsHere =
    years && /^\s*\(/.test(after) && years.index >= start ? /^\s*\([^)]*\)/.exec(after)?.[0] : undefined;
  if (yearsHere && /years?|yrs?/i.test(yearsHere)) phrase += yearsHere;
  return phrase || rest.split(/\s/)[0] || rest;
}

function levelForYears(match: RegExpExecArray): LevelReading['level'] | null {
  const over = match[1] ? Number(match[1]) : null;
  const from = match[2] ? Number(match[2]) : match[4] ? Number(match[4]) : over;
  const to = match[3] ? Number(match[3]) : null;
  if (from === null) return null;
  if (to !== null && to <= 2) return 'entry';
  if (to !== null && from >= 2 && to <= 6) return 'mid';
  if (from >= 7) return 'lead';
  if (from >= 5) return 'senior';
  return null;
}

/**
 * The kind of pay a text states. Base and total compensation decide the
 * "base vs total" question, so they win over the statistic (median, average).
 */
export function readKind(text: string): Exclude<PayKind, 'unspecified'> | null {
  if (/\btotal(?:s|ing|led)?\b|\bTC\b|\bpackages?\b|\bincl(?:\.|uding)\s+(?:equity|bonus)/i.test(text))
    return 'total-compensation';
  if (/\bbase\b/i.test(text)) return 'base';
  const median = /\bmedian\b/i.exec(text);
  const average = /\b(?:averages?|avg\.?|mean)\b/i.exec(text);
  if (median && average) return median.index < average.index ? 'median' : 'average';
  if (median) return 'median';
  if (average) return 'average';
  if (/\brange\b/i.test(text)) return 'range';
  return null;
}

/** A period named in a label or header ("Annual Salary", "Monthly", "per hour"). */
export function readPeriod(text: string): PayPeriod | null {
  if (/\b(?:annual|annually|yearly|per year|a year|\/yr)\b/i.test(text)) return 'year';
  if (/\b(?:monthly|per month|a month)\b/i.test(text)) return 'month';
  if (/\b(?:hourly|per hour|an hour)\b/i.test(text)) return 'hour';
  return null;
}

/** "25th Percentile" -> 25; "top 10%", "highest 10%" -> 90. */
export function readPercentile(text: string): number | null {
  const nth = /\b(\d{1,2})(?:st|nd|rd|th)\s+percentile\b/i.exec(text);
  if (nth && !/[–—-]\s*$/.test(text.slice(0, nth.index))) return Number(nth[1]);
  const top = /\b(?:top|highest|upper)\s+(\d{1,2})\s?%/i.exec(text);
  return top ? 100 - Number(top[1]) : null;
}

const CREDITED_SOURCES = [
  'Bureau of Labor Statistics',
  'BLS',
  'Glassdoor',
  'Built In',
  'BuiltIn',
  'Levels.fyi',
  'ZipRecruiter',
  'Coursera',
  'Indeed',
  'PayScale',
  'Salary.com',
  'Talent.com',
  'Robert Half',
  '6figr',
  'JobzMall',
  'Exploding Topics',
  'Franklin University',
  'Run.ai',
  'LinkedIn',
];
const CREDITED = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:US |U\\.S\\. )?(?:${CREDITED_SOURCES.map((name) => name.replace(/[.]/g, '\\.')).join('|')})(?![\\p{L}\\p{N}])(?:/(?:BLS|Coursera))?`,
  'u',
);

/** The data source a text credits ("data by Glassdoor", "Coursera/BLS"), as written. */
export function readCredited(text: string): string | null {
  return CREDITED.exec(text)?.[0] ?? null;
}

/** India and its cities, as articles spell them. */
const INDIA = [
  'India',
  'Bengaluru',
  'Bangalore',
  'Hyderabad',
  'Mumbai',
  'Pune',
  'Chennai',
  'Delhi',
  'New Delhi',
  'Gurugram',
  'Gurgaon',
  'Noida',
] as const;

/**
 * The spellings of India and its cities. An amount in lakh or crore that
 * states no currency ("8 to 12 lakhs per annum") is in rupees when its place
 * is one of these; elsewhere the words are used for other currencies too.
 */
export const INDIA_SPELLINGS: ReadonlySet<string> = new Set(INDIA);

/**
 * The places a pay figure may name, as articles spell them. Every spelling is
 * also in the place catalogue (`content/catalog/places.yaml`, checked by a
 * test), which says which currency pay is stated in there.
 */
export const PLACE_SPELLINGS: readonly string[] = [
  // The United States, its states and cities.
  'United States',
  'U.S.',
  'U.S.A.',
  'US',
  'USA',
  'America',
  'California',
  'Texas',
  'San Francisco',
  'San Francisco Bay area',
  'San Francisco Bay Area',
  'Bay Area',
  'Silicon Valley',
  'New York',
  'New York City',
  'NYC',
  'Boston',
  'Boston, MA',
  'Seattle',
  'Chicago',
  'Houston',
  'Austin',
  'Denver',
  'Atlanta',
  'Palo Alto',
  'Bellevue, WA',
  'Washington, D.C.',
  'San Jose',
  'Los Angeles',
  // Canada.
  'Canada',
  'Toronto',
  'Vancouver',
  'Montreal',
  'Montréal',
  // Europe.
  'United Kingdom',
  'UK',
  'U.K.',
  'London',
  'Ireland',
  'Dublin',
  'Germany',
  'Berlin',
  'Munich',
  'France',
  'Paris',
  'Netherlands',
  'Amsterdam',
  'Spain',
  'Madrid',
  'Italy',
  'Switzerland',
  'Zurich',
  'Zürich',
  'Geneva',
  'Sweden',
  'Poland',
  'Portugal',
  'Belgium',
  'Austria',
  'Finland',
  'Greece',
  'Denmark',
  'Norway',
  'Romania',
  'Ukraine',
  'Turkey',
  'Europe',
  'Western Europe',
  // Asia, Oceania, the Middle East, Africa and Latin America.
  ...INDIA,
  'Pakistan',
  'China',
  'Beijing',
  'Shanghai',
  'Shenzhen',
  'Japan',
  'Tokyo',
  'South Korea',
  'Singapore',
  'Hong Kong',
  'Philippines',
  'Vietnam',
  'Indonesia',
  'Malaysia',
  'Australia',
  'Sydney',
  'Melbourne',
  'New Zealand',
  'Auckland',
  'UAE',
  'Dubai',
  'Abu Dhabi',
  'Saudi Arabia',
  'Israel',
  'South Africa',
  'Nigeria',
  'Kenya',
  'Egypt',
  'Bangladesh',
  'Sri Lanka',
  'Thailand',
  'Taiwan',
  'Brazil',
  'Mexico',
  'Argentina',
  'Colombia',
  'Chile',
  'Venezuela',
  'Asia',
  'Southeast Asia',
  'Latin America',
  'South America',
  'North America',
  'Middle East',
  'Global Average',
];

// Longest first, so that "San Francisco Bay Area" is read whole rather than as "San Francisco".
const PLACE = new RegExp(
  `(?<![\\p{L}])(?:${[...PLACE_SPELLINGS]
    .sort((a, b) => b.length - a.length)
    .map((spelling) => spelling.replace(/[.]/g, '\\.'))
    .join('|')})(?![\\p{L}])`,
  'u',
);

/** Whether a label names a place (country, region or city). */
export function namesPlace(text: string): boolean {
  return PLACE.test(text);
}

/** The first place a text names, as written ("U.S.", "Bellevue, WA"). */
export function readPlace(text: string): string | null {
  return PLACE.exec(text)?.[0] ?? null;
}

/** Words that make a passage about pay (salary, compensation, earn, wage...). */
export const PAY_CONTEXT =
  /\b(?:salar(?:y|ies)|pay|paid|paying|earn(?:s|ed|ing|ings)?|compensation|comp|wages?|income|remuneration|base|packages?|make|command(?:s|ing)?)\b/i;
