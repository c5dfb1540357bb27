/**
 * Finds role names in text using each role's curated aliases. Matching is
 * case-insensitive, on whole words, allows a plural "s", and prefers the
 * longest alias at a position ("Senior ML Engineer" names the ML Engineer,
 * not a bare "Engineer").
 */
import type { RoleFrontMatter } from '@/lib/content/schema';

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
  const entries = roles
    .flatMap((role) => [role.name, ...role.aliases].map((alias) => ({ role: role.slug, alias })))
    .sort((a, b) => b.alias.length - a.alias.length);
  if (entries.length === 0) return () => [];
  const byAlias = new Map(entries.map((entry) => [normalizeAlias(entry.alias), entry.role]));
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${entries.map((entry) => aliasPattern(entry.alias)).join('|')})(?:s|es)?(?![\\p{L}\\p{N}])`,
    'giu',
  );
  return (text) => {
    const mentions: RoleMention[] = [];
    for (const match of text.matchAll(pattern)) {
      const asWritten = match[0];
      const role =
        byAlias.get(normalizeAlias(asWritten)) ?? byAlias.get(normalizeAlias(asWritten.replace(/e?s$/i, '')));
      if (role) mentions.push({ role, asWritten, index: match.index, end: match.index + asWritten.length });
    }
    return mentions;
  };
}

/** Aliases compare equal regardless of case, spacing and dash style ("AI/ML", "AI-ML"). */
function normalizeAlias(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\s\u2010-\u2015-]+/g, ' ')
    .trim();
}

function aliasPattern(alias: string): string {
  return alias
    .trim()
    .split(/[\s\u2010-\u2015-]+/)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'))
    .join('[\\s\\u2010-\\u2015-]+');
}
