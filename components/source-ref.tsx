import { Link } from '@/components/link';
import type { SourceLink } from '@/lib/guides/source-links';

/** A link to the article section a statement comes from, named by section and article. */
export function SourceRef({ source, label = 'Source' }: { source: SourceLink; label?: string }) {
  return (
    <span className="source-note">
      {`${label}: `}
      <Link href={source.href}>
        {source.section ? `${source.section}, ` : ''}
        <cite>{source.articleTitle}</cite>
      </Link>
    </span>
  );
}
