/** Atom 1.0 reader (RFC 4287), including xml:base and the three content types. */
import { IngestError } from './errors';
import type { FeedItem, ItemReport, ParsedFeed } from './feed';
import { finishItem } from './feed-item';
import { htmlToPlainText } from './html-text';
import { cleanTextField, toHttpUrl } from './text-fields';
import { attribute, child, children, decodeRawText, rawOf, textOf, type XmlNode } from './xml';

const ATOM_NS = 'http://www.w3.org/2005/Atom';

/** xml:base may be relative to the base in force above it (RFC 4287 section 2). */
function withBase(node: XmlNode | undefined, base: string | null): string | null {
  const declared = attribute(node, 'xml:base');
  if (!declared) return base;
  try {
    return base ? new URL(declared, base).href : new URL(declared).href;
  } catch {
    return base;
  }
}

/**
 * An Atom text construct (title) as plain text, whatever its type. The title
 * arrives raw (a stop node), so xhtml keeps its words in document order.
 */
function textConstruct(node: XmlNode | undefined): string | null {
  if (!node) return null;
  const type = (attribute(node, 'type') ?? 'text').toLowerCase();
  const raw = rawOf(node);
  if (type === 'xhtml') return cleanTextField(htmlToPlainText(raw), { html: false });
  const text = decodeRawText(raw);
  return cleanTextField(type === 'html' ? htmlToPlainText(text) : text, { html: false });
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Content (or summary) as HTML. Text content is escaped so it stays text. */
function contentHtml(node: XmlNode | undefined): string | null {
  if (!node || attribute(node, 'src')) return null;
  const type = (attribute(node, 'type') ?? 'text').toLowerCase();
  const raw = rawOf(node);
  if (type === 'xhtml' || type === 'application/xhtml+xml') return raw;
  if (type === 'html' || type === 'text/html') return decodeRawText(raw);
  if (type === 'text' || type === 'text/plain') {
    return decodeRawText(raw)
      .split(/\n\s*\n/)
      .filter((paragraph) => paragraph.trim())
      .map((paragraph) => `<p>${escapeHtml(paragraph.trim())}</p>`)
      .join('\n');
  }
  return null; // Other media types are base64 payloads, not an article body.
}

function alternateLink(entry: XmlNode, p: string): string | undefined {
  const links = children(entry, `${p}link`);
  const alternate =
    links.find(
      (link) => (attribute(link, 'rel') ?? 'alternate') === 'alternate' && attribute(link, 'type') === 'text/html',
    ) ?? links.find((link) => (attribute(link, 'rel') ?? 'alternate') === 'alternate');
  return attribute(alternate, 'href');
}

export function readAtom(
  root: XmlNode,
  rootName: string,
  file: string,
  report: ItemReport,
): Omit<ParsedFeed, 'warnings'> {
  const p = rootName.includes(':') ? rootName.slice(0, rootName.indexOf(':') + 1) : '';
  const namespace = attribute(root, p ? `xmlns:${p.slice(0, -1)}` : 'xmlns');
  if (namespace !== ATOM_NS) {
    throw new IngestError(file, `not a feed (root element <${rootName}> is not in the Atom 1.0 namespace)`);
  }
  const feedBase = withBase(root, null);
  const feedAuthor = textOf(child(child(root, `${p}author`) ?? {}, `${p}name`));
  const self = children(root, `${p}link`).find((link) => attribute(link, 'rel') === 'self');

  const entries = children(root, `${p}entry`);
  const items = entries.map((entry, position) => {
    const entryBase = withBase(entry, feedBase);
    const content = child(entry, `${p}content`);
    const summary = child(entry, `${p}summary`);
    const html = contentHtml(content) ?? contentHtml(summary);
    const published = textOf(child(entry, `${p}published`)) ?? textOf(child(entry, `${p}updated`));
    return finishItem(
      {
        index: position + 1,
        guid: textOf(child(entry, `${p}id`)),
        title: textConstruct(child(entry, `${p}title`)),
        link: alternateLink(entry, p),
        linkBase: entryBase,
        author: textOf(child(child(entry, `${p}author`) ?? {}, `${p}name`)) ?? feedAuthor,
        date: published,
        dateField: 'published (or updated)',
        categories: children(entry, `${p}category`).map(
          (category) => attribute(category, 'label') ?? attribute(category, 'term'),
        ),
        html,
        contentField: content ? 'content' : 'summary',
        contentBase: withBase(contentHtml(content) !== null ? content : summary, entryBase),
      },
      report,
    );
  });
  return {
    format: 'atom-1.0',
    feedUrl: toHttpUrl(attribute(self, 'href'), feedBase),
    itemCount: entries.length,
    items: items.filter((item): item is FeedItem => item !== null),
  };
}
