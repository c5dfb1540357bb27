import type { Root } from 'hast';
import { headingRank, visitElements } from '@/lib/markdown/hast-utils';

/** The page's own h1 is the article title, so body headings start one level below. */
const TOP_RANK = 2;

/**
 * Rewrites body heading levels into an outline that starts at h2 and never
 * skips a level, keeping the source's nesting: `# A`, `### B`, `## C` becomes
 * h2 A, h3 B, h3 C. Feed content often jumps from `##` to `####` or uses `#`
 * mid-article; screen-reader users navigate by these levels.
 */
export function rehypeNormalizeHeadings() {
  return (tree: Root): void => {
    // Open sections: the source rank of each heading and the rank it was given.
    const open: { source: number; output: number }[] = [];
    visitElements(tree, (element) => {
      const source = headingRank(element);
      if (source === undefined) return;
      while (open.length > 0 && (open.at(-1)?.source ?? 0) >= source) open.pop();
      const output = Math.min((open.at(-1)?.output ?? TOP_RANK - 1) + 1, 6);
      open.push({ source, output });
      element.tagName = `h${output}`;
      return 'skip';
    });
  };
}
