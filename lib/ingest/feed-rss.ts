/** RSS 2.0 and RSS 1.0 (RDF) readers. */
import { IngestError } from './errors';
import type { FeedItem, ItemReport, ParsedFeed } from './feed';
import { finishItem } from './feed-item';
import { cleanTextField, toHttpUrl } from './text-fields';
import { attribute, child, children, textOf, type XmlNode } from './xml';

type FeedBody = Omit<ParsedFeed, 'warnings'>;

function selfLink(channel: XmlNode): string | null {
  const self = children(channel, 'atom:link').find((link) => attribute(link, 'rel') === 'self');
  return toHttpUrl(attribute(self, 'href'));
}

/** RSS puts a contact in <author> as "mail@example.com (Name)"; keep the name. */
function rssAuthor(item: XmlNode): string | undefined {
  const creator = textOf(child(item, 'dc:creator'));
  if (creator?.trim()) return creator;
  const author = textOf(child(item, 'author'));
  const named = author ? /\(([^)]+)\)\s*$/.exec(author) : null;
  return named?.[1] ?? author;
}

/** content:encoded carries the full article; description is often only a teaser. */
function rssContent(item: XmlNode): { html: string | null; field: string } {
  const full = textOf(child(item, 'content:encoded'));
  if (full?.trim()) return { html: full, field: 'content:encoded' };
  return { html: textOf(child(item, 'description')) ?? null, field: 'description' };
}

function present(items: Array<FeedItem | null>): FeedItem[] {
  return items.filter((item): item is FeedItem => item !== null);
}

export function readRss2(root: XmlNode, file: string, report: ItemReport): FeedBody {
  const channel = child(root, 'channel');
  if (!channel) throw new IngestError(file, 'not a feed (an <rss> element without a <channel>)');
  const channelLink = toHttpUrl(textOf(child(channel, 'link')));
  const elements = children(channel, 'item');
  const items = elements.map((item, position) => {
    const content = rssContent(item);
    return finishItem(
      {
        index: position + 1,
        guid: textOf(child(item, 'guid')),
        title: cleanTextField(textOf(child(item, 'title'))),
        link: textOf(child(item, 'link')),
        linkBase: channelLink,
        author: rssAuthor(item),
        date: textOf(child(item, 'pubDate')) ?? textOf(child(item, 'dc:date')),
        dateField: child(item, 'pubDate') ? 'pubDate' : 'pubDate (or dc:date)',
        categories: [...children(item, 'category'), ...children(item, 'dc:subject')].map(textOf),
        html: content.html,
        contentField: content.field,
      },
      report,
    );
  });
  return { format: 'rss-2.0', feedUrl: selfLink(channel), itemCount: elements.length, items: present(items) };
}

export function readRss1(root: XmlNode, rootName: string, file: string, report: ItemReport): FeedBody {
  const prefix = rootName.slice(0, rootName.indexOf(':') + 1);
  const channel = child(root, 'channel');
  if (!channel) throw new IngestError(file, `not a feed (an <${rootName}> element without a <channel>)`);
  const channelLink = toHttpUrl(textOf(child(channel, 'link')));
  const elements = children(root, 'item');
  const items = elements.map((item, position) => {
    const content = rssContent(item);
    return finishItem(
      {
        index: position + 1,
        guid: attribute(item, `${prefix}about`),
        title: cleanTextField(textOf(child(item, 'title'))),
        link: textOf(child(item, 'link')),
        linkBase: channelLink,
        author: textOf(child(item, 'dc:creator')),
        date: textOf(child(item, 'dc:date')),
        dateField: 'dc:date',
        categories: children(item, 'dc:subject').map(textOf),
        html: content.html,
        contentField: content.field,
      },
      report,
    );
  });
  return {
    format: 'rss-1.0',
    feedUrl: toHttpUrl(attribute(channel, `${prefix}about`)),
    itemCount: elements.length,
    items: present(items),
  };
}
