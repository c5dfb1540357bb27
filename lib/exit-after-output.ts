/**
 * Ends the process with `code` once everything written to standard output and
 * standard error has been handed to the operating system.
 *
 * `process.exit()` ends at once, and writes to a pipe or socket are
 * asynchronous: a long report still queued is cut off. A program reading
 * `npm run ingest -- --json` from a child process got the first 219,264
 * bytes of a 3,000-article report and a JSON parse error.
 */
export function exitAfterOutput(code: number): void {
  let pending = 2;
  const done = (): void => {
    pending -= 1;
    if (pending === 0) process.exit(code);
  };
  // Writes complete in order, so an empty write's callback runs after every earlier write has gone out.
  process.stdout.write('', done);
  process.stderr.write('', done);
}
