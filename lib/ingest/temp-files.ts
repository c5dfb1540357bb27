/**
 * The temporary files ingest writes before renaming them into place, and
 * which of them a stopped run left behind. A run killed between writing and
 * renaming (SIGKILL, power loss) leaves `.<slug>.md.<pid>.tmp`; nothing else
 * would ever remove it.
 */
import { SLUG_PATTERN } from '@/lib/content/schema';

const TEMP_FILE = /^\.([a-z0-9][a-z0-9-]{0,79})\.md\.(\d+)\.tmp$/;

/** The temporary name for writing `<slug>.md` in process `pid`. */
export function tempFileName(slug: string, pid: number): string {
  return `.${slug}.md.${pid}.tmp`;
}

/**
 * The names in an articles folder that are our temporary files and belong to
 * no running process (`isRunning(pid)` false). A file of another live run is
 * left alone: that run will rename it. Names of any other shape are never
 * touched.
 */
export function staleTempFiles(names: readonly string[], isRunning: (pid: number) => boolean): string[] {
  return names.filter((name) => {
    const match = TEMP_FILE.exec(name);
    return match !== null && SLUG_PATTERN.test(match[1] ?? '') && !isRunning(Number(match[2]));
  });
}
