import { getCareerRecords } from '@/lib/records';
import { JSON_CONTENT_TYPE } from '@/lib/records/data-dictionary';

// Written to a file at build time: the records change only when content/ does.
export const dynamic = 'force-static';

/** Every role in the catalogue, exactly as validated; pretty-printed because people open it in a browser. */
export function GET(): Response {
  return new Response(`${JSON.stringify(getCareerRecords().roles, null, 2)}\n`, {
    headers: { 'Content-Type': JSON_CONTENT_TYPE },
  });
}
