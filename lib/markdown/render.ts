import { toJsxRuntime } from 'hast-util-to-jsx-runtime';
import type { ReactElement } from 'react';
import { Fragment, jsx, jsxs } from 'react/jsx-runtime';
import { markdownToHast } from '@/lib/markdown/processor';

/**
 * Renders an article body (GFM Markdown) to React elements. The tree becomes
 * elements directly (no HTML string, no dangerouslySetInnerHTML), so only what
 * the pipeline in `processor.ts` lets through can reach the page.
 */
export function renderMarkdown(markdown: string): ReactElement {
  return toJsxRuntime(markdownToHast(markdown), { Fragment, jsx, jsxs });
}
