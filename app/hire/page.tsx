import type { Metadata } from 'next';
import { Breadcrumbs } from '@/components/breadcrumbs';
import { HireResult } from '@/components/hire/hire-result';
import { NeedOptions } from '@/components/hire/need-options';
import { Link } from '@/components/link';
import { formatList } from '@/lib/format';
import { getNeedGroups } from '@/lib/guides';
import { needCoverage, readNeedParams, recommend } from '@/lib/guides/hire';
import { getRoles } from '@/lib/records';
import { hireMetadata } from '@/lib/seo/metadata';

export function generateMetadata(): Metadata {
  return hireMetadata();
}

export default async function HirePage({ searchParams }: { searchParams: Promise<Record<string, unknown>> }) {
  const ids = readNeedParams((await searchParams).need);
  const groups = getNeedGroups();
  const roles = getRoles();
  const names = new Map(roles.map((role) => [role.slug, role.name]));
  const result = recommend(groups, roles, ids);
  const chosen = new Set(result.picked.map((option) => option.id));
  const coverage = needCoverage(groups);
  return (
    <>
      <Breadcrumbs items={[{ name: 'Which role should I hire?' }]} />
      <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">Which role should I hire?</h1>
      <p className="mt-3 max-w-3xl text-zinc-700 dark:text-zinc-300">
        {`Tick what your project needs. Each need gathers the ways ${coverage.articles === 1 ? 'the article words' : `${coverage.articles} articles word`} it, with the role recommended for it; the answer counts how many of your needs support each role and quotes the reasons. The articles match needs to ${formatList(coverage.roles.map((slug) => `the ${names.get(slug) ?? slug}`))} only; for other roles, `}
        <Link href="/compare">compare two roles side by side</Link>.
      </p>

      {(result.picked.length > 0 || result.unknown.length > 0) && <HireResult result={result} names={names} />}

      <form method="get" action="/hire" className="mt-10 flex flex-col gap-8" aria-labelledby="needs-title">
        <h2 id="needs-title" className="text-2xl font-bold">
          Your needs
        </h2>
        <NeedOptions groups={groups} chosen={chosen} names={names} />
        <div>
          <button type="submit" className="button-primary">
            Recommend a role
          </button>
        </div>
      </form>
    </>
  );
}
