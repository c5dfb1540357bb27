import type { Metadata } from 'next';
import { Link } from '@/components/link';
import { Breadcrumbs } from '@/components/breadcrumbs';
import { ComparePicker } from '@/components/compare/compare-picker';
import { FeaturedComparisons } from '@/components/compare/featured-comparisons';
import { formatCount } from '@/lib/format';
import { getComparedPairs, getRolePairs } from '@/lib/guides';
import { getRoles } from '@/lib/records';
import { compareIndexMetadata } from '@/lib/seo/metadata';

export function generateMetadata(): Metadata {
  return compareIndexMetadata();
}

const PROBLEMS: Record<string, string> = {
  same: 'Pick two different roles to compare.',
  unknown: 'Pick both roles from the lists.',
};

export default async function ComparePage({
  searchParams,
}: {
  searchParams: Promise<{ problem?: string | string[] }>;
}) {
  const { problem } = await searchParams;
  const roles = getRoles();
  const names = new Map(roles.map((role) => [role.slug, role.name]));
  const featured = getComparedPairs();
  const pairs = getRolePairs();
  const first = featured[0];
  return (
    <>
      <Breadcrumbs items={[{ name: 'Compare roles' }]} />
      <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">Compare AI roles</h1>
      <p className="mt-3 max-w-3xl text-zinc-700 dark:text-zinc-300">
        Put two roles side by side: what each focuses on, what it is responsible for, the skills, tools and
        certifications the articles list, and the pay they state. Everything links to the article it comes from.
      </p>

      <section id="picker" aria-labelledby="picker-title" className="mt-8 max-w-3xl">
        <h2 id="picker-title" className="text-2xl font-bold">
          Pick two roles
        </h2>
        <div className="mt-3">
          <ComparePicker
            roles={roles.map((role) => ({ slug: role.slug, name: role.name }))}
            initial={[first?.a ?? roles[0]?.slug ?? '', first?.b ?? roles[1]?.slug ?? '']}
            error={typeof problem === 'string' ? (PROBLEMS[problem] ?? null) : null}
          />
        </div>
      </section>

      <section aria-labelledby="featured-title" className="mt-10">
        <h2 id="featured-title" className="text-2xl font-bold">
          Compared in the articles
        </h2>
        <p className="mt-2 max-w-3xl text-zinc-700 dark:text-zinc-300">
          These pairs appear together in an article&rsquo;s comparison table or hiring recommendations.
        </p>
        <div className="mt-4">
          <FeaturedComparisons pairs={featured} names={names} />
        </div>
      </section>

      <section aria-labelledby="all-title" className="mt-10">
        <h2 id="all-title" className="text-2xl font-bold">
          All {formatCount(pairs.length, { one: 'pair', other: 'pairs' })}
        </h2>
        <div className="mt-4 grid gap-6 sm:grid-cols-2 lg:grid-cols-3">
          {roles
            .filter((role) => pairs.some((pair) => pair.a === role.slug))
            .map((role) => (
              <section key={role.slug} aria-labelledby={`pairs-${role.slug}`}>
                <h3 id={`pairs-${role.slug}`} className="text-lg font-semibold">
                  {role.name} vs
                </h3>
                <ul className="mt-1 flex flex-col gap-1">
                  {pairs
                    .filter((pair) => pair.a === role.slug)
                    .map((pair) => (
                      <li key={pair.slug}>
                        <Link href={`/compare/${pair.slug}`}>
                          <span className="sr-only">{role.name} vs </span>
                          {names.get(pair.b)}
                        </Link>
                      </li>
                    ))}
                </ul>
              </section>
            ))}
        </div>
      </section>
    </>
  );
}
