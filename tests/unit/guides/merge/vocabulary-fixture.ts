import type { KindVocabulary, ThemeCatalog } from '@/lib/content/schema';
import type { Statement } from '@/lib/guides/merge';

const empty: KindVocabulary = { groups: [], themes: [] };

/** A catalogue with only the given kinds filled in. */
export function catalogOf(kinds: Partial<ThemeCatalog>): ThemeCatalog {
  return {
    responsibility: empty,
    'career-step': empty,
    'interview-question': empty,
    faq: empty,
    'hiring-need': empty,
    ...kinds,
  };
}

/** A statement from `article`, with an id to tell test statements apart. */
export function statement(text: string, article = 'a1', detail: string | null = null): Statement & { id: string } {
  return { id: `${article}: ${text}`, text, detail, article, section: null, sectionId: null };
}
