/**
 * HTML building blocks in the markup WordPress's block editor emits (the
 * shape of content:encoded in content/sources/*.rss.xml), so the sanitizer
 * and the HTML-to-Markdown conversion meet the same classes, figures and
 * blank-line runs they meet in real feeds.
 */

/** Escapes text for HTML element content and double-quoted attributes. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

// WordPress separates blocks with three blank lines.
const BLOCK_GAP = '\n\n\n\n';

export const joinBlocks = (blocks: readonly string[]): string => blocks.join(BLOCK_GAP);

export const paragraph = (text: string): string => `<p>${escapeHtml(text)}</p>`;

export const heading = (level: 2 | 3, text: string): string =>
  `<h${level} class="wp-block-heading"><strong>${escapeHtml(text)}</strong></h${level}>`;

export function list(items: readonly string[], ordered = false): string {
  const tag = ordered ? 'ol' : 'ul';
  const lis = items.map((item) => `<li>${escapeHtml(item)}</li>`).join('\n\n\n\n');
  return `<${tag} class="wp-block-list">\n${lis}\n</${tag}>`;
}

/** A table block; the first row is the header, as the block editor writes it. */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const head = `<thead><tr>${header.map((cell) => `<th>${escapeHtml(cell)}</th>`).join('')}</tr></thead>`;
  const body = rows.map((row) => `<tr>${row.map((cell) => `<td>${escapeHtml(cell)}</td>`).join('')}</tr>`).join('');
  return `<figure class="wp-block-table"><table class="has-fixed-layout">${head}<tbody>${body}</tbody></table></figure>`;
}

export function image(src: string, alt: string): string {
  const escaped = escapeHtml(alt);
  return (
    `<figure class="wp-block-image size-large"><img decoding="async" width="1024" height="683" src="${escapeHtml(src)}" ` +
    `alt="${escaped}" class="wp-image" /><figcaption class="wp-element-caption">${escaped}</figcaption></figure>`
  );
}

export const separator = '<hr class="wp-block-separator has-alpha-channel-opacity"/>';
