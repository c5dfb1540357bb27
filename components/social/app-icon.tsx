import fs from 'node:fs';
import path from 'node:path';
import { ImageResponse } from 'next/og';
import { SITE_THEME_COLOR } from '@/lib/site';

// The PNG icons are drawn from app/icon.svg itself, so every size shows the
// same mark. The square is filled with the icon's blue so the SVG's rounded
// corners leave no transparent pixels (iOS would show them black).
const iconSvg = fs.readFileSync(path.join(process.cwd(), 'app', 'icon.svg'));
const iconSrc = `data:image/svg+xml;base64,${iconSvg.toString('base64')}`;

/** The site icon as a `size`×`size` PNG. */
export function appIcon(size: number): ImageResponse {
  return new ImageResponse(
    <div style={{ width: '100%', height: '100%', display: 'flex', background: SITE_THEME_COLOR }}>
      {/* eslint-disable-next-line @next/next/no-img-element -- drawn by next/og, not rendered in a page */}
      <img src={iconSrc} width={size} height={size} alt="" />
    </div>,
    { width: size, height: size },
  );
}
