import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Breadcrumbs } from '@/components/breadcrumbs';
import { ArticleTables } from '@/components/compare/article-tables';
import { ChooseWhenLists, HireLink } from '@/components/compare/choose-when';
import { ComparisonTable } from '@/components/compare/comparison-table';
import { GuideSection, NotCovered } from '@/components/guide-section';
import { JsonLd } from '@/components/json-ld';
import { Link } from '@/components/link';
import { formatCount, formatList } from '@/lib/format';
import { getComparison, getRolePairs, readPairSegment } from '@/lib/guides';
import { hasChoice, hasNeeds } from '@/lib/guides/compare/choose';
import { comparisonPageJsonLd } from '@/lib/seo/json-ld/web-page';
import { comparisonMetadata } from '@/lib/seo/metadata';
import { comparisonText } from '@/lib/seo/page-text';
import { SITE_URL } from '@/lib/site';

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

const PROSE = 'max-w-3xl text-zinc-700 dark:text-zinc-300';

export default async function ComparisonPage({ params }: ComparisonPageProps) {
  const view = await load(params);
  if (!view) notFound();
  const [a, b] = view.roles;
  const path = `/compare/${view.pair.slug}`;
  const articles = formatCount(view.comparedIn.length, { one: 'article', other: 'articles' });
  const sources = view.comparedIn.map((article) => ({ title: article.title, sourceUrl: article.sourceUrl }));
  return (
    <article>
      <JsonLd
        data={comparisonPageJsonLd(
          { path, ...comparisonText(view), roles: view.roles, sources, newest: view.newest },
          SITE_URL,
        )}
      />
      <Breadcrumbs items={[{ name: 'Compare roles', href: '/compare' }, { name: `${a.name} vs ${b.name}` }]} />
      <h1 className="mb-4 text-3xl font-bold tracking-tight sm:text-4xl">{`${a.name} vs ${b.name}`}</h1>
      <ComparisonTable view={view} />
      <p className="source-note mt-2 max-w-3xl">
        Medians and middle halves are computed here from the pay the articles state, each role in its own currency and
        never converted; each links to the figures behind it. Salary counts base pay and pay of unstated basis; total
        compensation is kept apart. “As stated” marks a level with too few figures for a median.{' '}
        <Link href="/about#pay-method">How the medians are computed</Link>
      </p>

      <GuideSection id="choose" title={`When to choose the ${a.name} or the ${b.name}`}>
        {view.choose && hasChoice(view.choose) ? (
          <>
            <p className={PROSE}>
              {hasNeeds(view.choose)
                ? `What ${articles} say when weighing the two: the needs each role is recommended for, merged where they say the same thing (open one for the articles’ own words and reasons), and how they describe each role’s work.`
                : `What ${articles} say each role’s work is when setting the two side by side. They match no hiring need to either.`}
            </p>
            <ChooseWhenLists choose={view.choose} roles={view.roles} />
          </>
        ) : view.choose ? (
          <p className={PROSE}>
            {`The articles compare the two only on ${formatList(
              [...new Set(view.articleTables.flatMap((table) => table.rows.map((row) => row.criterion)))].map(
                (criterion) => `“${criterion}”`,
              ),
            )}; they do not say when to choose one over the other.`}
          </p>
        ) : (
          <NotCovered>
            {`No article on this site compares the ${a.name} and the ${b.name} directly, so there is nothing to quote on when to choose one. The table above sets what the articles say about each role side by side.`}
          </NotCovered>
        )}
        <HireLink />
      </GuideSection>

      {view.articleTables.length > 0 && (
        <GuideSection id="article-tables" title="The articles’ own comparisons">
          <p className={PROSE}>
            The side-by-side tables the articles print, narrowed to these two roles and kept as they write them. Open
            one to read it; each links to its place in the article.
          </p>
          <ArticleTables tables={view.articleTables} roles={view.roles} />
        </GuideSection>
      )}

      <nav aria-labelledby="next-title" className="mt-12 border-t pt-6 [border-color:var(--rule)]">
        <h2 id="next-title" className="text-xl font-bold">
          Read more
        </h2>
        <ul className="mt-2 flex flex-col gap-1">
          {view.roles.map((role) => (
            <li key={role.slug}>
              <Link href={role.href}>{`The ${role.name} guide: pay, skills and career path`}</Link>
            </li>
          ))}
          <li>
            <Link href="/compare">Compare other roles</Link>
          </li>
        </ul>
      </nav>
    </article>
  );
}
