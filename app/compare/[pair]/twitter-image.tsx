import { COMPARISON_IMAGE_ALT, comparisonImage, comparisonImageParams } from '@/components/social/images';
import { SOCIAL_IMAGE_SIZE } from '@/lib/seo/social-image';

export const alt = COMPARISON_IMAGE_ALT;
export const size = SOCIAL_IMAGE_SIZE;
export const contentType = 'image/png';

// One image per canonical pair, drawn at build time like the comparisons.
export const dynamicParams = false;
export const generateStaticParams = comparisonImageParams;

export default async function Image({ params }: { params: Promise<{ pair: string }> }) {
  return comparisonImage((await params).pair);
}
