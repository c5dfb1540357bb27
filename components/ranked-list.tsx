import { formatCount } from '@/lib/format';
import type { RankedItem } from '@/lib/guides/role/guide';

const ARTICLE = { one: 'article', other: 'articles' };

/** Skills, tools or certifications, most-cited first, with how many articles list each. */
export function RankedList({
  items,
  label,
}: {
  items: readonly (RankedItem & { issuer?: string | null })[];
  label?: string;
}) {
  return (
    <ul aria-label={label} className="flex flex-wrap gap-2">
      {items.map((item) => (
        <li key={item.slug} className="pill">
          <span className="font-medium">{item.name}</span>
          {item.issuer ? <span>{` (${item.issuer})`}</span> : null}{' '}
          <span className="text-zinc-600 dark:text-zinc-400">{`· ${formatCount(item.sourceCount, ARTICLE)}`}</span>
        </li>
      ))}
    </ul>
  );
}
