import { describe, expect, it } from 'vitest';
import { groupItems, mergeStatements, OTHER_GROUP, type MergeContext } from '@/lib/guides/merge';
import { catalogOf, statement } from './vocabulary-fixture';

const vocabulary = catalogOf({
  'interview-question': {
    groups: [
      { slug: 'technical', label: 'Technical', terms: [['model', 'models']] },
      { slug: 'conduct', label: 'How you work' },
      { slug: 'unused', label: 'Nothing here', terms: [['nothing']] },
    ],
    themes: [
      { slug: 'deploying', label: 'How do you deploy models?', group: 'technical', terms: [['deploy']] },
      { slug: 'pressure', label: 'How do you work under pressure?', group: 'conduct', terms: [['pressure']] },
    ],
  },
});
const context: MergeContext = { vocabulary, stopRoleWords: [] };

describe('grouping merged items', () => {
  const items = mergeStatements(
    [
      statement('Describe a time you worked under pressure', 'a1'),
      statement('What is your favourite book?', 'a1'),
      statement('How would you deploy a model?', 'a1'),
      statement('How do you choose between two models?', 'a2'),
      statement('How have you deployed models?', 'a2'),
    ],
    'interview-question',
    context,
  );
  const groups = groupItems(items, 'interview-question', vocabulary);

  it('lists groups in vocabulary order, leaves out empty ones, and puts unplaced items in "Other", last', () => {
    expect(groups.map(({ group }) => group.slug)).toEqual(['technical', 'conduct', OTHER_GROUP.slug]);
    expect(groups.at(-1)?.items.map((item) => item.label)).toEqual(['What is your favourite book?']);
  });

  it('places an unthemed statement under the group whose terms it names, without merging it', () => {
    const technical = groups[0]?.items ?? [];
    expect(technical.map((item) => [item.theme?.slug ?? null, item.label])).toEqual([
      ['deploying', 'How do you deploy models?'],
      [null, 'How do you choose between two models?'],
    ]);
  });

  it('keeps every item exactly once, in the ranked order it was given', () => {
    const grouped = groups.flatMap(({ items: inGroup }) => inGroup);
    expect(grouped).toHaveLength(items.length);
    expect(new Set(grouped)).toEqual(new Set(items));
    const technical = groups[0]?.items ?? [];
    expect(technical).toEqual(items.filter((item) => item.group.slug === 'technical'));
  });

  it('does not drop items whose group another vocabulary does not list', () => {
    const regrouped = groupItems(items, 'interview-question', catalogOf({}));
    expect(regrouped.map(({ group }) => group)).toEqual([OTHER_GROUP]);
    expect(regrouped[0]?.items).toHaveLength(items.length);
  });
});
