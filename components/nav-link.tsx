'use client';

import NextLink from 'next/link';
import { usePathname } from 'next/navigation';
import type { ReactNode } from 'react';

/**
 * A main-navigation link that tells assistive technology (aria-current) and
 * sighted readers (underline) which section they are in. A client component
 * only because the current path is known in the browser after soft navigation.
 */
export function NavLink({ href, children }: { href: string; children: ReactNode }) {
  const pathname = usePathname();
  const current = pathname === href || pathname.startsWith(`${href}/`);
  return (
    // No prefetch: six section pages fetched in the background on every page load would cost more than they save.
    <NextLink
      href={href}
      prefetch={false}
      aria-current={current ? 'page' : undefined}
      className={`font-medium ${current ? 'underline decoration-2' : 'no-underline hover:underline'}`}
    >
      {children}
    </NextLink>
  );
}
