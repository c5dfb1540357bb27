import fs from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import type { MonetaryAmount, MonetaryAmountDistribution } from 'schema-dts';
import { describe, expect, it } from 'vitest';
import { occupationJsonLd } from '@/lib/seo/json-ld/occupation';
import { guideFor, ROLES_DIR, SITE } from '../site-fixture';

const guide = guideFor('ai-engineer');
const data = occupationJsonLd(guide, SITE);
const salaries = (Array.isArray(data.estimatedSalary) ? data.estimatedSalary : [data.estimatedSalary]) as (
  MonetaryAmount | MonetaryAmountDistribution
)[];

describe('occupationJsonLd (AI Engineer, from the published records)', () => {
  it('names the role with its tagline and the guide address', () => {
    expect(data['@context']).toBe('https://schema.org');
    expect(data['@type']).toBe('Occupation');
    expect(data.name).toBe('AI Engineer');
    expect(data.description).toBe(guide.role.tagline);
    expect(data.url).toBe('https://careers.example.org/roles/ai-engineer');
  });

  it('states the yearly salary summaries the panel shows, level by level, with the same numbers', () => {
    const shown = guide.pay.glance?.salary ?? [];
    expect(shown.length).toBeGreaterThan(0);
    expect(salaries).toHaveLength(shown.length);
    shown.forEach((summary, index) => {
      const given = salaries[index] as unknown as Record<string, unknown>;
      expect(given.currency).toBe(summary.currency);
      if (summary.median !== null) {
        expect(given).toMatchObject({
          '@type': 'MonetaryAmountDistribution',
          duration: 'P1Y',
          median: summary.median,
          percentile25: summary.p25,
          percentile75: summary.p75,
        });
        expect(String(given.name)).toMatch(/computed from \d+ figures? from \d+ articles?/);
      } else {
        expect(given).toMatchObject({ '@type': 'MonetaryAmount', minValue: summary.low, maxValue: summary.high });
        expect(String(given.name)).toMatch(/as stated|stated, (based on one article|only)/);
      }
    });
  });

  it('never states a figure the records set apart as an outlier', () => {
    const outliers = (guide.pay.glance?.salary ?? [])
      .flatMap((summary) => summary.figures)
      .filter((entry) => entry.excluded === 'outlier')
      .map((entry) => entry.value);
    expect(outliers.length).toBeGreaterThan(0);
    const stated = JSON.stringify(salaries);
    for (const value of outliers) expect(stated).not.toContain(String(value));
  });

  it('lists the top skills the key facts show, in their order', () => {
    expect(data.skills).toEqual(guide.topSkills.map((skill) => skill.name));
    expect(guide.topSkills.length).toBeGreaterThan(0);
  });

  it('states the degree most articles name, with how many, and the certifications the guide lists', () => {
    const [degree] = guide.educationSummary.degrees;
    expect(data.educationRequirements).toMatchObject({
      '@type': 'EducationalOccupationalCredential',
      credentialCategory: degree?.label,
    });
    expect(data.qualifications).toEqual(
      guide.certifications.map((certification) => expect.objectContaining({ name: certification.name })),
    );
  });

  it("uses the SOC code of the role's file", () => {
    const front = matter(fs.readFileSync(path.join(ROLES_DIR, 'ai-engineer.md'), 'utf8')).data;
    expect(data.occupationalCategory).toEqual({
      '@type': 'CategoryCode',
      codeValue: front.occupation.code,
      name: front.occupation.title,
      inCodeSet: { '@type': 'CategoryCodeSet', name: front.occupation.system },
    });
  });
});

describe('occupationJsonLd (a role the sources say little about)', () => {
  it('leaves out pay, skills, education and certifications the guide does not have', () => {
    const bare = guideFor('ai-engineer');
    const empty = occupationJsonLd(
      {
        ...bare,
        pay: { figureCount: 0, summaries: [], glance: null },
        topSkills: [],
        educationSummary: { articles: [], degrees: [], fields: [] },
        certifications: [],
      },
      SITE,
    );
    expect(empty).not.toHaveProperty('estimatedSalary');
    expect(empty).not.toHaveProperty('skills');
    expect(empty).not.toHaveProperty('educationRequirements');
    expect(empty).not.toHaveProperty('qualifications');
    expect(empty.occupationalCategory).toBeDefined();
  });
});
