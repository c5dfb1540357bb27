/**
 * Parses and checks the theme vocabulary (`content/catalog/themes.yaml`),
 * returning every problem as `file: field: message`. The schema checks each
 * entry's shape; the checks here are the ones across entries, and they run on
 * whatever can be read even when the shape is wrong, so one run lists all.
 */
import { formatIssues, mergeKinds, themeCatalogSchema, type ThemeCatalog } from '@/lib/content/schema';
import { isRecord } from '@/lib/is-record';
import { OTHER_GROUP } from '@/lib/guides/merge/group';
import { createNormaliser } from '@/lib/guides/merge/normalise';

export interface ParsedThemes {
  /** `null` when anything is wrong. */
  catalog: ThemeCatalog | null;
  errors: string[];
}

/** Validates parsed YAML (or JSON) `data` read from `file`. Pure. */
export function parseThemeCatalog(data: unknown, file: string): ParsedThemes {
  const result = themeCatalogSchema.safeParse(data);
  const errors = result.success ? [] : formatIssues(file, result.error);
  for (const { field, message } of crossIssues(data)) errors.push(`${file}: ${field}: ${message}`);
  return result.success && errors.length === 0 ? { catalog: result.data, errors } : { catalog: null, errors };
}

interface Issue {
  field: string;
  message: string;
}

interface Entry {
  field: string;
  slug: string | null;
  value: Record<string, unknown>;
}

function crossIssues(data: unknown): Issue[] {
  const issues: Issue[] = [];
  const themeSlugs = new Map<string, string>();
  // Terms are checked against stop words alone: role names are the caller's.
  const normalise = createNormaliser([]);
  for (const kind of mergeKinds) {
    const vocabulary = isRecord(data) ? data[kind] : undefined;
    const groups = entries(vocabulary, kind, 'groups');
    const themes = entries(vocabulary, kind, 'themes');
    const groupSlugs = new Map<string, string>();
    for (const group of groups) {
      issues.push(...emptyTerms(group, normalise));
      if (group.slug === null) continue;
      if (group.slug === OTHER_GROUP.slug) {
        issues.push({
          field: `${group.field}.slug`,
          message: `"${group.slug}" is kept for statements no theme matches`,
        });
      }
      const earlier = groupSlugs.get(group.slug);
      if (earlier)
        issues.push({ field: `${group.field}.slug`, message: `duplicate group "${group.slug}" (${earlier})` });
      else groupSlugs.set(group.slug, group.field);
    }
    const used = new Set<string>();
    for (const theme of themes) {
      if (theme.slug !== null) {
        const earlier = themeSlugs.get(theme.slug);
        if (earlier)
          issues.push({ field: `${theme.field}.slug`, message: `duplicate theme "${theme.slug}" (${earlier})` });
        else themeSlugs.set(theme.slug, theme.field);
      }
      const group = theme.value.group;
      if (typeof group === 'string') {
        used.add(group);
        if (!groupSlugs.has(group)) {
          const known = [...groupSlugs.keys()].join(', ') || 'none';
          issues.push({
            field: `${theme.field}.group`,
            message: `unknown group "${group}" (${kind} groups: ${known})`,
          });
        }
      }
      issues.push(...emptyTerms(theme, normalise));
    }
    for (const group of groups) {
      // A group with terms of its own can hold unthemed statements alone; one with neither is dead weight.
      if (group.slug !== null && !used.has(group.slug) && group.value.terms === undefined) {
        issues.push({ field: group.field, message: `group "${group.slug}" has no themes and no terms` });
      }
    }
  }
  return issues;
}

function entries(vocabulary: unknown, kind: string, list: 'groups' | 'themes'): Entry[] {
  const values = isRecord(vocabulary) ? vocabulary[list] : undefined;
  if (!Array.isArray(values)) return [];
  return values.flatMap((value: unknown, index) =>
    isRecord(value)
      ? [{ field: `${kind}.${list}.${index}`, slug: typeof value.slug === 'string' ? value.slug : null, value }]
      : [],
  );
}

/** Terms with no word left once stop words go ("how", "the") would never match anything. */
function emptyTerms(entry: Entry, normalise: ReturnType<typeof createNormaliser>): Issue[] {
  const groups = entry.value.terms;
  if (!Array.isArray(groups)) return [];
  return groups.flatMap((group: unknown, g) =>
    Array.isArray(group)
      ? group.flatMap((term: unknown, t) =>
          typeof term === 'string' && term.trim() !== '' && normalise(term).length === 0
            ? [
                {
                  field: `${entry.field}.terms.${g}.${t}`,
                  message: `"${term}" has no words once stop words are dropped`,
                },
              ]
            : [],
        )
      : [],
  );
}
