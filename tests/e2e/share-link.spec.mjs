// Share links: the whole quote after `#q2.` in the address. Copy it, open it in a fresh
// browser (nothing shared but the link), confirm, and see the same BOQ; undo brings the
// previous work back; a bad link is refused with its reason and changes nothing.
import AxeBuilder from '@axe-core/playwright';
import { test, expect, freshContext, open, mode, answer, addFromCatalog, boqTable, boqRow, expectQuantity, notice, useSamplePrices } from './app.mjs';

const BASIC = 'Chaos Engineering Drill Service Basic Edition';
const INCREMENT = 'Chaos Engineering Drill Service Incremental Package';

/** The confirmation shown for a link the page was opened with. */
function linkDialog(page) {
  return page.getByRole('alertdialog', { name: 'Open the quote from this link?' });
}

/** A quote with a customer, a title, derived lines and illustrative prices. */
async function buildQuote(page) {
  await open(page);
  await mode(page, 'Sales engineer');
  await answer(page, 'Customer', 'ACME Logistics');
  await answer(page, 'Quote title', 'Drills 2026');
  await answer(page, 'Drill scenarios (O&M platform)', 8);
  await addFromCatalog(page, BASIC);
  await addFromCatalog(page, 'O&M Platform Development Support Service - Junior O&M Engineer');
  await useSamplePrices(page);
  await expectQuantity(page, INCREMENT, 3);
}

/** Clicks "Copy share link" and returns the link it made (from the read-only field). */
/** A small quote that a refused link must leave as it was; returns its BOQ's text. */
async function workToKeep(page) {
  await open(page);
  await mode(page, 'Sales engineer');
  await answer(page, 'Drill scenarios (O&M platform)', 8);
  await addFromCatalog(page, BASIC);
  return boqTable(page).innerText();
}

async function copyLink(page) {
  await page.getByRole('button', { name: 'Copy share link' }).click();
  const link = await page.getByLabel(/^The link/).inputValue();
  expect(link).toContain('#q2.');
  return link;
}

/** A page in a new browser context: no storage, no history, only the link. */
async function freshPage(browser) {
  const context = await freshContext(browser);
  return context.newPage();
}

