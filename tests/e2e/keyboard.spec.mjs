// The keyboard alone: skip links reach the parts a user comes back to, with focus.
import { readFileSync } from 'node:fs';
import { test, expect, open, fullSession, withOptions, notice, suggestions, catalogItem, useSamplePrices } from './app.mjs';

const ALL_ITEMS = Object.keys(JSON.parse(readFileSync('public/sample-price-book.json', 'utf8')).prices);

const SKIPS = [
  ['Skip to suggestions', 'Suggested for you'],
  ['Skip to your quote', 'Your quote'],
  ['Skip to the bill of quantities', 'Bill of quantities'],
  ['Skip to export', 'Export'],
  ['Skip to the services', '3 Services'],
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

test('nothing is wider than a 320 px screen (customer start with the contract box; a full sales quote of two options, its BOQ and comparison as cards)', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await open(page);
  await page.getByLabel('Huawei Cloud O&M platform').check();
  const wide = async () => page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const over = [...document.querySelectorAll('body *')]
      .filter((el) => el.getBoundingClientRect().right > width + 1 && getComputedStyle(el).position !== 'absolute')
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}#${el.id}.${el.className} ${Math.round(el.getBoundingClientRect().right)}`);
    return { scroll: document.documentElement.scrollWidth, width, over };
  });
  for (const session of [null, withOptions(fullSession(ALL_ITEMS), ALL_ITEMS.slice(0, 10), 'every service')]) {
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
  await expect(list.locator('dt')).toHaveCount(8);
});

/** Tabs from the top of the page until `stop` says so (or 400 stops), recording each stop's
 * area of the page and where it is on the screen. */
async function tabStops(page, stop) {
  // Focus the page itself: the next Tab starts from its top, not from the last click.
  await page.evaluate(() => {
    document.body.tabIndex = -1;
    document.body.focus();
    document.body.removeAttribute('tabindex');
    window.scrollTo(0, 0);
  });
  const seen = [];
  for (let i = 0; i < 400; i += 1) {
    await page.keyboard.press('Tab');
    const at = await page.evaluate(() => {
      const el = document.activeElement;
      const area = el.closest('.column.about') ? 'about' : el.closest('.column.quote') ? 'quote'
        : el.closest('.wide') ? 'result' : el.closest('.column.services') ? 'services' : el.closest('footer') ? 'end' : 'top';
      const box = el.getBoundingClientRect();
      return { area, top: box.top + window.scrollY, left: box.left, text: (el.getAttribute('aria-label') || el.textContent || el.id).trim().slice(0, 40) };
    });
    seen.push(at);
    if (at.area === 'end' || stop(seen)) break;
  }
  return seen;
}

/** Expects the stops in reading order: the page's areas one after another, and inside an
 * area each stop below the previous one or beside it to the right. */
function expectReadingOrder(stops) {
  const areas = ['top', 'about', 'quote', 'result', 'services', 'end'];
  for (let i = 1; i < stops.length; i += 1) {
    const [before, after] = [stops[i - 1], stops[i]];
    const where = `${JSON.stringify(before)} -> ${JSON.stringify(after)}`;
    expect(areas.indexOf(after.area), where).toBeGreaterThanOrEqual(areas.indexOf(before.area));
    if (after.area === before.area && !['top', 'end'].includes(after.area)) {
      const beside = after.left > before.left && Math.abs(after.top - before.top) < 48;
      expect(after.top >= before.top - 2 || beside, where).toBe(true);
    }
  }
}

for (const [width, height] of [[1440, 900], [390, 844]]) {
  test(`tab order follows the visual order at ${width} px: the areas as the eye reads them, each top to bottom`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await open(page, { ...fullSession(['om-chaos-basic', 'apm-hosting-24x7', 'ke-basic']), mode: 'sales_engineer' });
    await page.getByRole('button', { name: 'Use the illustrative sample prices' }).click({ force: width < 500 }).catch(async () => {
      await page.getByRole('button', { name: 'Menu' }).click();
      await useSamplePrices(page);
    });
    const stops = await tabStops(page, (seen) => seen.filter((s) => s.area === 'services').length >= 12);
    for (const area of ['top', 'about', 'quote', 'result', 'services']) expect(stops.map((s) => s.area)).toContain(area);
    expectReadingOrder(stops);
    const box = async (name) => page.getByRole('heading', { name, level: 2 }).boundingBox();
    const [about, quote, boq, services] = [await box('1 Customer profile'), await box('2 Your quote'), await box('Bill of quantities'), await box('3 Services')];
    if (width >= 960) {
      // About | Your quote | Services, the BOQ and export under the first two.
      expect(about.x).toBeLessThan(quote.x);
      expect(quote.x).toBeLessThan(services.x);
      expect(boq.y).toBeGreaterThan(quote.y);
      expect(boq.x + boq.width).toBeLessThan(services.x);
    } else {
      expect(about.y).toBeLessThan(quote.y);
      expect(quote.y).toBeLessThan(boq.y);
      expect(boq.y).toBeLessThan(services.y);
    }
  });
}

