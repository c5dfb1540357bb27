import { Link } from '@/components/link';
import type { GuideFact, Role } from '@/lib/content/schema';
import { formatCount, formatList } from '@/lib/format';
import type { MergedItem } from '@/lib/guides/merge';

/**
 * How statements are merged, as rules and then on one real item: the
 * statements it gathers, in each article's words, and the vocabulary terms
 * that put them together.
 */
export function MergeMethod({
  example,
  articleTitles,
}: {
  example: { role: Role; item: MergedItem<GuideFact> } | null;
  articleTitles: ReadonlyMap<string, string>;
}) {
  return (
    <section aria-labelledby="merge-method" className="flex scroll-mt-4 flex-col gap-4">
      <h2 id="merge-method" className="text-2xl font-bold">
        How statements are merged
      </h2>
      <p>
        Responsibilities, career steps, interview questions, questions people ask and hiring needs are written by each
        article in its own words. Where several articles say the same thing, the guides show one item with every
        statement and its source, and rank items by how many articles say them. No language model is involved; the same
        articles always give the same items.
      </p>
      <ol className="list-decimal space-y-2 pl-6">
        <li>
          <strong>Words.</strong> Each statement is lower-cased and split into words; common words, years and the names
          of roles are dropped, and each word is reduced to its stem (“deploying” and “deployment” to “deploy”).
        </li>
        <li>
          <strong>Themes.</strong> A curated vocabulary names the themes that recur (“Deploying models to production”)
          and the words that mark each. A statement joins the most specific theme whose every part it names; ties go to
          the theme listed first.
        </li>
        <li>
          <strong>Kept apart.</strong> A question that names another role keeps it: the difference from a Data Scientist
          and the difference from an ML Engineer are two items. A statement no theme fits stays on its own unless
          another has exactly the same words.
        </li>
        <li>
          <strong>Ranked.</strong> Items with more articles come first; every item opens to each article’s own wording,
          linked to where it is written.
        </li>
      </ol>
      {example && (
        <div className="flex flex-col gap-3 rounded border p-4 [border-color:var(--rule)]">
          <h3 className="text-lg font-semibold">{`Example: “${example.item.label}” in the ${example.role.name} guide`}</h3>
          <p>
            {`${formatCount(example.item.statements.length, { one: 'statement', other: 'statements' })} from ${formatCount(
              example.item.articles.length,
              { one: 'article', other: 'articles' },
            )}, put together because each names ${formatList(
              example.item.matched.map((term) => `“${term}”`),
              'disjunction',
            )}:`}
          </p>
          <ul className="list-disc space-y-1 pl-6">
            {example.item.statements.map((statement, index) => (
              <li key={`${index}-${statement.text}`}>
                <q>{statement.detail === null ? statement.text : `${statement.text}: ${statement.detail}`}</q>
                {' — '}
                <Link
                  href={`/articles/${statement.article}${statement.sectionId === null ? '' : `#${statement.sectionId}`}`}
                >
                  {articleTitles.get(statement.article) ?? statement.article}
                </Link>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
