/**
 * Parsing feed HTML, and reducing it to plain text (for fields such as Atom
 * `type="html"` titles). Plain text goes through the same allowlist as
 * article bodies, so the text of a <script>, <style> or <svg> never shows.
 */
import type { Root } from 'hast';
import { toString } from 'hast-util-to-string';
import rehypeParse from 'rehype-parse';
import rehypeSanitize from 'rehype-sanitize';
import { unified } from 'unified';
import { sanitizeSchema } from './sanitize-schema';

const parser = unified().use(rehypeParse, { fragment: true }).freeze();
const sanitizer = unified().use(rehypeSanitize, sanitizeSchema).freeze();

/** Parses an HTML fragment into an (untrusted, unsanitized) hast tree. */
export function parseHtmlFragment(html: string): Root {
  return parser.parse(html);
}

/** The visible text of an HTML fragment, entities decoded. */
export function htmlToPlainText(html: string): string {
  return toString(sanitizer.runSync(parseHtmlFragment(html)));
}
