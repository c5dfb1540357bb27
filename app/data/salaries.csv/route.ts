import { getCareerRecords } from '@/lib/records';
import { toSalariesCsv } from '@/lib/records/csv';
import { CSV_CONTENT_TYPE } from '@/lib/records/data-dictionary';

// Written to a file at build time: the records change only when content/ does.
export const dynamic = 'force-static';

/** Every salary figure as CSV, one row per figure with its provenance. */
export function GET(): Response {
  return new Response(toSalariesCsv(getCareerRecords().salaries), {
    headers: {
      'Content-Type': CSV_CONTENT_TYPE,
      // inline: a browser that can show CSV shows it; the name is used when saving.
      'Content-Disposition': 'inline; filename="salaries.csv"',
    },
  });
}
