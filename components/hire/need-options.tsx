import { formatCount, formatList } from '@/lib/format';
import type { NeedGroup, NeedOption } from '@/lib/guides/hire';

const ARTICLE = { one: 'article', other: 'articles' };
// A table row, a tick or a sentence that recommends the role for the need.
const RECOMMENDATION = { one: 'recommendation', other: 'recommendations' };

/**
 * The needs as checkboxes, one fieldset per theme group. Each need says which
 * role the articles recommend for it and how they word it, so a reader can
 * tell whether it is their project; the words are the checkbox's description.
 */
export function NeedOptions({
  groups,
  chosen,
  names,
}: {
  groups: readonly NeedGroup[];
  chosen: ReadonlySet<string>;
  names: ReadonlyMap<string, string>;
}) {
  return groups.map((group) => (
    <fieldset key={group.id} className="max-w-3xl">
      <legend className="text-lg font-semibold">{group.title}</legend>
      <ul className="need-options">
        {group.options.map((option) => (
          <li key={option.id}>
            <input
              type="checkbox"
              id={`need-${option.id}`}
              name="need"
              value={option.id}
              defaultChecked={chosen.has(option.id)}
              aria-describedby={`need-${option.id}-hint`}
            />
            <div>
              <label htmlFor={`need-${option.id}`} className="font-medium">
                {option.label}
              </label>
              <p id={`need-${option.id}-hint`} className="source-note">
                {describeOption(option, names)}
              </p>
            </div>
          </li>
        ))}
      </ul>
    </fieldset>
  ));
}

/** "For the AI Engineer: 1 article, 7 recommendations, such as “Need real-time model deployment” or “…”". */
function describeOption(option: NeedOption, names: ReadonlyMap<string, string>): string {
  const roles = option.roles.map(
    (role) =>
      `the ${names.get(role.slug) ?? role.slug}: ${formatCount(role.articles, ARTICLE)}, ${formatCount(role.statements, RECOMMENDATION)}`,
  );
  const examples = option.statements.slice(0, 2).map((statement) => `“${statement.need}”`);
  return `For ${roles.join('; for ')}, such as ${formatList(examples, 'disjunction')}`;
}
