import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { GuideSection } from '@/components/guide-section';
import { Link } from '@/components/link';
import { RankedList } from '@/components/ranked-list';
import { TopicFrame } from '@/components/role/topic-page';
import { formatCount } from '@/lib/format';
import { getRoleGuide, getRolePages } from '@/lib/guides';
import { roleTopicCounts, roleTopicMetadata } from '@/lib/seo/metadata';
import { roleTopicText } from '@/lib/seo/page-text';

interface PageProps {
  params: Promise<{ role: string }>;
}

export const dynamicParams = false;

export function generateStaticParams(): { role: string }[] {
  return getRolePages('skills').map((role) => ({ role }));
}

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  return roleTopicMetadata((await params).role, 'skills') ?? {};
}

const ARTICLE = { one: 'article', other: 'articles' };

export default async function RoleSkillsPage({ params }: PageProps) {
  const slug = (await params).role;
  const guide = getRolePages('skills').includes(slug) ? getRoleGuide(slug) : undefined;
  if (!guide) notFound();
  const education = guide.educationSummary;
  return (
    <TopicFrame
      guide={guide}
      path={`/roles/${slug}/skills`}
      crumb="Skills"
      text={roleTopicText(roleTopicCounts(guide, 'skills'))}
      intro={`Every skill, tool and certification the articles list for the ${guide.role.name}, with how many articles list each, and the degrees and fields of study they name.`}
    >
      {guide.skillGroups.map((group) => (
        <GuideSection key={group.category} id={`skills-${group.category}`} title={group.label}>
          <RankedList items={group.skills} label={group.label} />
        </GuideSection>
      ))}
      {guide.tools.length > 0 && (
        <GuideSection id="tools" title="Tools">
          <RankedList items={guide.tools} label="Tools" />
        </GuideSection>
      )}
      {guide.certifications.length > 0 && (
        <GuideSection id="certifications" title="Certifications">
          <RankedList items={guide.certifications} label="Certifications" />
        </GuideSection>
      )}
      {guide.education.length > 0 && (
        <GuideSection id="education" title="Education">
          <ul className="flex max-w-3xl flex-col gap-1">
            {[...education.degrees, ...education.fields].map((named) => (
              <li key={named.label}>
                {`${named.label}: named by ${named.articles.length} of ${formatCount(education.articles.length, ARTICLE)} that state education`}
              </li>
            ))}
          </ul>
          {guide.education.map((group) => (
            <div key={group.article.slug} className="flex max-w-3xl flex-col gap-2">
              <h3 className="text-lg font-semibold">
                {'In '}
                <Link href={`/articles/${group.article.slug}`}>{group.article.title}</Link>
              </h3>
              <ul className="flex list-disc flex-col gap-2 pl-6">
                {group.facts.map((fact, index) => (
                  <li key={`${index}-${fact.text}`}>
                    <q>{fact.text}</q>
                    {fact.detail !== null && <span>{`: ${fact.detail}`}</span>}
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </GuideSection>
      )}
    </TopicFrame>
  );
}
