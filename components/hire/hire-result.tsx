import { Link } from '@/components/link';
import { NeedQuotes } from '@/components/merged/need-quotes';
import { formatCount, formatList } from '@/lib/format';
import type { NeedStatement, Recommendation, RoleScore } from '@/lib/guides/hire';

const NEED = { one: 'need', other: 'needs' };

/**
 * The answer for the picked needs: the role the articles point to and how many
 * needs support it (a tie stated as a tie, needs pointing elsewhere counted),
 * the comparison of the roles involved, then each role's needs with the
 * articles' reasons quoted and linked.
 */
export function HireResult({ result, names }: { result: Recommendation; names: ReadonlyMap<string, string> }) {
  const { leaders, ranking, picked } = result;
  const [top] = leaders;
  // "2 of the 3 needs you picked"; with one pick, "the need you picked".
  const of = (count: number) =>
    picked.length === 1 ? 'the need you picked' : `${count} of the ${formatCount(picked.length, NEED)} you picked`;
  const others = ranking.filter((score) => score.score > 0 && !leaders.includes(score));
  return (
    <section aria-labelledby="result-title" className="result-box">
      <h2 id="result-title" className="text-2xl font-bold">
        Recommendation
      </h2>
      {result.unknown.length > 0 && (
        <p className="mt-2 text-zinc-700 dark:text-zinc-300">
          {formatCount(result.unknown.length, {
            one: 'choice in the address was',
            other: 'choices in the address were',
          })}{' '}
          not recognised and left out.
        </p>
      )}
      {!top ? (
        <p className="mt-2 max-w-3xl">Tick at least one need below to see which role the articles recommend.</p>
      ) : (
        <p className="mt-2 max-w-3xl text-lg">
          {leaders.length === 1 ? (
            <>
              The articles point to the <strong>{top.role.name}</strong>: {`they recommend it for ${of(top.score)}.`}
            </>
          ) : (
            <>
              It is a tie: {`they recommend each of `}
              <strong>{formatList(leaders.map((score) => `the ${score.role.name}`))}</strong>
              {` for ${of(top.score)}. `}The articles do not weigh one need against another, so decide which matters
              most to your project.
            </>
          )}
          {others.map((score) => ` They recommend the ${score.role.name} for ${score.score}.`)}
          {result.split.length > 0 &&
            ` The articles recommend more than one role for ${formatList(result.split.map((option) => `“${option.label}”`))}, so it counts for each.`}
        </p>
      )}
      {result.comparisons.length > 0 && (
        <ul className="mt-3 flex flex-col gap-1">
          {result.comparisons.map((pair) => (
            <li key={pair.slug}>
              <Link href={`/compare/${pair.slug}`}>
                {`Compare the ${names.get(pair.a) ?? pair.a} and the ${names.get(pair.b) ?? pair.b} side by side`}
              </Link>
            </li>
          ))}
        </ul>
      )}
      <div className="mt-6 flex flex-col gap-8">
        {ranking.map((score) => (
          <RoleReasons key={score.role.slug} score={score} names={names} />
        ))}
      </div>
    </section>
  );
}

function RoleReasons({ score, names }: { score: RoleScore; names: ReadonlyMap<string, string> }) {
  return (
    <section aria-labelledby={`why-${score.role.slug}`} className="max-w-3xl">
      <h3 id={`why-${score.role.slug}`} className="text-xl font-semibold">
        {score.role.name}
      </h3>
      <p className="text-zinc-700 dark:text-zinc-300">
        {score.score > 0
          ? `Recommended for ${formatCount(score.score, NEED)} you picked.`
          : 'Recommended for none of your needs on its own.'}
        {score.alongside.length > 0 &&
          ` Named as working alongside for ${formatList(score.alongside.map((option) => `“${option.label}”`))}.`}
      </p>
      <ul className="mt-3 flex flex-col gap-3">
        {score.needs.map(({ option, statements }) => (
          <li key={option.id}>
            <p className="font-medium">{option.label}</p>
            <NeedQuotes quotes={statements.map((statement) => quoted(statement, names))} />
          </li>
        ))}
      </ul>
      <p className="mt-2">
        <Link href={`/roles/${score.role.slug}`}>{`The ${score.role.name} guide`}</Link>
      </p>
    </section>
  );
}

function quoted(statement: NeedStatement, names: ReadonlyMap<string, string>) {
  const also = statement.alsoRoles.map((slug) => names.get(slug) ?? slug);
  return { ...statement, note: also.length > 0 ? `with the ${formatList(also)}` : null };
}
