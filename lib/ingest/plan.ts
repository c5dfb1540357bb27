/**
 * The whole ingest as a pure function: source bytes + the articles on disk
 * -> the files to write and a report. The CLI only does the reading and
 * writing around it, so every decision here is unit-testable.
 */
import type { z } from 'zod';
import type { Article, ingestSourceReportSchema } from '@/lib/content/schema';
import type { ArticleCandidate } from './article';
import { IngestError, type IngestWarning } from './errors';
import { articleKey, mergeArticles } from './merge';
import { serializeArticle } from './serialize';
import { htmlToMarkdown } from './html-to-markdown';
import { openSource, sourceCandidates, type HtmlConverter, type OpenedSource } from './source';

/**
 * One source as the CLI hands it over: its bytes, a reason it could not be
 * read, or already opened (`openSourceInput`), so that its items' HTML could be
 * converted ahead of the plan, or the reason opening it failed.
 */
export type SourceInput =
  | { name: string; bytes: Uint8Array }
  | { name: string; error: string }
  | { name: string; opened: OpenedSource }
  | { name: string; rejected: string };

/** Opens a readable source, turning a source that cannot be opened into its rejection message. */
export function openSourceInput(input: SourceInput): SourceInput {
  if (!('bytes' in input)) return input;
  try {
    return { name: input.name, opened: openSource(input.name, input.bytes) };
  } catch (error) {
    if (!(error instanceof IngestError)) throw error;
    return { name: input.name, rejected: error.message };
  }
}

export type SourceReport = z.infer<typeof ingestSourceReportSchema>;

export type IngestPlan = {
  sources: SourceReport[];
  /** New or changed files, by slug. */
  writes: Array<{ slug: string; text: string }>;
  /** Every article this run ingested, written or unchanged. */
  articles: Article[];
  unchanged: string[];
  skipped: number;
  warnings: IngestWarning[];
};

const byName = (a: { name: string }, b: { name: string }): number => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

/**
 * Plans an ingest. `existingTexts` holds the current text of each article
 * file by slug, so unchanged files are recognised byte for byte. `convert`
 * turns an item's HTML into Markdown (by default `htmlToMarkdown`); the CLI
 * passes conversions it made on other threads or reused from an earlier run.
 */
export function planIngest(
  inputs: SourceInput[],
  existing: Article[],
  existingTexts: Map<string, string>,
  convert: HtmlConverter = htmlToMarkdown,
): IngestPlan {
  const sources: SourceReport[] = [];
  const candidates: ArticleCandidate[] = [];
  const warnings: IngestWarning[] = [];

  // Sorted, so that neither the output nor the warnings depend on argument order.
  for (const input of [...inputs].sort(byName)) {
    const report: SourceReport = {
      name: input.name,
      status: 'rejected',
      format: null,
      items: 0,
      written: 0,
      unchanged: 0,
      skipped: 0,
      error: null,
    };
    sources.push(report);
    if ('error' in input) {
      report.error = `${input.name}: ${input.error}`;
      continue;
    }
    if ('rejected' in input) {
      report.error = input.rejected;
      continue;
    }
    try {
      const opened = 'opened' in input ? input.opened : openSource(input.name, input.bytes);
      const result = sourceCandidates(opened, convert);
      report.status = 'ingested';
      report.format = result.format;
      report.items = result.itemCount;
      report.skipped = result.warnings.filter((warning) => warning.skipped).length;
      warnings.push(...result.warnings);
      candidates.push(...result.candidates);
    } catch (error) {
      if (!(error instanceof IngestError)) throw error;
      report.error = error.message;
    }
  }

  const merged = mergeArticles(candidates, existing);
  warnings.push(...merged.warnings);
  const writes: IngestPlan['writes'] = [];
  const unchanged: string[] = [];
  const statusByKey = new Map<string, 'written' | 'unchanged'>();
  for (const article of merged.articles) {
    const text = serializeArticle(article, article.sources.map((source) => source.file).join(', '));
    const same = existingTexts.get(article.slug) === text;
    if (same) unchanged.push(article.slug);
    else writes.push({ slug: article.slug, text });
    statusByKey.set(articleKey(article), same ? 'unchanged' : 'written');
  }
  for (const candidate of candidates) {
    const report = sources.find((source) => source.name === candidate.sources[0]?.file);
    const status = statusByKey.get(articleKey(candidate));
    if (report && status) report[status] += 1;
  }
  return {
    sources,
    writes,
    articles: merged.articles,
    unchanged,
    skipped: sources.reduce((sum, source) => sum + source.skipped, 0),
    warnings,
  };
}
