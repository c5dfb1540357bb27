/**
 * Porter stems (the `stemmer` package) with two repairs, so that forms of one
 * word meet and different words do not:
 * - Porter turns a final "y" into "i" ("deploy" → "deploi") but keeps it when
 *   a suffix goes ("deployment" → "deploy"); after a vowel the "y" is part of
 *   the root, so it is put back ("deploying", "deploys", "deployment" → "deploy").
 * - A few words Porter confuses with other words keep their own stem:
 *   "production" is not "product", "different" is not "differ" (the
 *   "different career paths" are not a difference between roles),
 *   "experience" is not "experiment", "responses" are not "responsible"
 *   (nor "responsibilities"), and "bias" is "biases".
 */
import { stemmer } from 'stemmer';

const OWN_STEMS: ReadonlyMap<string, string> = new Map([
  ['production', 'production'],
  ['productions', 'production'],
  ['different', 'different'],
  ['responsible', 'responsible'],
  ['response', 'response'],
  ['responses', 'response'],
  ['experience', 'experience'],
  ['experiences', 'experience'],
  ['experienced', 'experience'],
  ['bias', 'bias'],
  ['biases', 'bias'],
  ['biased', 'bias'],
]);

/** The stem of one lower-case word. */
export function stemWord(word: string): string {
  const own = OWN_STEMS.get(word);
  if (own) return own;
  const stem = stemmer(word);
  const last = stem.length - 1;
  if (stem.endsWith('i') && word[last] === 'y' && /[aeiou]/.test(stem[last - 1] ?? '')) {
    return `${stem.slice(0, last)}y`;
  }
  return stem;
}
