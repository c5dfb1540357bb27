import type { Metadata } from 'next';
import { Link } from '@/components/link';

export const metadata: Metadata = { title: 'Page not found' };

export default function NotFound() {
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-3xl font-bold tracking-tight">Page not found</h1>
      <p>There is no page at this address. The article may have been renamed or removed.</p>
      <p>
        <Link href="/articles">See all articles</Link> or go to the <Link href="/">home page</Link>.
      </p>
    </div>
  );
}
