import { Link } from '@/components/link';
import { formatRowRange } from '@/lib/format';

interface TablePagesProps {
  /** What the rows are, for the navigation's name: "salary figures". */
  label: string;
  page: number;
  pages: number;
  first: number;
  last: number;
  total: number;
  /** The address of a page of the table. */
  href: (page: number) => string;
}

const PAGE_LINK =
  'inline-flex min-h-9 min-w-9 items-center justify-center rounded border border-zinc-300 px-3 no-underline hover:underline dark:border-zinc-700';

/**
 * Which rows of a long table are shown, and links to the other pages. Plain
 * links (each page has its own address, so it works without JavaScript and
 * can be shared); they land on the table rather than the top of the page.
 */
export function TablePages({ label, page, pages, first, last, total, href }: TablePagesProps) {
  const range = (
    <p className="text-sm text-zinc-700 dark:text-zinc-300">{`Rows ${formatRowRange(first, last, total)}.`}</p>
  );
  if (pages <= 1) return range;
  return (
    <div className="flex flex-wrap items-center justify-between gap-3">
      {range}
      <nav aria-label={`Pages of ${label}`}>
        <ul className="flex flex-wrap gap-2">
          {page > 1 && (
            <li>
              <Link href={href(page - 1)} rel="prev" className={PAGE_LINK}>
                Previous<span className="sr-only"> page</span>
              </Link>
            </li>
          )}
          {Array.from({ length: pages }, (_, index) => index + 1).map((number) => (
            <li key={number}>
              {number === page ? (
                <span
                  aria-current="page"
                  className={`${PAGE_LINK} border-zinc-900 bg-zinc-900 font-semibold text-white dark:border-zinc-100 dark:bg-zinc-100 dark:text-zinc-900`}
                >
                  <span className="sr-only">Page </span>
                  {number}
                </span>
              ) : (
                <Link href={href(number)} className={PAGE_LINK}>
                  <span className="sr-only">Page </span>
                  {number}
                </Link>
              )}
            </li>
          ))}
          {page < pages && (
            <li>
              <Link href={href(page + 1)} rel="next" className={PAGE_LINK}>
                Next<span className="sr-only"> page</span>
              </Link>
            </li>
          )}
        </ul>
      </nav>
    </div>
  );
}
