/**
 * Reads the theme vocabulary `content/catalog/themes.yaml`. Like the other
 * loaders it never throws on bad content: it returns every problem as
 * `file: field: message`, and no catalogue unless the file is valid.
 */
import fs from 'node:fs';
import { displayPath, errorMessage, parseYaml } from '@/lib/content/content-files';
import { parseThemeCatalog, type ParsedThemes } from '@/lib/guides/merge';

/**
 * Loads and checks the vocabulary in `file`. Callers build the path inline
 * (`path.join(process.cwd(), 'content', 'catalog', 'themes.yaml')`): a path
 * made from process.cwd() inside this module made the build trace the whole
 * project into its output.
 */
export function loadThemeCatalog(file: string): ParsedThemes {
  const shown = displayPath(file);
  let data: unknown;
  try {
    data = parseYaml(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    return { catalog: null, errors: [`${shown}: (file): ${errorMessage(error)}`] };
  }
  return parseThemeCatalog(data, shown);
}
