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
  return getRolePages('interview-questions').map((role) => ({ role }));
}

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  return roleTopicMetadata((await params).role, 'interview-questions') ?? {};
}

export default async function RoleInterviewQuestionsPage({ params }: PageProps) {
  const page = getRoleTopicPage((await params).role, 'interview-questions');
  if (!page) notFound();
  const { guide } = page;
  return (
    <TopicFrame
      guide={guide}
      path={`/roles/${guide.role.slug}/interview-questions`}
      crumb="Interview questions"
      text={roleTopicText(roleTopicCounts(guide, 'interview-questions'))}
      intro={`Questions the articles say ${guide.role.name} candidates are asked, and questions people ask about the role with the articles’ answers, grouped by topic. Questions several articles ask in other words are merged; open one for each article’s wording.`}
    >
      <TopicSections page={page} />
    </TopicFrame>
  );
}
