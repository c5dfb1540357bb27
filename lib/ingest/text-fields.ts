/**
 * Clean-up for the short text fields of a feed (titles, names, categories).
 * They end up in YAML, page titles and logs, so they are decoded once,
 * stripped of control characters and collapsed onto one line.
 */
import { decodeHTML } from 'entities';

// C0/C1 controls (other than whitespace) and the Unicode non-characters.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffe\uffff]/g;

/**
 * Drops control characters other than tab, line feed and carriage return.
 * The XML layer strips raw ones, but a character reference (`&#7;`, or
 * `&amp;#7;` in escaped HTML) brings them back once decoded.
 */
export function stripControls(text: string): string {
  return text.replace(CONTROL, '');
}

/**
 * A plain-text field. RSS puts entity-encoded text in titles (WordPress
 * writes `&#8217;` and sometimes `&amp;#8217;`), so HTML entities are decoded
 * after the XML layer has decoded its own.
 */
export function cleanTextField(value: string | undefined, { html = true } = {}): string | null {
  if (value === undefined) return null;
  const decoded = html ? decodeHTML(value) : value;
  const cleaned = stripControls(decoded).replace(/\s+/g, ' ').trim().normalize('NFC');
  return cleaned.length > 0 ? cleaned : null;
}

const HTTP = ['http:', 'https:'];

/**
 * Resolves a reference against a base (when there is one) and returns the
 * absolute URL only if its scheme is one of `schemes`; everything else
 * (javascript:, data:, file:, unparsable text) comes back as null.
 */
export function resolveUrl(
  reference: unknown,
  base: string | null | undefined,
  schemes: readonly string[],
): string | null {
  if (typeof reference !== 'string' || !reference.trim()) return null;
  try {
    const url = base ? new URL(reference.trim(), base) : new URL(reference.trim());
    return schemes.includes(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}

/** Resolves a reference against a base; returns it only if it is absolute http(s). */
export function toHttpUrl(reference: string | undefined | null, base?: string | null): string | null {
  return resolveUrl(reference, base, HTTP);
}
