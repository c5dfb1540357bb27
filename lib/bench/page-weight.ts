/**
 * Page weight from built HTML: which scripts a page loads, what the
 * framework's share is, and whether a page stays within its JavaScript
 * budget. Next 16 no longer prints "First Load JS", so the HTML's own script
 * tags are the record of what a browser downloads.
 */

/** The budget: role and comparison pages may add this much gzipped JavaScript to the framework's. */
export const EXTRA_JS_BUDGET_BYTES = 15 * 1024;

const SCRIPT_TAG = /<script\b([^>]*)>/gi;
const SRC = /\bsrc\s*=\s*(?:"([^"]*)"|'([^']*)')/i;
// Legacy-browser polyfills: modern browsers skip scripts marked nomodule.
const NO_MODULE = /\bnomodule\b/i;

/** The `src` of every external script a modern browser loads, in document order, without duplicates. */
export function scriptSources(html: string): string[] {
  const sources: string[] = [];
  for (const match of html.matchAll(SCRIPT_TAG)) {
    const attributes = match[1] ?? '';
    if (NO_MODULE.test(attributes)) continue;
    const src = SRC.exec(attributes);
    const value = src?.[1] ?? src?.[2];
    if (value && !sources.includes(value)) sources.push(value.replace(/&amp;/g, '&'));
  }
  return sources;
}

const INLINE_SCRIPT = /<script\b(?![^>]*\bsrc\s*=)[^>]*>([\s\S]*?)<\/script>/gi;

/**
 * Bytes of inline script in the HTML. In an App Router page this is mostly
 * the RSC payload (`self.__next_f.push`), which repeats the server-rendered
 * content for hydration, so it shows how much of the HTML is there twice.
 */
export function inlineScriptBytes(html: string): number {
  let bytes = 0;
  for (const match of html.matchAll(INLINE_SCRIPT)) bytes += Buffer.byteLength(match[1] ?? '', 'utf8');
  return bytes;
}

/** The framework's JavaScript: the scripts that every measured page loads. */
export function commonScripts(pages: readonly (readonly string[])[]): string[] {
  const [first, ...rest] = pages;
  if (!first) return [];
  return first.filter((src) => rest.every((page) => page.includes(src)));
}

export interface BudgetResult {
  /** Gzipped bytes of every script the page loads. */
  totalJs: number;
  /** Gzipped bytes of the framework scripts. */
  frameworkJs: number;
  /** What the page adds on top of the framework. */
  extraJs: number;
  /** Largest total allowed. */
  limit: number;
  pass: boolean;
}

/**
 * Checks one page against `framework + extraBudget` (gzipped bytes).
 * `gzipBytes` maps a script src to its gzipped size; a script whose size is
 * unknown makes the check throw, since passing it silently would hide weight.
 */
export function evaluateBudget(
  scripts: readonly string[],
  framework: readonly string[],
  gzipBytes: ReadonlyMap<string, number>,
  extraBudget = EXTRA_JS_BUDGET_BYTES,
): BudgetResult {
  const size = (src: string): number => {
    const bytes = gzipBytes.get(src);
    if (bytes === undefined) throw new Error(`no size measured for script ${src}`);
    return bytes;
  };
  const sum = (list: readonly string[]): number => list.reduce((total, src) => total + size(src), 0);
  const totalJs = sum(scripts);
  const frameworkJs = sum(framework);
  const limit = frameworkJs + extraBudget;
  return { totalJs, frameworkJs, extraJs: totalJs - frameworkJs, limit, pass: totalJs <= limit };
}
