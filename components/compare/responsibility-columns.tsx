import { Link } from '@/components/link';
import { SourceRef } from '@/components/source-ref';
import { formatCount } from '@/lib/format';
import type { FactItem, RoleSummary, Two } from '@/lib/guides/compare/view';

// Enough to compare the two at a glance; the role guides list them all.
const SHOWN = 8;
const MORE = { one: 'more', other: 'more' };

/** Each role's responsibilities as the articles state them, side by side. */
export function ResponsibilityColumns({ roles, facts }: { roles: Two<RoleSummary>; facts: Two<FactItem[]> }) {
  return (
    <div className="mt-4 grid gap-6 md:grid-cols-2">
      {roles.map((role, index) => {
        const items = facts[index] ?? [];
        return (
          <div key={role.slug}>
            <h3 className="text-xl font-semibold">{role.name}</h3>
            {items.length === 0 ? (
              <p className="mt-1 text-zinc-700 dark:text-zinc-300">
                The articles list no responsibilities for this role.
              </p>
            ) : (
              <ul className="mt-2 flex list-disc flex-col gap-2 pl-5">
                {items.slice(0, SHOWN).map((item) => (
                  <li key={`${item.text}-${item.source.href}`}>
                    {`${item.text} `}
                    <SourceRef source={item.source} />
                  </li>
                ))}
              </ul>
            )}
            {items.length > SHOWN && (
              <p className="mt-2">
                <Link href={role.href}>{`${formatCount(items.length - SHOWN, MORE)} in the ${role.name} guide`}</Link>
              </p>
            )}
          </div>
        );
      })}
    </div>
  );
}
