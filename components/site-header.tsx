import Link from 'next/link';

/** Site name (home link) and the main navigation. */
export function SiteHeader() {
  return (
    <header className="border-b border-zinc-200 dark:border-zinc-800">
      <div className="mx-auto flex max-w-3xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-4">
        <Link href="/" className="text-lg font-bold text-zinc-900 no-underline dark:text-zinc-50">
          AI Career Atlas
        </Link>
        <nav aria-label="Main">
          <ul className="flex gap-5">
            <li>
              <Link href="/articles" className="font-medium">
                Articles
              </Link>
            </li>
          </ul>
        </nav>
      </div>
    </header>
  );
}
