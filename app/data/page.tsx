import type { Metadata } from 'next';
import { Link } from '@/components/link';
import { Breadcrumbs } from '@/components/breadcrumbs';
import { JsonLd } from '@/components/json-ld';
import { DownloadList } from '@/components/open-data/download-list';
import { ExportFields } from '@/components/open-data/field-table';
import { formatBytes, formatCount, formatDate } from '@/lib/format';
import {
  countUnparsedReasons,
  getOpenData,
  OPEN_DATA_DESCRIPTION,
  OPEN_DATA_TITLE,
  RIGHTS_STATEMENT,
} from '@/lib/open-data';
import { getCareerRecords } from '@/lib/records';
import { datasetJsonLd } from '@/lib/seo/json-ld/dataset';
import { dataMetadata } from '@/lib/seo/metadata';
import { SITE_NAME, SITE_URL } from '@/lib/site';

export function generateMetadata(): Metadata {
  return dataMetadata();
}

const TITLE = 'Open data';
const AMOUNT = { one: 'amount', other: 'amounts' };

export default function OpenDataPage() {
  const data = getOpenData();
  const { descriptor, descriptorFile } = data;
  const reasons = countUnparsedReasons(getCareerRecords().unparsed);
  const leftOut = reasons.reduce((sum, { count }) => sum + count, 0);
  return (
    <>
      <JsonLd
        data={datasetJsonLd({
          siteUrl: SITE_URL,
          siteName: SITE_NAME,
          name: OPEN_DATA_TITLE,
          description: OPEN_DATA_DESCRIPTION,
          version: descriptor.version,
          dateModified: descriptor.created ?? null,
          rights: RIGHTS_STATEMENT,
          files: data.files,
        })}
      />
      <Breadcrumbs items={[{ name: TITLE }]} />
      <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">{TITLE}</h1>
      <div className="mt-3 flex flex-col gap-3 text-zinc-700 dark:text-zinc-300">
        <p>
          The records behind AI Career Atlas are free to download. They are read from the{' '}
          <Link href="/articles">articles on this site</Link> every time the site is built, and only what an article
          states is kept: nothing is estimated, converted or filled in. A salary figure stays in the currency and pay
          period the article gives, and a field the article leaves open is <code>null</code>.
        </p>
        <p>
          Every record read from an article names the article and section it comes from, so{' '}
          <code>/articles/&lt;article&gt;#&lt;section_id&gt;</code> opens the place it was read; the pay summaries name
          the salary figures they were computed from. Each file has a schema that describes every field, and one Data
          Package describes them all for tools.
        </p>
      </div>

      <section aria-labelledby="downloads-title" className="mt-10">
        <h2 id="downloads-title" className="text-2xl font-bold">
          Downloads
        </h2>
        <DownloadList exports={data.exports} />
      </section>

      <section aria-labelledby="package-title" className="mt-10 flex flex-col gap-3">
        <h2 id="package-title" className="text-2xl font-bold">
          For tools: the Data Package
        </h2>
        <p>
          <a href={descriptorFile.href} className="font-medium">
            {descriptorFile.name}
          </a>{' '}
          <span className="text-sm text-zinc-600 dark:text-zinc-400">{`JSON, ${formatBytes(descriptorFile.bytes)}`}</span>
        </p>
        <p className="text-zinc-700 dark:text-zinc-300">
          A <a href="https://datapackage.org/">Frictionless Data Package</a> (version 2) listing every file above with
          its path, format, media type, encoding, size in bytes and SHA-256 hash. A CSV file carries its Table Schema
          and CSV dialect; a JSON file links its JSON Schema as <code>jsonSchema</code>. Frictionless tools can check
          every file against it (
          <code className="[overflow-wrap:anywhere]">{`frictionless validate ${new URL(descriptorFile.href, SITE_URL).href}`}</code>
          ).
        </p>
        <p className="text-zinc-700 dark:text-zinc-300">
          Version <code>{descriptor.version}</code>
          {descriptor.created === undefined ? '' : `, of ${formatDate(descriptor.created)}`}: the date of the newest
          article and the start of a hash of every file, so the version changes exactly when a file does.
        </p>
      </section>

      <section aria-labelledby="dictionary-title" className="mt-10">
        <h2 id="dictionary-title" className="text-2xl font-bold">
          Data dictionary
        </h2>
        <div className="mt-3 flex flex-col gap-3 text-zinc-700 dark:text-zinc-300">
          <p>
            Fields are named by their path in the JSON: <code>provenance.table.index</code> is the <code>index</code> of
            the <code>table</code> object inside <code>provenance</code>, and <code>roles[].role</code> is the{' '}
            <code>role</code> of each item of the <code>roles</code> list. Examples are written as they appear in the
            JSON. The same descriptions are in each file&apos;s schema.
          </p>
          <ul className="flex list-disc flex-col gap-2 pl-6 text-sm">
            <li>
              JSON: UTF-8, an array with one object per record, pretty-printed. Missing values are <code>null</code>,
              never left out or guessed.
            </li>
            <li>
              CSV: UTF-8 without a byte-order mark, comma-separated, lines ending in CRLF, as RFC 4180 describes. The
              first row holds the column names. Fields with commas, quotes or line breaks are in double quotes, with
              quotes doubled. An empty field is <code>null</code>; booleans are <code>true</code> and <code>false</code>
              ; amounts are plain digits with a full stop for decimals and no thousands separators; a list is a JSON
              array (<code>[&quot;ml-engineer&quot;]</code>, <code>[]</code> when empty). Nested objects are spread over
              one column per field, named after the path without <code>provenance</code>.
            </li>
            <li>
              Every text field is raw text from the article, unchanged. Some begin with characters such as{' '}
              <code>+</code> or <code>-</code> that spreadsheet programs may read as formulas: import a CSV as text (in
              most spreadsheets, a &ldquo;from text/CSV&rdquo; import with column types set to text) rather than opening
              it directly.
            </li>
          </ul>
        </div>
        {data.exports.map((entry) => (
          <ExportFields key={entry.id} entry={entry} />
        ))}
      </section>

      <section aria-labelledby="limits-title" className="mt-10">
        <h2 id="limits-title" className="text-2xl font-bold">
          Citing the data, its rights and its limits
        </h2>
        <ul className="mt-3 flex list-disc flex-col gap-3 pl-6 text-zinc-700 dark:text-zinc-300">
          <li>{RIGHTS_STATEMENT}</li>
          <li>
            The figures are what the articles state, not our estimates. When you quote one, cite the article it comes
            from (its page here links to the original) as well as AI Career Atlas.
          </li>
          <li>
            The records are read from the text automatically. Each salary figure keeps its <code>quote</code> and{' '}
            <code>context</code> so a misreading can be spotted; please check a figure against its article before
            relying on it.
          </li>
          <li>
            Money that is not clearly pay, or that cannot be read without guessing, is left out of the salary files:{' '}
            {formatCount(leftOut, AMOUNT)} of money found in the articles, all listed in unparsed-money.json with the
            reason.
            {reasons.length > 0 && (
              <>
                {' '}
                The reasons:
                <ul className="mt-2 list-[circle] pl-6">
                  {reasons.map(({ reason, count }) => (
                    <li key={reason}>
                      {reason} ({formatCount(count, AMOUNT)})
                    </li>
                  ))}
                </ul>
              </>
            )}
          </li>
          <li>
            The files change when articles are added or updated, and a salary figure&apos;s <code>id</code> can change
            with its article. Note the version of the Data Package you used.
          </li>
        </ul>
      </section>
    </>
  );
}
