/**
 * Finding where a flattened page lost its element boundaries. Flattening
 * keeps the space between sentences of one paragraph but none where one
 * element ended and the next began ("opportunities.Product companies",
 * "AI engineer responsibilitiesWe broadly"); those glued boundaries are the
 * only trace of the page's blocks.
 */
/** CamelCase names the glue rules below would cut: a lowercase stem before a capital, or a long capitalized stem. */
const WHOLE_NAMES = [
  'macOS|tvOS|watchOS|visionOS|webOS|XGBoost|ONNXRuntime',
  'ServiceNow|HuggingFace|ElasticSearch|DigitalOcean|EfficientNet|ControlNet',
].join('|');
/** Spans never cut: URLs, those names, ".NET", and units glued to numbers ("10Gbps"). */
const UNSPLITTABLE = new RegExp(
  `(?:https?://|www\\.)\\S+|\\b(?:${WHOLE_NAMES})\\b|\\.NET\\b|\\d(?:[KMGTP]i?[Bb](?:ps)?|[kKMG]?Hz|[kKMG]?Wh)\\b`,
  'gu',
);
/** Words whose period does not end a sentence ("Mr.Smith" is a name, not two blocks). */
const ABBREVIATIONS = new Set('mr mrs ms dr prof sr jr st vs no fig approx'.split(' '));

const isUpper = (char: string | undefined) => char !== undefined && /\p{Lu}/u.test(char);

/** Tests a sticky pattern at `index` without slicing: the cutter looks at every position. */
function matchesAt(pattern: RegExp, text: string, index: number): boolean {
  pattern.lastIndex = index;
  return pattern.test(text);
}
const WORD_AT = /\p{Lu}\p{Ll}/uy;
const LONG_WORD_AT = /\p{Lu}\p{Ll}{4,}/uy;
const FIGURE_AT = /[$£€¥]|\d{1,3}(?:\+|%|,\d{3})/y;

/** The letters right before `end`, at most 40: enough to judge a stem, and linear overall. */
function stemBefore(text: string, end: number): string {
  let start = end;
  while (start > 0 && end - start < 40 && /\p{L}/u.test(text[start - 1] ?? '')) start -= 1;
  return text.slice(start, end);
}

/** True when an element boundary was lost between `text[i - 1]` and `text[i]`. */
function isGlued(text: string, i: number): boolean {
  const prev = text[i - 1] ?? '';
  const next = text[i] ?? '';
  if (/\s/.test(prev) || /\s/.test(next)) return false;
  if (/[.?!:…]/.test(prev)) {
    // "opportunities.Product", "engineer?An", "US:San"; not "3.5", "12:30", "U.S.A", "e.g.X".
    const opensBlock = isUpper(next) || /\d/.test(next) || (/[“"‘(]/.test(next) && isUpper(text[i + 1]));
    if (!opensBlock || (/[.:]/.test(prev) && /\d/.test(next) && /\d/.test(text[i - 2] ?? ''))) return false;
    const word = stemBefore(text, i - 1);
    return !(prev === '.' && (word.length === 1 || ABBREVIATIONS.has(word.toLowerCase())));
  }
  if (/["”’')\]]/.test(prev) && /[.?!]/.test(text[i - 2] ?? '')) return isUpper(next);
  if (/[)\]]/.test(prev)) return isUpper(next); // "others)Non-technical"
  // "$166,500New York" but not "3D", "B2B", "5G": a capitalized word follows.
  if (/[\d%]/.test(prev)) return matchesAt(WORD_AT, text, i);
  if (!isUpper(next) && !/[\d$£€¥]/.test(next)) return false;
  const stem = stemBefore(text, i);
  if (stem.length < 2) return false; // "iPhone", "eBay"
  if (stem === stem.toLowerCase() || /^\p{Lu}{2,}s$/u.test(stem)) {
    // "responsibilitiesWe", "yrMiddle", "APIsSoft", "skills2+ years"; "python3" keeps its version.
    return isUpper(next) || (matchesAt(FIGURE_AT, text, i) && (stem.length >= 3 || !/\d/.test(next)));
  }
  // "NLPUsing": an acronym, then a word of five letters or more (MLOps, HRTech, SQLite stay whole).
  if (/\p{Lu}{2}$/u.test(stem)) return matchesAt(LONG_WORD_AT, text, i);
  // "CertificationIntel": PyTorch, LinkedIn, TensorFlow have shorter stems.
  return /^\p{Lu}\p{Ll}{6,}$/u.test(stem) && matchesAt(WORD_AT, text, i);
}

/** Cuts one flattened line at every glued boundary. */
export function splitGluedBlocks(line: string): string[] {
  const kept = new Set<number>();
  for (const match of line.matchAll(UNSPLITTABLE)) {
    for (let k = match.index + 1; k < match.index + match[0].length; k += 1) kept.add(k);
  }
  const pieces: string[] = [];
  let start = 0;
  for (let i = 1; i < line.length; i += 1) {
    if (kept.has(i) || !isGlued(line, i)) continue;
    pieces.push(line.slice(start, i));
    start = i;
  }
  pieces.push(line.slice(start));
  return pieces.map((piece) => piece.trim()).filter(Boolean);
}
