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
  return getRolePages('responsibilities').map((role) => ({ role }));
}

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  return roleTopicMetadata((await params).role, 'responsibilities') ?? {};
}

export default async function RoleResponsibilitiesPage({ params }: PageProps) {
  const page = getRoleTopicPage((await params).role, 'responsibilities');
  if (!page) notFound();
  const { guide } = page;
  return (
    <TopicFrame
      guide={guide}
      path={`/roles/${guide.role.slug}/responsibilities`}
      crumb="Responsibilities"
      text={roleTopicText(roleTopicCounts(guide, 'responsibilities'))}
      intro={`What the articles say the ${guide.role.name} does, merged where several say the same thing and ranked by how many articles say it. Open an item for each article’s own words and a link to where it is written.`}
    >
      <TopicSections page={page} />
    </TopicFrame>
  );
}
