import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleBody } from '@/components/article-body';
import { Breadcrumbs } from '@/components/breadcrumbs';
import { GuideSection } from '@/components/guide-section';
import { JsonLd } from '@/components/json-ld';
import { Link } from '@/components/link';
import { PaySummaryChart } from '@/components/pay/pay-summary-chart';
import { RankedList } from '@/components/ranked-list';
import { AtAGlance } from '@/components/role/at-a-glance';
import { RoleSources } from '@/components/role/role-sources';
import { formatCount, formatCurrencyName } from '@/lib/format';
import { MergedItems } from '@/components/merged/merged-items';
import type { GuideFact } from '@/lib/content/schema';
import { getRoleEvidence, getRoleGuide } from '@/lib/guides';
import { OVERVIEW_SHOWS, rolePages } from '@/lib/guides/inventory';
import type { MergedItem } from '@/lib/guides/merge';
import { careerLadder } from '@/lib/guides/role/career';
import { getRoles } from '@/lib/records';
import { occupationJsonLd } from '@/lib/seo/json-ld/occupation';
import { roleGuideMetadata } from '@/lib/seo/metadata';
import { SITE_URL } from '@/lib/site';

interface RoleGuidePageProps {
  params: Promise<{ role: string }>;
}

// Every role is prerendered; any other slug is the real 404 page.
export const dynamicParams = false;

export function generateStaticParams(): { role: string }[] {
  return getRoles().map((role) => ({ role: role.slug }));
}

export async function generateMetadata({ params }: RoleGuidePageProps): Promise<Metadata> {
  return roleGuideMetadata((await params).role) ?? {};
}

