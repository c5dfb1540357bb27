/**
 * Re-ingest without re-converting: an item whose raw HTML, base URL and
 * converter are unchanged gets the body its earlier conversion wrote, read
 * back from the article file. The manifest only says where to look; a body is
 * reused only when its hash still matches, so a file edited by hand, a run
 * killed half-way or a manifest from elsewhere can cost a conversion, never a
 * wrong article. Pure: the CLI reads and writes the manifest.
 */
import { createHash } from 'node:crypto';
import { ingestManifestSchema, type Article, type IngestManifest } from '@/lib/content/schema';

/** The manifest's file name inside the content directory. */
export const MANIFEST_FILE = '.ingest-manifest.json';

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

/**
 * The converter's identity: a hash of its source files, the lockfile and the library patches
 * (name and text of each, in name order), so any change to the conversion
 * code or to a library version invalidates every earlier conversion.
 */
export function converterFingerprint(files: ReadonlyArray<{ name: string; text: string }>): string {
  const hash = createHash('sha256');
  for (const file of [...files].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)))
    hash.update(`${file.name}\u0000${file.text}\u0000`);
  return hash.digest('hex');
}

/** The key of one conversion: what goes in (HTML and base URL) and which converter. */
export function conversionKey(converter: string, html: string, baseUrl: string | null): string {
  return sha256(`${converter}\u0000${baseUrl ?? ''}\u0000${html}`);
}

/** The body as the converter returned it, rebuilt from an article read back from its file. */
const bodyOnDisk = (article: Article): string => `${article.body.trim()}\n`;

/** Reads a manifest's JSON; anything unreadable or of another converter is no manifest at all. */
export function readManifest(json: string | null, converter: string): IngestManifest | null {
  if (json === null) return null;
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return null;
  }
  const parsed = ingestManifestSchema.safeParse(data);
  return parsed.success && parsed.data.converter === converter ? parsed.data : null;
}

/** Conversions that can be reused, by key: those whose article still holds exactly the body recorded. */
export function reusableBodies(manifest: IngestManifest | null, existing: readonly Article[]): Map<string, string> {
  const bodies = new Map<string, string>();
  if (!manifest) return bodies;
  const bySlug = new Map(existing.map((article) => [article.slug, article]));
  const checked = new Map<string, string | null>();
  for (const [key, entry] of Object.entries(manifest.items)) {
    let body = checked.get(entry.slug);
    if (body === undefined) {
      const article = bySlug.get(entry.slug);
      body = article ? bodyOnDisk(article) : null;
      checked.set(entry.slug, body);
    }
    if (body !== null && sha256(body) === entry.body) bodies.set(key, body);
  }
  return bodies;
}

/**
 * The manifest after a run: every conversion (key -> body) whose body one of
 * `articles` holds. Conversions that lost the merge to another copy of the
 * article are left out; they are converted again next time.
 */
export function nextManifest(
  converter: string,
  conversions: ReadonlyMap<string, string>,
  articles: ReadonlyArray<Pick<Article, 'slug' | 'body'>>,
): IngestManifest {
  const slugByBody = new Map(articles.map((article) => [`${article.body.trim()}\n`, article.slug]));
  const items: IngestManifest['items'] = {};
  for (const key of [...conversions.keys()].sort()) {
    const body = conversions.get(key) ?? '';
    const slug = slugByBody.get(body);
    if (slug !== undefined) items[key] = { slug, body: sha256(body) };
  }
  return { format: 1, converter, items };
}
