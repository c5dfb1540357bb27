import type { Metadata } from 'next';
import { Breadcrumbs } from '@/components/breadcrumbs';
import { RoleCard } from '@/components/role/role-card';
import { getArticles } from '@/lib/content/articles';
import { formatCount } from '@/lib/format';
import { getPlaceLookup } from '@/lib/guides';
import { buildRoleCards } from '@/lib/guides/role/guide';
import { getRoles, getSalaryFigures, getSkills } from '@/lib/records';
import { rolesMetadata } from '@/lib/seo/metadata';

export function generateMetadata(): Metadata {
  return rolesMetadata();
}

export default function RolesPage() {
  const roles = getRoles();
  const cards = buildRoleCards(roles, getSalaryFigures(), getSkills(), getPlaceLookup());
  const articleCount = getArticles().length;
  return (
    <>
      <Breadcrumbs items={[{ name: 'Roles' }]} />
      <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">AI roles</h1>
      <p className="mt-3 max-w-3xl text-zinc-700 dark:text-zinc-300">
        {formatCount(roles.length, { one: 'role', other: 'roles' })}, each with a guide built from{' '}
        {formatCount(articleCount, { one: 'article', other: 'articles' })}. Pay is shown as the lowest to highest yearly
        US dollar figure the articles state: a spread of sources, not an average.
      </p>
      <ul className="mt-8 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {cards.map((card) => (
          <RoleCard key={card.role.slug} card={card} />
        ))}
      </ul>
    </>
  );
}
