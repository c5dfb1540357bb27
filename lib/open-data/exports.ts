/**
 * What the open data publishes: one entry per record type the site shows,
 * with the zod schema its records are validated with (and documented on) and
 * a sentence on what one record is. Files, columns, JSON Schemas, Table
 * Schemas and the data dictionary are all derived from these entries and the
 * schemas' metadata; nothing about a field is written here.
 */
import type { z } from 'zod';
import {
  certificationSchema,
  comparisonRowSchema,
  guideFactSchema,
  hiringScenarioSchema,
  paySummaryRecordSchema,
  roleSchema,
  salaryFigureSchema,
  skillSchema,
  unparsedMoneySchema,
  type PaySummaryRecord,
} from '@/lib/content/schema';
import { PAY_SUMMARY_METHOD } from '@/lib/open-data/pay-summaries';
import type { CareerRecords } from '@/lib/records/build-records';

/** Everything the exports are read from. */
export interface OpenDataSource {
  records: CareerRecords;
  /** The role guides' pay summaries (see `paySummaryRecords`). */
  paySummaries: readonly PaySummaryRecord[];
}

export interface ExportDefinition {
  /** Also the file names: `<id>.json`, `<id>.csv`. */
  id: string;
  title: string;
  /** One sentence: what one record is. */
  summary: string;
  /** What a reader must know about this export beyond single fields. */
  notes: readonly string[];
  /** For computed records, how they are computed, step by step. */
  method?: readonly string[];
  /** The schema every record is validated with before publishing. */
  record: z.ZodType;
  /** CSV columns whose values identify a row, for the Table Schema. */
  primaryKey?: readonly string[];
  /** The records, in the order they are published. */
  select: (source: OpenDataSource) => readonly unknown[];
}

/** Every export, in the order `/data` lists them. */
export const EXPORTS: readonly ExportDefinition[] = [
  {
    id: 'salaries',
    title: 'Salary figures',
    summary:
      'One record per pay figure an article states, in the currency and period the article uses, with the place it was read from.',
    notes: [
      'Figures from different articles differ in currency, pay period, kind of pay, place, year and source. None is converted or adjusted: compare like with like (currency, period, kind, location).',
    ],
    record: salaryFigureSchema,
    primaryKey: ['id'],
    select: ({ records }) => records.salaries,
  },
  {
    id: 'pay-summaries',
    title: 'Pay summaries',
    summary:
      'What the stated figures for one role, level, currency, pay period and basis say together: the median and middle half the role guides show, with the ids of the figures behind each.',
    notes: [
      'Computed here, not stated by any article: each summary lists the salary figures it counted and those it left out, so it can be recomputed from salaries.json.',
    ],
    method: PAY_SUMMARY_METHOD,
    record: paySummaryRecordSchema,
    primaryKey: ['id'],
    select: ({ paySummaries }) => paySummaries,
  },
  {
    id: 'roles',
    title: 'Roles',
    summary: 'The roles the site covers: our catalogue, with names, aliases and the nearest official occupation.',
    notes: [],
    record: roleSchema,
    primaryKey: ['slug'],
    select: ({ records }) => records.roles,
  },
  {
    id: 'skills',
    title: 'Skills',
    summary: 'Skills from our catalogue that at least one article lists, with the articles and roles that list them.',
    notes: [],
    record: skillSchema,
    select: ({ records }) => records.skills,
  },
  {
    id: 'certifications',
    title: 'Certifications',
    summary:
      'Certifications from our catalogue, with their issuers, the roles they serve and the articles that name them.',
    notes: [],
    record: certificationSchema,
    primaryKey: ['slug'],
    select: ({ records }) => records.certifications,
  },
  {
    id: 'guide-facts',
    title: 'Guide facts',
    summary:
      'What articles say about a role, in their own words: its responsibilities, career steps, interview questions, FAQs and the education it asks for.',
    notes: ['The same statement can come from several articles; each is a record of its own, with its article.'],
    record: guideFactSchema,
    select: ({ records }) => records.guideFacts,
  },
  {
    id: 'hiring-scenarios',
    title: 'Hiring scenarios',
    summary:
      'Business needs an article matches to the role to hire for them, with the article’s reason when it gives one.',
    notes: [],
    record: hiringScenarioSchema,
    select: ({ records }) => records.hiringScenarios,
  },
  {
    id: 'comparison-rows',
    title: 'Comparison rows',
    summary:
      'Rows of the tables in which articles set roles side by side: one criterion, with each role’s cell as written.',
    notes: [],
    record: comparisonRowSchema,
    select: ({ records }) => records.comparisonRows,
  },
  {
    id: 'unparsed-money',
    title: 'Money left out',
    summary:
      'Money the articles mention that is not published as a salary figure (market sizes, fees, bonuses and the like), each with the reason.',
    notes: ['For checking the salary figures: an amount here was read and deliberately not counted as pay.'],
    record: unparsedMoneySchema,
    select: ({ records }) => records.unparsed,
  },
];
