/**
 * The converter's Markdown, pinned byte for byte on documents it has no
 * special case for. The libraries it runs are patched for speed
 * (`patches/`); the fixture was written by the converter before any of
 * those patches changed its libraries' code paths, so a patch, an upgrade
 * or a plugin that changes what an article turns into fails here, with the
 * document that shows it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { htmlToMarkdown } from '@/lib/ingest/html-to-markdown';
import { randomDocuments } from '../../helpers/random-html';

const fixture = path.resolve(import.meta.dirname, '..', '..', 'fixtures', 'converter', 'random-documents.json');

describe('htmlToMarkdown output', () => {
  it('is unchanged on 150 random documents of every allowed element, Markdown punctuation and white space', () => {
    const expected: unknown = JSON.parse(fs.readFileSync(fixture, 'utf8'));
    if (!Array.isArray(expected)) throw new Error(`${fixture}: expected a JSON array of Markdown texts`);
    const documents = randomDocuments(expected.length, 2026);
    expect(documents).toHaveLength(150);
    documents.forEach(({ html, baseUrl }, index) => {
      expect(htmlToMarkdown(html, baseUrl), `document ${index}:\n${html}`).toBe(expected[index]);
    });
  });
});