export default async function RoleGuidePage({ params }: RoleGuidePageProps) {
  const guide = getRoleGuide((await params).role);
  if (!guide) notFound();
  const { role } = guide;
  const glance = guide.pay.glance;
  const skills = guide.skillGroups.flatMap((group) => group.skills);
  const evidence = getRoleEvidence(role.slug);
  const pages = evidence ? rolePages(evidence) : new Map();
  const ladder = careerLadder(guide.careerPath);
  const questions = guide.interviewQuestions.length + guide.faqs.length;
  const listContext = (items: readonly MergedItem<GuideFact>[]) => ({
    articleTitles: guide.articleTitles,
    roleNames: guide.roleNames,
    articleTotal: new Set(items.flatMap((item) => item.articles)).size,
  });
  const rankedSkills = [...skills].sort((a, b) => b.sourceCount - a.sourceCount || a.name.localeCompare(b.name));
  return (
    <article>
      <JsonLd data={occupationJsonLd(guide, SITE_URL)} />
      <Breadcrumbs items={[{ name: 'Roles', href: '/roles' }, { name: role.name }]} />
      <header className="flex max-w-3xl flex-col gap-2">
        <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">{role.name}</h1>
        <p className="text-zinc-700 dark:text-zinc-300">{role.tagline}</p>
      </header>

      <div className="max-w-5xl">
        <AtAGlance guide={guide} hasPayPage={pages.has('pay')} />
      </div>

      <GuideSection id="about" title="About the role">
        <div className="max-w-3xl">
          <ArticleBody markdown={role.summary} />
        </div>
      </GuideSection>

      {glance && glance.salary.length > 0 && (
        <GuideSection id="pay" title="Pay by level">
          <PaySummaryChart
            summaries={glance.salary}
            title={`${role.name} yearly salary by level, ${formatCurrencyName(glance.currency)}`}
            id="pay-summary"
          />
          <p className="max-w-3xl">
            <Link href={`/roles/${role.slug}/pay`}>
              {`${role.name} pay: all ${formatCount(guide.pay.figureCount, { one: 'figure', other: 'figures' })}, by level and place, with sources`}
            </Link>
          </p>
        </GuideSection>
      )}

      {guide.responsibilities.length > 0 && (
        <GuideSection id="responsibilities" title="What the job involves">
          <p className="max-w-3xl text-zinc-700 dark:text-zinc-300">
            Duties the articles name, merged where they say the same thing and ranked by how many articles name them.
            Open one for the articles’ own words.
          </p>
          <div className="max-w-3xl">
            <MergedItems
              items={guide.responsibilities.slice(0, OVERVIEW_SHOWS.responsibilities)}
              context={listContext(guide.responsibilities)}
            />
          </div>
          {pages.has('responsibilities') && (
            <p>
              <Link href={`/roles/${role.slug}/responsibilities`}>
                {`All ${guide.responsibilities.length} responsibilities, by area`}
              </Link>
            </p>
          )}
        </GuideSection>
      )}

      {skills.length > 0 && (
        <GuideSection id="skills" title="Skills and tools">
          <p className="max-w-3xl text-zinc-700 dark:text-zinc-300">
            Most listed first, with how many articles list each for this role.
          </p>
          <RankedList items={rankedSkills.slice(0, OVERVIEW_SHOWS.skills)} label="Top skills" />
          {guide.tools.length > 0 && (
            <>
              <h3 className="text-lg font-semibold">Tools</h3>
              <RankedList items={guide.tools.slice(0, OVERVIEW_SHOWS.tools)} label="Top tools" />
            </>
          )}
          {guide.certifications.length > 0 && (
            <>
              <h3 className="text-lg font-semibold">Certifications</h3>
              <RankedList
                items={guide.certifications.slice(0, OVERVIEW_SHOWS.certifications)}
                label="Top certifications"
              />
            </>
          )}
        </GuideSection>
      )}

      {pages.has('skills') && (
        <p className="mt-4">
          <Link
            href={`/roles/${role.slug}/skills`}
          >{`Every skill, tool, certification and degree named for the ${role.name}`}</Link>
        </p>
      )}

      {ladder.rungs.length + ladder.directions.length > 0 && (
        <GuideSection id="career-path" title="Career path">
          {ladder.rungs.length > 0 && (
            <div className="max-w-3xl">
              <h3 className="text-lg font-semibold">The ladder, as the articles describe it</h3>
              <MergedItems items={ladder.rungs} context={listContext(guide.careerPath)} ordered />
            </div>
          )}
          {ladder.directions.length > 0 && (
            <div className="max-w-3xl">
              <h3 className="text-lg font-semibold">Where it leads</h3>
              <MergedItems
                items={ladder.directions.slice(0, OVERVIEW_SHOWS.careerSteps)}
                context={listContext(guide.careerPath)}
              />
            </div>
          )}
          {pages.has('career-path') && (
            <p>
              <Link href={`/roles/${role.slug}/career-path`}>{`All ${guide.careerPath.length} career steps`}</Link>
            </p>
          )}
        </GuideSection>
      )}

      {questions > 0 && (
        <GuideSection id="questions" title="Questions people ask">
          <div className="max-w-3xl">
            <MergedItems items={guide.faqs.slice(0, 3)} context={listContext(guide.faqs)} answers />
          </div>
          <p>
            <Link href={`/roles/${role.slug}/interview-questions`}>
              {`${role.name} interview questions and answers: ${formatCount(questions, { one: 'question', other: 'questions' })}, grouped by topic`}
            </Link>
          </p>
        </GuideSection>
      )}

      {guide.related.length > 0 && (
        <GuideSection id="related" title="Related roles and comparisons">
          <ul className="flex max-w-3xl flex-col gap-2">
            {guide.related.map((related) => (
              <li key={related.slug}>
                <Link href={`/roles/${related.slug}`}>{related.name}</Link>
                {' · '}
                <Link href={related.compareHref}>{`${role.name} vs ${related.name}`}</Link>
              </li>
            ))}
          </ul>
        </GuideSection>
      )}

      <GuideSection id="sources" title="Evidence and sources">
        <RoleSources guide={guide} />
      </GuideSection>
    </article>
  );
}
