/**
 * Finds role names in text using each role's curated aliases. It is the
 * catalogue term matcher (whole words, longest alias first, plurals, any
 * dash or space between words, never across a line break) applied to roles:
 * "Senior ML Engineer" names the ML Engineer, and "AI Engineering" is not
 * the AI Engineer.
 */
import type { RoleFrontMatter } from '@/lib/content/schema';
import { createTermMatcher, type TermMention } from '@/lib/records/document/term-matcher';

export interface RoleMention {
  role: string;
  /** The words as the text writes them. */
  asWritten: string;
  index: number;
  end: number;
}

/** The mentions in `text`, in order; shared between calls with the same text, so never changed. */
export type RoleMatcher = (text: string) => readonly RoleMention[];

/** Builds a matcher over the given roles' names and aliases. */
export function createRoleMatcher(roles: readonly Pick<RoleFrontMatter, 'slug' | 'name' | 'aliases'>[]): RoleMatcher {
  const match = createTermMatcher(roles.map(({ slug, name, aliases }) => ({ slug, name, aliases })));
  // The term matcher gives the same list for a text it has seen: map that list once.
  const mapped = new WeakMap<readonly TermMention[], readonly RoleMention[]>();
  return (text) => {
    const terms = match(text);
    let mentions = mapped.get(terms);
    if (!mentions) {
      mentions = Object.freeze(
        terms.map(({ slug, asWritten, index, end }) => Object.freeze({ role: slug, asWritten, index, end })),
      );
      mapped.set(terms, mentions);
    }
    return mentions;
  };
}
