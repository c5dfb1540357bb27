/**
 * A conversion thread of `npm run ingest`: HTML in, Markdown out. Plain
 * JavaScript because worker threads on Node 20 do not inherit tsx's loader;
 * it loads the TypeScript converter through tsx's API instead.
 */
import { tsImport } from 'tsx/esm/api';

const { htmlToMarkdown } = await tsImport('../../lib/ingest/html-to-markdown.ts', import.meta.url);

/**
 * Converts one job; `null` is the queue's first call, which only waits for the converter to load.
 * @param {{ html: string; baseUrl: string | null } | null} job
 */
export default function convert(job) {
  return job === null ? null : htmlToMarkdown(job.html, job.baseUrl);
}
