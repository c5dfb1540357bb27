import { Link } from '@/components/link';
import { articleListHref } from '@/lib/guides/article-filter';

const TAG = 'tag';

/**
 * An article's categories as small labelled tags; renders nothing when there
 * are none. Linked tags lead to the article list filtered by that category.
 */
export function CategoryList({ categories, linked = false }: { categories: readonly string[]; linked?: boolean }) {
  if (categories.length === 0) return null;
  return (
    <ul aria-label="Categories" className="flex flex-wrap gap-2">
      {categories.map((category) => (
        <li key={category} className={linked ? undefined : TAG}>
          {linked ? (
            <Link
              href={articleListHref({ category })}
              aria-label={`Articles in the category ${category}`}
              className={`${TAG} inline-block no-underline hover:underline`}
            >
              {category}
            </Link>
          ) : (
            category
          )}
        </li>
      ))}
    </ul>
  );
}
