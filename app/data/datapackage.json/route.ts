import { contentType, JSON_MEDIA_TYPE } from '@/lib/open-data/build';
import { getOpenData } from '@/lib/open-data';

// Written to a file at build time: the descriptor changes only when the files it describes do.
export const dynamic = 'force-static';

/** The Frictionless Data Package descriptor of every file on /data. */
export function GET(): Response {
  return new Response(getOpenData().descriptorFile.body, {
    headers: { 'Content-Type': contentType(JSON_MEDIA_TYPE) },
  });
}
