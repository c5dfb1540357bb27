import type { ReactNode } from 'react';
import { Breadcrumbs } from '@/components/breadcrumbs';
import { JsonLd } from '@/components/json-ld';
import { Link } from '@/components/link';
import { MergedItems } from '@/components/merged/merged-items';
import type { RoleTopicPage } from '@/lib/guides';
import type { RoleGuide } from '@/lib/guides/role/guide';
import type { PageText } from '@/lib/seo/page-text';
import { topicPageJsonLd } from '@/lib/seo/json-ld/web-page';
import { SITE_URL } from '@/lib/site';

const SECTION_TITLES = {
  responsibility: 'Responsibilities',
  'career-step': 'Career steps',
  'interview-question': 'Interview questions',
  faq: 'Frequently asked questions',
} as const;

/** The frame every role topic page shares: trail, heading, structured data, and the way back. */
export function TopicFrame({
  guide,
  path,
  crumb,
  text,
  intro,
  children,
}: {
  guide: RoleGuide;
  path: string;
  crumb: string;
  text: PageText;
  intro: string;
  children: ReactNode;
}) {
  const { role } = guide;
  return (
    <article>
      <JsonLd
        data={topicPageJsonLd(
          {
            path,
            ...text,
            role,
            sources: guide.sources.map((source) => ({ title: source.title, sourceUrl: source.sourceUrl })),
            newest: guide.newest,
          },
          SITE_URL,
        )}
      />
      <Breadcrumbs
        items={[{ name: 'Roles', href: '/roles' }, { name: role.name, href: `/roles/${role.slug}` }, { name: crumb }]}
      />
      <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">{text.title}</h1>
      <p className="mt-2 max-w-3xl text-zinc-700 dark:text-zinc-300">{intro}</p>
      {children}
      <p className="mt-10 border-t pt-6 [border-color:var(--rule)]">
        <Link href={`/roles/${role.slug}`}>{`The ${role.name} guide: pay, skills and career path at a glance`}</Link>
      </p>
    </article>
  );
}

/** Merged items by display group; with two kinds (questions and FAQs), one titled section each. */
export function TopicSections({ page }: { page: RoleTopicPage }) {
  const { guide } = page;
  const titled = page.sections.length > 1;
  return page.sections.map((section) => {
    const all = section.groups.flatMap((group) => group.items);
    const context = {
      articleTitles: guide.articleTitles,
      roleNames: guide.roleNames,
      articleTotal: new Set(all.flatMap((item) => item.articles)).size,
    };
    const GroupHeading = titled ? 'h3' : 'h2';
    return (
      <section
        key={section.kind}
        aria-labelledby={titled ? `${section.kind}-title` : undefined}
        className="mt-8 flex max-w-3xl flex-col gap-4"
      >
        {titled && (
          <h2 id={`${section.kind}-title`} className="text-2xl font-bold">
            {SECTION_TITLES[section.kind]}
          </h2>
        )}
        {section.groups.map((group) => (
          <div key={group.group.slug} className="flex flex-col gap-1">
            <GroupHeading className="text-lg font-semibold">{group.group.label}</GroupHeading>
            <MergedItems items={group.items} context={context} answers={section.kind === 'faq'} open />
          </div>
        ))}
      </section>
    );
  });
}
