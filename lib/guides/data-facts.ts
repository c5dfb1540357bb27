/**
 * The numbers /about quotes when it explains the data and its limits, computed
 * from the records so the explanation stays true as content changes.
 */
import type { CurrencyCode } from '@/lib/content/schema';
import type { CareerRecords } from '@/lib/records/build-records';

export interface DataFacts {
  figures: number;
  fromTables: number;
  fromProse: number;
  periodAssumed: number;
  withoutRole: number;
  credited: number;
  openEnded: number;
  currencies: { currency: CurrencyCode; figures: number }[];
  articlesWithFigures: number;
  leftOut: number;
  skillsFound: number;
  certifications: number;
  guideFacts: number;
}

export function dataFacts(records: CareerRecords): DataFacts {
  const { salaries } = records;
  const byCurrency = new Map<CurrencyCode, number>();
  for (const figure of salaries) byCurrency.set(figure.currency, (byCurrency.get(figure.currency) ?? 0) + 1);
  const fromTables = salaries.filter((figure) => figure.provenance.table !== null).length;
  return {
    figures: salaries.length,
    fromTables,
    fromProse: salaries.length - fromTables,
    periodAssumed: salaries.filter((figure) => figure.periodAssumed).length,
    withoutRole: salaries.filter((figure) => figure.role.slug === null).length,
    credited: salaries.filter((figure) => figure.credited !== null).length,
    openEnded: salaries.filter((figure) => figure.openEnded).length,
    currencies: [...byCurrency]
      .map(([currency, figures]) => ({ currency, figures }))
      .sort((a, b) => b.figures - a.figures || a.currency.localeCompare(b.currency)),
    articlesWithFigures: new Set(salaries.map((figure) => figure.provenance.article)).size,
    leftOut: records.unparsed.length,
    skillsFound: records.skills.filter((skill) => skill.articles.length > 0).length,
    certifications: records.certifications.filter((certification) => certification.articles.length > 0).length,
    guideFacts: records.guideFacts.length,
  };
}
