import { Link } from '@/components/link';
import { ScrollTable } from '@/components/scroll-table';
import { formatCount, formatPay } from '@/lib/format';
import { PLACE_FIGURE_GROUPS, placeFigureGroup, type PlaceFigureGroup, type PlaceRow } from '@/lib/guides/pay/page';
import type { SalaryFigure } from '@/lib/content/schema';
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

/** How each group of a place's figures is introduced, and whether each figure says its period. */
const GROUP_SHAPE: Record<PlaceFigureGroup, { note: string | null; withPeriod: boolean }> = {
  stated: { note: null, withPeriod: true },
  // One note for the group, rather than "(period not stated)" after every link.
  'read-as-yearly': { note: 'Period not stated, read as yearly:', withPeriod: false },
  // Apart, so that none reads as a salary.
  additional: { note: 'Bonus or equity, on top of a salary:', withPeriod: true },
};

/** A place's figures as links, group by group (`PLACE_FIGURE_GROUPS`). */
function FigureLinks({ figures }: { figures: readonly SalaryFigure[] }) {
  const groups = PLACE_FIGURE_GROUPS.map((group) => ({
    group,
    ...GROUP_SHAPE[group],
    figures: figures.filter((figure) => placeFigureGroup(figure) === group),
  })).filter((entry) => entry.figures.length > 0);
  return (
    <>
      {groups.map(({ group, note, withPeriod, figures: listed }, index) => (
        <div key={group} className={index > 0 ? 'mt-2' : undefined}>
          {note !== null && <p className="text-sm text-zinc-600 dark:text-zinc-400">{note}</p>}
          <LinkList figures={listed} withPeriod={withPeriod} />
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
