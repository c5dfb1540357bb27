import { decodeHTML } from 'entities';

/**
 * The text of every `<h{level}>` in server HTML, tags and React's comment
 * markers removed and entities decoded. For checks over hundreds of
 * prerendered pages, where fetching the HTML is enough and a browser per
 * page would only add minutes.
 */
export function headingTexts(html: string, level: number): string[] {
  const pattern = new RegExp(`<h${level}\\b[^>]*>([\\s\\S]*?)</h${level}>`, 'g');
  return [...html.matchAll(pattern)].map((match) =>
    decodeHTML((match[1] ?? '').replace(/<!--[\s\S]*?-->/g, '').replace(/<[^>]+>/g, ''))
      .replace(/\s+/g, ' ')
      .trim(),
  );
}
