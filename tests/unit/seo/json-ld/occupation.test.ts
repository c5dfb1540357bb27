import fs from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import type { MonetaryAmount } from 'schema-dts';
import { describe, expect, it } from 'vitest';
import { occupationJsonLd } from '@/lib/seo/json-ld/occupation';
import { guideFor, records, ROLES_DIR, SITE } from '../site-fixture';

const guide = guideFor('ai-engineer');
const data = occupationJsonLd(guide, SITE);
const salaries = (
  Array.isArray(data.estimatedSalary) ? data.estimatedSalary : [data.estimatedSalary]
) as MonetaryAmount[];

describe('occupationJsonLd (AI Engineer, from the published records)', () => {
  it('names the role with its tagline and the guide address', () => {
    expect(data['@context']).toBe('https://schema.org');
    expect(data['@type']).toBe('Occupation');
    expect(data.name).toBe('AI Engineer');
    expect(data.description).toBe(guide.role.tagline);
    expect(data.url).toBe('https://careers.example.org/roles/ai-engineer');
  });

  it('gives the yearly US dollar pay as the lowest and highest amount the records state, first', () => {
    const figures = records.salaries.filter(
      (figure) => figure.role.slug === 'ai-engineer' && figure.currency === 'USD' && figure.period === 'year',
    );
    expect(figures.length).toBeGreaterThan(0);
    // An "up to" figure states only its max; any other figure's lowest amount is its min.
    const lows = figures.map((figure) => figure.min ?? figure.max ?? Number.NaN);
    const highs = figures.map((figure) => figure.max ?? figure.min ?? Number.NaN);
    const [yearlyUsd] = salaries;
    expect(yearlyUsd).toMatchObject({
      '@type': 'MonetaryAmount',
      currency: 'USD',
      minValue: Math.min(...lows),
      maxValue: Math.max(...highs),
      value: {
        '@type': 'QuantitativeValue',
        unitText: 'YEAR',
        minValue: Math.min(...lows),
        maxValue: Math.max(...highs),
      },
    });
  });

  it('has one amount per currency and period the pay section shows, and no other', () => {
    const shown = new Set(
      records.salaries
        .filter((figure) => figure.role.slug === 'ai-engineer')
        .map((figure) => `${figure.currency}/${figure.period}`),
    );
    const units = { YEAR: 'year', MONTH: 'month', HOUR: 'hour' } as Record<string, string>;
    const given = salaries.map((amount) => {
      const value = amount.value as { unitText: string };
      return `${String(amount.currency)}/${units[value.unitText]}`;
    });
    expect(new Set(given)).toEqual(shown);
    expect(given).toHaveLength(shown.size);
  });

  it('lists the top skills the key facts show, in their order', () => {
    expect(data.skills).toEqual(guide.topSkills.map((skill) => skill.name));
    expect(guide.topSkills.length).toBeGreaterThan(0);
  });

  it('states the typical education and the certifications the guide lists', () => {
    expect(data.educationRequirements).toBe(guide.typicalEducation?.text);
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
        pay: { byLevel: [], byLocation: [], figureCount: 0, summaries: [], glance: null },
        topSkills: [],
        typicalEducation: null,
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
