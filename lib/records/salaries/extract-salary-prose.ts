/**
 * Pay figures in running text: paragraphs and list items, one sentence at a
 * time. A figure's own words are the text since the previous figure in its
 * sentence; when they do not name the role, level or place, the start of the
 * sentence, the list items above, the list's introduction and the headings
 * above are read in that order.
 */
import type { ArticleDocument, TextBlock } from '@/lib/records/document/article-document';
import { findMoney, mayHoldMoney, type MoneyMatch } from '@/lib/records/salaries/money';
import type { RoleMatcher } from '@/lib/records/document/role-matcher';
import { toFigure, type FigureResult, type Layer } from '@/lib/records/salaries/salary-figure';
import { nearAfter, readExclusion, readPayComponent } from '@/lib/records/salaries/salary-traps';
import { PAY_CONTEXT } from '@/lib/records/salaries/salary-vocabulary';
import { splitSentences } from '@/lib/records/document/sentences';

export interface Located {
  result: FigureResult;
  /** Reading order: block offset, then position within the block. */
  order: [number, number];
}

/** Every money expression in the document's prose, read as a figure or an unparsed note. */
export function readProseFigures(doc: ArticleDocument, matchRoles: RoleMatcher, articleRole: string | null): Located[] {
  const out: Located[] = [];
  for (const block of doc.blocks) {
    if (block.kind === 'heading' || block.lineTableIndex !== null || !mayHoldMoney(block.text)) continue;
    const surroundings = surroundingLayers(block);
    // Before the first heading, the article's title is the heading: "What I Earned at Each Step".
    const surroundingsAboutPay =
      surroundings.some((layer) => PAY_CONTEXT.test(layer.text)) ||
      (block.section.heading === null && PAY_CONTEXT.test(doc.title));
    for (const sentence of splitSentences(block.text)) {
      // Lakh and crore with no currency stay in: their place may say they are rupees.
      const matches = findMoney(sentence.text).filter((match) => match.currency !== null || match.indianNumbering);
      if (matches.length === 0) continue;
      const lead = matches[0] ? sentence.text.slice(0, matches[0].start) : '';
      const hasPayContext = surroundingsAboutPay || PAY_CONTEXT.test(sentence.text);
      matches.forEach((match, i) => {
        const before = sentence.text.slice(i > 0 ? (matches[i - 1]?.end ?? 0) : 0, match.start);
        const after = nearAfter(sentence.text.slice(match.end, matches[i + 1]?.start ?? sentence.text.length));
        const previous = i > 0 ? matches[i - 1] : undefined;
        const exclusion =
          (previous && restates(previous, match, before) ? RESTATES : null) ??
          readExclusion(match, before, after, sentence.text.slice(0, match.start)) ??
          (hasPayContext ? null : 'not in a passage about pay');
        // After a previous figure, its trailing words ("in base salary or") are not this figure's.
        const own = i > 0 ? clauseTail(before) : before;
        const near: Layer = { text: `${own} ${after}`, origin: 'sentence' };
        const sentenceLayers: Layer[] = [
          { text: lead, origin: 'sentence' },
          { text: sentence.text, origin: 'sentence' },
        ];
        const result = toFigure({
          match,
          currency: null,
          article: doc.slug,
          section: block.section,
          near,
          role: [{ text: after, origin: 'sentence' }, ...sentenceLayers, ...surroundings],
          level: [{ text: lead, origin: 'sentence' }, ...surroundings],
          location: [{ text: lead, origin: 'sentence' }, ...surroundings.filter((layer) => layer.origin === 'list')],
          // A later bound ("... a median of $126,000, and seniors earn up to $335,000") is
          // no median: the sentence's lead names the first figure's kind, not the bound's.
          kind: [
            ...(i > 0 && isBound(match) ? [] : [{ text: lead, origin: 'sentence' as const }]),
            ...surroundings.filter((layer) => layer.origin === 'list'),
          ],
          credited: [...sentenceLayers, ...surroundings.filter((layer) => layer.origin === 'list')],
          period: [{ text: lead, origin: 'sentence' }, ...surroundings.filter((layer) => layer.origin === 'list')],
          percentile: [],
          table: null,
          context: sentence.text,
          articleRole,
          exclusion,
          component: readPayComponent(before, after),
          matchRoles,
        });
        out.push({ result, order: [block.offset, sentence.start + match.start] });
      });
    }
  }
  return out;
}

/** The list items above a block (nearest first), the list's introduction, then the headings above (nearest first). */
function surroundingLayers(block: TextBlock): Layer[] {
  return [
    ...[...block.listTrail].reverse().map((text): Layer => ({ text, origin: 'list' })),
    ...(block.listIntro ? [{ text: block.listIntro, origin: 'list' as const }] : []),
    ...[...block.section.trail].reverse().map((text): Layer => ({ text, origin: 'heading' })),
  ];
}

const RESTATES = 'restates the figure before it in another currency';
// What joins a figure to its conversion: "¥6,000,000 (about $40,000)", "€70,000, or roughly $76,000".
const CONVERSION_JOIN =
  /^\s*(?:\(|,?\s*or|,?\s*i\.e\.,?)\s*(?:(?:about|around|approximately|approx\.|roughly|nearly|some|~|≈)\s*)?$/i;

/** True when `match` is `previous` converted to another currency, written right after it. */
function restates(previous: MoneyMatch, match: MoneyMatch, between: string): boolean {
  return (
    previous.currency !== null &&
    match.currency !== null &&
    previous.currency !== match.currency &&
    CONVERSION_JOIN.test(between)
  );
}

/** A figure stated as a floor or a ceiling ("up to $X", "over $X", "$X+") rather than an amount or a range. */
const isBound = (match: MoneyMatch): boolean => match.min === null || match.max === null;

/**
 * Drops the previous figure's own trailing words: everything up to the first
 * clause joiner ("$93,500 annually in base salary or $44 per hour": "base"
 * belongs to the $93,500; "from $95,000 for entry-level positions to $200,000+
 * for senior roles": "entry-level" belongs to the $95,000).
 */
function clauseTail(text: string): string {
  const first = /[,;]|\s(?:or|and|while|but|to)\s/.exec(text);
  return first ? text.slice(first.index + first[0].length) : text;
}
