import type { DataFile, OpenDataExport } from '@/lib/open-data';
import { formatBytes, formatCount } from '@/lib/format';

const RECORD = { one: 'record', other: 'records' };

/** One file: its link, format, records and size, and the schema it is described by. */
function FileLine({ file }: { file: DataFile }) {
  return (
    <li>
      {/* Plain links: these are files, not pages. */}
      <a href={file.href} className="font-medium">
        {file.name}
      </a>{' '}
      <span className="text-sm text-zinc-600 dark:text-zinc-400">
        {`${file.format.toUpperCase()}, ${formatCount(file.records, RECORD)}, ${formatBytes(file.bytes)}; ${file.schema.kind}: `}
      </span>
      <a href={file.schema.href} className="text-sm">
        {file.schema.name}
      </a>
    </li>
  );
}

/** Every export with its files, each with its records, size and schema. */
export function DownloadList({ exports }: { exports: readonly OpenDataExport[] }) {
  return (
    <ul className="mt-2 divide-y divide-zinc-200 dark:divide-zinc-800">
      {exports.map((entry) => (
        <li key={entry.id} className="flex flex-col gap-2 py-4">
          <p>
            <span className="font-semibold">{entry.title}</span>{' '}
            <span className="text-zinc-600 dark:text-zinc-400">({formatCount(entry.records, RECORD)})</span>
          </p>
          <p className="text-zinc-700 dark:text-zinc-300">{entry.summary}</p>
          <ul className="flex flex-col gap-1">
            {entry.files.map((file) => (
              <FileLine key={file.href} file={file} />
            ))}
          </ul>
          <p>
            <a href={`#fields-${entry.id}`}>Fields of {entry.title.toLowerCase()}</a>
          </p>
        </li>
      ))}
    </ul>
  );
}
