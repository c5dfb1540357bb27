import { describe, expect, it } from 'vitest';
import { webManifest } from '@/lib/seo/manifest';

const manifest = webManifest({
  name: 'AI Career Atlas',
  shortName: 'AI Careers',
  description: 'Careers in AI.',
  themeColor: '#1d4ed8',
  backgroundColor: '#ffffff',
  svgIcon: '/icon.svg',
});

describe('webManifest', () => {
  it('starts at the home page in the browser, in the site colours', () => {
    expect(manifest).toMatchObject({
      name: 'AI Career Atlas',
      short_name: 'AI Careers',
      start_url: '/',
      display: 'browser',
      theme_color: '#1d4ed8',
      background_color: '#ffffff',
    });
  });

  it('lists the 192 and 512 pixel PNG icons and the SVG icon', () => {
    expect(manifest.icons).toEqual([
      { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
      { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
      { src: '/icon.svg', sizes: 'any', type: 'image/svg+xml' },
    ]);
  });
});
