import { appIcon } from '@/components/social/app-icon';
import { MANIFEST_ICON_SIZES, manifestIconName } from '@/lib/seo/manifest';

// Written as files at build time; any other name is a 404.
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams(): { name: string }[] {
  return MANIFEST_ICON_SIZES.map((size) => ({ name: manifestIconName(size) }));
}

/** `/icons/icon-192.png`, `/icons/icon-512.png`: the PNG icons the web manifest lists. */
export async function GET(_request: Request, { params }: { params: Promise<{ name: string }> }): Promise<Response> {
  const { name } = await params;
  const size = MANIFEST_ICON_SIZES.find((candidate) => manifestIconName(candidate) === name);
  return size === undefined ? new Response('Not found', { status: 404 }) : appIcon(size);
}
