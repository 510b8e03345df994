// Revisions of an issued quote (catalog-rules §11): a final spreadsheet issues revision 1,
// a changed quantity and a final printed proposal issue revision 2, and the printed
// proposal says which revision it is and what changed since revision 1; the list of
// revisions shows both and the difference between any two; a link of revision 2 opened in
// a browser that keeps revision 1 says what it changes before anything is replaced.
import { execFileSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { test, expect, open, answer, notice, freshContext, expectQuantity, useSamplePrices } from './app.mjs';

const JUNIOR = 'O&M Platform Development Support Service - Junior O&M Engineer';

// A final quote with nothing left open: every prerequisite of the offering confirmed.
const SESSION = {
  version: 3,
  mode: 'sales_engineer',
  profile: {
    customer_name: 'ACME', region: 'Singapore', platforms: ['om_platform'],
    attested_prerequisites: ['om-platform', 'om-permissions', 'om-team', 'om-contract'], quote_date: '2026-01-05',
  },
  quote: { title: 'Revisions', status: 'final', term_months: 12, lines: [{ item: 'om-prr' }, { item: 'om-dev-junior', quantity: 2 }] },
};

test('revision 1, a changed quantity, revision 2: the printed proposal says what changed; the list compares any two', async ({ page }, testInfo) => {
  await open(page, SESSION);
  await useSamplePrices(page);
  await expect(page.getByRole('heading', { name: 'Revisions' })).toHaveCount(0);

  // A final spreadsheet issues revision 1.
  const spreadsheet = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download BOQ (Excel)' }).click();
  const revisionOne = testInfo.outputPath('revision-1.xlsx');
  await (await spreadsheet).saveAs(revisionOne);
  await expect(notice(page)).toContainText('Issued as revision 1.');
  const revisions = page.getByRole('region', { name: 'Revisions' });
  await expect(revisions.getByRole('listitem')).toHaveText([/^Revision 1, issued \d{4}-\d{2}-\d{2} as a spreadsheet$/]);
  const id = (await revisions.getByText(/^Quote id Q-/).innerText()).match(/Q-[0-9A-F-]+/)[0];

  // A change, then the printed proposal issues revision 2.
  await answer(page, `Quantity (person-day) of ${JUNIOR}`, 5);
  await page.evaluate(() => { window.print = () => { window.printAsked = true; }; });
  await page.getByRole('button', { name: 'Print / save proposal as PDF' }).click();
  await expect(notice(page)).toContainText('Issued as revision 2.');
  await expect(page.getByRole('article', { name: 'Printed proposal', includeHidden: true })).toBeAttached();
  await expect.poll(() => page.evaluate(() => window.printAsked === true)).toBe(true);
  const pdf = testInfo.outputPath('proposal.pdf');
  await writeFile(pdf, await page.pdf({ format: 'A4' }));
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  expect(text).toMatch(/Revision 2, issued \d{4}-\d{2}-\d{2}/);
  expect(text).toContain('Changes since revision 1');
  expect(text).toContain(`${JUNIOR}: quantity changed from 2 to 5.`);
  expect(text).toContain(`Quote id ${id}`);

  // The list holds both; the difference between them is the same sentence.
  await expect(revisions.getByRole('listitem').filter({ hasText: /^Revision/ })).toHaveCount(2);
  await expect(revisions.getByRole('status')).toContainText(`${JUNIOR}: quantity changed from 2 to 5.`);
  await revisions.getByLabel('From revision').selectOption({ label: 'Revision 2' });
  await expect(revisions.getByRole('status')).toHaveText('Nothing in the bill of quantities changed between these revisions.');

  // Issuing the same content again is the same revision.
  const word = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download proposal (Word)' }).click();
  await word;
  await expect(revisions.getByRole('listitem').filter({ hasText: /^Revision/ })).toHaveCount(2);

  // The spreadsheet of revision 1, loaded back where revision 2 is kept, says what it changes.
  await page.getByLabel('Load a saved quote').setInputFiles(revisionOne);
  await expect(notice(page)).toContainText('at revision 2. What this one changes:');
  await expect(notice(page)).toContainText(`${JUNIOR}: quantity changed from 5 to 2.`);
});

test('a draft is not issued: exporting it records no revision', async ({ page }) => {
  await open(page, { ...SESSION, quote: { ...SESSION.quote, status: 'draft' } });
  const spreadsheet = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download BOQ (Excel)' }).click();
  await spreadsheet;
  await expect(page.getByRole('heading', { name: 'Revisions' })).toHaveCount(0);
});

test('a link of revision 2 opened where revision 1 is kept says what it changes before anything is replaced', async ({ page, browser }) => {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await open(page, SESSION);
  await useSamplePrices(page);
  const spreadsheet = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download BOQ (Excel)' }).click();
  await spreadsheet;
  await expect(notice(page)).toContainText('Issued as revision 1.');
  // What this browser keeps once revision 1 is saved (saving follows each change).
  await expect.poll(() => page.evaluate(() => Object.values(localStorage).some((v) => v.includes('"issued_as":"spreadsheet"')))).toBe(true);
  const kept = await page.evaluate(() => Object.entries(localStorage));

  await answer(page, `Quantity (person-day) of ${JUNIOR}`, 5);
  await page.getByRole('button', { name: 'Copy share link' }).click();
  await expect(notice(page)).toContainText('Issued as revision 2.');
  const link = await page.getByLabel(/^The link/).inputValue();

  const other = await (await freshContext(browser)).newPage();
  await other.goto('./');
  await other.evaluate((entries) => { localStorage.clear(); for (const [k, v] of entries) localStorage.setItem(k, v); }, kept);
  await other.goto('about:blank');
  await other.goto(link);
  const dialog = other.getByRole('alertdialog', { name: 'Open the quote from this link?' });
  await expect(dialog).toContainText('This browser keeps this quote as \u201cACME \u00b7 Revisions\u201d, at revision 1. What this one changes:');
  await expect(dialog).toContainText(`${JUNIOR}: quantity changed from 2 to 5.`);
  await expectQuantity(other, JUNIOR, 2);
  await dialog.getByRole('button', { name: 'Open the linked quote' }).click();
  await expectQuantity(other, JUNIOR, 5);
});
