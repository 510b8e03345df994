// A smoke journey in a second browser engine: Debian's Firefox ESR, driven by
// puppeteer-core over WebDriver BiDi (Playwright's own Firefox build cannot be downloaded
// here). Against the release dist/, served as a static host serves it: the app starts, a
// quote is built, the spreadsheet is exported through the export worker, and no console
// error is logged on the way.
// Usage: node tests/firefox/smoke.mjs [dist]
import { spawn } from 'node:child_process';
import { mkdtemp, readdir, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';

const dist = process.argv[2] ?? 'dist';
const port = 4177;
const server = spawn(process.execPath, ['scripts/static-server.mjs', dist, String(port)], { stdio: 'ignore' });
const downloads = await mkdtemp(join(tmpdir(), 'om-firefox-'));
const problems = [];
let browser;

/** Waits until `check` returns something truthy (polling; BiDi has no ARIA queries). */
async function until(what, check, timeout = 30_000) {
  const start = Date.now();
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() - start > timeout) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** Clicks the button whose accessible text or aria-label is `name`. */
async function clickButton(page, name) {
  const clicked = await page.evaluate((name) => {
    const button = [...document.querySelectorAll('button')].find(
      (b) => (b.getAttribute('aria-label') ?? b.textContent.trim()) === name && !b.disabled,
    );
    button?.click();
    return Boolean(button);
  }, name);
  if (!clicked) throw new Error(`no button named ${name}`);
}

const bodyText = (page) => page.evaluate(() => document.body.innerText);

try {
  browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: '/usr/bin/firefox-esr',
    headless: true,
    extraPrefsFirefox: {
      'browser.download.dir': downloads,
      'browser.download.folderList': 2,
      'browser.download.useDownloadDir': true,
      'browser.helperApps.neverAsk.saveToDisk':
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv',
    },
  });
  const page = await browser.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  await until('the static server', async () => {
    try {
      return (await fetch(`http://127.0.0.1:${port}/index.html`)).ok;
    } catch {
      return false;
    }
  });
  await page.goto(`http://127.0.0.1:${port}/`);
  await until('the app', async () => (await bodyText(page)).includes('2 Your quote'));

  // Build a quote: the sales view, the sample prices, one service from the catalog.
  await clickButton(page, 'Sales engineer');
  const item = 'Chaos Engineering Drill Service Basic Edition';
  await page.type('#catalog-search', 'Chaos Engineering Drill');
  await until(`the add button of ${item}`, () =>
    page.evaluate((name) => [...document.querySelectorAll('button')].some((b) => b.getAttribute('aria-label') === `Add ${name}`), item),
  );
  await clickButton(page, `Add ${item}`);
  await until('the BOQ row', () =>
    page.evaluate((name) => [...document.querySelectorAll('table th[scope=row]')].some((th) => th.textContent.includes(name)), item),
  );
  await clickButton(page, 'Use the illustrative sample prices');
  await until('the grand total', () => page.evaluate(() => document.querySelector('[data-testid=grand-total]')?.textContent));

  // The spreadsheet, written by the export worker.
  await clickButton(page, 'Download BOQ (Excel)');
  await until('the export', async () => (await bodyText(page)).includes('boq.xlsx is ready'), 60_000);
  const file = await until('the downloaded spreadsheet', async () => {
    const names = (await readdir(downloads)).filter((name) => name.endsWith('.xlsx'));
    for (const name of names) if ((await stat(join(downloads, name))).size > 1000) return name;
    return null;
  });
  console.log(`firefox-esr: app started, quote built, ${file} exported`);
} catch (error) {
  problems.push(String(error?.stack ?? error));
} finally {
  await browser?.close();
  server.kill();
}
if (problems.length > 0) {
  console.error(problems.join('\n'));
  process.exit(1);
}
