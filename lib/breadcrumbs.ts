/**
 * Breadcrumb trails. One definition of the trail serves both the visible
 * navigation and its structured data, so the two cannot disagree.
 */

export interface Crumb {
  name: string;
  /** Omitted for the current page, which is the last crumb. */
  href?: string;
}

/** The page's crumbs with Home in front, so every trail starts the same way. */
export function breadcrumbTrail(items: readonly Crumb[]): Crumb[] {
  return [{ name: 'Home', href: '/' }, ...items];
}
