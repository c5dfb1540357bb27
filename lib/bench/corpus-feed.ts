/** Serializes generated items as an RSS 2.0 feed in WordPress's layout. */
import { CORPUS_ORIGIN, type GeneratedItem } from './corpus-article';

/** Escapes text for XML element content. */
export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Wraps text in CDATA; a "]]>" inside is split across two sections, the standard way to keep it. */
export function cdata(text: string): string {
  return `<![CDATA[${text.replace(/]]>/g, ']]]]><![CDATA[>')}]]>`;
}

function itemXml(item: GeneratedItem): string {
  const categories = item.categories.map((category) => `\t\t<category>${cdata(category)}</category>`).join('\n');
  return [
    '\t<item>',
    `\t\t<title>${escapeXml(item.title)}</title>`,
    `\t\t<link>${escapeXml(item.link)}</link>`,
    `\t\t<dc:creator>${cdata(item.creator)}</dc:creator>`,
    `\t\t<pubDate>${item.pubDate}</pubDate>`,
    categories,
    `\t\t<guid isPermaLink="false">${escapeXml(item.guid)}</guid>`,
    `\t\t<description>${cdata(`<p>${escapeXml(item.title)}</p>`)}</description>`,
    `\t\t<content:encoded>${cdata(item.html)}</content:encoded>`,
    '\t</item>',
  ].join('\n');
}

/** A whole feed; `tag` names the channel like a WordPress tag archive ("ai-engineer"). */
export function feedXml(tag: string, items: readonly GeneratedItem[]): string {
  const feedUrl = `${CORPUS_ORIGIN}/tag/${tag}/feed/`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"',
    '\txmlns:content="http://purl.org/rss/1.0/modules/content/"',
    '\txmlns:dc="http://purl.org/dc/elements/1.1/"',
    '\txmlns:atom="http://www.w3.org/2005/Atom"',
    '\t>',
    '<channel>',
    `\t<title>${escapeXml(tag)} Archives - Careers Example Blog</title>`,
    `\t<atom:link href="${feedUrl}" rel="self" type="application/rss+xml" />`,
    `\t<link>${CORPUS_ORIGIN}/tag/${tag}/</link>`,
    '\t<description>Career &amp; Jobs News and Blog</description>',
    '\t<language>en-US</language>',
    ...items.map(itemXml),
    '</channel>',
    '</rss>',
    '',
  ].join('\n');
}
