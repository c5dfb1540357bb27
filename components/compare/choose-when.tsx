import { Link } from '@/components/link';
import { NeedQuotes, type QuotedNeed } from '@/components/merged/need-quotes';
import { SourceRef } from '@/components/source-ref';
import { formatCount } from '@/lib/format';
import { hasNeeds, type ChooseNeed, type ChooseWhen, type NeedQuote } from '@/lib/guides/compare/choose';
import type { RoleSummary, Two } from '@/lib/guides/compare/view';

const ARTICLE = { one: 'article', other: 'articles' };
// A table row, a tick or a sentence that recommends the role for the need.
const RECOMMENDATION = { one: 'recommendation', other: 'recommendations' };

/**
 * "Choose A when…, choose B when…": per role, the merged needs the articles
 * recommend it for (each opening to the articles' own words and reasons,
 * linked to where they are written) and what the articles say its work is.
 * Needs the articles give to both roles are listed apart, as a split.
 */
export function ChooseWhenLists({ choose, roles }: { choose: ChooseWhen; roles: Two<RoleSummary> }) {
  const needs = hasNeeds(choose);
  return (
    <>
      <div className="choose-grid">
        {roles.map((role, index) => {
          const side = choose.sides[index as 0 | 1];
          return (
            <section key={role.slug} aria-labelledby={`choose-${role.slug}`}>
              <h3 id={`choose-${role.slug}`} className="text-xl font-semibold">
                {needs ? `Choose the ${role.name} when you need` : `Choose the ${role.name} when the work is`}
              </h3>
              {needs && side.needs.length === 0 && (
                <p className="mt-2 text-zinc-700 dark:text-zinc-300">
                  {`The articles recommend the ${role.name} for none of the needs they weigh here.`}
                </p>
              )}
              {side.needs.length > 0 && <NeedList needs={side.needs} />}
              {side.work.length > 0 && (
                <>
                  {needs && (
                    <h4 className="mt-4 font-semibold">{`What the articles say the ${role.name}’s work is`}</h4>
                  )}
                  <ul className="quote-list">
                    {side.work.map((work) => (
                      <li key={work.source.href}>
                        {work.rows.map((row) => (
                          <span key={row.criterion} className="block">
                            {`${row.criterion}: `}
                            <q>{row.text}</q>
                          </span>
                        ))}
                        <SourceRef source={work.source} />
                      </li>
                    ))}
                  </ul>
                </>
              )}
            </section>
          );
        })}
      </div>
      {choose.split.length > 0 && (
        <section aria-labelledby="choose-split" className="mt-6">
          <h3 id="choose-split" className="text-xl font-semibold">
            Needs the articles split on
          </h3>
          <p className="mt-1 text-zinc-700 dark:text-zinc-300">
            Some statements recommend one role for these, some the other. The articles do not settle it, and neither do
            we.
          </p>
          <ul className="merged-list mt-2">
            {choose.split.map((need) => (
              <li key={need.id}>
                <details>
                  <summary>
                    <span className="font-medium">{need.label}</span>
                    <span className="source-note">{` · ${formatCount(need.articles, ARTICLE)}`}</span>
                  </summary>
                  {roles.map((role, index) => (
                    <div key={role.slug}>
                      <p className="mt-2 text-sm font-semibold">{`For the ${role.name}`}</p>
                      <NeedQuotes quotes={need.quotes[index as 0 | 1].map(asQuoted)} />
                    </div>
                  ))}
                </details>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}

function NeedList({ needs }: { needs: readonly ChooseNeed[] }) {
  return (
    <ul className="merged-list mt-2">
      {needs.map((need) => (
        <li key={need.id}>
          <details>
            <summary>
              <span className="font-medium">{need.label}</span>
              <span className="source-note">
                {` · ${formatCount(need.articles, ARTICLE)}, ${formatCount(need.quotes.length, RECOMMENDATION)}`}
              </span>
            </summary>
            <NeedQuotes quotes={need.quotes.map(asQuoted)} />
          </details>
        </li>
      ))}
    </ul>
  );
}

/** Where a reader goes next from the choice: their own needs on the hiring helper. */
export function HireLink() {
  return (
    <p className="mt-4">
      <Link href="/hire">Pick your own needs in the hiring helper</Link>
    </p>
  );
}

function asQuoted(quote: NeedQuote): QuotedNeed {
  return { ...quote, note: quote.together === null ? null : `as written: “${quote.together}”` };
}
