/**
 * Source items -> article candidates: the front matter fields plus the
 * Markdown body, before duplicates are merged and slugs are settled.
 */
import type { ArticleSource } from '@/lib/content/schema';
import type { FeedItem } from './feed';
import { htmlToMarkdown } from './html-to-markdown';
import { articleSlug } from './slug';
import type { TextConversion } from './text-conversion';
import { cleanTextField } from './text-fields';

export type ArticleCandidate = {
  title: string;
  sourceUrl: string | null;
  guid: string | null;
  author: string | null;
  publishedAt: string | null;
  categories: string[];
  sources: ArticleSource[];
  body: string;
  /** The slug this article would like; collisions are settled when merging. */
  preferredSlug: string;
  /** The item within its source, for messages: its guid, or `#<1-based index>`; null for a text file. */
  item: string | null;
};

/** "file: item <guid>" (or just the file), for messages. */
export function describeCandidate(candidate: ArticleCandidate): string {
  const file = candidate.sources[0]?.file ?? '(unknown source)';
  return candidate.item ? `${file}: item ${candidate.item}` : file;
}

/** A feed item -> candidate, or null when its body or slug comes out empty. */
export function candidateFromFeedItem(
  item: FeedItem,
  source: ArticleSource,
  convert: (html: string, baseUrl: string | null) => string = htmlToMarkdown,
): ArticleCandidate | { error: string; field: string } {
  const body = convert(item.html, item.baseUrl);
  if (!body.trim()) return { error: 'no text left after sanitizing', field: 'content' };
  const preferredSlug = articleSlug(item.link, item.title);
  if (!preferredSlug) return { error: 'neither the link nor the title yields a slug', field: 'link' };
  return {
    title: item.title,
    sourceUrl: item.link,
    guid: item.guid,
    author: item.author,
    publishedAt: item.publishedAt,
    categories: item.categories,
    sources: [source],
    body,
    preferredSlug,
    item: item.guid ?? `#${item.index}`,
  };
}

/** First words of the body, for text files that state no title at all. */
function titleFromBody(markdown: string): string {
  const firstLine = markdown.split('\n').find((line) => /[A-Za-z0-9]/.test(line)) ?? 'Untitled';
  const words = firstLine
    .replace(/[#*_>`|\\-]/g, ' ')
    .trim()
    .split(/\s+/);
  const title = words.slice(0, 12).join(' ');
  return words.length > 12 ? `${title}…` : title;
}

/** A converted text file -> candidate. The file states no link, guid or author. */
export function candidateFromText(
  conversion: TextConversion,
  source: ArticleSource,
): ArticleCandidate | { error: string; field: string } {
  if (!conversion.markdown.trim()) return { error: 'the file has no text', field: 'content' };
  const title = cleanTextField(conversion.title ?? undefined, { html: false }) ?? titleFromBody(conversion.markdown);
  const preferredSlug = articleSlug(null, title);
  if (!preferredSlug) return { error: 'the title yields no slug', field: 'title' };
  return {
    title,
    sourceUrl: null,
    guid: null,
    author: null,
    publishedAt: conversion.publishedAt,
    categories: [],
    sources: [source],
    body: conversion.markdown,
    preferredSlug,
    item: null,
  };
}