test('one tab stop per catalog item; the arrow keys move inside an item and between items', async ({ page }) => {
  await open(page);
  await page.getByLabel('Search services').fill('Chaos Engineering Drill Service');
  const item = catalogItem(page, 'Chaos Engineering Drill Service Basic Edition');
  const basic = item.getByRole('button', { name: 'Add Chaos Engineering Drill Service Basic Edition', exact: true });
  await basic.focus();
  await page.keyboard.press('ArrowRight');
  await expect(item.getByText('Details')).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await expect(basic).toBeFocused();
  // Tab leaves the item: the next stop is outside it.
  await page.keyboard.press('Tab');
  expect(await item.evaluate((li) => li.contains(document.activeElement))).toBe(false);
  await basic.focus();
  await page.keyboard.press('ArrowDown');
  const next = await page.evaluate(() => document.activeElement.closest('.catalog-item')?.querySelector('.item-name')?.textContent);
  expect(next).toBeTruthy();
  expect(next).not.toBe('Chaos Engineering Drill Service Basic Edition');
  await page.keyboard.press('ArrowUp');
  await expect(basic).toBeFocused();
  // Every catalog item has exactly one control in the Tab order.
  const stops = await page.locator('.catalog-item').evaluateAll((items) => items.map((li) => [...li.querySelectorAll('button, summary')].filter((c) => c.tabIndex >= 0).length));
  expect(stops.length).toBeGreaterThan(0);
  expect(stops.filter((n) => n !== 1)).toEqual([]);
});

// Five services chosen (four suggested, one from the catalog) and the drill scenarios'
// derived Incremental Package.
const QUOTE_LINES = 6;

test('a sales engineer builds a quote of five services and exports it in at most 60 keystrokes after the profile answers', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  const profiled = fullSession([]);
  profiled.profile.platforms = ['om_platform', 'apaas'];
  profiled.profile.coverage = 'around_the_clock';
  profiled.profile.numbers = { drill_scenarios: 8, apaas_drill_scenarios: 8 };
  profiled.profile.dates = {};
  await open(page, profiled);
  let keystrokes = 0;
  const press = async (key, times = 1) => {
    for (let i = 0; i < times; i += 1) { await page.keyboard.press(key); keystrokes += 1; }
  };
  const type = async (text) => { for (const character of text) await press(character); };
  const pressUntil = async (key, target, limit = 40) => {
    for (let i = 0; i < limit; i += 1) {
      await press(key);
      if (await target.evaluate((el) => el === document.activeElement)) return;
    }
    throw new Error(`${key} never reached ${await target.textContent()}`);
  };
  await page.evaluate(() => document.activeElement?.blur());
  // The skip link to the suggestions, then accept them all.
  await press('Tab');
  await press('Enter');
  await pressUntil('Tab', page.getByRole('button', { name: 'Accept all suggestions' }));
  await press('Enter');
  await expect(page.getByRole('heading', { name: '2 Your quote', level: 2 })).toBeFocused();
  // One more service from the catalog: "/" searches, Down reaches the first service found.
  await press('/');
  await type('digital a');
  await press('ArrowDown');
  await expect(page.getByRole('button', { name: /^Add .*Digital Assessment and Planning Service-Medium/ })).toBeFocused();
  await press('Enter');
  await expect(page.getByRole('list', { name: 'Quote lines' }).getByRole('listitem')).toHaveCount(QUOTE_LINES);
  // Escape goes back to the search; the prices sit just before the catalog.
  await press('Escape');
  await expect(page.getByLabel('Search services')).toBeFocused();
  // Sample prices (back up from the catalog), then the BOQ file (just after them).
  await pressUntil('Shift+Tab', page.getByRole('button', { name: 'Use the illustrative sample prices' }), 60);
  await press('Enter');
  await expect(page.getByTestId('grand-total')).toBeVisible();
  await pressUntil('Tab', page.getByRole('button', { name: 'Download BOQ (CSV)' }));
  const download = page.waitForEvent('download');
  await press('Enter');
  expect((await download).suggestedFilename()).toMatch(/\.csv$/);
  console.log(`keystrokes after the profile answers: ${keystrokes}`);
  expect(keystrokes).toBeLessThanOrEqual(60);
});
