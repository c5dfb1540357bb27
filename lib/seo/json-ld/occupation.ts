import type { MonetaryAmount, MonetaryAmountDistribution, Occupation, WithContext } from 'schema-dts';
import type { RoleGuide } from '@/lib/guides/role/guide';
import type { PaySummary } from '@/lib/guides/pay/summary';
import { BASIS_LABELS, describeEvidence, describeThin, summaryLevelLabel } from '@/lib/guides/pay/summary-text';

/**
 * One yearly summary as the guide's at-a-glance panel shows it: a
 * distribution (median, 25th and 75th percentile) when there is enough
 * evidence, named with how it was computed; otherwise the lowest and highest
 * amount stated, named as such. Never a number the page does not show.
 */
function toSalary(summary: PaySummary): MonetaryAmountDistribution | MonetaryAmount {
  const what = `${summaryLevelLabel(summary.level)}, ${BASIS_LABELS[summary.basis].toLowerCase()}`;
  if (summary.median !== null && summary.p25 !== null && summary.p75 !== null) {
    return {
      '@type': 'MonetaryAmountDistribution',
      name: `${what}: median and middle half computed from ${describeEvidence(summary)}`,
      currency: summary.currency,
      duration: 'P1Y',
      median: summary.median,
      percentile25: summary.p25,
      percentile75: summary.p75,
    };
  }
  return {
    '@type': 'MonetaryAmount',
    name: `${what}: lowest to highest amount stated, ${describeThin(summary)}`,
    currency: summary.currency,
    minValue: summary.low,
    maxValue: summary.high,
    value: { '@type': 'QuantitativeValue', minValue: summary.low, maxValue: summary.high, unitText: 'YEAR' },
  };
}

/**
 * A role guide as a schema.org Occupation, from what the guide shows: the
 * tagline, the top skills of its panel, the typical education, the
 * certifications, yearly salary by level in the role's main currency as the
 * panel summarises it, and the nearest official occupation code. Fields the
 * sources do not cover are left out rather than filled in. Pure.
 */
export function occupationJsonLd(guide: RoleGuide, siteUrl: URL): WithContext<Occupation> {
  const { role } = guide;
  const { occupation } = role;
  const salary = guide.pay.glance?.salary ?? [];
  const [degree] = guide.educationSummary.degrees;
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
    ...(degree && {
      educationRequirements: {
        '@type': 'EducationalOccupationalCredential' as const,
        credentialCategory: degree.label,
        name: `${degree.label}, named by ${degree.articles.length} of ${guide.educationSummary.articles.length} articles that state education`,
      },
    }),
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
    ...(salary.length > 0 && { estimatedSalary: salary.map(toSalary) }),
  };
}
