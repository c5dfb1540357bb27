import type { Metadata } from 'next';
import { Link } from '@/components/link';
import { Breadcrumbs } from '@/components/breadcrumbs';
import { SalaryChart } from '@/components/pay/salary-chart';
import { SalaryFigures } from '@/components/pay/salary-figures';
import { getArticles } from '@/lib/content/articles';
import { formatCount, formatCurrencyName } from '@/lib/format';
import type { QueryParams } from '@/lib/guides/article-filter';
import {
  describeSalarySelection,
  filterFigures,
  pageOfFigures,
  readSalaryQuery,
  salaryFilterOptions,
  sortFigures,
  type SalaryQuery,
} from '@/lib/guides/pay/explorer';
import { LEVEL_LABELS, ROLE_NOT_STATED, summarizeSalaries } from '@/lib/guides/pay/series';
import { describeUnit, KIND_LABELS } from '@/lib/guides/pay/text';
import { getPlaceLookup } from '@/lib/guides';
import { getRoles, getSalaryFigures } from '@/lib/records';
import { salariesMetadata } from '@/lib/seo/metadata';

export function generateMetadata(): Metadata {
  return salariesMetadata();
}

interface SalariesPageProps {
  searchParams: Promise<QueryParams>;
}

export default async function SalariesPage({ searchParams }: SalariesPageProps) {
  const roles = getRoles();
  const names = new Map(roles.map((role) => [role.slug, role.name]));
  const roleName = (slug: string | null) => (slug === null ? ROLE_NOT_STATED : (names.get(slug) ?? slug));
  const titles = new Map(getArticles().map((article) => [article.slug, article.title]));
  const articleTitle = (slug: string) => titles.get(slug) ?? slug;

  const all = getSalaryFigures();
  const placeOf = getPlaceLookup();
  const options = salaryFilterOptions(all, {
    roleName,
    level: LEVEL_LABELS,
    kind: KIND_LABELS,
    currency: (code) => `${code} (${formatCurrencyName(code)})`,
    placeOf,
  });
  const query = readSalaryQuery(
    await searchParams,
    [...names.keys()],
    options.place.map((option) => option.value),
  );
  const figures = sortFigures(filterFigures(all, query, placeOf), query, { roleName, articleTitle });
  const subject = query.role === null ? 'All roles' : roleName(query.role === 'not-stated' ? null : query.role);
  const series = summarizeSalaries(figures, { by: 'level' });

  return (
    <>
      <Breadcrumbs items={[{ name: 'Salaries' }]} />
      <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">AI salaries by role and level</h1>
      <div className="mt-3 flex max-w-3xl flex-col gap-3 text-zinc-700 dark:text-zinc-300">
        <p>
          {formatCount(all.length, { one: 'pay figure', other: 'pay figures' })} stated in the articles, each with the
          role, level, place and kind of pay the article gives; filter by any of them. Nothing is averaged or converted:
          where sources disagree, the chart shows every figure, and each currency gets its own chart.
        </p>
        <p>
          Download them all: <a href="/data/salaries.csv">CSV</a>, <a href="/data/salaries.json">JSON</a> (
          <Link href="/data">what each field means</Link>).
        </p>
      </div>

      <SalaryFigures
        options={options}
        query={query}
        table={pageOfFigures(figures, query.page)}
        caption={tableCaption(
          figures.length,
          subject,
          query,
          options.place.find((option) => option.value === query.place)?.label ?? null,
        )}
        roleName={roleName}
        articleTitle={articleTitle}
        status={describeSalarySelection(figures.length, all.length, query, options)}
      >
        {series.length === 0 ? (
          <p>No figure matches these filters.</p>
        ) : (
          series.map((entry, index) => (
            <section key={entry.key} aria-labelledby={`chart-${entry.key}-heading`} className="flex flex-col gap-2">
              <h3 id={`chart-${entry.key}-heading`} className="text-lg font-semibold">
                {index === 0 ? 'By level' : 'Also stated'}: {describeUnit(entry)}
              </h3>
              <SalaryChart
                series={entry}
                subject={subject}
                title={`${subject} pay by level, ${describeUnit(entry)}`}
                id={`chart-${entry.key}`}
              />
            </section>
          ))
        )}
      </SalaryFigures>
    </>
  );
}

function tableCaption(count: number, subject: string, query: SalaryQuery, place: string | null): string {
  const level = query.level === null ? '' : `, ${LEVEL_LABELS[query.level].toLowerCase()}`;
  const where = place === null ? '' : `, ${place}`;
  return `${subject}${level}${where}: ${formatCount(count, { one: 'pay figure', other: 'pay figures' })} and where each is stated`;
}
