import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadThemeCatalog } from '@/lib/content/load-themes';
import { parseThemeCatalog } from '@/lib/guides/merge';
import { catalogOf } from './vocabulary-fixture';

const FILE = 'content/catalog/themes.yaml'; // as problems name it

const valid = catalogOf({
  faq: {
    groups: [{ slug: 'pay', label: 'Pay' }],
    themes: [{ slug: 'pay', label: 'What does the role pay?', group: 'pay', terms: [['salary', 'earn']] }],
  },
});

describe('parseThemeCatalog', () => {
  it('accepts a valid catalogue as it is', () => {
    expect(parseThemeCatalog(valid, FILE)).toEqual({ catalog: valid, errors: [] });
  });

  it('lists every problem at once, as file: field: message, and returns no catalogue', () => {
    const data = catalogOf({
      responsibility: {
        groups: [
          { slug: 'ops', label: 'Operations' },
          { slug: 'ops', label: 'Operations again' },
          { slug: 'other', label: 'Other things' },
          { slug: 'idle', label: 'Nothing in it' },
        ],
        themes: [
          { slug: 'deploying', label: 'Deploying', group: 'ops', terms: [['deploy']] },
          { slug: 'cleaning', label: 'Cleaning', group: 'data', terms: [['clean']] },
          { slug: 'empty', label: 'Empty', group: 'ops', terms: [[]] },
          { slug: 'questions', label: 'Questions', group: 'other', terms: [['how', 'the salary']] },
        ],
      },
      faq: {
        groups: [{ slug: 'ops', label: 'Operations' }],
        themes: [{ slug: 'deploying', label: 'Deploying', group: 'ops', terms: [['deploy']] }],
      },
    });
    const { catalog, errors } = parseThemeCatalog(data, FILE);
    expect(catalog).toBeNull();
    expect(errors).toEqual(
      expect.arrayContaining([
        `${FILE}: responsibility.themes.2.terms.0: a term group needs at least one term`,
        `${FILE}: responsibility.groups.1.slug: duplicate group "ops" (responsibility.groups.0)`,
        `${FILE}: responsibility.groups.2.slug: "other" is kept for statements no theme matches`,
        `${FILE}: responsibility.themes.1.group: unknown group "data" (responsibility groups: ops, other, idle)`,
        `${FILE}: responsibility.themes.3.terms.0.0: "how" has no words once stop words are dropped`,
        `${FILE}: responsibility.groups.3: group "idle" has no themes and no terms`,
        `${FILE}: faq.themes.0.slug: duplicate theme "deploying" (responsibility.themes.0)`,
      ]),
    );
    expect(errors).toHaveLength(7);
  });

  it('reports a missing kind and a theme without term groups', () => {
    const broken: Record<string, unknown> = {
      ...valid,
      faq: { ...valid.faq, themes: [{ ...valid.faq.themes[0], terms: [] }] },
    };
    delete broken['hiring-need'];
    const { errors } = parseThemeCatalog(broken, FILE);
    expect(errors).toEqual([
      `${FILE}: faq.themes.0.terms: needs at least one term group`,
      `${FILE}: hiring-need: Invalid input: expected object, received undefined`,
    ]);
  });
});

describe('loadThemeCatalog', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'themes-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('reports a file that is not YAML against the file, without throwing', () => {
    const file = path.join(dir, 'themes.yaml');
    fs.writeFileSync(file, 'faq: [unclosed');
    const { catalog, errors } = loadThemeCatalog(file);
    expect(catalog).toBeNull();
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(new RegExp(`^${file}: \\(file\\): `));
  });
});
