import type { ReactNode } from 'react';
import { SITE_NAME, SITE_THEME_COLOR } from '@/lib/site';

// Inline styles only: next/og draws with Satori, which reads the style
// attribute (flexbox, no classes) and has no access to the site's CSS.
const BLUE = SITE_THEME_COLOR;
const INK = '#18181b';
const MUTED = '#52525b';

/** The frame of every social image: the site name as a band, then the content. */
export function SocialCard({ children }: { children: ReactNode }) {
  return (
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        flexDirection: 'column',
        background: '#ffffff',
        color: INK,
        fontSize: 40,
      }}
    >
      <div style={{ display: 'flex', background: BLUE, color: '#ffffff', padding: '28px 64px', fontSize: 36 }}>
        {SITE_NAME}
      </div>
      <div style={{ display: 'flex', flexDirection: 'column', flex: 1, padding: '48px 64px', gap: 32 }}>{children}</div>
    </div>
  );
}

/** A large heading line. */
export function SocialTitle({ children, size = 84 }: { children: ReactNode; size?: number }) {
  return <div style={{ display: 'flex', fontSize: size, lineHeight: 1.1, letterSpacing: -1 }}>{children}</div>;
}

/** A role's name with its pay at a glance under a small label. */
export function SocialPay({ role, label, pay }: { role?: string; label: string; pay: string }) {
  return (
    <div style={{ display: 'flex', flexDirection: 'column', gap: 8 }}>
      {role !== undefined && <div style={{ display: 'flex', fontSize: 52 }}>{role}</div>}
      <div style={{ display: 'flex', fontSize: 30, color: MUTED }}>{label}</div>
      <div style={{ display: 'flex', fontSize: 56, color: BLUE }}>{pay}</div>
    </div>
  );
}

/** A line of plain text. */
export function SocialText({ children }: { children: ReactNode }) {
  return <div style={{ display: 'flex', fontSize: 40, color: MUTED, lineHeight: 1.3 }}>{children}</div>;
}
