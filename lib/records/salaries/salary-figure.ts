/**
 * Turns one money expression plus the texts around it (nearest first) into a
 * salary figure, or into an "unparsed" note saying why it is not one. The
 * caller (prose or table reader) decides which texts are around a figure;
 * this module decides what they state.
 */
import {
  PAY_BOUNDS,
  type CurrencyCode,
  type PayKind,
  type SalaryFigure,
  type UnparsedMoney,
} from '@/lib/content/schema';
import type { MoneyMatch } from '@/lib/records/salaries/money';
import type { RoleMatcher } from '@/lib/records/document/role-matcher';
import type { Section } from '@/lib/records/document/article-document';
import { remembered } from '@/lib/records/document/text-memo';
import {
  readCredited,
  readKind,
  readLevel,
  readPercentile,
  readPeriod,
  readPlace,
  INDIA_SPELLINGS,
} from '@/lib/records/salaries/salary-vocabulary';

type Origin = NonNullable<SalaryFigure['role']['from']>;

/** A text near the figure and what it is (the figure's sentence, a row label, a heading...). */
export interface Layer {
  text: string;
  origin: Origin;
}

export interface FigureInput {
  match: MoneyMatch;
  /** Currency stated by context (a "(USD)" column header) for bare numbers. */
  currency: CurrencyCode | null;
  article: string;
  section: Section;
  /** Text to read the figure's own words from: role/level/place nearest the figure. */
  near: Layer;
  /** Texts read, in order, when `near` does not say: role, level, place, kind, credited source, period. */
  role: Layer[];
  level: Layer[];
  location: Layer[];
  kind: Layer[];
  credited: Layer[];
  period: Layer[];
  /** Texts that may state a percentile ("25th Percentile" rows); kept narrow so a sentence's "top 10%" stays with its own figure. */
  percentile: Layer[];
  /** A column that says its figures are bounds ("Minimum Annual Salary"). */
  boundsHeader?: string | null;
  table: SalaryFigure['provenance']['table'];
  context: string;
  /** A role the whole article is about, used when nothing nearer names one. */
  articleRole: string | null;
  exclusion: string | null;
  /** Set when the figure is a bonus or equity amount (`readPayComponent`): its kind, whatever else the text says. */
  component?: 'bonus' | 'equity' | null;
  matchRoles: RoleMatcher;
}

export type FigureResult = { figure: Omit<SalaryFigure, 'id'> } | { unparsed: UnparsedMoney };

/** Reads a salary figure from a money expression and its surroundings, or says why not. */
export function toFigure(input: FigureInput): FigureResult {
  const { match } = input;
  const location = { article: input.article, section: input.section.heading, sectionId: input.section.id };
  const unparsed = (reason: string): FigureResult => ({
    unparsed: { ...location, text: match.raw, context: input.context, reason },
  });
  if (input.exclusion) return unparsed(input.exclusion);
  const place = firstOf(input.near, input.location, placeOf);
  const currency = match.currency ?? input.currency ?? (match.indianNumbering ? rupeesByPlace(input, place) : null);
  if (!currency) return unparsed('no currency stated');

  const stated = match.period ?? firstOf(input.near, input.period, periodOf);
  const period = stated ?? 'year';
  const bounds = PAY_BOUNDS[period];
  const values = [match.min, match.max].filter((value): value is number => value !== null);
  if (values.some((value) => value < bounds.min || value > bounds.max)) {
    return unparsed(`outside the plausible range for pay per ${period}`);
  }

  const { min, max, openEnded } = applyBoundsHeader(match, input.boundsHeader ?? null);
  const role = readRole(input);
  const level = firstOf(input.near, input.level, levelOf);
  const kind: PayKind =
    input.component ??
    firstOf(input.near, input.kind, kindOf) ??
    (match.min !== null && match.max !== null && match.min !== match.max ? 'range' : 'unspecified');

  return {
    figure: {
      role,
      level: level ? { level: level.level, asWritten: level.asWritten } : { level: 'unspecified', asWritten: null },
      location: place,
      currency,
      min,
      max,
      openEnded,
      period,
      periodAssumed: stated === null,
      kind,
      percentile: firstOf(input.near, input.percentile, percentileOf),
      approximate: match.approximate,
      credited: firstOf(input.near, input.credited, creditedOf),
      provenance: { ...location, table: input.table, context: input.context, quote: match.raw },
    },
  };
}

