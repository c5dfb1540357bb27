import { createHash } from 'node:crypto';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { z } from 'zod';
import { salaryFigureSchema } from '@/lib/content/schema';
import { formatBytes, formatCount } from '@/lib/format';
import { schemaFields } from '@/lib/open-data/fields';
import { ajvErrors, frictionlessProfile, jsonSchemaAjv, readCsvTable, tableSchemaLike } from '../helpers/validators';
import { expectAccessible } from './support/accessibility';

// Everything here is read from the production server, the way a person or a
// tool downloads it: the descriptor says what should be there, and every file,
// schema and page section is checked against it.

const resource = z.looseObject({
  name: z.string(),
  path: z.string(),
  format: z.enum(['json', 'csv']),
  mediatype: z.string(),
  encoding: z.literal('utf-8'),
  bytes: z.number().int().positive(),
  hash: z.string().regex(/^sha256:[0-9a-f]{64}$/),
  jsonSchema: z.string().optional(),
  schema: z.looseObject({ fields: z.array(z.looseObject({ name: z.string() })) }).optional(),
});
const descriptorSchema = z.looseObject({ version: z.string(), resources: z.array(resource) });
type Resource = z.infer<typeof resource>;

async function getDescriptor(request: APIRequestContext) {
  const response = await request.get('/data/datapackage.json');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('application/json; charset=utf-8');
  return { raw: (await response.json()) as unknown, descriptor: descriptorSchema.parse(await response.json()) };
}

/** The file a resource points at, fetched from the descriptor's own folder. */
async function getFile(request: APIRequestContext, path: string) {
  const response = await request.get(`/data/${path}`);
  expect(response.status(), path).toBe(200);
  return { response, body: await response.body() };
}

/** The JSON Schema a JSON resource links, or the Table Schema a CSV resource carries (also served as a file). */
function schemaHref(entry: Resource): string {
  return entry.format === 'json'
    ? `/data/${entry.jsonSchema}`
    : `/data/schemas/${entry.path.replace(/\.csv$/, '.tableschema.json')}`;
}

test('the Data Package is valid under the official profile and its every file has the size and hash it states', async ({
  request,
}) => {
  const { raw, descriptor } = await getDescriptor(request);
  const validate = frictionlessProfile('datapackage');
  const valid = validate(raw);
  expect(ajvErrors(validate)).toEqual([]);
  expect(valid).toBe(true);

  for (const entry of descriptor.resources) {
    const { response, body } = await getFile(request, entry.path);
    expect(response.headers()['content-type'], entry.path).toBe(`${entry.mediatype}; charset=utf-8`);
    expect(body.length, `${entry.path} bytes`).toBe(entry.bytes);
    expect(`sha256:${createHash('sha256').update(body).digest('hex')}`, `${entry.path} hash`).toBe(entry.hash);
    // UTF-8 without a byte-order mark.
    expect(body.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf])), entry.path).toBe(false);
    expect(new TextDecoder('utf-8', { fatal: true }).decode(body).length).toBeGreaterThan(0);
  }
});

test('every JSON file reads back and is valid under the JSON Schema it links', async ({ request }) => {
  const { descriptor } = await getDescriptor(request);
  const json = descriptor.resources.filter((entry) => entry.format === 'json');
  expect(json.length).toBeGreaterThanOrEqual(8);
  for (const entry of json) {
    const { body } = await getFile(request, entry.path);
    const schemaResponse = await request.get(schemaHref(entry));
    expect(schemaResponse.status(), schemaHref(entry)).toBe(200);
    const validate = jsonSchemaAjv().compile((await schemaResponse.json()) as Record<string, unknown>);
    const valid = validate(JSON.parse(body.toString('utf8')));
    expect(ajvErrors(validate), entry.path).toEqual([]);
    expect(valid, entry.path).toBe(true);
  }
});

test('every CSV reads back under the Table Schema it carries, with the records of its JSON file', async ({
  request,
}) => {
  const { descriptor } = await getDescriptor(request);
  const csv = descriptor.resources.filter((entry) => entry.format === 'csv');
  expect(csv.map((entry) => entry.path)).toContain('salaries.csv');
  for (const entry of csv) {
    const { response, body } = await getFile(request, entry.path);
    expect(response.headers()['content-disposition']).toBe(`inline; filename="${entry.path}"`);
    // The carried schema is the one served beside it.
    const served = (await (await request.get(schemaHref(entry))).json()) as unknown;
    expect(served).toEqual(entry.schema);
    const { rows, errors } = readCsvTable(body.toString('utf8'), tableSchemaLike.parse(entry.schema));
    expect(errors, entry.path).toEqual([]);
    const twin = descriptor.resources.find((other) => other.path === entry.path.replace(/\.csv$/, '.json'));
    const records = JSON.parse((await getFile(request, twin?.path ?? '')).body.toString('utf8')) as unknown[];
    expect(rows.length, entry.path).toBe(records.length);
  }
});

