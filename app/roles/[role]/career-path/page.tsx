import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { TopicFrame, TopicSections } from '@/components/role/topic-page';
import { getRolePages, getRoleTopicPage } from '@/lib/guides';
import { roleTopicCounts, roleTopicMetadata } from '@/lib/seo/metadata';
import { roleTopicText } from '@/lib/seo/page-text';

interface PageProps {
  params: Promise<{ role: string }>;
}

export const dynamicParams = false;

export function generateStaticParams(): { role: string }[] {
  return getRolePages('career-path').map((role) => ({ role }));
}

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  return roleTopicMetadata((await params).role, 'career-path') ?? {};
}

export default async function RoleCareerPathPage({ params }: PageProps) {
  const page = getRoleTopicPage((await params).role, 'career-path');
  if (!page) notFound();
  const { guide } = page;
  return (
    <TopicFrame
      guide={guide}
      path={`/roles/${guide.role.slug}/career-path`}
      crumb="Career path"
      text={roleTopicText(roleTopicCounts(guide, 'career-path'))}
      intro={`The steps the articles name on the way to and from the ${guide.role.name} role, merged where several name the same step. Open a step for each article’s own words.`}
    >
      <TopicSections page={page} />
    </TopicFrame>
  );
}
