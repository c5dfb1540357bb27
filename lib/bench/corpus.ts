/**
 * The benchmark corpus: N realistic career articles, deterministic for a
 * seed, written as several RSS 2.0 feeds. Pure; the bench script writes the
 * feeds to disk and runs the real ingest on them.
 */
import { generateArticle, slugify, type ArticleSpec, type CorpusRole, type CorpusSkill } from './corpus-article';
import { feedXml } from './corpus-feed';
import { TITLE_FOCUS, TITLE_TEMPLATES } from './corpus-words';
import { createRandom, type Random } from './random';

export type { CorpusRole, CorpusSkill } from './corpus-article';

export interface CorpusOptions {
  /** How many articles. */
  count: number;
  seed: number;
  /** The site's roles (content/roles): every article is about one of them. */
  roles: readonly CorpusRole[];
  /** The skill catalogue (content/catalog/skills.yaml), so skills tables name real entries. */
  skills: readonly CorpusSkill[];
  /** Certification names from content/catalog/certifications.yaml. */
  certifications: readonly string[];
  /** Items per feed file; WordPress tag feeds are paged, so a corpus is several files. */
  itemsPerFeed?: number;
}

export interface CorpusFeed {
  /** File name, e.g. `bench-ai-engineer-01.rss.xml`. */
  name: string;
  xml: string;
  items: number;
}

const YEARS = [2024, 2025];

/** Distinct (template, role, focus, year) titles in a seeded order, numbered beyond the combinations. */
function titleSpecs(count: number, roles: readonly CorpusRole[], random: Random): ArticleSpec[] {
  const combos: Omit<ArticleSpec, 'index' | 'other'>[] = [];
  for (const template of TITLE_TEMPLATES)
    for (const role of roles)
      for (const focus of TITLE_FOCUS)
        for (const year of YEARS) combos.push({ title: template(role.name, year, focus), role, year });
  const order = random.sample(combos, combos.length);
  return Array.from({ length: count }, (_, index) => {
    const combo = order[index % order.length];
    if (!combo) throw new Error('no roles to write about');
    const round = Math.floor(index / order.length);
    const others = roles.filter((role) => role.slug !== combo.role.slug);
    return {
      ...combo,
      title: round === 0 ? combo.title : `${combo.title}, Part ${round + 1}`,
      index,
      other: others.length > 0 ? random.pick(others) : combo.role,
    };
  });
}

/** Generates the corpus; the same options always give byte-identical feeds. */
export function generateCorpus(options: CorpusOptions): CorpusFeed[] {
  const { count, seed, roles, skills, certifications, itemsPerFeed = 50 } = options;
  if (roles.length < 2) throw new Error('the corpus needs at least two roles to compare');
  const random = createRandom(seed);
  const specs = titleSpecs(count, roles, random);
  const items = specs.map((spec) => ({ spec, item: generateArticle(spec, random, skills, certifications) }));

  // Grouped by role, as tag archives are, then paged.
  const feeds: CorpusFeed[] = [];
  for (const role of roles) {
    const ofRole = items.filter(({ spec }) => spec.role.slug === role.slug).map(({ item }) => item);
    for (let page = 0; page * itemsPerFeed < ofRole.length; page += 1) {
      const chunk = ofRole.slice(page * itemsPerFeed, (page + 1) * itemsPerFeed);
      const tag = slugify(role.name);
      feeds.push({
        name: `bench-${tag}-${String(page + 1).padStart(2, '0')}.rss.xml`,
        xml: feedXml(tag, chunk),
        items: chunk.length,
      });
    }
  }
  return feeds;
}
