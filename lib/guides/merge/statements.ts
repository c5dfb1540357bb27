/**
 * The records merging reads, as statements. A guide fact already is one
 * (text, detail, article, section); a hiring scenario's need is its text and
 * its reason its detail.
 */
import type { HiringScenario, Role } from '@/lib/content/schema';
import { namesAt, tokenize } from '@/lib/guides/merge/normalise';
import type { Statement } from '@/lib/guides/merge/types';

/** A hiring scenario as a statement; the scenario's own fields stay, for the page to use. */
export function hiringNeedStatement(scenario: HiringScenario): HiringScenario & Statement {
  return { ...scenario, text: scenario.need, detail: scenario.reason };
}

/** Every role's name and aliases, for `MergeContext.stopRoleWords`. */
export function roleWords(roles: readonly Pick<Role, 'name' | 'aliases'>[]): string[] {
  return roles.flatMap((role) => [role.name, ...role.aliases]);
}

/**
 * A `rolesIn` that finds roles the way the normaliser drops them: whole
 * words, plurals too, longest name first, so the roles a question is keyed
 * by are exactly the names removed from its words.
 */
export function createRolesIn(roles: readonly Pick<Role, 'slug' | 'name' | 'aliases'>[]): (text: string) => string[] {
  const phrases = roles
    .flatMap((role) => [role.name, ...role.aliases].map((name) => ({ slug: role.slug, words: wordsOf(name) })))
    .filter((phrase) => phrase.words.length > 0)
    .sort((a, b) => b.words.length - a.words.length);
  return (text) => {
    const words = wordsOf(text);
    const found: string[] = [];
    for (let index = 0; index < words.length;) {
      const phrase = phrases.find((candidate) => namesAt(words, index, candidate.words));
      if (!phrase) {
        index += 1;
        continue;
      }
      if (!found.includes(phrase.slug)) found.push(phrase.slug);
      index += phrase.words.length;
    }
    return found;
  };
}

function wordsOf(text: string): string[] {
  return tokenize(text).map((token) => token.word);
}
