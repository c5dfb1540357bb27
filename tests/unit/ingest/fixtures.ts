/** Shared fixture access and tiny feed builders for the ingest tests. */
import { readFileSync } from 'node:fs';
import path from 'node:path';

export const FEEDS_DIR = path.resolve(import.meta.dirname, '../../fixtures/feeds');

/** The raw bytes of a file in tests/fixtures/feeds/. */
export function fixture(name: string): Buffer {
  return readFileSync(path.join(FEEDS_DIR, name));
}

export type ItemFields = {
  title?: string;
  link?: string;
  guid?: string;
  pubDate?: string;
  description?: string;
  /** Extra raw XML inside the <item>. */
  extra?: string;
};

const DEFAULT_ITEM: Required<Omit<ItemFields, 'guid' | 'extra'>> = {
  title: 'A title',
  link: 'https://blog.example.com/posts/a-title/',
  pubDate: 'Tue, 10 Jun 2025 08:00:00 GMT',
  description: '<p>Body text.</p>',
};

/**
 * One RSS <item>. Pass `null` for a field to leave the element out; the
 * description is wrapped in CDATA unless it is given raw via `extra`.
 */
export function rssItem(fields: { [K in keyof ItemFields]?: ItemFields[K] | null } = {}): string {
  const value = <K extends keyof typeof DEFAULT_ITEM>(key: K): string | null =>
    fields[key] === null ? null : (fields[key] ?? DEFAULT_ITEM[key]);
  const title = value('title');
  const link = value('link');
  const pubDate = value('pubDate');
  const description = value('description');
  return [
    '<item>',
    title === null ? '' : `<title>${title}</title>`,
    link === null ? '' : `<link>${link}</link>`,
    fields.guid ? `<guid isPermaLink="false">${fields.guid}</guid>` : '',
    pubDate === null ? '' : `<pubDate>${pubDate}</pubDate>`,
    description === null ? '' : `<description><![CDATA[${description}]]></description>`,
    fields.extra ?? '',
    '</item>',
  ].join('');
}

/** A minimal RSS 2.0 document around the given items. */
export function rssFeed(items: string[], { encoding = 'UTF-8', channel = '' } = {}): string {
  return [
    `<?xml version="1.0" encoding="${encoding}"?>`,
    '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">',
    `<channel><title>Test feed</title><link>https://blog.example.com/</link>${channel}`,
    ...items,
    '</channel></rss>',
  ].join('\n');
}

export const utf8 = (text: string): Uint8Array => Buffer.from(text, 'utf8');
