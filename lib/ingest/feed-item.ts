/**
 * The last step of every feed reader: check the fields an article needs and
 * either return a FeedItem or report what is missing.
 */
import { parseFeedDate } from './dates';
import type { FeedItem, ItemReport } from './feed';
import { cleanTextField, toHttpUrl } from './text-fields';

export type ItemFields = {
  index: number;
  guid: string | undefined;
  title: string | null;
  link: string | undefined;
  linkBase: string | null;
  author: string | undefined;
  date: string | undefined;
  dateField: string;
  categories: Array<string | undefined>;
  html: string | null;
  contentField: string;
  /** Base for relative URLs inside the content (Atom xml:base); defaults to the item's link. */
  contentBase?: string | null;
};

/** Returns the item, or null after reporting the first missing or invalid field. */
export function finishItem(fields: ItemFields, report: ItemReport): FeedItem | null {
  const guid = cleanTextField(fields.guid, { html: false });
  const skip = (field: string, message: string): null => {
    report(fields.index, guid, field, `${message}; item skipped`);
    return null;
  };
  if (!fields.title) return skip('title', 'missing or empty');
  if (!fields.link?.trim()) return skip('link', 'missing');
  const link = toHttpUrl(fields.link, fields.linkBase);
  if (!link) return skip('link', `not an http(s) URL: "${fields.link.trim().slice(0, 200)}"`);
  if (!fields.date?.trim()) return skip(fields.dateField, 'missing');
  const publishedAt = parseFeedDate(fields.date);
  if (!publishedAt) return skip(fields.dateField, `not a valid date: "${fields.date.trim().slice(0, 100)}"`);
  if (!fields.html?.trim()) return skip(fields.contentField, 'no content');

  const categories: string[] = [];
  for (const raw of fields.categories) {
    const category = cleanTextField(raw);
    if (category && !categories.includes(category)) categories.push(category);
  }
  return {
    index: fields.index,
    guid,
    title: fields.title,
    link,
    author: cleanTextField(fields.author),
    publishedAt,
    categories,
    html: fields.html,
    baseUrl: toHttpUrl(fields.contentBase) ?? link,
  };
}