test('/data offers every file of the Data Package with its records, size and schema, and nothing else', async ({
  page,
  request,
}) => {
  const { descriptor } = await getDescriptor(request);
  await page.goto('/data');
  await expect(page).toHaveTitle('Open data: AI salaries, roles and skills as JSON and CSV | AI Career Atlas');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Open data');

  const downloads = page.getByRole('region', { name: 'Downloads' });
  const hrefs = await downloads
    .getByRole('link')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
  const fileLinks = hrefs.filter((href) => href !== null && /^\/data\/[^/]+\.(json|csv)$/.test(href));
  expect(fileLinks.sort()).toEqual(descriptor.resources.map((entry) => `/data/${entry.path}`).sort());

  for (const entry of descriptor.resources) {
    const records = JSON.parse(
      (await getFile(request, entry.path.replace(/\.csv$/, '.json'))).body.toString('utf8'),
    ) as unknown[];
    const line = downloads
      .getByRole('listitem')
      .filter({ has: page.getByRole('link', { name: entry.path, exact: true }) });
    await expect(line.last()).toContainText(
      `${entry.format.toUpperCase()}, ${formatCount(records.length, { one: 'record', other: 'records' })}, ${formatBytes(entry.bytes)}`,
    );
    await expect(line.last().getByRole('link').last()).toHaveAttribute('href', schemaHref(entry));
  }

  const packageLink = page.getByRole('link', { name: 'datapackage.json', exact: true });
  await expect(packageLink).toHaveAttribute('href', '/data/datapackage.json');
  await expect(page.getByRole('region', { name: 'For tools: the Data Package' })).toContainText(descriptor.version);
});

test('the dictionary lists exactly the fields of each served schema, with each CSV column', async ({
  page,
  request,
}) => {
  const { descriptor } = await getDescriptor(request);
  await page.goto('/data');
  for (const entry of descriptor.resources.filter((item) => item.format === 'json')) {
    const schema = (await (await request.get(schemaHref(entry))).json()) as Record<string, unknown>;
    const fields = schemaFields(schema).map((field) => field.name);
    const csv = descriptor.resources.find((other) => other.path === entry.path.replace(/\.json$/, '.csv'));
    const caption = `Fields of ${[entry.path, ...(csv ? [csv.path] : [])].join(' and ')}`;
    const table = page.getByRole('table', { name: caption });
    await expect(table.getByRole('columnheader')).toHaveText(['Field', 'Type', 'Description', 'Example']);
    // Row headers hold the path (and the CSV column under it); dots may break with <wbr>, which adds no text.
    const onPage = (await table.locator('tbody th code.font-semibold').allTextContents()).map((text) => text.trim());
    expect(onPage, caption).toEqual(fields);
    if (csv) {
      const columns = (await table.locator('tbody th span code').allTextContents()).map((text) => text.trim());
      expect(columns, caption).toEqual(csv.schema?.fields.map((field) => field.name));
    }
  }
});

test('the Dataset structured data offers one DataDownload per file of the Data Package', async ({ page, request }) => {
  const { descriptor } = await getDescriptor(request);
  await page.goto('/data');
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  const dataset = blocks
    .map((text) => JSON.parse(text) as Record<string, unknown>)
    .find((block) => block['@type'] === 'Dataset');
  const distribution = z
    .array(
      z.object({ contentUrl: z.string(), encodingFormat: z.string(), contentSize: z.string(), sha256: z.string() }),
    )
    .parse(dataset?.distribution);
  expect(distribution.map((download) => new URL(download.contentUrl).pathname)).toEqual(
    descriptor.resources.map((entry) => `/data/${entry.path}`),
  );
  distribution.forEach((download, index) => {
    const entry = descriptor.resources[index];
    expect(download.encodingFormat).toBe(entry?.mediatype);
    expect(download.contentSize).toBe(`${entry?.bytes} bytes`);
    expect(`sha256:${download.sha256}`).toBe(entry?.hash);
  });
  expect(dataset?.version).toBe(descriptor.version);
});

test('every salary figure points to a served article and one of its sections', async ({ request }) => {
  const response = await request.get('/data/salaries.json');
  const figures = z.array(salaryFigureSchema).parse(await response.json());
  const sections = new Map<string, Set<string>>();
  for (const { provenance } of figures) {
    const ids = sections.get(provenance.article) ?? new Set<string>();
    if (provenance.sectionId !== null) ids.add(provenance.sectionId);
    sections.set(provenance.article, ids);
  }

  // One request per article, however many figures it has.
  for (const [article, ids] of sections) {
    const page = await request.get(`/articles/${article}`);
    expect(page.status(), article).toBe(200);
    const html = await page.text();
    for (const id of ids) expect(html, `${article}#${id}`).toContain(`id="${id}"`);
  }
});

test('unknown files under /data are not found', async ({ request }) => {
  expect((await request.get('/data/nothing.csv')).status()).toBe(404);
  expect((await request.get('/data/schemas/nothing.schema.json')).status()).toBe(404);
});

test('/data has no detectable accessibility violations at phone and desktop widths', async ({ page }) => {
  await expectAccessible(page, '/data');
});

test('on a phone, a field table scrolls sideways from the keyboard', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/data');
  const region = page.getByRole('region', { name: 'Fields of salaries.json and salaries.csv' });
  await region.focus();
  await expect(region).toBeFocused();
  expect(await region.evaluate((element) => element.scrollWidth > element.clientWidth)).toBe(true);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => region.evaluate((element) => element.scrollLeft)).toBeGreaterThan(0);
});
