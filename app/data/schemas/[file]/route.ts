import { contentType, JSON_MEDIA_TYPE } from '@/lib/open-data/build';
import { getOpenData } from '@/lib/open-data';

// Written as files at build time; any other name is a 404.
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams(): { file: string }[] {
  return getOpenData().schemas.map((schema) => ({ file: schema.name }));
}

/** `/data/schemas/salaries.schema.json` (JSON Schema), `/data/schemas/salaries.tableschema.json` (Table Schema), …. */
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }): Promise<Response> {
  const { file: name } = await params;
  const schema = getOpenData().schemas.find((candidate) => candidate.name === name);
  if (!schema) return new Response('Not found', { status: 404 });
  return new Response(schema.body, { headers: { 'Content-Type': contentType(JSON_MEDIA_TYPE) } });
}
