import { SITE_IMAGE_ALT, siteImage } from '@/components/social/images';
import { SOCIAL_IMAGE_SIZE } from '@/lib/seo/social-image';

// The card for every page without its own (roles and comparisons have theirs).
export const alt = SITE_IMAGE_ALT;
export const size = SOCIAL_IMAGE_SIZE;
export const contentType = 'image/png';

export default function Image() {
  return siteImage();
}
