import { Link } from '@/components/link';
import type { SalaryFigure } from '@/lib/content/schema';
import { describeLocation, provenanceHref } from '@/lib/guides/provenance';

/**
 * A link to the exact place a figure was read: the quoted figure, then the
 * article and section (and table cell). The whole text is the link, so it
 * still says where it goes when read alone in a list of links.
 */
export function ProvenanceLink({
  provenance,
  articleTitle,
}: {
  provenance: SalaryFigure['provenance'];
  articleTitle: string;
}) {
  const location = describeLocation(provenance);
  return (
    <Link href={provenanceHref(provenance)} className="inline-block">
      <q className="font-medium">{provenance.quote}</q>
      {/* One string, so the row is one text node rather than five joined by separators. */}
      <span className="block text-xs">{`in “${articleTitle}”${location === null ? '' : `, ${location}`}`}</span>
    </Link>
  );
}
