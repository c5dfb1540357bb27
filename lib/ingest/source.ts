/**
 * One source (file or URL) -> article candidates. The format is detected
 * from the content, never from the name: a feed saved as .txt is still a feed.
 */
import type { SourceFormat } from '@/lib/content/schema';
import { candidateFromFeedItem, candidateFromText, type ArticleCandidate } from './article';
import { decodeSource } from './decode';
import { IngestError, type IngestWarning } from './errors';
import { parseFeed, type ParsedFeed } from './feed';
import { htmlToMarkdown } from './html-to-markdown';
import { convertPageText } from './page-text';
import { convertTextArticle } from './text-article';
import type { TextConversion } from './text-conversion';

export type SourceResult = {
  name: string;
  format: SourceFormat;
  /** Items the source holds (feeds), or 1 for a text file. */
  itemCount: number;
  candidates: ArticleCandidate[];
  warnings: IngestWarning[];
};

/** Classifies decoded text; throws for anything that is neither a feed nor an article. */
export function detectFormat(text: string, name: string): 'xml' | 'text' | 'page-text' {
  const trimmed = text.trim();
  if (!trimmed) throw new IngestError(name, 'not a feed (the file is empty)');
  if (trimmed.includes('\u0000')) throw new IngestError(name, 'not a feed (binary data)');
  if (/^(<!doctype\s+html|<html[\s>])/i.test(trimmed)) throw new IngestError(name, 'not a feed (root element <html>)');
  if (trimmed.startsWith('<')) return 'xml';
  if (/^[{[]/.test(trimmed))
    throw new IngestError(name, 'not a feed (JSON; RSS 2.0, Atom 1.0, RSS 1.0 or a plain-text article expected)');
  // A web page flattened to text arrives as one long line; an article keeps its line breaks.
  return trimmed.includes('\n') ? 'text' : 'page-text';
}

/** Turns an item's HTML into Markdown; `htmlToMarkdown`, or a lookup of bodies converted elsewhere. */
export type HtmlConverter = (html: string, baseUrl: string | null) => string;

/** A source decoded and parsed, before any item's HTML is converted. */
export type OpenedSource =
  | { name: string; kind: 'xml'; feed: ParsedFeed }
  | { name: string; kind: 'text' | 'page-text'; conversion: TextConversion };

/**
 * Decodes and parses one source without converting any feed item's HTML, so
 * the caller can see every item first (to reuse earlier conversions or spread
 * them over threads). Throws IngestError when the whole source must be rejected.
 */
export function openSource(name: string, bytes: Uint8Array): OpenedSource {
  const text = decodeSource(bytes, name);
  const kind = detectFormat(text, name);
  if (kind === 'xml') return { name, kind, feed: parseFeed(text, name) };
  return { name, kind, conversion: kind === 'text' ? convertTextArticle(text) : convertPageText(text) };
}

/** The HTML conversions an opened source needs, one per feed item. */
export function sourceConversions(opened: OpenedSource): Array<{ html: string; baseUrl: string | null }> {
  return opened.kind === 'xml' ? opened.feed.items.map(({ html, baseUrl }) => ({ html, baseUrl })) : [];
}

/** An opened source -> candidates, converting each item's HTML with `convert`. */
export function sourceCandidates(opened: OpenedSource, convert: HtmlConverter = htmlToMarkdown): SourceResult {
  const { name } = opened;
  const warnings: IngestWarning[] = [];
  const candidates: ArticleCandidate[] = [];

  if (opened.kind === 'xml') {
    const { feed } = opened;
    warnings.push(...feed.warnings);
    for (const item of feed.items) {
      const result = candidateFromFeedItem(item, { file: name, format: feed.format, feedUrl: feed.feedUrl }, convert);
      if ('error' in result) {
        warnings.push({
          file: name,
          item: item.guid ?? `#${item.index}`,
          field: result.field,
          message: `${result.error}; item skipped`,
          skipped: true,
        });
      } else {
        candidates.push(result);
      }
    }
    if (feed.itemCount === 0)
      warnings.push({ file: name, item: null, field: null, message: 'the feed has no items; nothing changed' });
    return { name, format: feed.format, itemCount: feed.itemCount, candidates, warnings };
  }

  const result = candidateFromText(opened.conversion, { file: name, format: opened.kind, feedUrl: null });
  if ('error' in result) throw new IngestError(name, result.error);
  return { name, format: opened.kind, itemCount: 1, candidates: [result], warnings };
}

/**
 * Reads one source. Throws IngestError when the whole source must be
 * rejected; bad items inside a good feed come back as warnings.
 */
export function readSource(name: string, bytes: Uint8Array, convert: HtmlConverter = htmlToMarkdown): SourceResult {
  return sourceCandidates(openSource(name, bytes), convert);
}
