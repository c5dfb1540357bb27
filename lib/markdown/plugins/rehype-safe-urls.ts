import type { Root } from 'hast';
import { visitElements } from '@/lib/markdown/hast-utils';

const ALLOWED_SCHEMES = new Set(['http', 'https', 'mailto']);
const URL_PROPERTIES = ['href', 'src'] as const;

/**
 * True for `http:`, `https:` and `mailto:` URLs and in-page fragments
 * (`#section`, used by footnotes and headings). Everything else is refused:
 * `javascript:`, `data:`, and relative paths, which would point into this site
 * rather than the article's origin.
 */
export function isSafeUrl(value: string): boolean {
  // Browsers ignore tabs and newlines inside a URL and leading control
  // characters, so `java\tscript:` must be judged as `javascript:`.
  const url = value.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+/, '');
  if (url.startsWith('#')) return true;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1];
  return scheme !== undefined && ALLOWED_SCHEMES.has(scheme.toLowerCase());
}

/**
 * Defence in depth after remark-rehype (which already drops raw HTML): removes
 * any `href` or `src` that `isSafeUrl` refuses. The element stays, so a link's
 * text or an image's alt text is still read.
 */
export function rehypeSafeUrls() {
  return (tree: Root): void => {
    visitElements(tree, (element) => {
      for (const property of URL_PROPERTIES) {
        const value = element.properties[property];
        if (value === undefined || value === null) continue;
        if (typeof value !== 'string' || !isSafeUrl(value)) delete element.properties[property];
      }
    });
  };
}
