// axe-core at WCAG 2.2 AA: empty quote, full quote, findings open, print view.
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { test, expect, open, fullSession, withOptions, withRevision, boqTable, useSamplePrices } from './app.mjs';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const ALL_ITEMS = Object.keys(JSON.parse(readFileSync('public/sample-price-book.json', 'utf8')).prices);

async function violations(page) {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length}) e.g. ${v.nodes[0]?.target}`);
}

test('empty quote has no WCAG 2.2 AA violations', async ({ page }) => {
  await open(page);
  expect(await violations(page)).toEqual([]);
});

test('full quote (sales engineer, every item, prices, two options side by side, a revision) has no violations', async ({ page }) => {
  expect(ALL_ITEMS.length).toBe(74);
  await open(page, withRevision(withOptions(fullSession(ALL_ITEMS), ALL_ITEMS.slice(0, 10), 'every service')));
  await expect(page.getByRole('heading', { name: 'Options side by side' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Revisions' })).toBeVisible();
  await useSamplePrices(page);
  // One row header per item (subtotal rows have their own "Subtotal ..." headers).
  await expect(boqTable(page).getByRole('rowheader').filter({ hasNotText: /^Subtotal / })).toHaveCount(74);
  await expect(page.getByRole('img', { name: /^Cost (by offering|per month)/ })).toHaveCount(2);
  expect(await violations(page)).toEqual([]);
});

test('the axe harness does report a violation (an unlabelled field)', async ({ page }) => {
  await open(page);
  await page.evaluate(() => document.body.appendChild(document.createElement('input')));
  expect((await violations(page)).some((v) => v.startsWith('label:'))).toBe(true);
});

test('findings open (sources and override forms expanded) has no violations', async ({ page }) => {
  await open(page, fullSession(ALL_ITEMS));
  const summaries = page.getByRole('list', { name: 'Findings list' }).locator('details > summary');
  const count = await summaries.count();
  expect(count).toBeGreaterThan(5);
  for (let i = 0; i < count; i += 1) await summaries.nth(i).click();
  expect(await violations(page)).toEqual([]);
});

test('print view has no violations', async ({ page }) => {
  await open(page, fullSession(ALL_ITEMS));
  await useSamplePrices(page);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByLabel('Search services')).toBeHidden();
  await expect(page.getByRole('note').filter({ hasText: 'DRAFT' })).toBeVisible();
  expect(await violations(page)).toEqual([]);
});
