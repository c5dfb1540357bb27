/**
 * The bench's corpora, written on first use and shared by the phases: the
 * generated one (lib/bench/corpus) at any size, and the real-shaped one (real
 * feeds copied, lib/bench/real-corpus: the repository's own, or those of
 * `--real-feeds`) at any number of copies. Articles come from the ingest
 * phase's timed run when it made them, else from an untimed ingest.
 */
import fs from 'node:fs';
import path from 'node:path';
import { corpusName, type CorpusKey } from '@/lib/bench/corpus-keys';
import { isXmlText, realCorpusFeeds } from '@/lib/bench/real-corpus';
import { writeCorpusFeeds } from './corpus-files';
import { feedFiles, timeIngest } from './ingest-phase';

export { corpusLabel, corpusName, type CorpusKey } from '@/lib/bench/corpus-keys';

/**
 * Writes `copies` copies of the feeds in `feedsDir` into `dir`: every file
 * there that is XML (a plain-text article or a README is not a feed). Files
 * are read and written as Latin-1, one character per byte, so a feed in any
 * encoding that keeps ASCII as ASCII is copied byte for byte outside the
 * numbered fields.
 */
export function writeRealCorpusFeeds(feedsDir: string, dir: string, copies: number): number {
  const feeds = fs
    .readdirSync(feedsDir, { withFileTypes: true })
    .filter((entry) => entry.isFile() && !entry.name.startsWith('.'))
    .map((entry) => entry.name)
    .sort()
    .map((name) => ({ name, xml: fs.readFileSync(path.join(feedsDir, name), 'latin1') }))
    .filter((feed) => isXmlText(feed.xml));
  if (feeds.length === 0) throw new Error(`no feeds (XML files) in ${feedsDir} to make the real-shaped corpus from`);
  fs.mkdirSync(dir, { recursive: true });
  const copiesOut = realCorpusFeeds(feeds, copies);
  for (const feed of copiesOut) fs.writeFileSync(path.join(dir, feed.name), feed.xml, 'latin1');
  return copiesOut.length;
}

export function createCorpora(root: string, workDir: string, seed: number, realFeedsDir: string) {
  const articleDirs = new Map<string, string>();
  const feeds = (key: CorpusKey): string => {
    const dir = path.join(workDir, 'feeds', corpusName(key));
    if (!fs.existsSync(dir)) {
      if (key.kind === 'generated') {
        const written = writeCorpusFeeds(root, dir, key.articles, seed);
        console.log(`  generated ${key.articles} articles in ${written.length} feeds (seed ${seed})`);
      } else {
        const written = writeRealCorpusFeeds(realFeedsDir, dir, key.copies);
        console.log(`  wrote ${written} real-shaped feeds (${key.copies} copies of ${realFeedsDir})`);
      }
    }
    return dir;
  };
  return {
    /** The corpus's feed files, sorted. */
    feedFiles: (key: CorpusKey): string[] => feedFiles(feeds(key)),
    /** Where a timed ingest of this corpus writes, so later phases can reuse it. */
    contentDir: (key: CorpusKey): string => path.join(workDir, 'content', corpusName(key)),
    /** The corpus as articles: the ingest phase's output when it ran, else an untimed ingest now. */
    async articles(key: CorpusKey): Promise<string> {
      const name = corpusName(key);
      const known = articleDirs.get(name);
      if (known) return known;
      const dir = path.join(this.contentDir(key), 'articles');
      if (!fs.existsSync(dir))
        await timeIngest(root, `${name} for a later phase`, this.feedFiles(key), this.contentDir(key));
      articleDirs.set(name, dir);
      return dir;
    },
  };
}

export type Corpora = ReturnType<typeof createCorpora>;
