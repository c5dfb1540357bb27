import type { Metadata } from 'next';
import { Link } from '@/components/link';
import { notFound } from 'next/navigation';
import { Breadcrumbs } from '@/components/breadcrumbs';
import { PayTables } from '@/components/compare/pay-tables';
import { ScenarioTable } from '@/components/compare/scenario-table';
import { groupBySource, SideBySideTable } from '@/components/compare/side-by-side-table';
import { SkillSplitList } from '@/components/compare/skill-split';
import { ResponsibilityColumns } from '@/components/compare/responsibility-columns';
import { CertificationColumns } from '@/components/compare/certification-columns';
import { getComparison, getRolePairs, readPairSegment } from '@/lib/guides';
import { comparisonMetadata } from '@/lib/seo/metadata';

interface ComparisonPageProps {
  params: Promise<{ pair: string }>;
}

// Every canonical pair is prerendered; reversed pairs redirect (next.config.ts), anything else is a 404.
export const dynamicParams = false;

export function generateStaticParams(): { pair: string }[] {
  return getRolePairs().map((pair) => ({ pair: pair.slug }));
}

async function load(params: ComparisonPageProps['params']) {
  const parsed = readPairSegment((await params).pair);
  return parsed?.canonical ? getComparison(parsed.pair.a, parsed.pair.b) : null;
}

export async function generateMetadata({ params }: ComparisonPageProps): Promise<Metadata> {
  const parsed = readPairSegment((await params).pair);
  if (!parsed?.canonical) return {};
  return comparisonMetadata(parsed.pair.slug, parsed.pair.a, parsed.pair.b) ?? {};
}

const H2 = 'text-2xl font-bold';
const PROSE = 'max-w-3xl text-zinc-700 dark:text-zinc-300';

export default async function ComparisonPage({ params }: ComparisonPageProps) {
  const view = await load(params);
  if (!view) notFound();
  const [a, b] = view.roles;
  return (
    <>
      <Breadcrumbs items={[{ name: 'Compare roles', href: '/compare' }, { name: `${a.name} vs ${b.name}` }]} />
      <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">{`${a.name} vs ${b.name}`}</h1>
      <ul className="mt-4 grid gap-4 sm:grid-cols-2">
        {view.roles.map((role) => (
          <li key={role.slug} className="rounded border border-zinc-200 p-4 dark:border-zinc-800">
            <p className="font-semibold">{role.name}</p>
            <p className="mt-1 text-zinc-700 dark:text-zinc-300">{role.tagline}</p>
            <p className="mt-2">
              <Link href={role.href}>{`${role.name} guide`}</Link>
            </p>
          </li>
        ))}
      </ul>
      {!view.compared && (
        <p
          className={`${PROSE} mt-6 rounded border-l-4 border-zinc-400 bg-zinc-50 p-4 dark:border-zinc-500 dark:bg-zinc-900`}
        >
          No article on this site compares the {a.name} and the {b.name} directly. What follows is what the articles say
          about each role on its own, set side by side.
        </p>
      )}

      <section aria-labelledby="focus-title" className="mt-10 flex flex-col gap-4">
        <h2 id="focus-title" className={H2}>
          Focus
        </h2>
        {view.focus.length === 0 ? (
          <p className={PROSE}>The articles have no side-by-side table for these two roles.</p>
        ) : (
          groupBySource(view.focus).map((rows) => (
            <SideBySideTable
              key={rows[0]?.source.href}
              rows={rows}
              roles={view.roles}
              caption={rows[0]?.source.section ?? 'Side by side'}
            />
          ))
        )}
      </section>

      <section aria-labelledby="needs-title" className="mt-10 flex flex-col gap-4">
        <h2 id="needs-title" className={H2}>
          Which role fits which need
        </h2>
        {view.scenarios.length === 0 ? (
          <p className={PROSE}>The articles do not match hiring needs to one or the other of these two roles.</p>
        ) : (
          view.scenarios.map((group) => <ScenarioTable key={group.source.href} group={group} roles={view.roles} />)
        )}
        <p>
          <Link href="/hire">Which role should I hire? Pick your needs</Link>
        </p>
      </section>

      <section aria-labelledby="responsibilities-title" className="mt-10">
        <h2 id="responsibilities-title" className={H2}>
          Responsibilities
        </h2>
        <ResponsibilityColumns roles={view.roles} facts={view.responsibilities} />
      </section>

      <section aria-labelledby="skills-title" className="mt-10 flex flex-col gap-4">
        <h2 id="skills-title" className={H2}>
          Skills and tools
        </h2>
        <p className={PROSE}>Counts say how many articles list the skill or tool for each role.</p>
        <h3 className="text-xl font-semibold">Skills</h3>
        <SkillSplitList split={view.skills} roles={view.roles} noun="skills" />
        <h3 className="text-xl font-semibold">Tools</h3>
        <SkillSplitList split={view.tools} roles={view.roles} noun="tools" />
      </section>

      <section aria-labelledby="education-title" className="mt-10 flex flex-col gap-4">
        <h2 id="education-title" className={H2}>
          Education and certifications
        </h2>
        {view.education.length === 0 ? (
          <p className={PROSE}>No article compares the education of these two roles.</p>
        ) : (
          groupBySource(view.education).map((rows) => (
            <SideBySideTable
              key={rows[0]?.source.href}
              rows={rows}
              roles={view.roles}
              caption={rows[0]?.source.section ?? 'Education'}
            />
          ))
        )}
        <CertificationColumns roles={view.roles} certifications={view.certifications} />
      </section>

      <section aria-labelledby="pay-title" className="mt-10 flex flex-col gap-4">
        <h2 id="pay-title" className={H2}>
          Pay by level
        </h2>
        {view.pay.length === 0 ? (
          <p className={PROSE}>The articles state no pay for either role.</p>
        ) : (
          <>
            <p className={PROSE}>
              Each cell runs from the lowest to the highest amount the articles state for that level, whatever the kind
              of figure (base, total compensation, average or range). It is a spread of sources, not an average. Amounts
              stay in the currency and period the articles give.
            </p>
            <PayTables tables={view.pay} roles={view.roles} />
          </>
        )}
      </section>

      <nav aria-labelledby="next-title" className="mt-10 border-t border-zinc-200 pt-6 dark:border-zinc-800">
        <h2 id="next-title" className="text-xl font-bold">
          Read more
        </h2>
        <ul className="mt-2 flex flex-col gap-1">
          {view.roles.map((role) => (
            <li key={role.slug}>
              <Link href={role.href}>{`The ${role.name} guide`}</Link>
            </li>
          ))}
          <li>
            <Link href="/compare">Compare other roles</Link>
          </li>
        </ul>
      </nav>
    </>
  );
}
