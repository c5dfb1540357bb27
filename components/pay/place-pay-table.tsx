import { Link } from '@/components/link';
import { ScrollTable } from '@/components/scroll-table';
import { formatCount, formatPay } from '@/lib/format';
import type { PlaceRow } from '@/lib/guides/pay/page';
import { isSalaryKind, type SalaryFigure } from '@/lib/content/schema';
import { figureAnchor } from '@/lib/guides/provenance';

const ARTICLE = { one: 'article', other: 'articles' };
const MORE = { one: 'more figure', other: 'more figures' };
/** Figures listed open per place; a place with more (the United States has dozens) keeps the rest one click away. */
const SHOWN = 5;

function LinkList({ figures, withPeriod }: { figures: readonly SalaryFigure[]; withPeriod: boolean }) {
  return (
    <ul className="flex flex-col gap-1">
      {figures.map((figure) => (
        <li key={figure.id}>
          <a href={`#${figureAnchor(figure.id)}`}>{formatPay(figure, { withPeriod })}</a>
        </li>
      ))}
    </ul>
  );
}

const NOTE = 'text-sm text-zinc-600 dark:text-zinc-400';

/**
 * A place's figures as links, in three groups: salaries whose article states
 * a period say it after each amount; salaries read as yearly follow under one
 * note, rather than each repeating "(period not stated)"; bonus and equity
 * amounts come last under their own note, so that none reads as a salary.
 */
function FigureLinks({ figures }: { figures: readonly SalaryFigure[] }) {
  const salaries = figures.filter((figure) => isSalaryKind(figure.kind));
  const groups = [
    { note: null, figures: salaries.filter((figure) => !figure.periodAssumed), withPeriod: true },
    {
      note: 'Period not stated, read as yearly:',
      figures: salaries.filter((figure) => figure.periodAssumed),
      withPeriod: false,
    },
    {
      note: 'Bonus or equity, on top of a salary:',
      figures: figures.filter((figure) => !isSalaryKind(figure.kind)),
      withPeriod: true,
    },
  ].filter((group) => group.figures.length > 0);
  return (
    <>
      {groups.map((group, index) => (
        <div key={group.note ?? 'stated'} className={index > 0 ? 'mt-2' : undefined}>
          {group.note !== null && <p className={NOTE}>{group.note}</p>}
          <LinkList figures={group.figures} withPeriod={group.withPeriod} />
        </div>
      ))}
    </>
  );
}

/**
 * Pay by place, each spelling of a place gathered under its catalogue name:
 * every figure in its own currency and period, linked to its row in the full list below,
 * which carries its quote and source.
 */
export function PlacePayTable({
  rows,
  caption,
  placeHref,
}: {
  rows: readonly PlaceRow[];
  caption: string;
  /** Where a catalogued place's figures can be filtered further (the salaries explorer). */
  placeHref: (slug: string) => string;
}) {
  return (
    <ScrollTable caption={caption} className="min-w-[30rem]">
      <thead>
        <tr>
          <th scope="col">Place</th>
          <th scope="col">Figures, each linked to its row in the full list</th>
          <th scope="col">Articles</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            <th scope="row">{row.slug === null ? row.name : <Link href={placeHref(row.slug)}>{row.name}</Link>}</th>
            <td>
              <FigureLinks figures={row.figures.slice(0, SHOWN)} />
              {row.figures.length > SHOWN && (
                <details className="mt-1">
                  <summary>{formatCount(row.figures.length - SHOWN, MORE)}</summary>
                  <FigureLinks figures={row.figures.slice(SHOWN)} />
                </details>
              )}
            </td>
            <td>{formatCount(row.articles, ARTICLE)}</td>
          </tr>
        ))}
      </tbody>
    </ScrollTable>
  );
}
