import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { SiteFooter } from '@/components/site-footer';
import { SiteHeader } from '@/components/site-header';
import { FEED_ALTERNATE_TYPES, SITE_NAME, SITE_URL } from '@/lib/site';
import './globals.css';

export const metadata: Metadata = {
  // Relative canonical and social links resolve against this.
  metadataBase: SITE_URL,
  title: { default: SITE_NAME, template: `%s | ${SITE_NAME}` },
  description: 'Articles on careers in artificial intelligence (roles, skills and pay), gathered from public blogs.',
  // Feed readers find the Atom feed from any page.
  alternates: { types: FEED_ALTERNATE_TYPES },
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="flex min-h-screen flex-col">
        <a href="#main" className="skip-link">
          Skip to content
        </a>
        <SiteHeader />
        {/* tabIndex lets the skip link move focus here, not just scroll. */}
        <main
          id="main"
          tabIndex={-1}
          className="mx-auto w-full max-w-6xl flex-1 px-4 pt-4 pb-8 focus:outline-none sm:pt-8"
        >
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
