import type { AnchorHTMLAttributes } from 'react';

/**
 * A link between pages: a plain anchor. Every page is one prerendered,
 * cacheable document, so following a link loads it like any web page, with
 * the browser's own scrolling to #fragments and back/forward cache. Using
 * next/link here would make each of the hundreds of links on a guide (one per
 * source figure) a client component to hydrate, and Next would prefetch every
 * link that scrolls into view. Links that change in-page state (sorting, the
 * main navigation) use next/link directly.
 */
export function Link(props: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }) {
  return <a {...props} />;
}
