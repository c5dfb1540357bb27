/**
 * One source (file or URL) -> article candidates. The format is detected
 * from the content, never from the name: a feed saved as .txt is still a feed.
 */
import type { SourceFormat } from '@/lib/content/schema';
import { candidateFromFeedItem, candidateFromText, type ArticleCandidate } from './article';
import { decodeSource } from './decode';
import { IngestError, type IngestWarning } from './errors';
import { parseFeed } from './feed';
import { convertPageText } from './page-text';
import { convertTextArticle } from './text-article';

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

/**
 * Reads one source. Throws IngestError when the whole source must be
 * rejected; bad items inside a good feed come back as warnings.
 */
export function readSource(name: string, bytes: Uint8Array): SourceResult {
  const text = decodeSource(bytes, name);
  const kind = detectFormat(text, name);
  const warnings: IngestWarning[] = [];
  const candidates: ArticleCandidate[] = [];

  if (kind === 'xml') {
    const feed = parseFeed(text, name);
    warnings.push(...feed.warnings);
    for (const item of feed.items) {
      const result = candidateFromFeedItem(item, { file: name, format: feed.format, feedUrl: feed.feedUrl });
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

  const conversion = kind === 'text' ? convertTextArticle(text) : convertPageText(text);
  const result = candidateFromText(conversion, { file: name, format: kind, feedUrl: null });
  if ('error' in result) throw new IngestError(name, result.error);
  return { name, format: kind, itemCount: 1, candidates: [result], warnings };
}
