import { ROLE_IMAGE_ALT, roleImage, roleImageParams } from '@/components/social/images';
import { SOCIAL_IMAGE_SIZE } from '@/lib/seo/social-image';

export const alt = ROLE_IMAGE_ALT;
export const size = SOCIAL_IMAGE_SIZE;
export const contentType = 'image/png';

// One image per role, drawn at build time like the guides.
export const dynamicParams = false;
export const generateStaticParams = roleImageParams;

export default async function Image({ params }: { params: Promise<{ role: string }> }) {
  return roleImage((await params).role);
}
