import type { Metadata } from 'next';
import { Link } from '@/components/link';
import { notFound } from 'next/navigation';
import { Breadcrumbs } from '@/components/breadcrumbs';
import { getArticles } from '@/lib/content/articles';
import { formatCount, formatList } from '@/lib/format';
import { getSkillPage, hasSkillPage } from '@/lib/guides/skills/page';
import { getRoles, getSkills } from '@/lib/records';
import { skillMetadata } from '@/lib/seo/metadata';

interface SkillPageProps {
  params: Promise<{ skill: string }>;
}

const ARTICLE = { one: 'article', other: 'articles' };
const ROLE = { one: 'role', other: 'roles' };

// Every skill some article lists is prerendered; any other slug is a 404.
export const dynamicParams = false;

export function generateStaticParams(): { skill: string }[] {
  return getSkills()
    .filter(hasSkillPage)
    .map((skill) => ({ skill: skill.slug }));
}

function findSkill(slug: string) {
  const skill = getSkills().find((candidate) => candidate.slug === slug);
  return skill && hasSkillPage(skill) ? getSkillPage(skill, getRoles(), getArticles(), getSkills()) : undefined;
}

export async function generateMetadata({ params }: SkillPageProps): Promise<Metadata> {
  const page = findSkill((await params).skill);
  return page ? skillMetadata(page) : {};
}

export default async function SkillPage({ params }: SkillPageProps) {
  const page = findSkill((await params).skill);
  if (!page) notFound();
  return (
    <article className="flex max-w-3xl flex-col gap-8">
      <header>
        <Breadcrumbs items={[{ name: 'Skills', href: '/skills' }, { name: page.name }]} />
        <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">{page.name}</h1>
        <dl className="mt-4 grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-zinc-700 dark:text-zinc-300">
          <dt className="font-semibold">Kind</dt>
          <dd>{page.isTool ? 'Tool (a named technology)' : 'Ability'}</dd>
          <dt className="font-semibold">Category</dt>
          <dd>
            <Link href={`/skills#${page.category}`}>{page.categoryName}</Link>
          </dd>
          {page.aliases.length > 0 && (
            <>
              <dt className="font-semibold">Also written</dt>
              <dd>{formatList(page.aliases)}</dd>
            </>
          )}
        </dl>
        <p className="mt-4 text-zinc-700 dark:text-zinc-300">
          {`Listed in ${formatCount(page.articleCount, ARTICLE)} for ${formatCount(page.roles.length, ROLE)}.`}
        </p>
      </header>

      <section aria-labelledby="roles-title">
        <h2 id="roles-title" className="text-2xl font-bold">
          Roles that need it
        </h2>
        <p className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">
          Ranked by how many articles list {page.name} for the role.
        </p>
        <ol className="mt-3 divide-y divide-zinc-200 dark:divide-zinc-800">
          {page.roles.map((role) => (
            <li key={role.slug} className="flex flex-wrap items-baseline justify-between gap-x-4 py-2">
              <Link href={`/roles/${role.slug}`} className="font-medium">
                {role.name}
              </Link>
              <span className="text-sm text-zinc-600 dark:text-zinc-400">
                {formatCount(role.articleCount, ARTICLE)}
              </span>
            </li>
          ))}
        </ol>
      </section>

      {page.listedWith.length > 0 && (
        <section aria-labelledby="with-title">
          <h2 id="with-title" className="text-2xl font-bold">
            Often listed with it
          </h2>
          <p className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">
            {`Skills and tools listed in the most of the same articles, with how many of the ${formatCount(page.articleCount, ARTICLE)} that list ${page.name} list them too.`}
          </p>
          <ul className="mt-3 flex flex-wrap gap-2">
            {page.listedWith.map((other) => (
              <li key={other.slug} className="pill">
                <Link href={`/skills/${other.slug}`}>{other.name}</Link>
                <span className="text-zinc-600 dark:text-zinc-400">{` · ${other.sharedArticles} of ${page.articleCount}`}</span>
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="articles-title">
        <h2 id="articles-title" className="text-2xl font-bold">
          Articles that list it
        </h2>
        <ul className="mt-3 flex list-disc flex-col gap-2 pl-6">
          {page.articles.map((article) => (
            <li key={article.slug}>
              <Link href={`/articles/${article.slug}`}>{article.title}</Link>
            </li>
          ))}
        </ul>
      </section>
    </article>
  );
}
