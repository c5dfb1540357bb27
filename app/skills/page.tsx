import type { Metadata } from 'next';
import { Link } from '@/components/link';
import { Breadcrumbs } from '@/components/breadcrumbs';
import { SkillCategoryTable } from '@/components/skills/skill-category-table';
import { formatCount } from '@/lib/format';
import { getSkillsIndex } from '@/lib/guides/skills/page';
import { getRoles, getSkills } from '@/lib/records';
import { skillsMetadata } from '@/lib/seo/metadata';

export function generateMetadata(): Metadata {
  return skillsMetadata();
}

export default function SkillsPage() {
  const { groups, skillCount } = getSkillsIndex(getSkills(), getRoles());
  return (
    <>
      <Breadcrumbs items={[{ name: 'Skills' }]} />
      <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">Skills and tools</h1>
      <div className="mt-3 flex max-w-3xl flex-col gap-3 text-zinc-700 dark:text-zinc-300">
        <p>
          The {formatCount(skillCount, { one: 'skill and tool', other: 'skills and tools' })} that the{' '}
          <Link href="/articles">articles</Link> list for AI roles, grouped by kind. A <strong>tool</strong> is a named
          technology (a language, library or platform); an <strong>ability</strong> is something a person knows or can
          do. Each skill&apos;s page shows the roles that need it and the articles that say so.
        </p>
        <p>
          The same list is available as <a href="/data/skills.json">skills.json</a> on the{' '}
          <Link href="/data">open data</Link> page.
        </p>
      </div>

      <nav aria-labelledby="skill-categories-title" className="mt-8 max-w-3xl">
        <h2 id="skill-categories-title" className="text-lg font-semibold">
          Kinds of skill
        </h2>
        <ul className="mt-2 flex flex-wrap gap-x-6 gap-y-2">
          {groups.map((group) => (
            <li key={group.category}>
              <a href={`#${group.category}`}>{group.name}</a>{' '}
              <span className="text-sm text-zinc-600 dark:text-zinc-400">({group.skills.length})</span>
            </li>
          ))}
        </ul>
      </nav>

      {groups.map((group) => (
        <SkillCategoryTable key={group.category} group={group} />
      ))}
    </>
  );
}
