/** Attribution that applies to every page: the articles are other people's writing. */
export function SiteFooter() {
  return (
    <footer className="mt-16 border-t border-zinc-200 dark:border-zinc-800">
      <div className="mx-auto max-w-3xl px-4 py-6 text-sm text-zinc-600 dark:text-zinc-400">
        <p>
          AI Career Atlas collects articles from public blog feeds. Every article links to its original source, and its
          rights stay with its authors and publishers.
        </p>
      </div>
    </footer>
  );
}
