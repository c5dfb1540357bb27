import type { Metadata } from 'next';
import { Link } from '@/components/link';
import { Breadcrumbs } from '@/components/breadcrumbs';
import { HireResult } from '@/components/hire/hire-result';
import { getNeedGroups } from '@/lib/guides';
import { readNeedParams, recommend } from '@/lib/guides/hire';
import { getRoles } from '@/lib/records';
import { hireMetadata } from '@/lib/seo/metadata';

export function generateMetadata(): Metadata {
  return hireMetadata();
}

export default async function HirePage({ searchParams }: { searchParams: Promise<Record<string, unknown>> }) {
  const ids = readNeedParams((await searchParams).need);
  const groups = getNeedGroups();
  const result = recommend(groups, getRoles(), ids);
  const chosen = new Set(result.picked.map((option) => option.id));
  return (
    <>
      <Breadcrumbs items={[{ name: 'Which role should I hire?' }]} />
      <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">Which role should I hire?</h1>
      <p className="mt-3 max-w-3xl text-zinc-700 dark:text-zinc-300">
        Tick what you need done. Each need comes from an article that matches it to a role; the recommendation counts
        how many of your needs the articles match to each role and quotes their reasons. You can also{' '}
        <Link href="/compare">compare two roles side by side</Link>.
      </p>

      {(result.picked.length > 0 || result.unknown.length > 0) && <HireResult result={result} />}

      <form method="get" action="/hire" className="mt-10 flex flex-col gap-8" aria-labelledby="needs-title">
        <h2 id="needs-title" className="text-2xl font-bold">
          Your needs
        </h2>
        {groups.map((group) => (
          <fieldset key={group.id} className="max-w-3xl">
            <legend className="text-lg font-semibold">{group.title}</legend>
            <ul className="mt-2 flex flex-col gap-2">
              {group.options.map((option) => (
                <li key={option.id} className="flex items-start gap-3">
                  <input
                    type="checkbox"
                    id={`need-${option.id}`}
                    name="need"
                    value={option.id}
                    defaultChecked={chosen.has(option.id)}
                    className="mt-1 size-5 shrink-0 accent-blue-800 dark:accent-blue-300"
                  />
                  <label htmlFor={`need-${option.id}`}>{option.label}</label>
                </li>
              ))}
            </ul>
          </fieldset>
        ))}
        <div>
          <button
            type="submit"
            className="rounded bg-blue-800 px-4 py-2 font-semibold text-white hover:bg-blue-900 dark:bg-blue-300 dark:text-zinc-950 dark:hover:bg-blue-200"
          >
            Recommend a role
          </button>
        </div>
      </form>
    </>
  );
}
