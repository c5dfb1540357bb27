import { Link } from '@/components/link';
import type { GuideFact } from '@/lib/content/schema';
import { formatCount } from '@/lib/format';
import type { MergedItem, Statement } from '@/lib/guides/merge';

const ARTICLE = { one: 'article', other: 'articles' };

/** What a merged list needs to name its items' sources. */
export interface MergedListContext {
  articleTitles: ReadonlyMap<string, string>;
  roleNames: ReadonlyMap<string, string>;
  /** Articles that state anything of this kind for the role: the "of N" in "3 of 4 articles". */
  articleTotal: number;
}

/** The item's name, with the other roles its statements are about ("… (Data Scientist)"). */
export function itemLabel(item: MergedItem<Statement>, roleNames: ReadonlyMap<string, string>): string {
  // A label that already names the roles ("AI Architect" as a career step) needs no "(AI Architect)".
  const names = item.otherRoles
    .map((slug) => roleNames.get(slug) ?? slug)
    .filter((name) => !item.label.toLowerCase().includes(name.toLowerCase()));
  return names.length === 0 ? item.label : `${item.label} (${names.join(', ')})`;
}

function sourceHref(statement: Statement): string {
  return statement.sectionId === null
    ? `/articles/${statement.article}`
    : `/articles/${statement.article}#${statement.sectionId}`;
}

/**
 * Merged items, most articles first: each names what the articles say in
 * our words (a theme) with how many articles say it, and opens to every
 * statement in the article's own words, linked to where it is written.
 * `answers` shows a statement's detail (an FAQ's answer) below it.
 */
export function MergedItems<S extends GuideFact | (Statement & { detail: string | null })>({
  items,
  context,
  answers = false,
  ordered = false,
  open = false,
}: {
  items: readonly MergedItem<S>[];
  context: MergedListContext;
  answers?: boolean;
  ordered?: boolean;
  /** Start with every item open: the deep pages exist to show the articles' words. */
  open?: boolean;
}) {
  const List = ordered ? 'ol' : 'ul';
  return (
    <List className="merged-list">
      {items.map((item) => (
        <li key={item.id} id={item.id}>
          <details open={open}>
            <summary>
              <span className="font-medium">{itemLabel(item, context.roleNames)}</span>
              <span className="source-note">
                {context.articleTotal > 1
                  ? ` · ${item.articles.length} of ${formatCount(context.articleTotal, ARTICLE)}`
                  : ` · ${formatCount(item.statements.length, { one: 'statement', other: 'statements' })}`}
              </span>
            </summary>
            <ul className="merged-quotes">
              {item.statements.map((statement, index) => (
                <li key={`${index}-${statement.article}`}>
                  <q>{statement.text}</q>
                  {!answers && statement.detail !== null && <span>{`: ${statement.detail}`}</span>}
                  {answers && statement.detail !== null && <p className="mt-1">{statement.detail}</p>}
                  <span className="source-note block">
                    <Link href={sourceHref(statement)}>
                      {`${context.articleTitles.get(statement.article) ?? statement.article}${
                        statement.section === null ? '' : `, “${statement.section}”`
                      }`}
                    </Link>
                  </span>
                </li>
              ))}
            </ul>
          </details>
        </li>
      ))}
    </List>
  );
}
