/** An article's categories as small labelled tags; renders nothing when there are none. */
export function CategoryList({ categories }: { categories: readonly string[] }) {
  if (categories.length === 0) return null;
  return (
    <ul aria-label="Categories" className="flex flex-wrap gap-2">
      {categories.map((category) => (
        <li
          key={category}
          className="rounded-full border border-zinc-300 px-2.5 py-0.5 text-xs text-zinc-700 dark:border-zinc-700 dark:text-zinc-300"
        >
          {category}
        </li>
      ))}
    </ul>
  );
}
