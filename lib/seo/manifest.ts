/**
 * The web app manifest: what a browser shows when the site is installed or
 * pinned. Pure, so the icon list and colours can be tested without a build.
 */
import type { MetadataRoute } from 'next';

/** The PNG sizes install prompts and launchers ask for. */
export const MANIFEST_ICON_SIZES = [192, 512] as const;

/** `icon-192.png`: the file name of one PNG icon under /icons/. */
export function manifestIconName(size: number): string {
  return `icon-${size}.png`;
}

export interface ManifestInput {
  name: string;
  shortName: string;
  description: string;
  /** The colour of the browser's own interface around the site. */
  themeColor: string;
  /** The page background, shown while the site opens. */
  backgroundColor: string;
  /** The address of the SVG icon as Next.js serves it. */
  svgIcon: string;
}

export function webManifest(input: ManifestInput): MetadataRoute.Manifest {
  return {
    name: input.name,
    short_name: input.shortName,
    description: input.description,
    start_url: '/',
    scope: '/',
    // A reading site: links, the address bar and sharing stay useful.
    display: 'browser',
    theme_color: input.themeColor,
    background_color: input.backgroundColor,
    icons: [
      ...MANIFEST_ICON_SIZES.map((size) => ({
        src: `/icons/${manifestIconName(size)}`,
        sizes: `${size}x${size}`,
        type: 'image/png',
      })),
      { src: input.svgIcon, sizes: 'any', type: 'image/svg+xml' },
    ],
  };
}
