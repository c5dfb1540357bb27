/**
 * Slugs become file names, so they are built from a closed alphabet and
 * checked against SLUG_PATTERN; a title such as "../../etc/passwd" or "CON"
 * stays legitimate text in the front matter and yields a harmless slug.
 */
import { SLUG_PATTERN } from '@/lib/content/schema';

const MAX_LENGTH = 80;
const WINDOWS_DEVICE_NAMES = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/;

/** Lowercase ASCII words joined by hyphens, cut at a word boundary within 80 characters. */
export function slugify(text: string): string {
  const ascii = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (ascii.length <= MAX_LENGTH) return ascii;
  const cut = ascii.slice(0, MAX_LENGTH + 1);
  const boundary = cut.lastIndexOf('-');
  return (boundary > 0 ? cut.slice(0, boundary) : ascii.slice(0, MAX_LENGTH)).replace(/-+$/, '');
}

/** The last non-empty path segment of a URL, percent-decoded. */
function lastPathSegment(link: string): string | null {
  try {
    const segments = new URL(link).pathname.split('/').filter(Boolean);
    const last = segments.at(-1);
    if (!last) return null;
    // Date archives (/2025/06/), numeric ids and index pages name no article; the title does.
    if (/^\d+$/.test(last) || /^(index|default|amp|feed)(\.(html?|php|aspx?))?$/i.test(last)) return null;
    try {
      return decodeURIComponent(last).replace(/\.(html?|php|aspx?)$/i, '');
    } catch {
      return last;
    }
  } catch {
    return null;
  }
}

/**
 * An article's slug: the last path segment of its link when it has one
 * (the publisher's own slug), otherwise derived from the title.
 * Returns null only when neither yields a single usable character.
 */
export function articleSlug(link: string | null, title: string): string | null {
  const fromLink = link ? slugify(lastPathSegment(link) ?? '') : '';
  const base = fromLink || slugify(title);
  // Device names stay reserved on Windows whatever the extension ("con.md"), so a clone there would fail.
  const slug = WINDOWS_DEVICE_NAMES.test(base) ? `${base}-article` : base;
  return SLUG_PATTERN.test(slug) ? slug : null;
}

/** `slug`, `slug-2`, `slug-3`, ... staying within the 80-character limit. */
export function numberedSlug(slug: string, n: number): string {
  const suffix = `-${n}`;
  return `${slug.slice(0, MAX_LENGTH - suffix.length).replace(/-+$/, '')}${suffix}`;
}
