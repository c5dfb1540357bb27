import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Breadcrumbs } from '@/components/breadcrumbs';
import { GuideSection } from '@/components/guide-section';
import { JsonLd } from '@/components/json-ld';
import { Link } from '@/components/link';
import { PaySummaryChart } from '@/components/pay/pay-summary-chart';
import { PaySummaryRows } from '@/components/pay/pay-summary-rows';
import { PlacePayTable } from '@/components/pay/place-pay-table';
import { SummaryFiguresTable } from '@/components/pay/summary-figures-table';
import { formatCount, formatCurrencyName } from '@/lib/format';
import { getRolePayPage, getRolePages } from '@/lib/guides';
import { describeUnit } from '@/lib/guides/pay/text';
import { occupationJsonLd } from '@/lib/seo/json-ld/occupation';
import { rolePayMetadata } from '@/lib/seo/metadata';
import { SITE_URL } from '@/lib/site';

interface RolePayPageProps {
  params: Promise<{ role: string }>;
}

export const dynamicParams = false;

/** Roles whose articles state any pay figure. */
export function generateStaticParams(): { role: string }[] {
  return getRolePages('pay').map((role) => ({ role }));
}

export async function generateMetadata({ params }: RolePayPageProps): Promise<Metadata> {
  return rolePayMetadata((await params).role) ?? {};
}

const PROSE = 'max-w-3xl text-zinc-700 dark:text-zinc-300';

export default async function RolePayPage({ params }: RolePayPageProps) {
  const view = getRolePayPage((await params).role);
  if (!view) notFound();
  const { guide, page } = view;
  const { role } = guide;
  const glance = guide.pay.glance;
  const [main] = page.units;
  return (
    <article>
      <JsonLd data={occupationJsonLd(guide, SITE_URL)} />
      <Breadcrumbs
        items={[{ name: 'Roles', href: '/roles' }, { name: role.name, href: `/roles/${role.slug}` }, { name: 'Pay' }]}
      />
      <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">{`${role.name} salary by level and place`}</h1>
      <p className={`${PROSE} mt-2`}>
        {`${formatCount(guide.pay.figureCount, { one: 'pay figure', other: 'pay figures' })} from the articles, each linked to the sentence or table cell it comes from. The medians are computed here; the figures are the articles' own.`}
      </p>

      {glance && (glance.salary.length > 0 || glance.total.length > 0) && (
        <section aria-labelledby="summary-title" className="mt-6 flex max-w-3xl flex-col gap-4">
          <h2 id="summary-title" className="text-2xl font-bold">
            {`Yearly pay in ${formatCurrencyName(glance.currency)}`}
          </h2>
          {glance.salary.length > 0 && (
            <div>
              <h3 className="text-lg font-semibold">Salary</h3>
              <PaySummaryRows
                summaries={glance.salary}
                caption={`${role.name} yearly salary by level`}
                figuresHref={(summary) => `#${summary.id}`}
              />
            </div>
          )}
          {glance.total.length > 0 && (
            <div>
              <h3 className="text-lg font-semibold">Total compensation</h3>
              <PaySummaryRows
                summaries={glance.total}
                caption={`${role.name} yearly total compensation by level`}
                figuresHref={(summary) => `#${summary.id}`}
              />
            </div>
          )}
          <p className="text-sm text-zinc-600 dark:text-zinc-400">
            Salary counts base salary and pay the articles do not say is base or total; total compensation (salary with
            bonus and equity) is summarised apart. Places paid in another currency are left to{' '}
            {page.places.length > 0 ? <Link href="#places">pay by place</Link> : 'pay by place'}.{' '}
            <Link href="/about#pay-method">How the medians are computed</Link>
          </p>
          {glance.salary.length > 0 && (
            <PaySummaryChart
              summaries={glance.salary}
              title={`${role.name} yearly salary by level, ${formatCurrencyName(glance.currency)}`}
              id="pay-summary"
            />
          )}
        </section>
      )}

      {page.places.length > 0 && (
        <GuideSection id="places" title="Pay by place">
          <p className={PROSE}>
            Figures that name a place, in the currency the article gives. Spellings of one place (“U.S.”, “US”, “United
            States”) are gathered under one name, which opens the place’s figures in the salaries explorer.
          </p>
          <PlacePayTable
            rows={page.places}
            caption={`${role.name} pay figures by place`}
            placeHref={(place) => `/salaries?role=${role.slug}&place=${place}`}
          />
        </GuideSection>
      )}

      <GuideSection id="figures" title="Every figure">
        <p className={PROSE}>
          Grouped by the summary that counts them, with how each figure entered it or why it did not. A figure stated
          for a place paid in another currency is listed last and left out of the medians.
        </p>
        {page.units.map((unit) => (
          <div key={unit.key} className="flex flex-col gap-2">
            {unit !== main || page.units.length > 1 ? (
              <h3 className="text-xl font-semibold">{`Pay ${describeUnit(unit)}`}</h3>
            ) : null}
            <SummaryFiguresTable
              summaries={unit.summaries}
              others={[
                {
                  id: `${unit.key}-other-places`,
                  figures: unit.elsewhere,
                  label: 'Places paid in another currency: listed, not summarised',
                },
                {
                  id: `${unit.key}-additional-pay`,
                  figures: unit.additional,
                  label: 'Bonus and equity amounts: pay on top of a salary, listed apart and never summarised',
                },
              ]}
              caption={`${role.name} pay figures, ${describeUnit(unit)}`}
              articleTitles={guide.articleTitles}
            />
          </div>
        ))}
      </GuideSection>

      <nav aria-labelledby="more-title" className="mt-10 border-t pt-6 [border-color:var(--rule)]">
        <h2 id="more-title" className="text-xl font-bold">
          More on this role
        </h2>
        <ul className="mt-2 flex flex-col gap-1">
          <li>
            <Link href={`/roles/${role.slug}`}>{`The ${role.name} guide`}</Link>
          </li>
          <li>
            <Link
              href={`/salaries?role=${role.slug}`}
            >{`Filter ${role.name} figures by level, currency, kind and place`}</Link>
          </li>
        </ul>
      </nav>
    </article>
  );
}
