import { Link } from '@/components/link';

export interface Crumb {
  name: string;
  /** Omitted for the current page, which is the last crumb. */
  href?: string;
}

/**
 * Where this page sits: Home › Roles › AI Engineer. The home crumb is added
 * here so every page's trail starts the same way.
 */
export function Breadcrumbs({ items }: { items: readonly Crumb[] }) {
  const trail: Crumb[] = [{ name: 'Home', href: '/' }, ...items];
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
    </nav>
  );
}
