// Offline and installable: the built dist/ served from a deeper sub-path by a static server
// of our own (so a test can take it down or deploy a second build), the service worker,
// the update prompt, the manifest and the Content-Security-Policy.
import { execFileSync } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, appendFile, readdir, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { test, expect, mode, takeViolations, addFromCatalog, useSamplePrices } from './app.mjs';

const SUB_PATH = '/tools/configurator/';
const TYPES = {
  '.html': 'text/html', '.js': 'text/javascript', '.wasm': 'application/wasm', '.css': 'text/css',
  '.json': 'application/json', '.webmanifest': 'application/manifest+json', '.png': 'image/png', '.svg': 'image/svg+xml',
};
const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; worker-src 'self'; object-src 'none'; base-uri 'self'";

/** Serves `site.root` under SUB_PATH (swap `site.root` to deploy another build). */
async function startSite(root) {
  const site = { root, url: '' };
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://x').pathname);
    if (!path.startsWith(SUB_PATH)) return response.writeHead(404).end();
    let file = normalize(path.slice(SUB_PATH.length)) || 'index.html';
    if (file.endsWith('/') || file === '.') file = join(file, 'index.html');
    try {
      const body = await readFile(join(site.root, file));
      response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  site.url = `http://127.0.0.1:${server.address().port}${SUB_PATH}`;
  site.close = () => new Promise((resolve) => server.close(resolve));
  return site;
}

/** A copy of dist/ in a temporary directory. */
async function copyOfDist() {
  const dir = await mkdtemp(join(tmpdir(), 'om-site-'));
  await cp('dist', dir, { recursive: true });
  return dir;
}

/** Waits until the service worker has precached everything and controls the page. */
async function waitForServiceWorker(page) {
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

let dir;
let site;
test.beforeEach(async () => {
  dir = await copyOfDist();
  site = await startSite(dir);
});
test.afterEach(async () => {
  await site.close();
  await rm(dir, { recursive: true, force: true });
});

test('after one visit the app loads, builds a quote and exports with the network gone', async ({ page, context }) => {
  await page.goto(site.url);
  await expect(page.getByRole('heading', { name: '2 Your quote' })).toBeVisible();
  await waitForServiceWorker(page);
  await context.setOffline(true);
  await site.close();
  await page.reload();
  await expect(page.getByRole('heading', { name: '2 Your quote' })).toBeVisible();
  await mode(page, 'Sales engineer');
  await page.getByLabel('Search services').fill('Chaos Engineering Drill Service Basic Edition');
  await page.getByRole('button', { name: 'Add Chaos Engineering Drill Service Basic Edition', exact: true }).click();
  await useSamplePrices(page);
  await expect(page.getByText('Sample prices loaded.')).toBeVisible();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download BOQ (Excel)' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/\.xlsx$/);
  const bytes = await readFile(await file.path());
  expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
  // The Chinese words were never fetched by this page: the service worker kept their chunk.
  await page.getByLabel('Language', { exact: true }).selectOption('zh-CN');
  await expect(page.getByRole('heading', { name: '2 您的报价' })).toBeVisible();
  // Back online for the next test's clean-up (afterEach closes the server).
  site = await startSite(dir);
});

test('a new deployment offers "A new version is available"; reloading keeps the work', async ({ page }) => {
  await page.goto(site.url);
  await waitForServiceWorker(page);
  const first = await page.evaluate(() => caches.keys());
  await mode(page, 'Sales engineer');
  await page.getByLabel('Customer', { exact: true }).fill('Update Test Ltd');
  await page.getByLabel('Customer', { exact: true }).press('Tab');
  await expect(page.getByText('A new version is available')).toHaveCount(0);

  // A second build with a change: one stylesheet differs, and the same build step as
  // Trunk's hook regenerates sw.js (a new file list hash, so a new cache version).
  const css = (await readdir(dir)).find((name) => name.startsWith('base-') && name.endsWith('.css'));
  await appendFile(join(dir, css), '\n/* second build */\n');
  execFileSync('bash', ['scripts/offline-build', dir]);
  await page.reload();
  const banner = page.getByRole('status').filter({ hasText: 'A new version is available' });
  await expect(banner).toBeVisible({ timeout: 20_000 });
  await banner.getByRole('button', { name: 'Reload' }).click();
  await page.waitForFunction((old) => caches.keys().then((keys) => keys.length === 1 && keys[0] !== old[0]), first);
  await expect(page.getByRole('heading', { name: '2 Your quote' })).toBeVisible();
  await expect(page.getByLabel('Customer', { exact: true })).toHaveValue('Update Test Ltd');
  await expect(page.getByText('A new version is available')).toHaveCount(0);
});

test('the manifest makes the app installable: name, icons and a relative start URL', async ({ page, request }) => {
  await page.goto(site.url);
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  const manifestUrl = new URL(href, site.url).href;
  const manifest = await (await request.get(manifestUrl)).json();
  expect(manifest.name).toBe('O&M Services Configurator');
  expect(manifest.short_name.length).toBeLessThanOrEqual(16);
  expect(manifest.display).toBe('standalone');
  for (const url of [manifest.start_url, manifest.scope, manifest.id]) {
    expect(url).toBe('./');
  }
  const sizes = manifest.icons.map((icon) => icon.sizes);
  expect(sizes).toEqual(expect.arrayContaining(['192x192', '512x512']));
  expect(manifest.icons.some((icon) => icon.purpose === 'maskable')).toBe(true);
  for (const icon of manifest.icons) {
    const response = await request.get(new URL(icon.src, manifestUrl).href);
    expect(response.status(), icon.src).toBe(200);
    expect(response.headers()['content-type']).toBe(icon.type);
  }
});

test('the page carries the strict Content-Security-Policy, and the suite sees a violation', async ({ page }) => {
  await page.goto(site.url);
  await expect(page.getByRole('heading', { name: '2 Your quote' })).toBeVisible();
  await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute('content', CSP);
  // No inline script is left in the built page: the app starts from start.js.
  const inline = await page.locator('script:not([src])').count();
  expect(inline).toBe(0);
  // What every test's watch would report: an inline style attribute is refused.
  await page.evaluate(() => document.body.setAttribute('style', 'outline: 1px solid red'));
  await expect.poll(() => takeViolations().join('\n')).toContain('style-src');
});

/** A price book a deployment publishes beside the app (README "Prices"). */
const PUBLISHED = {
  name: 'ACME Cloud Partners price list',
  date: '2026-11-01',
  currency: 'SGD',
  prices: { 'om-chaos-basic': '9000.00', 'om-chaos-inc': '1000.00' },
};

test('a deployment with price-book.json prices a customer\'s quote, says whose prices and of when, and is kept for offline use', async ({ page, context }) => {
  await appendFile(join(dir, 'price-book.json'), JSON.stringify(PUBLISHED));
  await page.goto(site.url);
  const note = page.getByText('Prices: ACME Cloud Partners price list, published on 2026-11-01.');
  await expect(note).toBeVisible();
  // At the top: above the first question.
  const profile = page.getByRole('heading', { name: '1 About you' });
  expect((await note.boundingBox()).y).toBeLessThan((await profile.boundingBox()).y);
  // Taking the published prices is not the user's edit: nothing to undo.
  await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled();
  await page.getByLabel('Huawei Cloud O&M platform').check();
  const drills = page.getByLabel('How many chaos drill scenarios do you want to run on the O&M platform?');
  await drills.fill('8');
  await drills.press('Tab');
  await page.getByRole('button', { name: 'Accept Chaos Engineering Drill Service Basic Edition' }).click();
  // 9,000 + 3 x 1,000.
  await expect(page.getByTestId('grand-total')).toHaveText('SGD 12,000.00');
  await waitForServiceWorker(page);
  await context.setOffline(true);
  await site.close();
  await page.reload();
  await expect(page.getByTestId('grand-total')).toHaveText('SGD 12,000.00');
  // The service worker answers for the published book from its copy.
  const kept = await page.evaluate(async () => {
    const response = await fetch('price-book.json');
    return response.ok ? (await response.json()).name : String(response.status);
  });
  expect(kept).toBe('ACME Cloud Partners price list');
  site = await startSite(dir);
});

test('without a published price book a customer reads at the top how prices are obtained; a broken one is named, not used', async ({ page }) => {
  await page.goto(site.url);
  const onRequest = page.getByText('Prices are on request: a Huawei Cloud sales engineer prices this quote.');
  await expect(onRequest).toBeVisible();
  const profile = page.getByRole('heading', { name: '1 About you' });
  expect((await onRequest.boundingBox()).y).toBeLessThan((await profile.boundingBox()).y);
  await appendFile(join(dir, 'price-book.json'), JSON.stringify({ ...PUBLISHED, date: '2026-13-01' }));
  await page.reload();
  await expect(page.getByRole('alert').filter({ hasText: 'The price book published with this app was not used: date: "2026-13-01" is not a calendar day' })).toBeVisible();
  await expect(onRequest).toBeVisible();
});

test('a link whose prices differ from the published price book names the differing lines before it opens', async ({ page, context }) => {
  await appendFile(join(dir, 'price-book.json'), JSON.stringify(PUBLISHED));
  await page.goto(site.url);
  await expect(page.getByText('Prices: ACME Cloud Partners price list, published on 2026-11-01.')).toBeVisible();
  await mode(page, 'Sales engineer');
  await addFromCatalog(page, 'Chaos Engineering Drill Service Basic Edition');
  const price = page.getByLabel('Unit price of Chaos Engineering Drill Service Basic Edition (SGD)');
  await expect(price).toHaveValue('9000.00');
  await price.fill('8000.00');
  await price.press('Tab');
  await page.getByRole('button', { name: 'Copy share link' }).click();
  const link = await page.getByLabel(/^The link/).inputValue();
  const other = await context.newPage();
  await other.goto(link);
  const dialog = other.getByRole('alertdialog', { name: 'Open the quote from this link?' });
  await expect(dialog).toContainText('Its prices are not the published ones (ACME Cloud Partners price list, published on 2026-11-01):');
  await expect(dialog.getByRole('listitem').filter({ hasText: 'published' })).toHaveText([
    'Chaos Engineering Drill Service Basic Edition: SGD 9,000.00 published, SGD 8,000.00 in the link',
  ]);
  await other.getByRole('button', { name: 'Keep my current work' }).click();
  await expect(dialog).toHaveCount(0);
});

test('a quote file whose prices differ from the published price book is loaded, says which lines differ, and so does its printed proposal', async ({ page }, testInfo) => {
  await appendFile(join(dir, 'price-book.json'), JSON.stringify(PUBLISHED));
  await page.goto(site.url);
  await expect(page.getByText('Prices: ACME Cloud Partners price list, published on 2026-11-01.')).toBeVisible();
  await mode(page, 'Sales engineer');
  await addFromCatalog(page, 'Chaos Engineering Drill Service Basic Edition');
  const price = page.getByLabel('Unit price of Chaos Engineering Drill Service Basic Edition (SGD)');
  await price.fill('8000.00');
  await price.press('Tab');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save quote (file)' }).click();
  const file = testInfo.outputPath('quote.json');
  await (await download).saveAs(file);
  // Back to the published price, then the file: loaded, with its other price named.
  await price.fill('9000.00');
  await price.press('Tab');
  await page.getByLabel('Load a saved quote').setInputFiles(file);
  await expect(page.getByRole('status').filter({ hasText: 'Quote loaded.' })).toContainText(
    'Its prices are not the published ones (ACME Cloud Partners price list, published on 2026-11-01): Chaos Engineering Drill Service Basic Edition: SGD 9,000.00 published, SGD 8,000.00 in the file.');
  await expect(price).toHaveValue('8000.00');
  // The proposal printed from it says so too.
  await page.evaluate(() => { window.print = () => { window.printAsked = true; }; });
  await page.getByRole('button', { name: 'Print / save proposal as PDF' }).click();
  await expect.poll(() => page.evaluate(() => window.printAsked === true)).toBe(true);
  const pdf = testInfo.outputPath('proposal.pdf');
  await writeFile(pdf, await page.pdf({ format: 'A4' }));
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  expect(text).toContain('These prices are not the published ones (ACME Cloud Partners price list, published on 2026-11-01): '
    + 'Chaos Engineering Drill Service Basic Edition: SGD 9,000.00 published, SGD 8,000.00 in this proposal.');
});
