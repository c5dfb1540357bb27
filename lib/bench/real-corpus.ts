/**
 * The real-shaped benchmark corpus: real feeds (the repository's own
 * WordPress feeds by default, or any folder of feeds), copied N times with
 * each item given its own link, guid and title. The generated corpus
 * (corpus.ts) is about 15 KB an article; the real ones are 70–110 KB with
 * dozens of tables, and it is their shape that the ingest and the records
 * must keep up with. Pure; the bench writes the copies to disk.
 *
 * RSS 2.0 items, RSS 1.0 items and Atom entries are numbered alike. The feed
 * is edited as text, so everything else in it stays byte for byte as it was;
 * CDATA sections and comments are set aside first, so that markup quoted in
 * an article body is never taken for the feed's own elements.
 */

/** CDATA sections and comments, which may hold anything, including text that looks like elements. */
const OPAQUE = /<!\[CDATA\[[\s\S]*?\]\]>|<!--[\s\S]*?-->/g;
// XML text cannot contain U+0000, so these placeholders cannot clash with the feed's own text.
const PLACEHOLDER = /\u0000(\d+)\u0000/g;
const ONLY_PLACEHOLDER = /^(\s*)\u0000(\d+)\u0000(\s*)$/;

const ITEM = /<((?:[\w.-]+:)?(?:item|entry))\b[^>]*>[\s\S]*?<\/\1\s*>/g;

/** An element `local` with an optional namespace prefix: its open tag, its content and its close tag. */
const element = (local: string): RegExp => new RegExp(`(<((?:[\\w.-]+:)?${local})\\b[^>]*>)([\\s\\S]*?)(<\\/\\2\\s*>)`);

const LINK_TEXT = element('link');
const GUID = element('(?:guid|id)');
const TITLE = element('title');
/** An Atom link: its attributes, up to the end of the tag. */
const LINK_TAG = /<((?:[\w.-]+:)?link)\b([^>]*?)(\/?)>/g;
const ABOUT = /^(<(?:[\w.-]+:)?item\b[^>]*?\s[\w.-]+:about\s*=\s*)(["'])([^"']*)\2/;

/**
 * `url` with the copy's number in its last path segment: `/c3-<slug>/`, since
 * slugs are cut at 80 characters and a suffix would be cut off. An address
 * with no path gets a segment of its own.
 */
export function numberedUrl(url: string, copy: number): string {
  const [, origin = '', pathname = '', rest = ''] =
    /^((?:[a-z][\w+.-]*:)?\/\/[^/?#]*)?([^?#]*)([?#][\s\S]*)?$/i.exec(url) ?? [];
  const segment = /^(.*\/)?([^/]+)\/?$/.exec(pathname);
  const numbered = segment ? `${segment[1] ?? ''}c${copy}-${segment[2]}/` : `${pathname.replace(/\/?$/, '/')}c${copy}/`;
  return `${origin}${numbered}${rest}`;
}

/**
 * Applies `edit` to an element's text, whether it is written plainly or in
 * one CDATA section (edited inside it, where `&` is written as itself rather
 * than as `&amp;`); white space around it is kept.
 */
function editText(content: string, opaque: string[], edit: (text: string, amp: string) => string): string {
  const only = ONLY_PLACEHOLDER.exec(content);
  const section = only ? opaque[Number(only[2])] : undefined;
  if (only && section?.startsWith('<![CDATA[')) {
    opaque[Number(only[2])] = `<![CDATA[${edit(section.slice(9, -3), '&')}]]>`;
    return content;
  }
  const lead = /^\s*/.exec(content)?.[0] ?? '';
  const trail = /\s*$/.exec(content)?.[0] ?? '';
  return content.trim() === '' ? content : `${lead}${edit(content.trim(), '&amp;')}${trail}`;
}

/** Replaces the content of the first `pattern` element in `item` with `edit` of it. */
function editFirst(item: string, pattern: RegExp, edit: (content: string) => string): string {
  return item.replace(
    pattern,
    (_match, open: string, _name: string, content: string, close: string) => `${open}${edit(content)}${close}`,
  );
}

/** A title with " (copy N)" after it: in its text, its CDATA section, or the XHTML `div` of an Atom title. */
function numberedTitle(content: string, opaque: string[], copy: number): string {
  const suffix = ` (copy ${copy})`;
  const lastDiv = content.lastIndexOf('</');
  if (content.includes('<') && lastDiv >= 0) return `${content.slice(0, lastDiv)}${suffix}${content.slice(lastDiv)}`;
  return editText(content, opaque, (text) => `${text}${suffix}`);
}

/** One item or entry of copy `copy`: its link, guid (or id, or `rdf:about`) and title numbered. */
function copyItem(item: string, opaque: string[], copy: number): string {
  const suffix = `copy-${copy}`;
  let out = item.replace(
    ABOUT,
    (_match, head: string, quote: string, about: string) => `${head}${quote}${about}&amp;${suffix}${quote}`,
  );
  out = editFirst(out, LINK_TEXT, (content) => editText(content, opaque, (url) => numberedUrl(url, copy)));
  out = out.replace(LINK_TAG, (tag, _name: string, attributes: string) => {
    const rel = /\srel\s*=\s*["']([^"']*)["']/.exec(attributes)?.[1] ?? 'alternate';
    if (rel !== 'alternate') return tag;
    return tag.replace(
      /(\shref\s*=\s*)(["'])([^"']*)\2/,
      (_match, head: string, quote: string, href: string) => `${head}${quote}${numberedUrl(href, copy)}${quote}`,
    );
  });
  out = editFirst(out, GUID, (content) => editText(content, opaque, (guid, amp) => `${guid}${amp}${suffix}`));
  return editFirst(out, TITLE, (content) => numberedTitle(content, opaque, copy));
}

/** One copy of a feed, numbered from 1: every item gets its own address, guid and title, the rest is byte-identical. */
export function copyFeed(xml: string, copy: number): string {
  const opaque: string[] = [];
  const masked = xml.replace(OPAQUE, (section) => `\u0000${opaque.push(section) - 1}\u0000`);
  const copied = masked.replace(ITEM, (item) => copyItem(item, opaque, copy));
  return copied.replace(PLACEHOLDER, (_match, index: string) => opaque[Number(index)] ?? '');
}

export interface RealCorpusFeed {
  name: string;
  xml: string;
}

/** True when `text` (a file read as Latin-1 or UTF-8) is XML, as a feed is, rather than a plain-text article. */
export const isXmlText = (text: string): boolean => /^(?:\ufeff|\u00ef\u00bb\u00bf)?\s*</.test(text);

/**
 * `copies` copies of each feed, named `<copy>-<name>` so that the files sort
 * by copy. Articles shared between feeds stay shared within a copy, as on the
 * real site, so the merge does its real work.
 */
export function realCorpusFeeds(feeds: ReadonlyArray<{ name: string; xml: string }>, copies: number): RealCorpusFeed[] {
  const out: RealCorpusFeed[] = [];
  for (let copy = 1; copy <= copies; copy += 1)
    for (const feed of feeds)
      out.push({ name: `${String(copy).padStart(3, '0')}-${feed.name}`, xml: copyFeed(feed.xml, copy) });
  return out;
}
