import Link from 'next/link';
import { formatCount, formatList } from '@/lib/format';
import type { SkillCategoryGroup } from '@/lib/guides/skill-page';

const ARTICLE = { one: 'article', other: 'articles' };
const CELL = 'border-b border-zinc-200 px-3 py-2 align-top dark:border-zinc-800';
const HEADER_CELL = `${CELL} border-zinc-300 font-semibold dark:border-zinc-700`;

/** One category of /skills: each skill, whether it is a tool, how many articles list it and for which roles. */
export function SkillCategoryTable({ group }: { group: SkillCategoryGroup }) {
  const titleId = `${group.category}-title`;
  return (
    <section id={group.category} aria-labelledby={titleId} className="mt-10 scroll-mt-4">
      <h2 id={titleId} className="text-2xl font-bold">
        {group.name}
      </h2>
      {/* Scrolls sideways on narrow screens; focusable so keyboards can scroll it too. */}
      <div className="table-scroll mt-3" role="region" aria-label={`${group.name} table`} tabIndex={0}>
        <table className="w-full min-w-[36rem] border-collapse text-left text-sm">
          <caption className="sr-only">
            {group.name}: each skill, whether it is a tool or an ability, how many articles list it and the roles they
            list it for
          </caption>
          <thead>
            <tr>
              <th scope="col" className={HEADER_CELL}>
                Skill
              </th>
              <th scope="col" className={HEADER_CELL}>
                Kind
              </th>
              <th scope="col" className={HEADER_CELL}>
                Listed in
              </th>
              <th scope="col" className={`${HEADER_CELL} min-w-[16rem]`}>
                Roles that need it
              </th>
            </tr>
          </thead>
          <tbody>
            {group.skills.map((skill) => (
              <tr key={skill.slug}>
                <th scope="row" className={`${CELL} font-semibold`}>
                  <Link href={`/skills/${skill.slug}`}>{skill.name}</Link>
                </th>
                <td className={CELL}>
                  {skill.isTool ? (
                    <span className="rounded bg-zinc-100 px-1.5 py-0.5 font-mono text-xs dark:bg-zinc-800">
                      {skill.typeName}
                    </span>
                  ) : (
                    skill.typeName
                  )}
                </td>
                <td className={`${CELL} whitespace-nowrap`}>{formatCount(skill.articleCount, ARTICLE)}</td>
                <td className={CELL}>{formatList(skill.roles.map((role) => role.name))}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
