/** Writes the generated benchmark corpus (lib/bench/corpus) as feed files. */
import fs from 'node:fs';
import path from 'node:path';
import { generateCorpus, type CorpusFeed } from '@/lib/bench/corpus';
import { certificationCatalogEntrySchema, skillCatalogEntrySchema } from '@/lib/content/schema';
import { loadRoles, loadYamlList } from '@/lib/records/load-catalog';

/** Generates `count` articles from the site's own roles and catalogues and writes the feeds into `dir`. */
export function writeCorpusFeeds(root: string, dir: string, count: number, seed: number): CorpusFeed[] {
  const content = path.join(root, 'content');
  const roles = loadRoles(path.join(content, 'roles'));
  const skills = loadYamlList(path.join(content, 'catalog', 'skills.yaml'), skillCatalogEntrySchema);
  const certifications = loadYamlList(
    path.join(content, 'catalog', 'certifications.yaml'),
    certificationCatalogEntrySchema,
  );
  const errors = [...roles.errors, ...skills.errors, ...certifications.errors];
  if (errors.length > 0) throw new Error(`the catalogues are invalid:\n${errors.join('\n')}`);
  const feeds = generateCorpus({
    count,
    seed,
    roles: roles.items,
    skills: skills.items,
    certifications: certifications.items.map((entry) => entry.name),
  });
  fs.mkdirSync(dir, { recursive: true });
  for (const feed of feeds) fs.writeFileSync(path.join(dir, feed.name), feed.xml);
  return feeds;
}
