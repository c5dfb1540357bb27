import { headingRank, textContent, visitElements } from '@/lib/markdown/hast-utils';
import { markdownToHast } from '@/lib/markdown/processor';

/** One h2 or h3 of an article body, with the id rehype-slug gave it. */
export interface TocEntry {
  id: string;
  text: string;
  depth: 2 | 3;
}

// remark-rehype's visually hidden "Footnotes" heading is not part of the outline.
const IGNORED_IDS = new Set(['footnote-label']);

/**
 * Lists the h2/h3 headings of a Markdown body as rendered (after heading
 * normalization), in order, so links match the ids on the page.
 */
export function getTableOfContents(markdown: string): TocEntry[] {
  const entries: TocEntry[] = [];
  visitElements(markdownToHast(markdown), (element) => {
    const rank = headingRank(element);
    if (rank === undefined) return;
    const id = element.properties.id;
    const text = textContent(element);
    if ((rank === 2 || rank === 3) && typeof id === 'string' && text && !IGNORED_IDS.has(id)) {
      entries.push({ id, text, depth: rank });
    }
    return 'skip';
  });
  return entries;
}
