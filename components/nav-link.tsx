'use client';

import Link from 'next/link';
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
    <Link
      href={href}
      aria-current={current ? 'page' : undefined}
      className={`font-medium ${current ? 'underline decoration-2' : 'no-underline hover:underline'}`}
    >
      {children}
    </Link>
  );
}
