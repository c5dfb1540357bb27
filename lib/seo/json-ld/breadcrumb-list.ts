import type { BreadcrumbList, WithContext } from 'schema-dts';
import type { Crumb } from '@/lib/breadcrumbs';

/**
 * The visible breadcrumb trail as a schema.org BreadcrumbList. Positions
 * start at 1; linked crumbs get their absolute URL, and the current page
 * (the last crumb, shown without a link) gets none, as schema.org allows. Pure.
 */
export function breadcrumbListJsonLd(trail: readonly Crumb[], siteUrl: URL): WithContext<BreadcrumbList> {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: trail.map((crumb, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: crumb.name,
      ...(crumb.href === undefined ? {} : { item: new URL(crumb.href, siteUrl).href }),
    })),
  };
}
