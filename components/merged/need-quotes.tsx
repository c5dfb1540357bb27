import { SourceRef } from '@/components/source-ref';
import type { SourceLink } from '@/lib/guides/source-links';

/** A hiring need as an article writes it. */
export interface QuotedNeed {
  need: string;
  reason: string | null;
  /** Anything the article's role cell adds ("as written: AI Engineer (with DS)"). */
  note: string | null;
  source: SourceLink;
}

/**
 * Hiring needs in the articles' own words: the need, the reason the article
 * gives for its pick when it gives one, and a link to where it is written.
 */
export function NeedQuotes({ quotes }: { quotes: readonly QuotedNeed[] }) {
  return (
    <ul className="merged-quotes">
      {quotes.map((quote) => (
        <li key={`${quote.source.href}-${quote.need}`}>
          <q>{quote.need}</q>
          {quote.reason !== null && <span>{`: ${quote.reason}`}</span>}
          {quote.note !== null && <span className="source-note">{` (${quote.note})`}</span>}
          <span className="block">
            <SourceRef source={quote.source} />
          </span>
        </li>
      ))}
    </ul>
  );
}
