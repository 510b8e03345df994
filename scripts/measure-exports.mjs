// Times each export of the whole-catalog quote (every item, sample prices) in headless
// Chromium on the release dist/: from the button click to the browser's download event.
// The first spreadsheet or Word file also starts the export worker (fetch + compile), so
// it is reported on its own. Usage: trunk build --release && node scripts/measure-exports.mjs
import { openWholeCatalogQuote, startMeasuring } from './perf-page.mjs';

const PORT = 4177;
const RUNS = 3;
const { browser, stop } = await startMeasuring(PORT);
try {
  const time = async (page, button) => {
    const started = performance.now();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: button }).click();
    await download;
    return performance.now() - started;
  };
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  for (const button of ['Download BOQ (CSV)', 'Download BOQ (Excel)', 'Download proposal (Word)']) {
    // A fresh page per format: Chromium stops a page's automatic downloads after a few.
    const page = await openWholeCatalogQuote(browser, PORT, { acceptDownloads: true });
    const first = await time(page, button);
    const times = [];
    for (let i = 0; i < RUNS; i += 1) times.push(await time(page, button));
    const cold = button.includes('CSV') ? 'first' : 'first (starts the export worker)';
    console.log(`${button.padEnd(26)} ${cold} ${first.toFixed(0)} ms; then median ${median(times).toFixed(0)} ms, max ${Math.max(...times).toFixed(0)} ms (n=${RUNS})`);
    await page.close();
  }
} finally {
  await stop();
}
