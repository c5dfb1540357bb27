/**
 * Where a hiring scenario was stated: its table, or for a sentence the
 * article. The scenarios stated in one place weigh the roles they name
 * against each other: the rows of one table, or an article's sentences ("Hire
 * an AI Engineer if ...", "Hire a Data Scientist when ..."), which often
 * stand under separate questions of one FAQ.
 */
import type { HiringScenario } from '@/lib/content/schema';

export function scenarioSource(scenario: Pick<HiringScenario, 'article' | 'table'>): string {
  return scenario.table ? `${scenario.article}#table-${scenario.table.index}` : `${scenario.article}#sentences`;
}
