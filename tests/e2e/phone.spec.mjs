// A customer on a phone (390 x 844, touch): the result comes before the catalog, the BOQ
// is a list of cards, the header is one line, and nothing is wider than the screen.
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { test, expect, open, fullSession, withOptions, answer, suggestions, boqRow, freshContext } from './app.mjs';

const ALL_ITEMS = Object.keys(JSON.parse(readFileSync('public/sample-price-book.json', 'utf8')).prices);

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

/** The top of an element in the page (not the viewport). */
async function pageTop(locator) {
  return locator.evaluate((el) => el.getBoundingClientRect().top + window.scrollY);
}

test('a phone draws the header tools after the page, and the keyboard undoes without them', async ({ page }) => {
  await open(page);
  const platform = page.getByLabel('Huawei Cloud O&M platform');
  await platform.tap();
  await expect(platform).toBeChecked();
  await page.evaluate(() => document.activeElement?.blur());
  await page.keyboard.press('Control+z');
  await expect(platform).not.toBeChecked();
  await page.getByRole('button', { name: 'Menu' }).tap();
  await expect(page.getByRole('button', { name: 'Redo' })).toBeEnabled();
});

test('a phone turned to a wide screen shows the header tools', async ({ page }) => {
  await open(page);
  await page.setViewportSize({ width: 1024, height: 768 });
  await expect(page.getByRole('button', { name: 'Undo' })).toBeVisible();
  await expect(page.getByLabel('Language', { exact: true })).toBeVisible();
});

test('the customer journey on a phone: questions, suggestions, quote, BOQ cards, totals and export, then the catalog', async ({ page }) => {
  await open(page);
  const header = page.getByRole('banner');
  // One line: the name and the menu button (the tools open on demand).
  expect((await header.boundingBox()).height).toBeLessThanOrEqual(56);
  await expect(page.getByRole('button', { name: 'Undo' })).toBeHidden();
  await page.getByRole('button', { name: 'Menu' }).tap();
  await expect(page.getByRole('button', { name: 'Undo' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Menu' })).toHaveAttribute('aria-expanded', 'true');
  await page.getByRole('button', { name: 'Menu' }).tap();
  await expect(page.getByRole('button', { name: 'Undo' })).toBeHidden();

  await page.getByLabel('Huawei Cloud O&M platform').tap();
  await page.getByLabel('Around the clock (24/7)').tap();
  await answer(page, 'How many chaos drill scenarios do you want to run on the O&M platform?', 8);
  await expect(suggestions(page)).toHaveCount(2);
  await page.getByRole('button', { name: 'Accept all suggestions' }).tap();
  await expect(boqRow(page, 'Chaos Engineering Drill Service Incremental Package')).toContainText('3');

  const order = [
    page.getByRole('heading', { name: 'Suggested for you', level: 2 }),
    page.getByRole('heading', { name: '2 Your quote', level: 2 }),
    page.getByRole('heading', { name: 'Bill of quantities', level: 2 }),
    page.locator('.totals-none, .totals').first(),
    page.getByRole('heading', { name: 'Export', level: 2 }),
    page.getByRole('heading', { name: '3 Services', level: 2 }),
  ];
  const tops = [];
  for (const part of order) tops.push(await pageTop(part));
  expect(tops, 'page order of the parts').toEqual([...tops].sort((a, b) => a - b));

  // The BOQ is cards: a line's amount is on screen, not in a table wider than the phone.
  const card = boqRow(page, 'Chaos Engineering Drill Service Basic Edition');
  const box = await card.boundingBox();
  expect(box.x + box.width).toBeLessThanOrEqual(390);
  const amount = card.getByRole('cell').filter({ hasText: /request|USD/ }).last();
  const amountBox = await amount.boundingBox();
  expect(amountBox.x + amountBox.width).toBeLessThanOrEqual(390);
  // Each cell of a card names itself as the table's header would.
  const term = card.getByRole('cell').filter({ hasText: 'One-off' });
  expect(await term.evaluate((cell) => getComputedStyle(cell, '::before').content)).toBe('"Term: "');

  // The catalog waits, collapsed to its offerings; a search opens what it finds.
  const firstItem = page.getByRole('region', { name: '3 Services' }).getByText('O&M platform application O&M hosting (7*24)', { exact: true });
  await expect(firstItem).toBeHidden();
  await page.getByLabel('Search services').fill('hosting (7*24)');
  await expect(firstItem).toBeVisible();

  // Export is reachable from the result, before the catalog.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download BOQ (CSV)' }).tap();
  expect((await download).suggestedFilename()).toMatch(/\.csv$/);
});

test('a full sales quote of two options on a phone: BOQ and compare cards, no page wider than the screen, and no WCAG 2.2 AA violation (target size included)', async ({ page }) => {
  await open(page, withOptions(fullSession(ALL_ITEMS), ALL_ITEMS.slice(0, 10), 'every service'));
  // Each compared item is a card whose cells name their option.
  const compared = page.getByRole('region', { name: 'Options side by side' }).getByRole('row').filter({ hasText: 'Not in this option' }).first();
  await expect(compared.getByRole('cell')).toHaveCount(2);
  await expect(compared.getByRole('cell').first()).toHaveAttribute('data-label', 'Option A');
  await expect(compared.getByRole('cell').last()).toHaveAttribute('data-label', 'Option B: every service');
  expect(await compared.getByRole('cell').first().evaluate((cell) => getComputedStyle(cell, '::before').content)).toBe('"Option A"');
  await page.getByRole('button', { name: 'Menu' }).tap();
  await page.getByRole('button', { name: 'Use the illustrative sample prices' }).tap();
  await expect(page.getByTestId('grand-total')).toBeVisible();
  const wide = await page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    return [...document.querySelectorAll('body *')]
      .filter((el) => el.getBoundingClientRect().right > width + 1 && getComputedStyle(el).position !== 'absolute')
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}.${el.className}`);
  });
  expect(wide).toEqual([]);
  // axe measures targets where they are on screen now: whichever field the last tap
  // scrolled under the sticky quote bar would count as obscured. Measured from the top,
  // every target is where a reader scrolling down meets it.
  await page.evaluate(() => window.scrollTo(0, 0));
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(results.violations.map((v) => `${v.id} (${v.nodes.length}) e.g. ${v.nodes[0]?.target}`)).toEqual([]);
  expect(results.passes.map((p) => p.id).concat(results.incomplete.map((p) => p.id))).toContain('target-size');
});

test('starting moves nothing already drawn (no layout shift), on a phone and on a laptop', async ({ browser }) => {
  for (const viewport of [{ width: 390, height: 844 }, { width: 1440, height: 900 }]) {
    // A first visit over a slow connection, as Lighthouse's mobile run loads it: the
    // static first screen, then the app, then the parts below the first screen.
    const context = await freshContext(browser, { viewport });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: 200_000, uploadThroughput: 90_000 });
    await page.addInitScript(() => {
      window.shifts = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) {
          if (!entry.hadRecentInput) window.shifts.push(`${entry.value.toFixed(4)} ${entry.sources.map((s) => s.node?.className || s.node?.nodeName).join(', ')}`);
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto('./');
    // The page's footer is drawn last, once every part above it is there.
    await expect(page.getByText('Keyboard shortcuts')).toBeAttached({ timeout: 30_000 });
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => window.shifts), `${viewport.width} px`).toEqual([]);
    await context.close();
  }
});