// Occupations outside the catalogue that articles quote for comparison ("the
// median software engineer salary"): a figure about them belongs to no role.
const OTHER_OCCUPATION =
  /\bsoftware (?:engineer|developer)s?\b|\bresearchers\b|\bresearch scientists?\b|\b(?:data|business|financial) analysts?\b|\b(?:web|front-end|back-end|full-stack|mobile) developers?\b/i;

// The words that make the role after them the one compared with.
const COMPARED_WITH =
  /\b(?:than|versus|vs\.?|compared (?:with|to)|relative to|unlike)\s+(?:(?:the|most|many|typical|other)\s+)?$/i;

/** A single figure under "Minimum ..." is a floor, under "Maximum ..." a ceiling. */
function applyBoundsHeader(
  match: MoneyMatch,
  header: string | null,
): { min: number | null; max: number | null; openEnded: boolean } {
  const single = match.min !== null && match.min === match.max;
  if (single && header && /\bminimum\b/i.test(header)) return { min: match.min, max: null, openEnded: true };
  if (single && header && /\bmaximum\b/i.test(header)) return { min: null, max: match.max, openEnded: match.openEnded };
  return { min: match.min, max: match.max, openEnded: match.openEnded };
}

function readRole(input: FigureInput): SalaryFigure['role'] {
  // Nearest mention before the figure in its own words, then the layers in order. A role the
  // figure is compared with ("less than AI engineers", "versus data scientists") is passed over
  // when another is named.
  const mentions = input.matchRoles(input.near.text);
  const own =
    mentions.filter((mention) => !COMPARED_WITH.test(input.near.text.slice(0, mention.index))).at(-1) ??
    mentions.at(-1);
  if (own) return { slug: own.role, asWritten: own.asWritten, from: input.near.origin };
  for (const layer of input.role) {
    const mention = input.matchRoles(layer.text)[0];
    if (mention) return { slug: mention.role, asWritten: mention.asWritten, from: layer.origin };
    const other = layer.origin === 'sentence' || layer.origin === 'row' ? OTHER_OCCUPATION.exec(layer.text) : null;
    if (other) return { slug: null, asWritten: other[0], from: layer.origin };
  }
  if (input.articleRole) return { slug: input.articleRole, asWritten: null, from: 'article' };
  return { slug: null, asWritten: null, from: null };
}

/** What `near`, else the first layer that states anything, states. */
function firstOf<T>(near: Layer, layers: Layer[], read: (text: string) => T | null): T | null {
  const own = read(near.text);
  if (own !== null) return own;
  for (const layer of layers) {
    const value = read(layer.text);
    if (value !== null) return value;
  }
  return null;
}

// Each reader remembers what each text states: a table's row labels, column headers,
// caption and headings are read again for every figure in it.
const periodOf = remembered(readPeriod);
const levelOf = remembered(readLevel);
const kindOf = remembered(readKind);
const placeOf = remembered(readPlace);
const percentileOf = remembered(readPercentile);
const creditedOf = remembered(readCredited);

/**
 * Lakh and crore with no currency are rupees when the figure's place, or the
 * nearest place its sentence, row or headings name, is India or an Indian city.
 */
function rupeesByPlace(input: FigureInput, place: string | null): CurrencyCode | null {
  const where = place ?? firstOf(input.near, input.role, placeOf);
  return where !== null && INDIA_SPELLINGS.has(where) ? 'INR' : null;
}
