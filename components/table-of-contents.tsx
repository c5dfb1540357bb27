import type { TocEntry } from '@/lib/markdown/table-of-contents';

/** In-page links to the body's h2/h3 headings; h3 entries are indented under their h2. */
export function TableOfContents({ entries }: { entries: readonly TocEntry[] }) {
  return (
    <nav aria-labelledby="toc-title" className="rounded-lg border border-zinc-200 p-4 text-sm dark:border-zinc-800">
      <h2 id="toc-title" className="mb-2 font-semibold">
        On this page
      </h2>
      <ol className="flex flex-col gap-1.5">
        {entries.map((entry) => (
          <li key={entry.id} className={entry.depth === 3 ? 'pl-4' : undefined}>
            <a href={`#${entry.id}`}>{entry.text}</a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
