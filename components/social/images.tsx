/**
 * The social images, one function per kind of page. The opengraph-image and
 * twitter-image files of a route both call the same function, so the two cards
 * of a page are one image.
 */
import { ImageResponse } from 'next/og';
import type { ReactNode } from 'react';
import { SocialCard, SocialPay, SocialText, SocialTitle } from '@/components/social/social-card';
import { getRoleGuide, getRolePairs } from '@/lib/guides';
import { getRoles } from '@/lib/records';
import { PAY_LABEL, payAtAGlance, SOCIAL_IMAGE_SIZE } from '@/lib/seo/social-image';
import { SITE_DESCRIPTION, SITE_NAME } from '@/lib/site';

const SITE_HEADLINE = 'Find your way into a career in AI';

export const SITE_IMAGE_ALT = `${SITE_NAME}: ${SITE_HEADLINE}. ${SITE_DESCRIPTION}`;
export const ROLE_IMAGE_ALT = 'The role and its median yearly salary by level, as its guide states it';
export const COMPARISON_IMAGE_ALT =
  'The two roles compared, each with its median yearly salary by level, as the guides state it';

// The card's parts are passed as a list, not a fragment: Satori lays a
// fragment's children out as one row.
function draw(...parts: ReactNode[]): ImageResponse {
  return new ImageResponse(<SocialCard>{parts}</SocialCard>, SOCIAL_IMAGE_SIZE);
}

function rolePay(slug: string): { name: string; pay: string } | null {
  const guide = getRoleGuide(slug);
  return guide ? { name: guide.role.name, pay: payAtAGlance(guide.pay.glance) } : null;
}

/** The default image: the site's name and what it is. */
export function siteImage(): ImageResponse {
  return draw(
    <SocialTitle key="title">{SITE_HEADLINE}</SocialTitle>,
    <SocialText key="text">{SITE_DESCRIPTION}</SocialText>,
  );
}

export function roleImageParams(): { role: string }[] {
  return getRoles().map((role) => ({ role: role.slug }));
}

/** A role guide's image: the role and its pay at a glance; the site image for an unknown role. */
export function roleImage(slug: string): ImageResponse {
  const role = rolePay(slug);
  if (!role) return siteImage();
  return draw(
    <SocialTitle key="title">{role.name}</SocialTitle>,
    <SocialText key="text">
      Role guide: skills, certifications, career path and pay, from published articles
    </SocialText>,
    <SocialPay key="pay" label={PAY_LABEL} pay={role.pay} />,
  );
}

export function comparisonImageParams(): { pair: string }[] {
  return getRolePairs().map((pair) => ({ pair: pair.slug }));
}

/** A comparison's image: both roles, each with its pay at a glance; the site image for an unknown pair. */
export function comparisonImage(pairSlug: string): ImageResponse {
  const pair = getRolePairs().find((entry) => entry.slug === pairSlug);
  const a = pair ? rolePay(pair.a) : null;
  const b = pair ? rolePay(pair.b) : null;
  if (!a || !b) return siteImage();
  return draw(
    <SocialTitle key="title" size={64}>
      {`${a.name} vs ${b.name}`}
    </SocialTitle>,
    <div key="pay" style={{ display: 'flex', gap: 64 }}>
      {[a, b].map((role) => (
        <div key={role.name} style={{ display: 'flex', flex: 1 }}>
          <SocialPay role={role.name} label={PAY_LABEL} pay={role.pay} />
        </div>
      ))}
    </div>,
  );
}
