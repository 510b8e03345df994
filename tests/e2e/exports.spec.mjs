// Files a quote leaves the browser as: CSV (written by the page), and the spreadsheet and
// the Word proposal (written by the export worker, which the cold load never fetches).
import { readFile } from 'node:fs/promises';
import { test, expect, open, fullSession, useSamplePrices } from './app.mjs';

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
    await useSamplePrices(page);
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

for (const [button, kind] of [['Download BOQ (Excel)', 'spreadsheet'], ['Download proposal (Word)', 'Word proposal']]) {
  test(`the exported ${kind} loaded back reopens the same quote with the same BOQ`, async ({ page }) => {
    await open(page, fullSession(['om-chaos-basic', 'apm-tech-support', 'ke-basic', 'om-prr']));
    await useSamplePrices(page);
    const boq = page.getByRole('table', { name: 'Bill of quantities' });
    const before = await boq.innerText();
    const total = await page.getByTestId('grand-total').innerText();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: button }).click();
    const file = await (await download).path();
    // Another quote in between, then the file brings the exported one back.
    await page.getByRole('button', { name: 'Start a new quote' }).click();
    await expect(page.getByTestId('grand-total')).toHaveCount(0);
    await page.getByLabel('Load a saved quote').setInputFiles({
      name: kind === 'spreadsheet' ? 'returned.xlsx' : 'returned.docx',
      mimeType: 'application/octet-stream',
      buffer: await readFile(file),
    });
    await expect(page.getByRole('status').filter({ hasText: 'Quote loaded.' })).toBeVisible();
    await expect(page.getByTestId('grand-total')).toHaveText(total);
    expect(await boq.innerText()).toBe(before);
  });
}

test('a spreadsheet that holds no quote is refused and the work is kept', async ({ page }) => {
  await open(page, fullSession(['om-chaos-basic']));
  await page.getByLabel('Load a saved quote').setInputFiles({
    name: 'other.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from('PK\u0003\u0004 not a whole archive', 'latin1'),
  });
  await expect(page.getByRole('alert').filter({ hasText: 'The file was not loaded: the file is damaged' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Bill of quantities' })).toContainText('Chaos Engineering Drill Service Basic Edition');
});
