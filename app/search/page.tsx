import type { Metadata } from 'next';
import { Link } from '@/components/link';
import { Breadcrumbs } from '@/components/breadcrumbs';
import { InstantSearch } from '@/components/search/instant-search';
import { getCareerRecords } from '@/lib/records';
import { getSearchIndex } from '@/lib/search';
import { groupHits, normalizeQuery, searchHits } from '@/lib/search/results';
import { getSearchSuggestions, type SearchSuggestion } from '@/lib/search/suggestions';
import { searchMetadata } from '@/lib/seo/metadata';

interface SearchPageProps {
  searchParams: Promise<{ q?: string | string[] }>;
}

export async function generateMetadata({ searchParams }: SearchPageProps): Promise<Metadata> {
  const query = normalizeQuery((await searchParams).q);
  return searchMetadata(query);
}

export default async function SearchPage({ searchParams }: SearchPageProps) {
  const query = normalizeQuery((await searchParams).q);
  const groups = groupHits(searchHits(getSearchIndex(), query));
  const suggestions = getSearchSuggestions(getCareerRecords());
  return (
    <>
      <Breadcrumbs items={[{ name: 'Search' }]} />
      <h1 className="mb-6 text-3xl font-bold tracking-tight sm:text-4xl">Search</h1>
      <InstantSearch initialQuery={query} initialGroups={groups}>
        <div className="flex max-w-3xl flex-col gap-6">
          <SuggestionList title="Roles most articles discuss" id="suggested-roles" items={suggestions.roles} />
          <SuggestionList title="Skills most articles list" id="suggested-skills" items={suggestions.skills} />
          <p className="text-zinc-700 dark:text-zinc-300">
            Or browse <Link href="/roles">all roles</Link> and <Link href="/skills">all skills</Link>.
          </p>
        </div>
      </InstantSearch>
    </>
  );
}

function SuggestionList({ title, id, items }: { title: string; id: string; items: SearchSuggestion[] }) {
  if (items.length === 0) return null;
  return (
    <section aria-labelledby={id}>
      <h2 id={id} className="text-xl font-bold">
        {title}
      </h2>
      <ul className="mt-2 flex flex-wrap gap-x-6 gap-y-2">
        {items.map((item) => (
          <li key={item.url}>
            <Link href={item.url}>{item.name}</Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