test('a copied link opens the same quote in a fresh browser, one undo from the previous work', async ({ page, browser }) => {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await buildQuote(page);
  const link = await copyLink(page);
  await expect(page.getByRole('status').filter({ hasText: 'Copied to the clipboard' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
  // Made from the page's own address (served under a sub-path), without its fragment.
  expect(link.startsWith(new URL('./', page.url()).href + '#q2.')).toBe(true);
  await expect(page.getByText(`Link length: ${link.length.toLocaleString('en-US')} characters.`)).toBeVisible();
  await expect(page.getByText('longer than 2,000 characters')).toHaveCount(0);
  const boq = await boqTable(page).innerText();

  const other = await freshPage(browser);
  await other.goto(link);
  await expect(other.getByRole('heading', { name: '2 Your quote' })).toBeVisible();
  const dialog = linkDialog(other);
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('heading', { name: 'Open the quote from this link?' })).toBeFocused();
  await expect(dialog).toContainText('ACME Logistics');
  await expect(dialog).toContainText('Drills 2026');
  await expect(dialog).toContainText('2 services selected, 3 in the bill of quantities');
  await expect(dialog).toContainText(/Grand total over the terms\s*USD [\d,]+\.\d\d · ILLUSTRATIVE/);
  // The fragment has left the address: a reload does not ask again.
  expect(other.url()).not.toContain('#');
  await dialog.getByRole('button', { name: 'Open the linked quote' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(notice(other)).toContainText('Linked quote opened. Undo returns to your previous work.');
  await expectQuantity(other, INCREMENT, 3);
  expect(await boqTable(other).innerText()).toEqual(boq);

  await other.getByRole('group', { name: 'History' }).getByRole('button', { name: /^Undo/ }).click();
  await expect(boqRow(other, BASIC)).toHaveCount(0);
  await other.getByRole('group', { name: 'History' }).getByRole('button', { name: /^Redo/ }).click();
  expect(await boqTable(other).innerText()).toEqual(boq);

  await other.reload();
  await expect(other.getByRole('heading', { name: '2 Your quote' })).toBeVisible();
  await expect(linkDialog(other)).toHaveCount(0);
  await other.context().close();
});

test('keeping the current work leaves it as it was', async ({ page, browser }) => {
  await buildQuote(page);
  const link = await copyLink(page);

  const other = await freshPage(browser);
  await open(other);
  await answer(other, 'How many chaos drill scenarios do you want to run on the O&M platform?', 6);
  await other.goto(link);
  await linkDialog(other).getByRole('button', { name: 'Keep my current work' }).click();
  await expect(notice(other)).toContainText('The linked quote was not opened. Your work is unchanged.');
  await expect(other.getByLabel('How many chaos drill scenarios do you want to run on the O&M platform?')).toHaveValue('6');
  await expect(boqRow(other, BASIC)).toHaveCount(0);
  expect(other.url()).not.toContain('#');
  await other.context().close();
});

test('a bad link is refused with its reason and the work is unchanged', async ({ page }) => {
  const boq = await workToKeep(page);

  // Pasted into the same tab (only the fragment changes: the page is not reloaded).
  await page.goto('./#q2.garbage');
  await expect(notice(page, true)).toContainText('The link was not opened: the link is');
  await expect(notice(page, true)).toContainText('Your work is unchanged.');
  await expect(linkDialog(page)).toHaveCount(0);
  expect(await boqTable(page).innerText()).toEqual(boq);
  expect(page.url()).not.toContain('#');

  // Opened as a page: another format version, and a character no link has.
  await page.goto('about:blank');
  await page.goto('./#q1.AAAA');
  await expect(notice(page, true)).toContainText('this link is in format q1, and this configurator reads format q2 links');
  expect(await boqTable(page).innerText()).toEqual(boq);
  await page.goto('./#q2.abc$def');
  await expect(notice(page, true)).toContainText('character 4 ($) cannot be part of a quote link');
  expect(await boqTable(page).innerText()).toEqual(boq);

  // Other fragments (the skip link's target) are not links.
  await page.getByRole('link', { name: 'Skip to your quote' }).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#quote-heading$/);
  await expect(notice(page, true)).toContainText('character 4');
});

test('a quote outside the bounds in a link is refused as a file would be', async ({ page }) => {
  await open(page);
  // {"catalog_versions":{},"session":{"quote":{"term_months":4294967295}}}, deflated.
  const json = '{"catalog_versions":{},"session":{"quote":{"term_months":4294967295}}}';
  const link = await page.evaluate(async (text) => {
    const stream = new Blob([text]).stream().pipeThrough(new CompressionStream('deflate-raw'));
    const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
    return '#q2.' + btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  }, json);
  await page.goto('about:blank');
  await page.goto('./' + link);
  await expect(notice(page, true)).toContainText('quote.term_months is 4294967295 months, but it must be 1 to 36 months');
});

test('truncated, oversized and unknown-field links are refused with their reasons, the work unchanged', async ({ page }) => {
  const boq = await workToKeep(page);
  /** `#q2.` + base64url(deflate-raw(text)), as the app writes links. */
  const linkOf = (text) => page.evaluate(async (json) => {
    const stream = new Blob([json]).stream().pipeThrough(new CompressionStream('deflate-raw'));
    const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
    let binary = '';
    for (const byte of bytes) binary += String.fromCharCode(byte);
    return '#q2.' + btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  }, text);
  const valid = await copyLink(page);
  const fragment = valid.slice(valid.indexOf('#'));
  const cases = [
    ['truncated', fragment.slice(0, Math.floor(fragment.length / 2)), 'the link is incomplete; it may have been cut off when it was sent'],
    // Two million spaces deflate to a short link: refused when unpacking passes 1 MB.
    ['oversized', await linkOf(`{"catalog_versions":{},"session":{}${' '.repeat(2_000_000)}}`), 'unpacks to more than 1,000,000 bytes (1 MB)'],
    ['unknown field', await linkOf('{"catalog_versions":{},"session":{"version":2,"colour":"blue"}}'), 'unknown field `colour`'],
  ];
  for (const [kind, link, reason] of cases) {
    await page.goto('about:blank');
    await page.goto('./' + link);
    await expect(notice(page, true), kind).toContainText(reason);
    await expect(notice(page, true), kind).toContainText('Your work is unchanged.');
    await expect(linkDialog(page), kind).toHaveCount(0);
    expect(await boqTable(page).innerText(), kind).toEqual(boq);
  }
});

test('a link longer than 2,000 characters comes with a warning; without a clipboard it is shown to copy by hand', async ({ page }) => {
  // No clipboard for this page: the link is shown, selected, for a manual copy.
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
  });
  // References no compressor can shorten (a fixed pseudo-random sequence of letters).
  let seed = 7;
  const noise = (n) => Array.from({ length: n }, () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return String.fromCharCode(97 + (seed >> 16) % 26);
  }).join('');
  const contracts = ['om-chaos-basic', 'om-hosting-7x24', 'apm-tool-gov', 'ke-basic'].map((item) => ({ item, reference: noise(500) }));
  await open(page, { version: 2, profile: { customer_name: 'Long Link Ltd', existing_contracts: contracts }, quote: { title: 'Long' } });
  await page.getByRole('button', { name: 'Copy share link' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'could not be copied' })).toContainText(
    'The link could not be copied (this browser offers no clipboard to this page). Select the link below and copy it.',
  );
  const field = page.getByLabel(/^The link/);
  await expect(field).toBeFocused();
  const link = await field.inputValue();
  expect(link.length).toBeGreaterThan(2000);
  await expect(page.getByText('This link is longer than 2,000 characters')).toContainText('Save quote (file)');

  // The shown link opens the same quote.
  await page.goto(link);
  await expect(linkDialog(page)).toContainText('Long Link Ltd');
});

test('the confirmation and the shown link have no WCAG 2.2 AA violations', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
  });
  await buildQuote(page);
  const link = await copyLink(page);
  await expect(page.getByRole('alert').filter({ hasText: 'could not be copied' })).toBeVisible();
  // The same quote, linked from an older catalog: the confirmation lists the change.
  const fragment = await page.evaluate(async (payload) => {
    const packed = Uint8Array.from(atob(payload.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0));
    const json = await new Response(new Blob([packed]).stream().pipeThrough(new DecompressionStream('deflate-raw'))).text();
    const value = JSON.parse(json);
    for (const seed of Object.keys(value.catalog_versions)) value.catalog_versions[seed] = '2025-01-10';
    const bytes = new Uint8Array(await new Response(
      new Blob([JSON.stringify(value)]).stream().pipeThrough(new CompressionStream('deflate-raw')),
    ).arrayBuffer());
    return '#q2.' + btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  }, link.split('#q2.')[1]);
  await page.goto('./' + fragment);
  const dialog = linkDialog(page);
  await expect(dialog).toContainText('The catalog has changed since the link was made:');
  await expect(dialog.getByRole('listitem').first()).toContainText(
    `${BASIC}: the Deterministic O&M Management Service catalog was 2025-01-10 when the link was made, now 2025-08-28; check its terms.`,
  );
  const results = await new AxeBuilder({ page })
    .include('.share-link')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help} e.g. ${v.nodes[0]?.target}`)).toEqual([]);
});
