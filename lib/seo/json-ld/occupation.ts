import type { MonetaryAmount, Occupation, WithContext } from 'schema-dts';
import type { PayPeriod } from '@/lib/content/schema';
import type { RoleGuide } from '@/lib/guides/role/guide';
import type { SalarySeries } from '@/lib/guides/pay/series';
import { describeUnit } from '@/lib/guides/pay/text';

/** schema.org's unit words for a pay period, as Google's salary markup uses them. */
const UNIT_TEXT: Record<PayPeriod, string> = { year: 'YEAR', month: 'MONTH', hour: 'HOUR' };

/**
 * One pay series (one currency and period) as the lowest and highest amount
 * its figures state: the same spread the guide's pay section charts, never an
 * average. MonetaryAmount carries the bounds; it has no `duration`, so the
 * period goes in the nested QuantitativeValue's `unitText`.
 */
function toMonetaryAmount(series: SalarySeries): MonetaryAmount {
  return {
    '@type': 'MonetaryAmount',
    name: `Pay (${describeUnit(series)}): lowest to highest figure the sources state`,
    currency: series.currency,
    minValue: series.low,
    maxValue: series.high,
    value: {
      '@type': 'QuantitativeValue',
      minValue: series.low,
      maxValue: series.high,
      unitText: UNIT_TEXT[series.period],
    },
  };
}

/**
 * A role guide as a schema.org Occupation, from what the guide shows: the
 * tagline, the top skills of its key facts, the typical education, the
 * certifications, pay by level (every currency and period it shows, yearly US
 * dollars first) and the nearest official occupation code. Fields the sources
 * do not cover are left out rather than filled in. Pure.
 */
export function occupationJsonLd(guide: RoleGuide, siteUrl: URL): WithContext<Occupation> {
  const { role } = guide;
  const { occupation } = role;
  return {
    '@context': 'https://schema.org',
    '@type': 'Occupation',
    name: role.name,
    description: role.tagline,
    url: new URL(`/roles/${role.slug}`, siteUrl).href,
    occupationalCategory: {
      '@type': 'CategoryCode',
      codeValue: occupation.code,
      name: occupation.title,
      inCodeSet: { '@type': 'CategoryCodeSet', name: occupation.system },
    },
    ...(guide.topSkills.length > 0 && { skills: guide.topSkills.map((skill) => skill.name) }),
    ...(guide.typicalEducation && { educationRequirements: guide.typicalEducation.text }),
    ...(guide.certifications.length > 0 && {
      qualifications: guide.certifications.map((certification) => ({
        '@type': 'EducationalOccupationalCredential' as const,
        name: certification.name,
        credentialCategory: 'certification',
        ...(certification.issuer !== null && {
          recognizedBy: { '@type': 'Organization' as const, name: certification.issuer },
        }),
      })),
    }),
    ...(guide.pay.byLevel.length > 0 && { estimatedSalary: guide.pay.byLevel.map(toMonetaryAmount) }),
  };
}
