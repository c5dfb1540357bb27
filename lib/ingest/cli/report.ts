/** The ingest report: a line per source, warnings, a summary; or the same as JSON. */
import { formatWarning } from '../errors';
import type { IngestPlan } from '../plan';

export function printReport(plan: IngestPlan, { json, dryRun }: { json: boolean; dryRun: boolean }): void {
  const summary = {
    sources: plan.sources.length,
    ingested: plan.sources.filter((source) => source.status === 'ingested').length,
    rejected: plan.sources.filter((source) => source.status === 'rejected').length,
    written: plan.writes.length,
    unchanged: plan.unchanged.length,
    skipped: plan.skipped,
    warnings: plan.warnings.length,
    dryRun,
  };
  if (json) {
    const output = {
      summary,
      sources: plan.sources,
      written: plan.writes.map((write) => write.slug),
      unchanged: plan.unchanged,
      warnings: plan.warnings,
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
  const verb = dryRun ? 'would write' : 'written';
  console.log(
    `${summary.sources} source(s) (${summary.ingested} ingested, ${summary.rejected} rejected); articles: ${summary.written} ${verb}, ${summary.unchanged} unchanged, ${summary.skipped} item(s) skipped; ${summary.warnings} warning(s)`,
  );
}
