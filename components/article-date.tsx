import { formatDate } from '@/lib/format';

/** A publication date as a `<time>` element, or "Date not stated" when the source gives none. */
export function ArticleDate({ publishedAt }: { publishedAt: string | null }) {
  if (publishedAt === null) return <span>{formatDate(null)}</span>;
  return <time dateTime={publishedAt}>{formatDate(publishedAt)}</time>;
}
