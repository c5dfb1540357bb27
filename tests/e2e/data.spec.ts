import { expect, test, type APIRequestContext } from '@playwright/test';
import { z } from 'zod';
import { formatCount } from '@/lib/format';
import { certificationSchema, roleSchema, salaryFigureSchema, skillSchema } from '@/lib/content/schema';
import { dataExports, salaryCsvColumns, type DataExportId } from '@/lib/records/data-dictionary';
import { parseCsv } from '../helpers/parse-csv';
import { expectAccessible } from './support/accessibility';

// The published files are parsed with the same schemas the build validates
// with, so a file that drifted from its dictionary fails here too.
const schemas: Record<DataExportId, z.ZodType> = {
  salaries: salaryFigureSchema,
  roles: roleSchema,
  skills: skillSchema,
  certifications: certificationSchema,
};

async function getSalaries(request: APIRequestContext) {
  const response = await request.get('/data/salaries.json');
  expect(response.status()).toBe(200);
  return z.array(salaryFigureSchema).parse(await response.json());
}

test('/data explains the data and has a dictionary table per export', async ({ page }) => {
  await page.goto('/data');

  await expect(page).toHaveTitle('Open data: AI salaries, roles and skills as JSON and CSV | AI Career Atlas');
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Open data');
  for (const entry of dataExports) {
    const table = page.getByRole('table', { name: `Fields of ${entry.files.map((file) => file.name).join(' and ')}` });
    await expect(table).toBeVisible();
    await expect(table.getByRole('columnheader')).toHaveText(['Field', 'Type', 'Description', 'Example']);
    await expect(table.getByRole('rowheader')).toHaveCount(entry.fields.length);
  }
  await expect(page.getByRole('contentinfo').getByRole('link', { name: 'Open data' })).toHaveAttribute('href', '/data');
});

test('every download link is served with its content type and the records it counts', async ({ page, request }) => {
  await page.goto('/data');
  const downloads = page.getByRole('region', { name: 'Downloads' });

  for (const entry of dataExports) {
    let count: number | null = null;
    for (const file of entry.files) {
      await expect(downloads.getByRole('link', { name: file.name, exact: true })).toHaveAttribute('href', file.href);
      const response = await request.get(file.href);
      expect(response.status(), file.href).toBe(200);
      expect(response.headers()['content-type'], file.href).toBe(file.contentType);
      if (file.format === 'JSON') {
        count = z.array(schemas[entry.id]).parse(await response.json()).length;
      } else {
        expect(response.headers()['content-disposition']).toBe(`inline; filename="${file.name}"`);
      }
    }
    // The page states the count the JSON has: "Salary figures (257 records)".
    expect(count, entry.id).not.toBeNull();
    await expect(downloads.getByText(entry.title, { exact: true }).locator('..')).toHaveText(
      `${entry.title} (${formatCount(count ?? 0, { one: 'record', other: 'records' })})`,
    );
  }
});

test('salaries.csv has the dictionary header and one row per salaries.json record', async ({ request }) => {
  const figures = await getSalaries(request);
  const response = await request.get('/data/salaries.csv');
  expect(response.status()).toBe(200);
  const [header, ...rows] = parseCsv(await response.text());

  expect(header).toEqual(salaryCsvColumns);
  expect(rows).toHaveLength(figures.length);
  // Same figures in the same order, amounts written as plain digits.
  const column = (name: string) => salaryCsvColumns.indexOf(name);
  expect(rows.map((row) => [row[column('id')], row[column('min')], row[column('max')]])).toEqual(
    figures.map((figure) => [figure.id, String(figure.min ?? ''), String(figure.max ?? '')]),
  );
});

test('every salary figure points to a served article and one of its sections', async ({ request }) => {
  const figures = await getSalaries(request);
  const sections = new Map<string, Set<string>>();
  for (const { provenance } of figures) {
    const ids = sections.get(provenance.article) ?? new Set<string>();
    if (provenance.sectionId !== null) ids.add(provenance.sectionId);
    sections.set(provenance.article, ids);
  }

  // One request per article, however many figures it has.
  for (const [article, ids] of sections) {
    const response = await request.get(`/articles/${article}`);
    expect(response.status(), article).toBe(200);
    const html = await response.text();
    for (const id of ids) expect(html, `${article}#${id}`).toContain(`id="${id}"`);
  }
});

test('/data has no detectable accessibility violations at phone and desktop widths', async ({ page }) => {
  await expectAccessible(page, '/data');
});
