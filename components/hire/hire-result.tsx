import { Link } from '@/components/link';
import { SourceRef } from '@/components/source-ref';
import { formatCount, formatList } from '@/lib/format';
import { toPair } from '@/lib/guides/compare/pairs';
import type { Recommendation, RoleScore } from '@/lib/guides/hire';

const NEED = { one: 'need', other: 'needs' };

/** The recommendation for the picked needs: the leading role(s), honestly tied when they are, and every reason. */
export function HireResult({ result }: { result: Recommendation }) {
  const { leaders, ranking, picked } = result;
  const total = formatCount(picked.length, NEED);
  const top = leaders[0];
  const names = leaders.map((score) => score.role.name);
  return (
    <section
      aria-labelledby="result-title"
      className="mt-8 rounded border border-zinc-300 p-4 sm:p-6 dark:border-zinc-700"
    >
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
      ) : leaders.length === 1 ? (
        <p className="mt-2 max-w-3xl text-lg">
          The articles point to the <strong>{top.role.name}</strong>: they match {formatCount(top.score, NEED)} of your{' '}
          {total} to this role.
        </p>
      ) : (
        <p className="mt-2 max-w-3xl text-lg">
          It is a tie: the articles match {formatCount(top.score, NEED)} of your {total} to each of{' '}
          <strong>{formatList(names)}</strong>. They do not weigh one need against another, so decide which of your
          needs matters most, or{' '}
          <Link href={`/compare/${toPair(leaders[0]?.role.slug ?? '', leaders[1]?.role.slug ?? '').slug}`}>
            compare the roles side by side
          </Link>
          .
        </p>
      )}
      <div className="mt-6 flex flex-col gap-8">
        {ranking.map((score) => (
          <RoleReasons key={score.role.slug} score={score} others={ranking.filter((other) => other !== score)} />
        ))}
      </div>
    </section>
  );
}

function RoleReasons({ score, others }: { score: RoleScore; others: RoleScore[] }) {
  return (
    <section aria-labelledby={`why-${score.role.slug}`} className="max-w-3xl">
      <h3 id={`why-${score.role.slug}`} className="text-xl font-semibold">
        {score.role.name}
      </h3>
      <p className="text-zinc-700 dark:text-zinc-300">
        {score.score > 0
          ? `Matched to ${formatCount(score.score, NEED)}.`
          : 'Matched to none of your needs on its own.'}
        {score.alongside.length > 0 && ` Named as working alongside for: ${formatList(score.alongside)}.`}
      </p>
      <ul className="mt-3 flex flex-col gap-4">
        {score.reasons.map(({ need, match }) => (
          <li key={`${need}-${match.source.href}`}>
            <p className="font-medium">{need}</p>
            {match.reason ? (
              <blockquote className="mt-1 border-l-4 border-zinc-300 pl-3 italic dark:border-zinc-600">
                &ldquo;{match.reason}&rdquo;
              </blockquote>
            ) : (
              <p className="mt-1 text-zinc-700 dark:text-zinc-300">
                The article matches this need to this role without giving a reason.
              </p>
            )}
            <SourceRef source={match.source} />
          </li>
        ))}
      </ul>
      <p className="mt-3 flex flex-wrap gap-x-4 gap-y-1">
        <Link href={`/roles/${score.role.slug}`}>The {score.role.name} guide</Link>
        {others.map((other) => (
          <Link key={other.role.slug} href={`/compare/${toPair(score.role.slug, other.role.slug).slug}`}>
            {score.role.name} vs {other.role.name}
          </Link>
        ))}
      </p>
    </section>
  );
}
