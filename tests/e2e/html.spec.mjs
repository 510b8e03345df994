// The rendered page checked with the Nu Html Checker (vnu-jar from npm, run with the
// machine's Java): the customer's start and a sales-mode whole-catalog quote with every
// disclosure open must give 0 errors. The DOM is serialized as the browser holds it, so
// what the app renders is checked, not only index.html. No "(s)" anywhere: a number
// always meets its own singular or plural.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect, open, mode, fullSession, withOptions, withRevision, useSamplePrices } from './app.mjs';

const VNU = 'node_modules/vnu-jar/build/dist/vnu.jar';
const ALL_ITEMS = Object.keys(JSON.parse(readFileSync('public/sample-price-book.json', 'utf8')).prices);

/** The Nu Html Checker's errors for the page as rendered now (one line each). */
async function htmlErrors(page) {
  const html = await page.evaluate(() => `<!DOCTYPE html>\n${document.documentElement.outerHTML}`);
  const file = join(mkdtempSync(join(tmpdir(), 'vnu-')), 'page.html');
  writeFileSync(file, html);
  try {
    execFileSync('java', ['-jar', VNU, '--errors-only', '--format', 'gnu', file], { encoding: 'utf8', stdio: 'pipe' });
    return [];
  } catch (error) {
    // vnu exits 1 when it reports an error; the report is on stderr.
    return String(error.stderr || error.message).split('\n').filter((line) => line.trim() !== '')
      .map((line) => line.replace(`"file:${file}":`, '').replace(`${file}:`, ''));
  }
}

/** Opens every closed disclosure, so what it holds is rendered and checked too. */
async function openEveryDisclosure(page) {
  const closed = page.locator('details:not([open]) > summary');
  for (let round = 0; round < 5; round += 1) {
    const count = await closed.count();
    if (count === 0) return;
    for (let i = count - 1; i >= 0; i -= 1) await closed.nth(i).click();
  }
}

test('the customer start page has no HTML errors', async ({ page }) => {
  await open(page);
  expect(await htmlErrors(page)).toEqual([]);
});

test('a sales-mode whole-catalog quote with two options and a revision, every disclosure open, has no HTML errors and no "(s)"', async ({ page }) => {
  test.setTimeout(180_000);
  await open(page, withRevision(withOptions(fullSession(ALL_ITEMS), ALL_ITEMS.slice(0, 10), 'every service')));
  await expect(page.getByRole('heading', { name: 'Options side by side' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Revisions' })).toBeVisible();
  await mode(page, 'Sales engineer');
  await useSamplePrices(page);
  await openEveryDisclosure(page);
  expect(await page.locator('details:not([open])').count()).toBe(0);
  expect(await htmlErrors(page)).toEqual([]);
  expect(await page.locator('body').innerText()).not.toContain('(s)');
});

test('the HTML check does report an error (a duplicate id)', async ({ page }) => {
  await open(page);
  await page.evaluate(() => {
    for (let i = 0; i < 2; i += 1) {
      const span = document.createElement('span');
      span.id = 'twice';
      document.body.appendChild(span);
    }
  });
  const errors = await htmlErrors(page);
  expect(errors.some((line) => line.includes('Duplicate ID'))).toBe(true);
});
