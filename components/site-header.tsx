import { Link } from '@/components/link';
import { NavLink } from '@/components/nav-link';
import { SiteSearchForm } from '@/components/site-search-form';

/** The sections a reader moves between, in the order a job seeker meets them. */
export const MAIN_NAV = [
  { href: '/roles', label: 'Roles' },
  { href: '/compare', label: 'Compare' },
  { href: '/salaries', label: 'Salaries' },
  { href: '/skills', label: 'Skills' },
  { href: '/hire', label: 'Hire' },
  { href: '/articles', label: 'Articles' },
] as const;

/** Site name (home link), the main navigation and the search box. */
export function SiteHeader() {
  return (
    <header className="border-b border-zinc-200 print:hidden dark:border-zinc-800">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-3">
        <Link href="/" className="text-lg font-bold text-zinc-900 no-underline dark:text-zinc-50">
          AI Career Atlas
        </Link>
        <nav aria-label="Main" className="order-last w-full lg:order-none lg:w-auto">
          <ul className="flex flex-wrap gap-x-3.5 gap-y-2 text-[15px] sm:gap-x-5 sm:text-base">
            {MAIN_NAV.map((item) => (
              <li key={item.href}>
                <NavLink href={item.href}>{item.label}</NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <SiteSearchForm />
      </div>
    </header>
  );
}
