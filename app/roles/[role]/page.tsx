import type { Metadata } from 'next';
import { Link } from '@/components/link';
import { notFound } from 'next/navigation';
import { ArticleBody } from '@/components/article-body';
import { Breadcrumbs } from '@/components/breadcrumbs';
import { FactGroups, FaqGroups } from '@/components/fact-groups';
import { GuideSection, NotCovered } from '@/components/guide-section';
import { JsonLd } from '@/components/json-ld';
import { RankedList } from '@/components/ranked-list';
import { RoleKeyFacts } from '@/components/role/role-key-facts';
import { RolePay } from '@/components/role/role-pay';
import { RoleSources } from '@/components/role/role-sources';
import { TableOfContents } from '@/components/table-of-contents';
import { getRoleGuide } from '@/lib/guides';
import { guideOutline } from '@/lib/guides/role/outline';
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
  const outline = guideOutline(guide);
  const has = (id: string) => outline.some((entry) => entry.id === id);
  return (
    <article>
      <JsonLd data={occupationJsonLd(guide, SITE_URL)} />
      <Breadcrumbs items={[{ name: 'Roles', href: '/roles' }, { name: role.name }]} />
      <header className="flex max-w-3xl flex-col gap-3">
        <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">{role.name}</h1>
        <p className="text-lg text-zinc-700 dark:text-zinc-300">{role.tagline}</p>
      </header>
      <div className="mt-6 max-w-3xl">
        <TableOfContents entries={outline} />
      </div>

      <GuideSection id="summary" title="Summary">
        <div className="max-w-3xl">
          <ArticleBody markdown={role.summary} />
        </div>
      </GuideSection>

      <GuideSection id="key-facts" title="Key facts">
        <RoleKeyFacts guide={guide} />
      </GuideSection>

      <GuideSection id="pay" title="Pay">
        <RolePay
          roleName={role.name}
          byLevel={guide.pay.byLevel}
          byLocation={guide.pay.byLocation}
          articleTitles={guide.articleTitles}
        />
      </GuideSection>

      <GuideSection id="skills" title="Skills">
        {guide.skillGroups.length === 0 ? (
          <NotCovered>The sources do not list skills for this role yet.</NotCovered>
        ) : (
          guide.skillGroups.map((group) => (
            <div key={group.category} className="flex flex-col gap-2">
              <h3 className="text-lg font-semibold">{group.label}</h3>
              <RankedList items={group.skills} />
            </div>
          ))
        )}
      </GuideSection>

      {has('tools') && (
        <GuideSection id="tools" title="Tools">
          <RankedList items={guide.tools} />
        </GuideSection>
      )}

      {has('certifications') && (
        <GuideSection id="certifications" title="Certifications">
          <RankedList items={guide.certifications} />
        </GuideSection>
      )}

      <GuideSection id="education" title="Education">
        {guide.education.length === 0 ? (
          <NotCovered>The sources do not cover education for this role yet.</NotCovered>
        ) : (
          <FactGroups groups={guide.education} />
        )}
      </GuideSection>

      <GuideSection id="responsibilities" title="Responsibilities">
        {guide.responsibilities.length === 0 ? (
          <NotCovered>The sources do not describe this role&apos;s responsibilities yet.</NotCovered>
        ) : (
          <FactGroups groups={guide.responsibilities} />
        )}
      </GuideSection>

      {has('career-path') && (
        <GuideSection id="career-path" title="Career path">
          <FactGroups groups={guide.careerPath} ordered />
        </GuideSection>
      )}

      {has('interview-questions') && (
        <GuideSection id="interview-questions" title="Interview questions">
          <FactGroups groups={guide.interviewQuestions} />
        </GuideSection>
      )}

      {has('faqs') && (
        <GuideSection id="faqs" title="Frequently asked questions">
          <FaqGroups groups={guide.faqs} />
        </GuideSection>
      )}

      {has('related') && (
        <GuideSection id="related" title="Related roles and comparisons">
          <ul className="flex max-w-3xl flex-col gap-2">
            {guide.related.map((related) => (
              <li key={related.slug}>
                <Link href={`/roles/${related.slug}`}>{related.name}</Link>
                <span className="text-zinc-600 dark:text-zinc-400"> · </span>
                <Link href={related.compareHref}>
                  {role.name} vs {related.name}
                </Link>
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
