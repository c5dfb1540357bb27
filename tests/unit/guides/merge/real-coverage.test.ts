import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { mergeKinds } from '@/lib/content/schema';
import { loadThemeCatalog } from '@/lib/content/load-themes';
import type { MergedItem, Statement } from '@/lib/guides/merge';
import { mergedFacts, mergedNeeds, needStatements, records, type FactKind } from './real-records';

const KINDS: FactKind[] = ['responsibility', 'career-step', 'interview-question', 'faq'];

interface List {
  name: string;
  input: readonly Statement[];
  items: MergedItem<Statement>[];
}

const lists: List[] = records.roles
  .flatMap((role) =>
    KINDS.map((kind) => ({
      name: `${role.slug} ${kind}`,
      input: records.guideFacts.filter((fact) => fact.role === role.slug && fact.kind === kind),
      items: mergedFacts(role.slug, kind),
    })),
  )
  .filter((list) => list.input.length > 0);

describe('the curated vocabulary', () => {
  it('loads without a problem and has themes for every kind', () => {
    const { catalog, errors } = loadThemeCatalog(
      path.resolve(import.meta.dirname, '../../../../content/catalog/themes.yaml'),
    );
    expect(errors).toEqual([]);
    for (const kind of mergeKinds) expect(catalog?.[kind].themes.length).toBeGreaterThan(0);
  });
});

describe('merging every real statement', () => {
  it('covers the real records', () => {
    expect(lists.reduce((sum, list) => sum + list.input.length, 0)).toBeGreaterThan(500);
    expect(needStatements.length).toBeGreaterThan(30);
  });

  it.each<List>([...lists, { name: 'hiring needs', input: needStatements, items: mergedNeeds() }])(
    '$name: every statement appears exactly once, ids are distinct anchors, articles are the statements’',
    ({ input, items }) => {
      const out: Statement[] = items.flatMap((item) => item.statements);
      expect(out).toHaveLength(input.length);
      expect(new Set(out)).toEqual(new Set(input));
      expect(new Set(items.map((item) => item.id)).size).toBe(items.length);
      for (const item of items) {
        expect(item.id).toMatch(/^[a-z][a-z0-9-]*$/);
        expect(item.articles).toEqual([...new Set(item.statements.map((statement) => statement.article))]);
      }
    },
  );
});
