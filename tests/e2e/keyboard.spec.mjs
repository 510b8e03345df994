// The keyboard alone: skip links reach the parts a user comes back to, with focus.
import { readFileSync } from 'node:fs';
import { test, expect, open, fullSession, notice, suggestions } from './app.mjs';

const ALL_ITEMS = Object.keys(JSON.parse(readFileSync('public/sample-price-book.json', 'utf8')).prices);

const SKIPS = [
  ['Skip to suggestions', 'Suggested for you'],
  ['Skip to your quote', 'Your quote'],
  ['Skip to the bill of quantities', 'Bill of quantities'],
  ['Skip to export', 'Export'],
];

test('the first Tab stops are skip links, and each moves focus to its part of the page', async ({ page }) => {
  await open(page);
  await expect(page.getByRole('heading', { name: 'Export', level: 2 })).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: SKIPS[0][0] })).toBeFocused();
  for (const [n, [link, heading]] of SKIPS.entries()) {
    await page.getByRole('link', { name: SKIPS[0][0] }).focus();
    for (let i = 0; i < n; i += 1) await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: link })).toBeFocused();
    await page.keyboard.press('Enter');
    const target = page.getByRole('heading', { name: heading, level: 2 }).first();
    await expect(target).toBeFocused();
  }
  await expect(page.getByRole('navigation', { name: 'Skip to' }).getByRole('link')).toHaveText(SKIPS.map(([link]) => link));
});

test('on a phone the bar names the waiting suggestions and jumps there, below the bar, with focus', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await open(page);
  await page.getByLabel('Huawei Cloud O&M platform').check();
  await page.getByLabel('How many chaos drill scenarios do you want to run on the O&M platform?').fill('8');
  await page.getByLabel('How many chaos drill scenarios do you want to run on the O&M platform?').press('Tab');
  const bar = page.getByRole('status').filter({ hasText: 'Go to your quote' });
  const waiting = bar.getByRole('link', { name: '1 suggestion', exact: true });
  await expect(waiting).toBeVisible();
  await waiting.click();
  const heading = page.getByRole('heading', { name: 'Suggested for you', level: 2 });
  await expect(heading).toBeFocused();
  const barBox = await bar.boundingBox();
  const headingBox = await heading.boundingBox();
  expect(headingBox.y).toBeGreaterThanOrEqual(barBox.y + barBox.height - 1);
});

test('nothing but a scrolling table is wider than a 320 px screen (customer start with the contract box; a full sales quote)', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await open(page);
  await page.getByLabel('Huawei Cloud O&M platform').check();
  const wide = async () => page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const over = [...document.querySelectorAll('body *')]
      .filter((el) => el.getBoundingClientRect().right > width + 1 && getComputedStyle(el).position !== 'absolute')
      // A table in its own scrolling region scrolls; it does not widen the page.
      .filter((el) => !el.closest('.table-scroll'))
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}#${el.id}.${el.className} ${Math.round(el.getBoundingClientRect().right)}`);
    return { scroll: document.documentElement.scrollWidth, width, over };
  });
  for (const session of [null, fullSession(ALL_ITEMS)]) {
    if (session) await open(page, session);
    await expect(page.getByRole('heading', { name: 'Export', level: 2 })).toBeVisible();
    const seen = await wide();
    expect(seen.over, JSON.stringify(seen)).toEqual([]);
    expect(seen.scroll).toBeLessThanOrEqual(seen.width);
  }
});

test('a customer reads no file name or section number; a sales engineer sees them, sources one click away for both', async ({ page }) => {
  // A key event's edition applies catalog-rules decisions (§8.10, §8.11, §8.14).
  await open(page, { ...fullSession(['ke-basic']), mode: 'customer' });
  const summary = page.getByRole('region', { name: 'Proposal summary' });
  await expect(summary.getByRole('heading', { name: 'Decisions applied where the service documents are silent' })).toBeVisible();
  const main = page.locator('main');
  await expect(main).not.toContainText('.txt');
  await expect(main).not.toContainText('\u00a7');
  await expect(main).toContainText('Service document updated on');
  await page.getByRole('button', { name: 'Sales engineer' }).click();
  await expect(summary).toContainText('catalog-rules \u00a7');
  await expect(main).toContainText('.txt \u00b7 updated on');
});

test('the bar counts an answer not taken instead of saying "no open errors", and links to it', async ({ page }) => {
  await open(page);
  const bar = page.getByRole('status').filter({ hasText: 'Go to your quote' });
  await expect(bar).toContainText('no open errors');
  const field = page.getByLabel('How many chaos drill scenarios do you want to run on the O&M platform?');
  await field.fill('three');
  await field.press('Tab');
  await expect(bar).not.toContainText('no open errors');
  await bar.getByRole('link', { name: '1 answer not taken' }).click();
  await expect(field).toBeFocused();
  await field.fill('3');
  await field.press('Tab');
  await expect(bar).toContainText('no open errors');
});

test('after accept-all and remove the focus lands on the quote and a polite notice says what changed', async ({ page }) => {
  await open(page);
  await page.getByLabel('Huawei Cloud O&M platform').check();
  await page.getByLabel('Around the clock (24/7)').check();
  const drills = page.getByLabel('How many chaos drill scenarios do you want to run on the O&M platform?');
  await drills.fill('8');
  await drills.press('Tab');
  await expect(suggestions(page)).toHaveCount(2);
  await page.getByRole('button', { name: 'Accept all suggestions' }).click();
  const quoteHeading = page.getByRole('heading', { name: 'Your quote', level: 2 });
  await expect(quoteHeading).toBeFocused();
  await expect(notice(page)).toHaveText(/2 services added\./);
  await expect(page.locator('.notice-area')).toHaveAttribute('aria-live', 'polite');
  await page.getByRole('button', { name: 'Remove Chaos Engineering Drill Service Basic Edition' }).click();
  await expect(notice(page)).toHaveText(/Removed Chaos Engineering Drill Service Basic Edition\./);
  await expect(quoteHeading).toBeFocused();
});

test('the keyboard shortcuts are documented in the app', async ({ page }) => {
  await open(page);
  const help = page.getByRole('contentinfo').getByText('Keyboard shortcuts');
  await help.focus();
  await page.keyboard.press('Enter');
  const list = page.locator('.shortcuts');
  await expect(list).toContainText('Ctrl+Z');
  await expect(list).toContainText('Undo (outside text fields)');
  await expect(list.locator('dt')).toHaveCount(6);
});
