// Times each export of the whole-catalog quote (every item, sample prices) in headless
// Chromium on the release dist/: from the button click to the browser's download event.
// The first spreadsheet or Word file also starts the export worker (fetch + compile), so
// it is reported on its own. Usage: trunk build --release && node scripts/measure-exports.mjs
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fullSession, STORAGE_KEY } from '../tests/e2e/app.mjs';

const PORT = 4177;
const RUNS = 3;
const server = spawn('node', ['scripts/static-server.mjs', 'dist', String(PORT)], { stdio: 'ignore' });
await new Promise((resolve) => setTimeout(resolve, 500));
const items = Object.keys(JSON.parse(readFileSync('public/sample-price-book.json', 'utf8')).prices);
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-quic', '--disable-sync'],
});
try {
  // A fresh page per format: Chromium stops a page's automatic downloads after a few.
  const opened = async () => {
    const page = await browser.newPage({ acceptDownloads: true });
    await page.goto(`http://127.0.0.1:${PORT}/`);
    await page.evaluate(([k, v]) => { localStorage.clear(); localStorage.setItem(k, v); }, [STORAGE_KEY, JSON.stringify(fullSession(items))]);
    await page.reload();
    await page.getByRole('button', { name: 'Use the illustrative sample prices' }).click();
    return page;
  };
  const time = async (page, button) => {
    const started = performance.now();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: button }).click();
    await download;
    return performance.now() - started;
  };
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  for (const button of ['Download BOQ (CSV)', 'Download BOQ (Excel)', 'Download proposal (Word)']) {
    const page = await opened();
    const first = await time(page, button);
    const times = [];
    for (let i = 0; i < RUNS; i += 1) times.push(await time(page, button));
    const cold = button.includes('CSV') ? 'first' : 'first (starts the export worker)';
    console.log(`${button.padEnd(26)} ${cold} ${first.toFixed(0)} ms; then median ${median(times).toFixed(0)} ms, max ${Math.max(...times).toFixed(0)} ms (n=${RUNS})`);
    await page.close();
  }
} finally {
  await browser.close();
  server.kill();
}
