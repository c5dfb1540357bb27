/**
 * Candidates (this run) + articles already on disk -> the articles to write.
 *
 * The same article reaches us through several feeds with slightly different
 * markup. It is written once: matched by its link (else guid, else title),
 * categories and sources merged. Every choice here depends only on the data,
 * never on the order of the command-line arguments, so a run is reproducible.
 */
import { createHash } from 'node:crypto';
import type { Article, ArticleSource } from '@/lib/content/schema';
import { describeCandidate, type ArticleCandidate } from './article';
import type { IngestWarning } from './errors';
import { numberedSlug } from './slug';

export type MergeResult = { articles: Article[]; warnings: IngestWarning[] };

/** The identity two copies of one article share. */
export function articleKey(article: { sourceUrl: string | null; guid: string | null; title: string }): string {
  if (article.sourceUrl) return `url:${article.sourceUrl}`;
  if (article.guid) return `guid:${article.guid}`;
  return `title:${article.title.toLowerCase()}`;
}

export function contentHash(body: string): string {
  return `sha256-${createHash('sha256').update(body).digest('hex')}`;
}

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Newest first, then the fuller text, then plain text order: a total, data-only order. */
function compareCandidates(a: ArticleCandidate, b: ArticleCandidate): number {
  return (
    byText(b.publishedAt ?? '', a.publishedAt ?? '') ||
    b.body.length - a.body.length ||
    byText(a.body, b.body) ||
    byText(describeCandidate(a), describeCandidate(b))
  );
}

function sortedUnique(values: string[]): string[] {
  return [...new Set(values)].sort((a, b) => byText(a.toLowerCase(), b.toLowerCase()) || byText(a, b));
}

function mergeSources(lists: ArticleSource[][]): ArticleSource[] {
  const byFile = new Map<string, ArticleSource>();
  for (const source of lists.flat()) byFile.set(`${source.file}\u0000${source.format}`, source);
  return [...byFile.values()].sort((a, b) => byText(a.file, b.file) || byText(a.format, b.format));
}

type Group = { key: string; candidates: ArticleCandidate[]; existing: Article | undefined };

function warn(warnings: IngestWarning[], candidate: ArticleCandidate, field: string, message: string): void {
  const file = candidate.sources[0]?.file ?? '(unknown source)';
  const item = candidate.item;
  warnings.push({ file, item, field, message });
}

/** One group -> one article (slug settled later). This run's text wins over what is on disk. */
function mergeGroup(group: Group, warnings: IngestWarning[]): Omit<Article, 'slug'> & { preferredSlug: string } {
  const ranked = [...group.candidates].sort(compareCandidates);
  const chosen = ranked[0] as ArticleCandidate;
  for (const other of ranked.slice(1)) {
    if (other.sources[0]?.file === chosen.sources[0]?.file) {
      warn(
        warnings,
        other,
        'guid',
        `the feed lists this article twice (also ${describeCandidate(chosen)}); written once`,
      );
    }
    if (other.body !== chosen.body) {
      warn(
        warnings,
        other,
        'content',
        `same article as ${describeCandidate(chosen)} with different content; kept the copy from ${describeCandidate(chosen)}`,
      );
    }
  }
  const existing = group.existing;
  return {
    title: chosen.title,
    sourceUrl: chosen.sourceUrl,
    guid: chosen.guid,
    author: chosen.author,
    publishedAt: chosen.publishedAt,
    categories: sortedUnique([...ranked.flatMap((c) => c.categories), ...(existing?.categories ?? [])]),
    sources: mergeSources([...ranked.map((c) => c.sources), existing?.sources ?? []]),
    // Hashed as stored and as loaded (trimmed), so anyone can recompute it from the file.
    contentHash: contentHash(chosen.body.trim()),
    body: chosen.body.trim(),
    preferredSlug: existing?.slug ?? chosen.preferredSlug,
  };
}

function reportDuplicateGuids(candidates: ArticleCandidate[], warnings: IngestWarning[]): void {
  const keyByGuid = new Map<string, ArticleCandidate>();
  for (const candidate of [...candidates].sort(compareCandidates)) {
    if (!candidate.guid) continue;
    const first = keyByGuid.get(candidate.guid);
    if (!first) keyByGuid.set(candidate.guid, candidate);
    else if (articleKey(first) !== articleKey(candidate)) {
      warn(
        warnings,
        candidate,
        'guid',
        `duplicate guid "${candidate.guid}" (also ${describeCandidate(first)}) for a different link; kept as a separate article`,
      );
    }
  }
}

/**
 * Merges this run's candidates with the articles on disk. Only articles that
 * this run touches are returned; the others are left as they are.
 */
export function mergeArticles(candidates: ArticleCandidate[], existing: Article[]): MergeResult {
  const warnings: IngestWarning[] = [];
  reportDuplicateGuids(candidates, warnings);

  const existingByKey = new Map(existing.map((article) => [articleKey(article), article]));
  const groups = new Map<string, Group>();
  for (const candidate of candidates) {
    const key = articleKey(candidate);
    const group = groups.get(key) ?? { key, candidates: [], existing: existingByKey.get(key) };
    group.candidates.push(candidate);
    groups.set(key, group);
  }

  // Slugs held on disk by other articles stay theirs; new articles claim the rest in key order.
  const taken = new Map<string, string>();
  for (const article of existing) taken.set(article.slug, articleKey(article));
  const articles: Article[] = [];
  for (const group of [...groups.values()].sort((a, b) => byText(a.key, b.key))) {
    const { preferredSlug, ...merged } = mergeGroup(group, warnings);
    let slug = preferredSlug;
    for (let n = 2; taken.has(slug) && taken.get(slug) !== group.key; n += 1) slug = numberedSlug(preferredSlug, n);
    if (slug !== preferredSlug) {
      const holder = taken.get(preferredSlug) ?? '';
      warn(
        warnings,
        group.candidates[0] as ArticleCandidate,
        'slug',
        `slug "${preferredSlug}" is already used by ${holder.replace(/^\w+:/, '')}; written as "${slug}"`,
      );
    }
    taken.set(slug, group.key);
    articles.push({ ...merged, slug });
  }
  return { articles, warnings };
}
