/**
 * Article -> file text. YAML comes from a real serializer (titles may hold
 * colons, quotes, `---` or YAML tags); the front matter is validated by the
 * same schema the site loads with, so ingest can never write a file the
 * build would reject.
 *
 * The front matter must read back the same in every YAML reader, not only in
 * ours (YAML 1.2): PyYAML, Ruby's Psych and js-yaml (gray-matter's default)
 * follow YAML 1.1, where a plain `yes` is a boolean, `2025-01-01` a date,
 * `1:20` a number and `=` a value token. Every plain scalar that either
 * version would read as anything but its string is quoted.
 */
import YAML from 'yaml';
import { articleFrontMatterSchema, formatIssues, type Article } from '@/lib/content/schema';
import { IngestError } from './errors';

const STRINGIFY = { lineWidth: 0, minContentWidth: 0 } as const;
// Tokens some YAML 1.1 readers give a meaning the `yaml` package's 1.1 schema does not:
// PyYAML resolves a plain `=` to its "value" tag and `<<` to the merge key.
const YAML_11_TOKENS = new Set(['=', '<<']);
// Every YAML 1.2 core-schema null, boolean and number starts like this; other text needs no second look.
const MAYBE_NOT_TEXT_IN_12 = /^(?:[-+.\d~nNtTfF]|$)/;
// Of text that starts with a letter, 1.2 reads only these words as anything but text (1.1 does too, so the
// writer quotes them already)...
const WORDS_NOT_TEXT_IN_12 = new Set(['null', 'Null', 'NULL', 'true', 'True', 'TRUE', 'false', 'False', 'FALSE']);
// ...unless it holds a character that gives it structure (`: `, ` #`) or is folded or trimmed away on reading
// (line breaks, tabs, other control characters, white space at the end). Only other text is parsed to be sure:
// parsing every title and category that starts with n, t or f was half the front matter's time (profile, 304 articles).
const LETTERS_READ_AS_WRITTEN = /^[A-Za-z][^:#\p{Cc}\p{Zl}\p{Zp}\ufeff]*$/u;
const readAsWritten = (plain: string): boolean =>
  LETTERS_READ_AS_WRITTEN.test(plain) && !/\s$/.test(plain) && !WORDS_NOT_TEXT_IN_12.has(plain);

/** The front matter as YAML that YAML 1.1 and 1.2 readers both read back as `data`. */
export function frontMatterYaml(data: unknown): string {
  // Written with the 1.1 schema, which quotes 1.1's booleans, dates, sexagesimal and
  // octal numbers; scalars that only 1.2 would misread ("0o17") are quoted after.
  // Without the merge tag, whose writer always prints `<<` bare; the value is quoted below.
  const doc = new YAML.Document(data, {
    version: '1.1',
    customTags: (tags) => tags.filter((tag) => typeof tag !== 'object' || tag.tag !== 'tag:yaml.org,2002:merge'),
  });
  YAML.visit(doc, {
    Scalar(_key, node) {
      if (typeof node.value !== 'string') return;
      const plain = node.value;
      if (YAML_11_TOKENS.has(plain)) node.type = 'QUOTE_DOUBLE';
      else if (MAYBE_NOT_TEXT_IN_12.test(plain) && !readAsWritten(plain)) {
        const asYaml12 = safeParse(plain, '1.2');
        if (asYaml12 !== undefined && asYaml12 !== plain) node.type = 'QUOTE_DOUBLE';
      }
    },
  });
  return doc.toString(STRINGIFY);
}

function safeParse(text: string, version: '1.1' | '1.2'): unknown {
  try {
    return YAML.parse(text, { version });
  } catch {
    return undefined;
  }
}

/** The file's text: front matter in schema order, a blank line, the body, one final newline. */
export function serializeArticle(article: Article, origin: string): string {
  const { body, ...frontMatter } = article;
  const checked = articleFrontMatterSchema.safeParse(frontMatter);
  if (!checked.success) {
    throw new IngestError(
      origin,
      `invalid article front matter:\n  ${formatIssues(`${article.slug}.md`, checked.error).join('\n  ')}`,
    );
  }
  // zod returns keys in schema order, so every file lists its fields the same way.
  return `---\n${frontMatterYaml(checked.data)}---\n\n${body.trim()}\n`;
}
