/**
 * XML feed -> items. One reader per dialect (RSS 2.0, Atom 1.0, RSS 1.0/RDF),
 * each producing the same FeedItem. Items missing a field we need are
 * skipped with a warning naming the item and the field; nothing is invented.
 */
import type { SourceFormat } from '@/lib/content/schema';
import { IngestError, type IngestWarning } from './errors';
import { readAtom } from './feed-atom';
import { readRss1, readRss2 } from './feed-rss';
import { parseXml } from './xml';

/** One feed entry, validated and normalised, before it becomes an article. */
export type FeedItem = {
  /** 1-based position in the feed, for messages about items without a guid. */
  index: number;
  guid: string | null;
  title: string;
  /** Absolute http(s) link to the original article. */
  link: string;
  author: string | null;
  publishedAt: string;
  categories: string[];
  /** Untrusted HTML; sanitized by the converter, never rendered as is. */
  html: string;
  /** Base for resolving relative URLs in `html`. */
  baseUrl: string;
};

export type ParsedFeed = {
  format: Extract<SourceFormat, 'rss-2.0' | 'atom-1.0' | 'rss-1.0'>;
  feedUrl: string | null;
  /** Items in the document, including skipped ones. */
  itemCount: number;
  items: FeedItem[];
  warnings: IngestWarning[];
};

/** Reports an item that is skipped, naming the field at fault. */
export type ItemReport = (index: number, guid: string | null, field: string, message: string) => void;

/** Parses a feed document. Throws IngestError when the whole source must be rejected. */
export function parseFeed(xml: string, file: string): ParsedFeed {
  const { rootName, root } = parseXml(xml, file);
  const warnings: IngestWarning[] = [];
  const report: ItemReport = (index, guid, field, message) =>
    warnings.push({ file, item: guid ?? `#${index}`, field, message, skipped: true });
  const localName = rootName.includes(':') ? rootName.slice(rootName.indexOf(':') + 1) : rootName;

  if (rootName === 'rss') return { ...readRss2(root, file, report), warnings };
  if (localName === 'feed') return { ...readAtom(root, rootName, file, report), warnings };
  if (localName === 'RDF') return { ...readRss1(root, rootName, file, report), warnings };
  throw new IngestError(file, `not a feed (root element <${rootName}>)`);
}
