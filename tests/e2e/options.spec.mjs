// Options of one quote (catalog-rules §10): a variant started with one click, named,
// switched and removed with undo; the options side by side with what differs marked and
// the totals' differences; each option keeps its own lines.
import { test, expect, open, mode, answer, addFromCatalog, boqRow, notice, total } from './app.mjs';

const HOSTING = 'O&M platform application O&M hosting (7*24)';
const PRR = 'O&M Platform PRR Governance Service';

function compareTable(page) {
  return page.getByRole('region', { name: 'Options side by side' }).getByRole('table');
}

function compareRow(page, name) {
  return compareTable(page).getByRole('row').filter({ has: page.getByRole('rowheader', { name, exact: true }) });
}

test('two options: copy, name, change, compare side by side, switch, remove and undo', async ({ page }) => {
  await open(page);
  await mode(page, 'Sales engineer');
  await addFromCatalog(page, HOSTING);
  await page.getByLabel('Load a price book (JSON or CSV)').setInputFiles('tests/e2e/fixtures/prices.csv');
  await expect(notice(page)).toContainText('Loaded 3 prices');
  await expect(page.getByRole('heading', { name: 'Options side by side' })).toHaveCount(0);

  // One click starts the variant; focus goes to its name.
  await page.getByRole('button', { name: 'Copy this option' }).click();
  await expect(notice(page)).toContainText('Option B is a copy of Option A, now open.');
  await expect(page.getByLabel('Name of option B')).toBeFocused();
  await page.getByLabel('Name of option B').fill('two years');
  await page.getByLabel('Name of option B').press('Tab');
  const options = page.getByRole('group', { name: 'Options of this quote' });
  await expect(options.getByRole('button', { name: 'Option B: two years' })).toHaveAttribute('aria-pressed', 'true');

  // Option B: 24 months, and the PRR governance service.
  await answer(page, 'Term for monthly services (months, 1-36)', 24);
  await addFromCatalog(page, PRR);
  await expect(boqRow(page, PRR)).toHaveCount(1);

  // Side by side: the hosting line differs in its term, PRR is B's alone.
  await expect(page.getByRole('heading', { name: 'Options side by side' })).toBeVisible();
  await expect(page.getByText('2 items differ.')).toBeVisible();
  const hosting = compareRow(page, HOSTING).getByRole('cell');
  await expect(hosting.nth(0)).toContainText('12 months');
  await expect(hosting.nth(1)).toContainText('Differs: term');
  await expect(hosting.nth(1)).toContainText('24 months');
  const prr = compareRow(page, PRR).getByRole('cell');
  await expect(prr.nth(0)).toHaveText('Not in this option');
  await expect(prr.nth(1)).toContainText('Added');
  // A: 1,234.57 a month x 12 = 14,814.84. B: x 24 = 29,629.68, and PRR 8,000.10 once.
  const grand = compareTable(page).getByRole('row').filter({ has: page.getByRole('rowheader', { name: /^Grand total/ }) });
  await expect(grand.first().getByRole('cell')).toHaveText(['USD 14,814.84', 'USD 37,629.78']);
  await expect(grand.last().getByRole('cell')).toHaveText(['\u2014', 'USD 22,814.94']);
  await expect(page.getByTestId('grand-total')).toHaveText('USD 37,629.78');

  // Switching shows option A's own lines and term; B keeps its own.
  await options.getByRole('button', { name: 'Option A' }).click();
  await expect(options.getByRole('button', { name: 'Option A' })).toHaveAttribute('aria-pressed', 'true');
  await expect(options.getByRole('button', { name: 'Option A' })).toBeFocused();
  await expect(boqRow(page, PRR)).toHaveCount(0);
  await expect(page.getByTestId('grand-total')).toHaveText('USD 14,814.84');
  await expect(page.getByLabel('Term for monthly services (months, 1-36)')).toHaveValue('12');
  await options.getByRole('button', { name: 'Option B: two years' }).click();
  await expect(boqRow(page, PRR)).toHaveCount(1);
  await expect(total(page, 'One-off total')).toHaveText('USD 8,000.10');

  // Removing is undoable.
  await page.getByRole('button', { name: 'Remove Option B: two years' }).click();
  await expect(notice(page)).toContainText('Removed Option B: two years. Undo brings it back.');
  await expect(page.getByRole('heading', { name: 'Options side by side' })).toHaveCount(0);
  await expect(boqRow(page, PRR)).toHaveCount(0);
  await page.getByRole('group', { name: 'History' }).getByRole('button', { name: /^Undo/ }).click();
  await expect(options.getByRole('button', { name: 'Option B: two years' })).toHaveAttribute('aria-pressed', 'true');
  await expect(boqRow(page, PRR)).toHaveCount(1);

  // The options survive a reload (kept in the browser as the saved quote, format 3).
  await page.reload();
  await expect(page.getByRole('group', { name: 'Options of this quote' }).getByRole('button')).toHaveText(['Option A', 'Option B: two years']);
});

test('a quote holds at most three options, and says so instead of offering a fourth', async ({ page }) => {
  await open(page);
  await addFromCatalog(page, HOSTING);
  for (const letter of ['B', 'C']) {
    await page.getByRole('button', { name: 'Copy this option' }).click();
    await expect(page.getByLabel(`Name of option ${letter}`)).toBeFocused();
  }
  await expect(page.getByRole('button', { name: 'Copy this option' })).toHaveCount(0);
  await expect(page.getByText('A quote holds at most 3 options: remove one to copy another.')).toBeVisible();
  await expect(page.getByText('The options hold the same lines and totals.')).toBeVisible();
  await expect(compareTable(page).getByRole('columnheader')).toHaveText(['Item', 'Option A', 'Option B', 'Option C']);
});

test('a compare view whose code cannot be fetched says so in its place, and the options still work', async ({ page }) => {
  // A browser that has not kept the page yet (no service worker), gone offline.
  await page.context().route('**/sw.js', (route) => route.abort());
  await page.context().route(/\/(split_compare|chunk_\d+)-[0-9a-f]{16}\.wasm$/, (route) => route.abort('internetdisconnected'));
  await open(page);
  await addFromCatalog(page, HOSTING);
  await page.getByRole('button', { name: 'Copy this option' }).click();
  await expect(page.getByText('This part could not be loaded: this browser is offline and has not kept it yet.')).toBeVisible();
  await expect(page.getByRole('group', { name: 'Options of this quote' }).getByRole('button', { name: 'Option B', exact: true })).toHaveAttribute('aria-pressed', 'true');
  await expect(boqRow(page, HOSTING)).toBeVisible();
});
