import { Link } from '@/components/link';
import { ArticleDate } from '@/components/article-date';
import { formatCount, formatDate, formatList } from '@/lib/format';
import type { RoleGuide } from '@/lib/guides/role/guide';
import { uncoveredSections } from '@/lib/guides/role/outline';

const ARTICLE = { one: 'article', other: 'articles' };

/** How much evidence the guide rests on, what it cannot cover, and the articles themselves. */
export function RoleSources({ guide }: { guide: RoleGuide }) {
  const missing = uncoveredSections(guide);
  return (
    <div className="flex max-w-3xl flex-col gap-4">
      <p>
        {guide.sources.length === 0
          ? `No article on this site discusses the ${guide.role.name} role yet, so this guide has only our summary.`
          : `This guide draws on ${formatCount(guide.sources.length, ARTICLE)}${
              guide.newest === null ? '' : `; the newest was published on ${formatDate(guide.newest)}`
            }.`}
        {missing.length > 0 && ` The sources do not cover ${formatList(missing)} for this role.`}
      </p>
      {guide.sources.length > 0 && (
        <ul className="flex flex-col gap-2">
          {guide.sources.map((article) => (
            <li key={article.slug}>
              <Link href={`/articles/${article.slug}`}>{article.title}</Link>{' '}
              <span className="text-sm text-zinc-600 dark:text-zinc-400">
                (<ArticleDate publishedAt={article.publishedAt} />)
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
