/**
 * The build's records cache on disk: one JSON file per article, named by a
 * hash of everything its records depend on (the article's slug, title and
 * body, the roles and catalogues, the extractors' version). A build after one
 * article changed extracts that one; the rest are read back and parsed with
 * the same schema as any input.
 *
 * The cache lives under `.next/cache`, which is the build's own working
 * space: it never writes to `content/`.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { articleRecordsSchema, type Article } from '@/lib/content/schema';
import type { ArticleRecordsCache, RecordsInput } from '@/lib/records/build-records';
import { articleEntriesDir } from './layout';

/** The cache of one set of roles and catalogues under `dir`, for extractors of `version`. */
export function fileRecordsCache(
  dir: string,
  version: string,
  catalogues: Omit<RecordsInput, 'articles'>,
): ArticleRecordsCache {
  const articlesDir = articleEntriesDir(dir);
  const context = createHash('sha256')
    .update(`${version}\u0000${JSON.stringify(catalogues)}`)
    .digest('hex');
  // Each article is looked up more than once in a run (whether it is cached, its entry,
  // then writing it), so its file name is hashed once.
  const files = new WeakMap<Article, string>();
  const fileOf = (article: Article): string => {
    let file = files.get(article);
    if (file === undefined) {
      const hash = createHash('sha256')
        .update(`${context}\u0000${article.slug}\u0000${article.title}\u0000${article.body}`)
        .digest('hex');
      file = path.join(articlesDir, `${hash}.json`);
      files.set(article, file);
    }
    return file;
  };
  let madeDir = false;
  return {
    has(article) {
      return fs.existsSync(fileOf(article));
    },
    get(article) {
      const file = fileOf(article);
      // Looked for first: a failed read throws, and a cold build misses every article.
      if (!fs.existsSync(file)) return undefined;
      let json: unknown;
      try {
        json = JSON.parse(fs.readFileSync(file, 'utf8'));
      } catch {
        return undefined;
      }
      const parsed = articleRecordsSchema.safeParse(json);
      return parsed.success && parsed.data.article === article.slug ? parsed.data : undefined;
    },
    set(article, records) {
      // A cache that cannot be written only costs the next build the extraction.
      try {
        if (!madeDir) fs.mkdirSync(articlesDir, { recursive: true });
        madeDir = true;
        const file = fileOf(article);
        const temp = `${file}.${process.pid}.tmp`;
        fs.writeFileSync(temp, JSON.stringify(records));
        fs.renameSync(temp, file);
      } catch {
        // Read-only or full disk: build without the cache.
      }
    },
  };
}
