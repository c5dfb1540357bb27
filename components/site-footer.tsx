import Link from 'next/link';

/** Attribution that applies to every page (the articles are other people's writing) and the link to the open data. */
export function SiteFooter() {
  return (
    <footer className="mt-16 border-t border-zinc-200 dark:border-zinc-800">
      <div className="mx-auto flex max-w-3xl flex-col gap-3 px-4 py-6 text-sm text-zinc-600 dark:text-zinc-400">
        <p>
          AI Career Atlas collects articles from public blog feeds. Every article links to its original source, and its
          rights stay with its authors and publishers.
        </p>
        <p>
          <Link href="/data">Open data</Link>: the salary figures, roles, skills and certifications as JSON and CSV.
        </p>
      </div>
    </footer>
  );
}
