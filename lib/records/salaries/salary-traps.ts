/**
 * Money that is not a salary: market sizes, fees and budgets and differences
 * between pay levels are left out; bonus, additional cash and equity amounts
 * are pay of their own kind (`additionalPayKinds`), recorded apart from
 * salary. Each check reads only the words of the figure's own clause, so a
 * neighbouring clause about bonuses does not turn a base salary into one.
 */
import type { MoneyMatch } from '@/lib/records/salaries/money';

const MARKET = /\b(?:markets? (?:size|value)|market is|valued|valuation|economy|revenue|funding|investment|GDP)\b/i;
const FEE = /\b(?:fees?|exam|costs?(?! of living)|price[ds]?|pricing|subscription|tuition|budgets?)\b/i;
const COMPONENT_AFTER =
  /^\s*(?:in\s+)?(?:(?:signing|sign-on|cash|performance|annual)\s+)?(bonus(?:es)?|equity|stock|RSUs?|profit[- ]sharing|additional (?:cash )?(?:pay|compensation))\b/i;
const COMPONENT_BEFORE =
  /\b(bonus(?:es)?|equity|stock grants?|stock options?|RSUs?|additional (?:cash )?(?:compensation|pay)|signing)\b[^$£€¥₹\d]{0,70}$/i;
const EQUITY_WORD = /^(?:equity|stock|RSU)/i;
const DIFFERENCE = /\b(?:differ(?:s|ence)?|gap|premium)\b[\w\s]{0,24}$/i;
// "AWS adds about $8,000": what a skill or move adds, written right before the amount
// (not a reporting "adds that the median is").
const ADDED =
  /\badd(?:s|ing)?\s+(?:(?:about|around|roughly|approximately|nearly|up to|as much as|an extra|an additional|another)\s+)?$/i;
// A sentence whose subject is the gap: "The salary gap between AI engineers ($150,000) and
// data scientists ($125,000) is about $25,000" (read on the sentence up to the figure, within
// one clause: "the biggest difference is in big tech, where the median is $200,000" is pay).
const GAP_IS =
  /\b(?:gap|difference)\b(?:[^.,;]|,(?=\d))*\b(?:is|was|of|stands at|amounts to|comes to)\s+(?:(?:about|around|roughly|approximately|nearly|some|just|over|under|~)\s*)?$/i;
// "about $11,000 less than ML engineers", "$20K more than the average", "$8,000 higher".
const DIFFERENCE_AFTER = /^\s*(?:less|more|lower|higher)\b(?:\s+than\b|\s*(?:[.!?]|$))/i;

/**
 * Why a money expression is not a pay figure, or `null` when nothing says so.
 * `before` is the text since the previous figure (or the sentence start), and
 * `lead` the sentence up to the figure, when it is read from a sentence;
 * bonus words count only in the figure's own clause of it, so "base + bonus,
 * often reaching $1M+ total" keeps the total. `after` is the few words that
 * follow the figure in its clause.
 */
export function readExclusion(match: MoneyMatch, before: string, after: string, lead = ''): string | null {
  const clauseBefore = lastClause(before);
  if (match.scale >= 1e9 || Math.max(match.min ?? 0, match.max ?? 0) >= 1e9) return 'market size or economic figure';
  if (MARKET.test(before)) return 'market size or economic figure';
  if (FEE.test(before)) return 'fee, price or budget';
  if (readPayComponent(before, after) !== null) return null;
  if (DIFFERENCE.test(clauseBefore) || ADDED.test(clauseBefore) || DIFFERENCE_AFTER.test(after) || GAP_IS.test(lead))
    return 'difference between pay levels';
  return null;
}

/**
 * `bonus` or `equity` when the figure's own clause says the amount is a bonus,
 * additional cash or pay, or equity ("plus $35,333 in bonus", "with ~$17K
 * bonus", "additional cash compensation … 35,333 dollars", "stock grants …
 * 2 million dollars"); `null` for a salary. Same reading window as
 * `readExclusion`: "base + bonus, often reaching $1M+ total" is a total.
 */
export function readPayComponent(before: string, after: string): 'bonus' | 'equity' | null {
  const word = COMPONENT_AFTER.exec(after)?.[1] ?? COMPONENT_BEFORE.exec(lastClause(before))?.[1];
  if (word === undefined) return null;
  return EQUITY_WORD.test(word) ? 'equity' : 'bonus';
}

/** The text after the last clause boundary (, ; : or a dash between spaces) of `text`. */
function lastClause(text: string): string {
  const cut = Math.max(text.lastIndexOf(','), text.lastIndexOf(';'), text.lastIndexOf(' — '), text.lastIndexOf('('));
  return cut === -1 ? text : text.slice(cut + 1);
}

/** The words after a figure up to the end of its clause (or the next figure), at most a few words. */
export function nearAfter(text: string): string {
  // A dash between clauses ("$135,000 in the U.S. — data scientists $120,000") ends it too.
  const stop = text.search(/[,;(—]|\s[–-]\s|\s(?:with|while|and|compared|but|or|reflecting)\s/);
  return (stop === -1 ? text : text.slice(0, stop)).slice(0, 40);
}
