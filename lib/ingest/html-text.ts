/**
 * Parsing feed HTML, and reducing it to plain text (for fields such as Atom
 * `type="html"` titles). Plain text goes through the same allowlist as
 * article bodies, so the text of a <script>, <style> or <svg> never shows.
 */
import type { Root } from 'hast';
import { fromParse5 } from 'hast-util-from-parse5';
import { toString } from 'hast-util-to-string';
import { parseFragment } from 'parse5';
import rehypeSanitize from 'rehype-sanitize';
import { unified } from 'unified';
import { sanitizeSchema } from './sanitize-schema';

const sanitizer = unified().use(rehypeSanitize, sanitizeSchema).freeze();

/**
 * Parses an HTML fragment into an (untrusted, unsanitized) hast tree without
 * source positions. This is parse5 as rehype-parse calls it, less location
 * tracking: nothing downstream reads positions, and tracking them was about a
 * sixth of the parse.
 */
export function parseHtmlFragment(html: string): Root {
  const fragment = parseFragment(html, { sourceCodeLocationInfo: false, scriptingEnabled: false });
  return fromParse5(fragment) as Root;
}

/** The visible text of an HTML fragment, entities decoded. */
export function htmlToPlainText(html: string): string {
  return toString(sanitizer.runSync(parseHtmlFragment(html)));
}
