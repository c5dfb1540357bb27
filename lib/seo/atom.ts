/**
 * Atom 1.0 (RFC 4287) as text. Every value is escaped here, in text and in
 * attributes, so a title with `&`, `<` or quotes stays well-formed, and
 * characters XML 1.0 forbids are dropped rather than written. Text is sent as
 * `type="text"`: titles and summaries are plain text, never markup. Pure.
 */

export interface AtomPerson {
  name: string;
  uri?: string;
}

export interface AtomLink {
  href: string;
  rel?: 'alternate' | 'self' | 'via' | 'related';
  type?: string;
}

export interface AtomEntry {
  /** A permanent IRI for the entry. */
  id: string;
  title: string;
  /** ISO 8601 date-time. */
  updated: string;
  published?: string;
  /** The first link is the entry's alternate (where it is read). */
  links: readonly AtomLink[];
  authors: readonly AtomPerson[];
  summary?: string;
  categories?: readonly string[];
}

export interface AtomFeed {
  id: string;
  title: string;
  subtitle?: string;
  updated: string;
  /** The feed's own address (rel="self"). */
  self: string;
  /** The site the feed is about (rel="alternate"). */
  alternate: string;
  authors?: readonly AtomPerson[];
  entries: readonly AtomEntry[];
}

// Characters outside XML 1.0's Char production (controls other than tab, LF, CR; lone surrogates; U+FFFE/U+FFFF).
const NOT_XML_CHAR =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Escapes text content and attribute values alike (quotes too, so one function serves both). */
export function escapeXml(value: string): string {
  return value
    .replace(NOT_XML_CHAR, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

function element(name: string, text: string, attributes = ''): string {
  return `<${name}${attributes}>${escapeXml(text)}</${name}>`;
}

function link({ href, rel, type }: AtomLink): string {
  const attributes = [
    rel === undefined ? '' : ` rel="${escapeXml(rel)}"`,
    ` href="${escapeXml(href)}"`,
    type === undefined ? '' : ` type="${escapeXml(type)}"`,
  ].join('');
  return `<link${attributes}/>`;
}

function person(tag: 'author', { name, uri }: AtomPerson): string {
  return `<${tag}>${element('name', name)}${uri === undefined ? '' : element('uri', uri)}</${tag}>`;
}

function entry(item: AtomEntry): string {
  const lines = [
    element('id', item.id),
    element('title', item.title, ' type="text"'),
    element('updated', item.updated),
    ...(item.published === undefined ? [] : [element('published', item.published)]),
    ...item.links.map(link),
    ...item.authors.map((author) => person('author', author)),
    ...(item.categories ?? []).map((term) => `<category term="${escapeXml(term)}"/>`),
    ...(item.summary === undefined ? [] : [element('summary', item.summary, ' type="text"')]),
  ];
  return `  <entry>\n${lines.map((line) => `    ${line}`).join('\n')}\n  </entry>`;
}

/** The feed as an Atom document, entries in the order given. */
export function toAtomXml(feed: AtomFeed): string {
  const head = [
    element('id', feed.id),
    element('title', feed.title, ' type="text"'),
    ...(feed.subtitle === undefined ? [] : [element('subtitle', feed.subtitle, ' type="text"')]),
    element('updated', feed.updated),
    link({ rel: 'self', href: feed.self, type: 'application/atom+xml' }),
    link({ rel: 'alternate', href: feed.alternate, type: 'text/html' }),
    ...(feed.authors ?? []).map((author) => person('author', author)),
  ];
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    ...head.map((line) => `  ${line}`),
    ...feed.entries.map(entry),
    '</feed>',
    '',
  ].join('\n');
}
