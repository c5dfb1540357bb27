/**
 * A conversion thread of `npm run ingest`: HTML in, Markdown out. Plain
 * JavaScript because worker threads on Node 20 do not inherit tsx's loader;
 * it loads the TypeScript converter through tsx's API instead.
 */
import { tsImport } from 'tsx/esm/api';

const { htmlToMarkdown } = await tsImport('../../lib/ingest/html-to-markdown.ts', import.meta.url);

/** @param {{ html: string; baseUrl: string | null }} job */
export default function convert(job) {
  return htmlToMarkdown(job.html, job.baseUrl);
}
