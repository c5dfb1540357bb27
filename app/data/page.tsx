import type { Metadata } from 'next';
import { Link } from '@/components/link';
import { Fragment } from 'react';
import { Breadcrumbs } from '@/components/breadcrumbs';
import { JsonLd } from '@/components/json-ld';
import { formatCount } from '@/lib/format';
import { getCareerRecords } from '@/lib/records';
import {
  countUnparsedReasons,
  dataExports,
  type DataExport,
  type FieldDefinition,
} from '@/lib/records/data-dictionary';
import { datasetJsonLd } from '@/lib/seo/json-ld/dataset';
import { dataMetadata } from '@/lib/seo/metadata';
import { SITE_NAME, SITE_URL } from '@/lib/site';

export function generateMetadata(): Metadata {
  return dataMetadata();
}

const TITLE = 'Open data';
/** What the Dataset's structured data says it is. */
const DESCRIPTION =
  'The salary figures, roles, skills and certifications behind AI Career Atlas as JSON and CSV, with a data dictionary for every field.';

const RECORD = { one: 'record', other: 'records' };
const AMOUNT = { one: 'amount', other: 'amounts' };

export default function OpenDataPage() {
  const records = getCareerRecords();
  const reasons = countUnparsedReasons(records.unparsed);
  return (
    <>
      <JsonLd
        data={datasetJsonLd({
          siteUrl: SITE_URL,
          siteName: SITE_NAME,
          name: `${SITE_NAME} ${TITLE.toLowerCase()}`,
          description: DESCRIPTION,
          exports: dataExports,
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
          Every salary figure records the article and section it comes from and quotes the figure as written, so{' '}
          <code>/articles/&lt;article&gt;#&lt;section_id&gt;</code> opens the place it was read.
        </p>
      </div>

      <section aria-labelledby="downloads-title" className="mt-10">
        <h2 id="downloads-title" className="text-2xl font-bold">
          Downloads
        </h2>
        <ul className="mt-2 divide-y divide-zinc-200 dark:divide-zinc-800">
          {dataExports.map((entry) => (
            <li key={entry.id} className="flex flex-col gap-2 py-4">
              <p>
                <span className="font-semibold">{entry.title}</span>{' '}
                <span className="text-zinc-600 dark:text-zinc-400">
                  ({formatCount(records[entry.id].length, RECORD)})
                </span>
              </p>
              <p className="text-zinc-700 dark:text-zinc-300">{entry.summary}</p>
              <ul className="flex flex-wrap gap-x-6 gap-y-1">
                {entry.files.map((file) => (
                  <li key={file.href}>
                    {/* A plain link: these are files, not pages for client-side navigation. */}
                    <a href={file.href} className="font-medium">
                      {file.name}
                    </a>{' '}
                    <span className="text-sm text-zinc-600 dark:text-zinc-400">{file.format}</span>
                  </li>
                ))}
                <li>
                  <a href={`#fields-${entry.id}`}>Fields</a>
                </li>
              </ul>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="dictionary-title" className="mt-10">
        <h2 id="dictionary-title" className="text-2xl font-bold">
          Data dictionary
        </h2>
        <p className="mt-3 text-zinc-700 dark:text-zinc-300">
          Fields are named by their path in the JSON: <code>provenance.table.index</code> is the <code>index</code> of
          the <code>table</code> object inside <code>provenance</code>, and <code>roles[].role</code> is the{' '}
          <code>role</code> of each item of the <code>roles</code> list. Examples are written as they appear in the
          JSON.
        </p>
        {dataExports.map((entry) => (
          <ExportFields key={entry.id} entry={entry} />
        ))}
      </section>

      <section aria-labelledby="limits-title" className="mt-10">
        <h2 id="limits-title" className="text-2xl font-bold">
          Citing the data, and its limits
        </h2>
        <ul className="mt-3 flex list-disc flex-col gap-3 pl-6 text-zinc-700 dark:text-zinc-300">
          <li>
            The figures are what the articles state, not our estimates. When you quote one, cite the article it comes
            from (its page here links to the original) as well as AI Career Atlas.
          </li>
          <li>
            Figures from different articles differ in currency, pay period, kind of pay, place, year and source. None of
            them is converted or adjusted, so compare like with like (<code>currency</code>, <code>period</code>,{' '}
            <code>kind</code>, <code>location</code>) before putting them side by side.
          </li>
          <li>
            The records are read from the text automatically. Each salary figure keeps its <code>quote</code> and{' '}
            <code>context</code> so a misreading can be spotted; please check a figure against its article before
            relying on it.
          </li>
          <li>
            Money that is not clearly pay, or that cannot be read without guessing, is left out: the salary files leave
            out {formatCount(records.unparsed.length, AMOUNT)} of money found in the articles.
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
            with its article. Note the date you downloaded a file.
          </li>
          <li>
            The <code>context</code> and <code>quote</code> fields are short excerpts of the articles, whose rights stay
            with their authors and publishers.
          </li>
        </ul>
      </section>
    </>
  );
}

/** One export's heading, notes and field table. */
function ExportFields({ entry }: { entry: DataExport }) {
  const fileNames = entry.files.map((file) => file.name).join(' and ');
  const captionId = `fields-${entry.id}-caption`;
  return (
    <section id={`fields-${entry.id}`} className="mt-8 flex flex-col gap-3">
      <h3 className="text-xl font-bold">{entry.title}</h3>
      <ul className="flex list-disc flex-col gap-2 pl-6 text-sm text-zinc-700 dark:text-zinc-300">
        {entry.notes.map((note) => (
          <li key={note}>{note}</li>
        ))}
      </ul>
      {/* The table scrolls on narrow screens; the region is focusable so keyboards can scroll it too. */}
      <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
        <table className="data-table min-w-[40rem]">
          <caption id={captionId}>Fields of {fileNames}</caption>
          <thead>
            <tr>
              <th scope="col">Field</th>
              <th scope="col">Type</th>
              {/* The one column wide enough to read comfortably; the others wrap. */}
              <th scope="col" className="min-w-[16rem]">
                Description
              </th>
              <th scope="col">Example</th>
            </tr>
          </thead>
          <tbody>
            {entry.fields.map((field) => (
              <FieldRow key={field.name} field={field} />
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/** One field: its path (and CSV column), type, meaning with any allowed values, and an example. */
function FieldRow({ field }: { field: FieldDefinition }) {
  return (
    <tr>
      <th scope="row" className="font-normal">
        <code className="font-semibold">
          {/* Long dotted paths may break after a dot, never inside a name. */}
          {field.name.split('.').map((part, index) => (
            <Fragment key={index}>
              {index > 0 && (
                <>
                  .<wbr />
                </>
              )}
              {part}
            </Fragment>
          ))}
        </code>
        {field.csvColumn !== undefined && (
          <span className="mt-1 block text-zinc-600 dark:text-zinc-400">
            CSV: <code>{field.csvColumn}</code>
          </span>
        )}
      </th>
      <td>{field.type}</td>
      <td>
        <p>{field.description}</p>
        {field.values && (
          <dl className="mt-2 grid grid-cols-[max-content_1fr] gap-x-3 gap-y-1">
            {field.values.map(({ value, meaning }) => (
              <Fragment key={value}>
                <dt>
                  <code>{value}</code>
                </dt>
                <dd>{meaning}</dd>
              </Fragment>
            ))}
          </dl>
        )}
      </td>
      <td className="[overflow-wrap:anywhere]">
        <code>{field.example}</code>
      </td>
    </tr>
  );
}
