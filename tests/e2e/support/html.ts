import { decodeHTML } from 'entities';
import type { Element } from 'hast';
import { toString } from 'hast-util-to-string';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';

/**
 * The text of every `<h{level}>` in server HTML, tags and React's comment
 * markers removed and entities decoded. For checks over hundreds of
 * prerendered pages, where fetching the HTML is enough and a browser per
 * page would only add minutes.
 */
export function headingTexts(html: string, level: number): string[] {
  const pattern = new RegExp(`<h${level}\\b[^>]*>([\\s\\S]*?)</h${level}>`, 'g');
  return [...html.matchAll(pattern)].map((match) =>
    decodeHTML((match[1] ?? '').replace(/<!--[\s\S]*?-->/g, '').replace(/<[^>]+>/g, ''))
      .replace(/\s+/g, ' ')
      .trim(),
  );
}

export interface HeadMetadata {
  lang: string | undefined;
  title: string | undefined;
  description: string | undefined;
  canonical: string | undefined;
  robots: string | undefined;
  /** `og:*`, `article:*` and `twitter:*` properties by name. */
  cards: Map<string, string>;
}

/** What search engines and share previews read from a page's head, parsed with a real HTML parser. */
export function headMetadata(html: string): HeadMetadata {
  const tree = unified().use(rehypeParse).parse(html);
  const result: HeadMetadata = {
    lang: undefined,
    title: undefined,
    description: undefined,
    canonical: undefined,
    robots: undefined,
    cards: new Map(),
  };
  const attribute = (element: Element, name: string) => {
    const value = element.properties[name];
    return typeof value === 'string' ? value : Array.isArray(value) ? value.join(' ') : undefined;
  };
  visit(tree, 'element', (element: Element) => {
    if (element.tagName === 'html') result.lang = attribute(element, 'lang');
    // Only the document title: an SVG chart's <title> is not the page's.
    if (element.tagName === 'title' && result.title === undefined) result.title = toString(element);
    if (element.tagName === 'link' && attribute(element, 'rel') === 'canonical') {
      result.canonical = attribute(element, 'href');
    }
    if (element.tagName === 'meta') {
      const name = attribute(element, 'name') ?? attribute(element, 'property');
      const content = attribute(element, 'content');
      if (name === undefined || content === undefined) return;
      if (name === 'description') result.description = content;
      if (name === 'robots') result.robots = content;
      if (/^(og|article|twitter):/.test(name)) result.cards.set(name, content);
    }
  });
  return result;
}
