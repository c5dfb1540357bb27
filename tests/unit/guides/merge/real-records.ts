import type { GuideFact, HiringScenario } from '@/lib/content/schema';
import {
  createRolesIn,
  hiringNeedStatement,
  mergeStatements,
  roleWords,
  type MergedItem,
  type MergeKind,
  type Statement,
} from '@/lib/guides/merge';
import { records, vocabulary } from '../records-fixture';

export { records, vocabulary };

const stopRoleWords = roleWords(records.roles);
const rolesIn = createRolesIn(records.roles);

export type FactKind = Exclude<MergeKind, 'hiring-need'>;

/** One role's facts of one kind, merged as its guide would show them. */
export function mergedFacts(role: string, kind: FactKind): MergedItem<GuideFact>[] {
  const facts = records.guideFacts.filter((fact) => fact.role === role && fact.kind === kind);
  return mergeStatements(facts, kind, { vocabulary, stopRoleWords, rolesIn, role });
}

/** The hiring scenarios as statements. */
export const needStatements = records.hiringScenarios.map(hiringNeedStatement);

/** Every hiring need, merged as the hiring helper would show them. */
export function mergedNeeds(): MergedItem<HiringScenario & Statement>[] {
  return mergeStatements(needStatements, 'hiring-need', {
    vocabulary,
    stopRoleWords,
    rolesIn,
  });
}

/** The one item holding every statement written `text`; fails if there is none, or they are split. */
export function itemWith<S extends Statement>(items: readonly MergedItem<S>[], text: string): MergedItem<S> {
  const holding = items.filter((item) => item.statements.some((statement) => statement.text === text));
  if (holding.length !== 1) throw new Error(`"${text}" is in ${holding.length} items`);
  return holding[0] as MergedItem<S>;
}
