import { Link } from '@/components/link';
import { formatCount, formatList } from '@/lib/format';
import type { SkillCategoryGroup } from '@/lib/guides/skills/page';

const ARTICLE = { one: 'article', other: 'articles' };

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
        <table className="list-table min-w-[36rem]">
          <caption className="sr-only">
            {group.name}: each skill, whether it is a tool or an ability, how many articles list it and the roles they
            list it for
          </caption>
          <thead>
            <tr>
              <th scope="col">Skill</th>
              <th scope="col">Kind</th>
              <th scope="col">Listed in</th>
              <th scope="col" className="min-w-[16rem]">
                Roles that need it
              </th>
            </tr>
          </thead>
          <tbody>
            {group.skills.map((skill) => (
              <tr key={skill.slug}>
                <th scope="row">
                  <Link href={`/skills/${skill.slug}`}>{skill.name}</Link>
                </th>
                <td>{skill.isTool ? <span className="tool-tag">{skill.typeName}</span> : skill.typeName}</td>
                <td className="whitespace-nowrap">{formatCount(skill.articleCount, ARTICLE)}</td>
                <td>{formatList(skill.roles.map((role) => role.name))}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
