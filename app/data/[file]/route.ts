import { contentType } from '@/lib/open-data/build';
import { getOpenData } from '@/lib/open-data';

// Written as files at build time (the records change only when content/ does); any other name is a 404.
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams(): { file: string }[] {
  return getOpenData().files.map((file) => ({ file: file.name }));
}

/** `/data/salaries.json`, `/data/salaries.csv`, …: every record as validated, with the bytes the Data Package hashes. */
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }): Promise<Response> {
  const { file: name } = await params;
  const file = getOpenData().files.find((candidate) => candidate.name === name);
  if (!file) return new Response('Not found', { status: 404 });
  const headers: Record<string, string> = { 'Content-Type': contentType(file.mediaType) };
  // inline: a browser that can show CSV shows it; the name is used when saving.
  if (file.format === 'csv') headers['Content-Disposition'] = `inline; filename="${file.name}"`;
  return new Response(file.body, { headers });
}
