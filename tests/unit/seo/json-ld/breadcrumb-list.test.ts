import { describe, expect, it } from 'vitest';
import { breadcrumbTrail } from '@/lib/breadcrumbs';
import { breadcrumbListJsonLd } from '@/lib/seo/json-ld/breadcrumb-list';
import { SITE } from '../site-url';

describe('breadcrumbListJsonLd', () => {
  it('lists the visible trail from Home, linked crumbs with absolute URLs, the current page without one', () => {
    const trail = breadcrumbTrail([{ name: 'Roles', href: '/roles' }, { name: 'AI Engineer' }]);
    expect(breadcrumbListJsonLd(trail, SITE)).toEqual({
      '@context': 'https://schema.org',
      '@type': 'BreadcrumbList',
      itemListElement: [
        { '@type': 'ListItem', position: 1, name: 'Home', item: 'https://careers.example.org/' },
        { '@type': 'ListItem', position: 2, name: 'Roles', item: 'https://careers.example.org/roles' },
        { '@type': 'ListItem', position: 3, name: 'AI Engineer' },
      ],
    });
  });

  it('resolves against a site served under a path', () => {
    const data = breadcrumbListJsonLd(breadcrumbTrail([{ name: 'Skills' }]), new URL('https://example.org/atlas/'));
    expect(data.itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Home', item: 'https://example.org/' },
      { '@type': 'ListItem', position: 2, name: 'Skills' },
    ]);
  });
});
