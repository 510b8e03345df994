// Files a quote leaves the browser as: CSV (written by the page), and the spreadsheet and
// the Word proposal (written by the export worker, which the cold load never fetches).
import { readFile } from 'node:fs/promises';
import { test, expect, open, fullSession } from './app.mjs';

const ALL_ITEMS = Object.keys(JSON.parse(await readFile('public/sample-price-book.json', 'utf8')).prices);

test('the cold load does not fetch the export worker; the first export does', async ({ page }) => {
  const fetched = [];
  page.on('request', (request) => fetched.push(request.url()));
  await open(page);
  await page.waitForLoadState('networkidle');
  expect(fetched.filter((url) => url.includes('export-worker'))).toEqual([]);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download BOQ (Excel)' }).click();
  await download;
  expect(fetched.some((url) => /export-worker-[0-9a-f]{16}_bg\.wasm$/.test(url))).toBe(true);
});

for (const [button, name, type] of [
  ['Download BOQ (CSV)', /^Full-catalog-boq\.csv$/, null],
  ['Download BOQ (Excel)', /^Full-catalog-boq\.xlsx$/, 'PK'],
  ['Download proposal (Word)', /^Full-catalog-proposal\.docx$/, 'PK'],
]) {
  test(`${button} gives a named, non-empty file`, async ({ page }) => {
    await open(page, fullSession(ALL_ITEMS));
    await page.getByRole('button', { name: 'Use the illustrative sample prices' }).click();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: button }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(name);
    const bytes = await readFile(await file.path());
    expect(bytes.length).toBeGreaterThan(1000);
    if (type) {
      // XLSX and DOCX are zip packages.
      expect(bytes.subarray(0, 2).toString('latin1')).toBe(type);
    } else {
      const text = bytes.toString('utf8');
      expect(text).toContain('Customer,ACME Logistics');
      expect(text).toContain('Grand total');
    }
    await expect(page.getByRole('status').filter({ hasText: 'is ready' })).toBeVisible();
  });
}
