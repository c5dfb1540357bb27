import { Link } from '@/components/link';

/** Attribution that applies to every page (the articles are other people's writing), the data and how it is made. */
export function SiteFooter() {
  return (
    <footer className="mt-16 border-t border-zinc-200 dark:border-zinc-800">
      <div className="mx-auto flex max-w-6xl flex-col gap-3 px-4 py-6 text-sm text-zinc-600 dark:text-zinc-400">
        <nav aria-label="Footer">
          <ul className="flex flex-wrap gap-x-5 gap-y-2">
            <li>
              <Link href="/data">Open data</Link>
            </li>
            <li>
              <Link href="/about">About the data</Link>
            </li>
            <li>
              <Link href="/about#sources">Sources</Link>
            </li>
            <li>
              {/* A file for feed readers, not a page: a plain link, no client-side navigation. */}
              <a href="/feed.xml" type="application/atom+xml">
                Feed
              </a>
            </li>
          </ul>
        </nav>
        <p className="max-w-3xl">
          AI Career Atlas collects articles from public blog feeds. Every figure links to the sentence or table it came
          from, every article links to its original source, and its rights stay with its authors and publishers.
        </p>
      </div>
    </footer>
  );
}
