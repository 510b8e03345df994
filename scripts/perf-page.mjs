// What the measuring scripts share: dist/ served gzip-compressed as a static host does,
// headless Chromium with background traffic off, and a page opened on the whole-catalog
// quote (every item, sample prices) from a clean storage.
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fullSession, storedEntries } from '../tests/e2e/app.mjs';

/** Chromium flags that keep background work out of the figures. */
export const QUIET_CHROMIUM_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-quic', '--disable-sync'];

/** Serves dist/ on `port` (scripts/static-server.mjs) and starts headless Chromium. */
export async function startMeasuring(port) {
  const server = spawn('node', ['scripts/static-server.mjs', 'dist', String(port)], { stdio: 'ignore' });
  await new Promise((resolve) => setTimeout(resolve, 500));
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: QUIET_CHROMIUM_FLAGS });
  const stop = async () => {
    await browser.close();
    server.kill();
  };
  return { browser, stop };
}

/** Opens a new page on the whole-catalog quote, priced with the sample price book. */
export async function openWholeCatalogQuote(browser, port, pageOptions = {}, threeOptions = false) {
  const items = Object.keys(JSON.parse(readFileSync('public/sample-price-book.json', 'utf8')).prices);
  const page = await browser.newPage(pageOptions);
  await page.goto(`http://127.0.0.1:${port}/`);
  const session = fullSession(items);
  if (threeOptions) {
    // Options A and B hold every item too, over 24 and 36 months: the compare view has
    // every item on a row with three cells, and an edit of C changes a row and the totals.
    const parked = (term) => ({ lines: items.map((item) => ({ item })), term_months: term });
    session.options = { list: [{ letter: 'A', parked: parked(24) }, { letter: 'B', parked: parked(36) }, { letter: 'C' }], active: 2 };
  }
  await page.evaluate((entries) => { localStorage.clear(); for (const [k, v] of entries) localStorage.setItem(k, v); }, storedEntries(session));
  await page.reload();
  await page.getByRole('button', { name: 'Use the illustrative sample prices' }).click();
  return page;
}
