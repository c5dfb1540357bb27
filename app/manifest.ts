import type { MetadataRoute } from 'next';
import { webManifest } from '@/lib/seo/manifest';
import { SITE_DESCRIPTION, SITE_NAME, SITE_THEME_COLOR } from '@/lib/site';

export default function manifest(): MetadataRoute.Manifest {
  return webManifest({
    name: SITE_NAME,
    shortName: 'AI Careers',
    description: SITE_DESCRIPTION,
    themeColor: SITE_THEME_COLOR,
    // The page background in the light colour scheme (globals.css: bg-white).
    backgroundColor: '#ffffff',
    // app/icon.svg, which Next.js serves at this address.
    svgIcon: '/icon.svg',
  });
}
