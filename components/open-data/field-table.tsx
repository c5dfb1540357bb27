import { Fragment } from 'react';
import { ScrollTable } from '@/components/scroll-table';
import type { DictionaryField, OpenDataExport } from '@/lib/open-data';

/** The caption of an export's field table: the files it describes. */
export function fieldTableCaption(entry: OpenDataExport): string {
  return `Fields of ${entry.files.map((file) => file.name).join(' and ')}`;
}

/** One export's heading, notes and field table, derived from its JSON Schema. */
export function ExportFields({ entry }: { entry: OpenDataExport }) {
  return (
    <section
      id={`fields-${entry.id}`}
      aria-labelledby={`fields-${entry.id}-title`}
      className="mt-8 flex flex-col gap-3"
    >
      <h3 id={`fields-${entry.id}-title`} className="text-xl font-bold">
        {entry.title}
      </h3>
      {entry.notes.length > 0 && (
        <ul className="flex list-disc flex-col gap-2 pl-6 text-sm text-zinc-700 dark:text-zinc-300">
          {entry.notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      )}
      {entry.method && (
        <>
          <p className="text-sm font-semibold">How they are computed</p>
          <ol className="flex list-decimal flex-col gap-2 pl-6 text-sm text-zinc-700 dark:text-zinc-300">
            {entry.method.map((step) => (
              <li key={step}>{step}</li>
            ))}
          </ol>
        </>
      )}
      <ScrollTable caption={fieldTableCaption(entry)} className="min-w-[40rem]">
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
      </ScrollTable>
    </section>
  );
}

/** One field: its path (and CSV column), type, meaning with any allowed values, and an example. */
function FieldRow({ field }: { field: DictionaryField }) {
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
        {/* Only objects and lists of objects have no example of their own: their fields do. */}
        {field.example === undefined ? (
          <span className="text-zinc-600 dark:text-zinc-400">See its fields</span>
        ) : (
          <code>{field.example}</code>
        )}
      </td>
    </tr>
  );
}
