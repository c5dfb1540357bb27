/**
 * Finds role names in text using each role's curated aliases. It is the
 * catalogue term matcher (whole words, longest alias first, plurals, any
 * dash or space between words, never across a line break) applied to roles:
 * "Senior ML Engineer" names the ML Engineer, and "AI Engineering" is not
 * the AI Engineer.
 */
import type { RoleFrontMatter } from '@/lib/content/schema';
import { createTermMatcher } from '@/lib/records/document/term-matcher';

export interface RoleMention {
  role: string;
  /** The words as the text writes them. */
  asWritten: string;
  index: number;
  end: number;
}

export type RoleMatcher = (text: string) => RoleMention[];

/** Builds a matcher over the given roles' names and aliases. */
export function createRoleMatcher(roles: readonly Pick<RoleFrontMatter, 'slug' | 'name' | 'aliases'>[]): RoleMatcher {
  const match = createTermMatcher(roles.map(({ slug, name, aliases }) => ({ slug, name, aliases })));
  return (text) => match(text).map(({ slug, asWritten, index, end }) => ({ role: slug, asWritten, index, end }));
}
