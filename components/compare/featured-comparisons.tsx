import { Link } from '@/components/link';
import { formatCount } from '@/lib/format';
import type { ComparedPair } from '@/lib/guides/compare/view';

const ROW = { one: 'side-by-side row', other: 'side-by-side rows' };
const NEED = { one: 'hiring need', other: 'hiring needs' };

/** Pairs the articles themselves compare, with how much they say about each; on /compare and the home page. */
export function FeaturedComparisons({
  pairs,
  names,
  headingLevel: Heading = 'h3',
}: {
  pairs: readonly ComparedPair[];
  names: ReadonlyMap<string, string>;
  headingLevel?: 'h2' | 'h3';
}) {
  return (
    <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
      {pairs.map((pair) => (
        <li key={pair.slug} className="rounded border border-zinc-200 p-4 dark:border-zinc-800">
          <Heading className="font-semibold">
            <Link href={`/compare/${pair.slug}`}>
              {names.get(pair.a)} vs {names.get(pair.b)}
            </Link>
          </Heading>
          <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
            {[
              pair.rows > 0 ? formatCount(pair.rows, ROW) : null,
              pair.scenarios > 0 ? formatCount(pair.scenarios, NEED) : null,
            ]
              .filter(Boolean)
              .join(', ')}
          </p>
        </li>
      ))}
    </ul>
  );
}
