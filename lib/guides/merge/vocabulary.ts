/**
 * A kind's vocabulary made ready for matching: every term normalised the way
 * statements are, so terms and statements meet on the same stems.
 */
import type { KindVocabulary } from '@/lib/content/schema';
import type { Normaliser } from '@/lib/guides/merge/normalise';
import type { ThemeGroupRef } from '@/lib/guides/merge/types';

export interface CompiledTerm {
  /** As the vocabulary writes it, for explaining a match. */
  term: string;
  stems: string[];
}

/** Something terms can match: a theme, or a display group with terms of its own. */
export interface CompiledMatcher {
  slug: string;
  label: string;
  group: ThemeGroupRef;
  /** Position in the vocabulary's list: the last tie-break, and the display order. */
  index: number;
  /** Term groups; terms that normalise to nothing are left out (the catalogue check reports them). */
  termGroups: CompiledTerm[][];
  exclusive: boolean;
  /** The terms as written, in vocabulary order, for explaining matches. */
  allTerms: string[];
}

export interface CompiledVocabulary {
  themes: CompiledMatcher[];
  /** Groups that list terms, for placing unthemed statements. */
  groups: CompiledMatcher[];
}

/** Compiles one kind's themes and group terms with the statements' normaliser. */
export function compileVocabulary(vocabulary: KindVocabulary, normalise: Normaliser): CompiledVocabulary {
  const groups = new Map(vocabulary.groups.map((group) => [group.slug, { slug: group.slug, label: group.label }]));
  const compileTerms = (termGroups: readonly (readonly string[])[]) =>
    termGroups.map((alternatives) =>
      alternatives
        .map((term) => ({ term, stems: normalise(term).map((token) => token.stem) }))
        .filter((compiled) => compiled.stems.length > 0),
    );
  return {
    themes: vocabulary.themes.map((theme, index) => ({
      slug: theme.slug,
      label: theme.label,
      group: groups.get(theme.group) ?? { slug: theme.group, label: theme.group },
      index,
      termGroups: compileTerms(theme.terms),
      exclusive: theme.exclusive === true,
      allTerms: [...new Set(theme.terms.flat())],
    })),
    groups: vocabulary.groups.flatMap((group, index) =>
      group.terms
        ? [
            {
              slug: group.slug,
              label: group.label,
              group: { slug: group.slug, label: group.label },
              index,
              termGroups: compileTerms(group.terms),
              exclusive: false,
              allTerms: [...new Set(group.terms.flat())],
            },
          ]
        : [],
    ),
  };
}
