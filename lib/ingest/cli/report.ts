/** The ingest report: a line per source, warnings, a summary; or the same as JSON. */
import { formatWarning } from '../errors';
import type { IngestPlan } from '../plan';

export interface ReportExtras {
  json: boolean;
  dryRun: boolean;
  /** Temporary files of stopped runs that were removed (or, in a dry run, would be). */
  cleared?: readonly string[];
  /** Items converted in this run, and items whose earlier conversion was reused. */
  conversions?: { converted: number; reused: number };
  /** True when nothing changed since the last complete run, which answered without parsing a feed. */
  replayed?: boolean;
}

export function printReport(
  plan: Pick<IngestPlan, 'sources' | 'writes' | 'unchanged' | 'skipped' | 'warnings'>,
  { json, dryRun, cleared = [], conversions, replayed = false }: ReportExtras,
): void {
  const summary = {
    sources: plan.sources.length,
    ingested: plan.sources.filter((source) => source.status === 'ingested').length,
    rejected: plan.sources.filter((source) => source.status === 'rejected').length,
    written: plan.writes.length,
    unchanged: plan.unchanged.length,
    skipped: plan.skipped,
    warnings: plan.warnings.length,
    converted: conversions?.converted ?? null,
    reused: conversions?.reused ?? null,
    cleared: cleared.length,
    replayed,
    dryRun,
  };
  if (json) {
    const output = {
      summary,
      sources: plan.sources,
      written: plan.writes.map((write) => write.slug),
      unchanged: plan.unchanged,
      warnings: plan.warnings,
      cleared,
    };
    console.log(JSON.stringify(output, null, 2));
    return;
  }
  for (const source of plan.sources) {
    if (source.status === 'rejected') {
      console.error(`✗ rejected ${source.error ?? source.name}`);
    } else {
      console.log(
        `✓ ${source.name}: ${source.format}, ${source.items} item(s): ${source.written} written, ${source.unchanged} unchanged, ${source.skipped} skipped`,
      );
    }
  }
  for (const warning of plan.warnings) console.error(`warning: ${formatWarning(warning)}`);
  const removed = dryRun ? 'would remove' : 'removed';
  for (const name of cleared) console.error(`${removed} ${name}: a temporary file left by an ingest that was stopped`);
  const verb = dryRun ? 'would write' : 'written';
  console.log(
    `${summary.sources} source(s) (${summary.ingested} ingested, ${summary.rejected} rejected); articles: ${summary.written} ${verb}, ${summary.unchanged} unchanged, ${summary.skipped} item(s) skipped; ${summary.warnings} warning(s)` +
      (conversions ? `; items: ${conversions.converted} converted, ${conversions.reused} reused` : '') +
      (replayed ? '; nothing changed since the last run, so no feed was parsed or converted' : ''),
  );
}
