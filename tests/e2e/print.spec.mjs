// The printed proposal (the browser's "Save as PDF"): printed to PDF with page.pdf() and
// read back with pdftotext, as a customer would read the file they were sent.
import { execFileSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { test, expect, open, fullSession, freshContext, useSamplePrices } from './app.mjs';

test('the printed proposal has its cover, a section per service, the BOQ and the totals', async ({ page }, testInfo) => {
  const items = ['om-chaos-basic', 'apm-tech-support', 'ke-basic'];
  await open(page, fullSession(items));
  await useSamplePrices(page);
  // The browser's print dialog is replaced by a flag: a real window.print() in headless
  // Chromium can still be running when page.pdf() starts ("Page is already being printed").
  await page.evaluate(() => { window.print = () => { window.printAsked = true; }; });
  await page.getByRole('button', { name: 'Print / save proposal as PDF' }).click();
  // On screen the print view is hidden; it exists once printing was asked for.
  await expect(page.getByRole('article', { name: 'Printed proposal', includeHidden: true })).toBeAttached();
  await expect.poll(() => page.evaluate(() => window.printAsked === true)).toBe(true);
  const pdf = testInfo.outputPath('proposal.pdf');
  await writeFile(pdf, await page.pdf({ format: 'A4' }));
  const raw = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
  // Phrases may wrap across lines; compare with runs of white space collapsed.
  const text = raw.replace(/\s+/g, ' ');
  // Cover.
  expect(text).toContain('Proposal: Huawei Cloud O&M professional services');
  expect(text).toContain('ACME Logistics');
  expect(text).toMatch(/Quote id Q-/);
  expect(text).toContain('Validity');
  // One section per selected service, in its seed words, with its sizing.
  for (const name of ['Chaos Engineering Drill Service Basic Edition', 'Chaos Engineering Drill Service Incremental Package',
    'aPaaS Technical Support Services (Per 20 Instances)', 'Key Event On-Duty Service Basic Edition']) {
    expect(text).toContain(name);
  }
  expect(text).toContain('8 drill scenarios: Basic Edition covers 5, so 3 Incremental Packages');
  // Totals and page numbers; no app chrome.
  expect(text).toContain('Grand total');
  expect(text).toMatch(/\b1 \/ \d+\b/);
  expect(text).not.toContain('everything stays in your browser');
  expect(text).not.toContain('Search services');
  // Item names wrap as names in the BOQ: no line holding a lone word of a long name.
  expect(raw).not.toMatch(/^\s*Chaos\s*$/m);
});

test('the proposal summary on screen and the printed proposal list the same assumptions in the same order', async ({ page }) => {
  // Development support (§8.1 unit, §8.12 scenario), an increment without its base (§8.2),
  // a key event's edition (§8.10, §8.11, §8.14).
  await open(page, fullSession(['apo-dev-senior-consultant', 'apm-hosting-inc-8x5', 'ke-basic']));
  const summary = page.getByRole('region', { name: 'Proposal summary' });
  const heading = summary.getByRole('heading', { name: 'Decisions applied where the service documents are silent' });
  const onScreen = (await heading.locator('xpath=following-sibling::ul[1]/li').allInnerTexts())
    .map((text) => text.match(/\((catalog-rules §[\d.]+)\)$/)?.[1]);
  expect(onScreen).toEqual(['catalog-rules §8.1', 'catalog-rules §8.2', 'catalog-rules §8.10', 'catalog-rules §8.11',
    'catalog-rules §8.12', 'catalog-rules §8.14']);
  await page.evaluate(() => { window.print = () => {}; });
  await page.getByRole('button', { name: 'Print / save proposal as PDF' }).click();
  await expect(page.getByRole('article', { name: 'Printed proposal', includeHidden: true })).toBeAttached();
  const printed = await page.evaluate(() => {
    const table = [...document.querySelectorAll('.print-table')]
      .find((t) => t.caption?.textContent === 'Assumptions (catalog-rules §8)');
    return table ? [...table.tBodies[0].rows].map((row) => row.cells[0].textContent) : null;
  });
  expect(printed).toEqual(onScreen);
});

test('the printed proposal ends with the link back to the quote and its QR code, which a phone reads and which reopens it', async ({ page, browser }, testInfo) => {
  await open(page, fullSession(['om-chaos-basic', 'apm-tech-support', 'ke-basic']));
  await page.evaluate(() => { window.print = () => { window.printAsked = true; }; });
  await page.getByRole('button', { name: 'Print / save proposal as PDF' }).click();
  await expect.poll(() => page.evaluate(() => window.printAsked === true)).toBe(true);
  await expect(page.getByRole('img', { name: 'QR code of the link that reopens this quote', includeHidden: true })).toBeAttached();
  const pdf = testInfo.outputPath('proposal.pdf');
  await writeFile(pdf, await page.pdf({ format: 'A4' }));
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  expect(text).toContain('Reopen this quote');
  // The code read by zbar (an engine nobody here wrote) from the printed pages.
  const pages = testInfo.outputPath('page');
  execFileSync('pdftoppm', ['-r', '200', '-png', pdf, pages]);
  const found = execFileSync('bash', ['-c', `zbarimg --quiet --raw -Sdisable -Sqrcode.enable ${pages}*.png 2>/dev/null || true`], { encoding: 'utf8' }).trim();
  expect(found).toMatch(/^http:\/\/127\.0\.0\.1:4173\/dist\/#q\d+\./);
  // The printed link, white space removed, is the same link.
  expect(text.replace(/ /g, '')).toContain(found.slice(0, 60));
  // Opened in another browser, it asks before opening the same quote.
  const context = await freshContext(browser);
  const other = await context.newPage();
  await other.goto(found);
  const dialog = other.getByRole('alertdialog', { name: 'Open the quote from this link?' });
  await expect(dialog).toContainText('3 services selected');
  await dialog.getByRole('button', { name: 'Open the linked quote' }).click();
  await expect(other.getByRole('table', { name: 'Bill of quantities' })).toContainText('Key Event On-Duty Service Basic Edition');
  await context.close();
});
