/**
 * The open data on /data: loads the records and articles once and builds the
 * published files, their schemas and the Data Package descriptor with the
 * pure functions in this folder. Routes and the page read only this.
 */
import 'server-only';
import { getArticles } from '@/lib/content/articles';
import { getPlaceLookup } from '@/lib/guides';
import { buildOpenDataFiles, DATA_PATH, type OpenDataFiles } from '@/lib/open-data/build';
import { buildDataPackage, type DataPackage } from '@/lib/open-data/data-package';
import { paySummaryRecords } from '@/lib/open-data/pay-summaries';
import { getCareerRecords } from '@/lib/records';
import { SITE_NAME, SITE_URL } from '@/lib/site';

export { countUnparsedReasons, type UnparsedReason } from '@/lib/open-data/unparsed-reasons';
export type { DataFile, DictionaryField, OpenDataExport, SchemaFile } from '@/lib/open-data/build';

/** Who may do what with the files, in plain words: the page, the descriptor and the structured data say the same. */
export const RIGHTS_STATEMENT =
  'The figures and statements are facts as the articles listed as sources state them, and every record names its article. The articles’ text, including the excerpts quoted in the records, stays their authors’ and publishers’. No licence is stated.';

export const OPEN_DATA_TITLE = `${SITE_NAME} open data`;

/** What the data is, for the descriptor and the structured data. */
export const OPEN_DATA_DESCRIPTION =
  'The records behind AI Career Atlas, read from career articles each time the site is built: salary figures, roles, skills, certifications, guide facts, hiring scenarios, comparison rows and the money left out, plus the pay summaries computed from the salary figures. Nothing is estimated, converted or filled in; the summaries state their method.';

export interface DescriptorFile {
  name: string;
  href: string;
  body: string;
  bytes: number;
}

export interface OpenData extends OpenDataFiles {
  descriptor: DataPackage;
  descriptorFile: DescriptorFile;
}

// Built once per process like the records it is made from: every route and
// the page read the same bytes, so sizes and hashes always match what is served.
let built: OpenData | undefined;

/** Every published file, its schema and the Data Package descriptor. */
export function getOpenData(): OpenData {
  if (built && process.env.NODE_ENV !== 'development') return built;
  const records = getCareerRecords();
  const paySummaries = paySummaryRecords(records.roles, records.salaries, getPlaceLookup());
  const files = buildOpenDataFiles({ records, paySummaries }, SITE_URL);
  const descriptor = buildDataPackage({
    siteUrl: SITE_URL,
    name: 'ai-career-atlas',
    title: OPEN_DATA_TITLE,
    description: `${OPEN_DATA_DESCRIPTION} ${RIGHTS_STATEMENT}`,
    files: files.files,
    articles: getArticles(),
  });
  const body = `${JSON.stringify(descriptor, null, 2)}\n`;
  built = {
    ...files,
    descriptor,
    descriptorFile: {
      name: 'datapackage.json',
      href: `${DATA_PATH}/datapackage.json`,
      body,
      bytes: Buffer.byteLength(body, 'utf8'),
    },
  };
  return built;
}
