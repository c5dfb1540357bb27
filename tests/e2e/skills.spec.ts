import { expect, test, type APIRequestContext } from '@playwright/test';
import { z } from 'zod';
import { skillSchema } from '@/lib/content/schema';
import { expectAccessible } from './support/accessibility';
import { headingTexts } from './support/html';

async function getListedSkills(request: APIRequestContext) {
  const response = await request.get('/data/skills.json');
  expect(response.status()).toBe(200);
  return z
    .array(skillSchema)
    .parse(await response.json())
    .filter((skill) => skill.articles.length > 0);
}

test('/skills lists every skill that has sources, once, linked to its page', async ({ page, request }) => {
  const skills = await getListedSkills(request);
  await page.goto('/skills');
  await expect(page).toHaveTitle(`${skills.length} skills and tools for AI roles | AI Career Atlas`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Skills and tools');
  await expect(page.getByRole('navigation', { name: 'Breadcrumb' })).toContainText('Skills');

  const rows = page.getByRole('rowheader');
  await expect(rows).toHaveCount(skills.length);
  expect((await rows.allTextContents()).sort()).toEqual(skills.map((skill) => skill.name).sort());
  const pytorch = skills.find((skill) => skill.name === 'PyTorch');
  await expect(page.getByRole('rowheader', { name: 'PyTorch', exact: true }).getByRole('link')).toHaveAttribute(
    'href',
    `/skills/${pytorch?.slug}`,
  );
});

test('/skills tells tools from abilities', async ({ page, request }) => {
  const skills = await getListedSkills(request);
  await page.goto('/skills');
  for (const type of ['tool', 'skill'] as const) {
    const skill = skills.find((candidate) => candidate.type === type);
    const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: skill?.name, exact: true }) });
    await expect(row.getByRole('cell').first()).toHaveText(type === 'tool' ? 'Tool' : 'Ability');
  }
});

test('every skill with sources has a page that opens with its name', async ({ request }) => {
  for (const skill of await getListedSkills(request)) {
    const response = await request.get(`/skills/${skill.slug}`);
    expect(response.status(), skill.slug).toBe(200);
    expect(headingTexts(await response.text(), 1), skill.slug).toEqual([skill.name]);
  }
});

test('a skill page ranks the roles that need it and links the articles that list it', async ({ page, request }) => {
  const skill = (await getListedSkills(request)).find((candidate) => candidate.name === 'PyTorch');
  expect(skill).toBeDefined();
  if (!skill) return;
  await page.goto(`/skills/${skill.slug}`);

  const ranked = [...skill.roles].sort((a, b) => b.articles.length - a.articles.length);
  const roleLinks = page.getByRole('region', { name: 'Roles that need it' }).getByRole('link');
  await expect(roleLinks).toHaveCount(skill.roles.length);
  const hrefs = await roleLinks.evaluateAll((links) => links.map((link) => link.getAttribute('href')));
  const counts = hrefs.map(
    (href) => skill.roles.find((entry) => `/roles/${entry.role}` === href)?.articles.length ?? -1,
  );
  expect(counts).toEqual(ranked.map((entry) => entry.articles.length));

  const articleLinks = page.getByRole('region', { name: 'Articles that list it' }).getByRole('link');
  const articleHrefs = await articleLinks.evaluateAll((links) => links.map((link) => link.getAttribute('href')));
  expect(articleHrefs.sort()).toEqual(skill.articles.map((article) => `/articles/${article}`).sort());
});

test('an unknown skill is a 404', async ({ page }) => {
  const response = await page.goto('/skills/no-such-skill');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
});

test('/skills and a skill page have no detectable accessibility violations', async ({ page, request }) => {
  const skill = (await getListedSkills(request)).find((candidate) => candidate.name === 'PyTorch');
  await expectAccessible(page, '/skills');
  await expectAccessible(page, `/skills/${skill?.slug}`);
});
