import { JsonLd } from '@/components/json-ld';
import { Link } from '@/components/link';
import { breadcrumbTrail, type Crumb } from '@/lib/breadcrumbs';
import { breadcrumbListJsonLd } from '@/lib/seo/json-ld/breadcrumb-list';
import { SITE_URL } from '@/lib/site';

/**
 * Where this page sits: Home › Roles › AI Engineer, with the same trail as a
 * BreadcrumbList for search engines. The home crumb is added here so every
 * page's trail starts the same way.
 */
export function Breadcrumbs({ items }: { items: readonly Crumb[] }) {
  const trail = breadcrumbTrail(items);
  return (
    <nav aria-label="Breadcrumb" className="mb-4 text-sm text-zinc-600 dark:text-zinc-400">
      <ol className="flex flex-wrap items-center gap-x-2 gap-y-1">
        {trail.map((crumb, index) => {
          const current = index === trail.length - 1;
          return (
            <li key={`${index}-${crumb.name}`} className="flex items-center gap-2">
              {index > 0 && (
                <span aria-hidden="true" className="text-zinc-400 dark:text-zinc-500">
                  ›
                </span>
              )}
              {current || crumb.href === undefined ? (
                <span aria-current={current ? 'page' : undefined}>{crumb.name}</span>
              ) : (
                <Link href={crumb.href}>{crumb.name}</Link>
              )}
            </li>
          );
        })}
      </ol>
      <JsonLd data={breadcrumbListJsonLd(trail, SITE_URL)} />
    </nav>
  );
}
