// The app in Simplified Chinese and Indonesian: a browser set to the language starts in
// it, the journeys run by the translated labels, a switch mid-way keeps the work, the
// choice is kept, and the printed proposal (read back with pdftotext) is in the chosen
// language with the service names in the service documents' English. axe and the Nu Html
// Checker run in each language.
import AxeBuilder from '@axe-core/playwright';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect, fullSession, notice, storedEntries } from './app.mjs';

const ALL_ITEMS = Object.keys(JSON.parse(readFileSync('public/sample-price-book.json', 'utf8')).prices);
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const VNU = 'node_modules/vnu-jar/build/dist/vnu.jar';

// The words a user reads, per language (from src/present/text/zh.rs and id.rs).
const WORDS = {
  'zh-CN': {
    title: '运维服务配置器',
    quoteHeading: '2 您的报价',
    boq: '报价清单',
    quantity: '数量',
    omPlatform: '华为云运维平台',
    drillQuestion: '您希望在运维平台上开展多少个混沌演练场景？',
    drillBecause: '您计划在运维平台上开展 8 个混沌演练场景。',
    accept: (name) => `接受 ${name}`,
    language: '语言',
    documentLanguage: '建议书及文件的语言',
    print: '打印 / 将建议书另存为 PDF',
    proposalHeading: '建议书：华为云运维专业服务',
    useSample: '使用示例价格（示意价格）',
    seedNote: '服务名称、说明、交付件和服务范围以服务文档的英文原文显示。',
  },
  id: {
    title: 'Konfigurator Layanan O&M',
    quoteHeading: '2 Penawaran Anda',
    boq: 'Daftar kuantitas (BOQ)',
    quantity: 'Kuantitas',
    modes: 'Mode',
    salesEngineer: 'Sales engineer',
    releaseLabel: 'Aplikasi platform O&M dalam manajemen rilis',
    search: 'Cari layanan',
    add: (name) => `Tambahkan ${name}`,
    language: 'Bahasa',
    documentLanguage: 'Bahasa proposal dan file',
    print: 'Cetak / simpan proposal sebagai PDF',
    proposalHeading: 'Proposal: Layanan profesional O&M Huawei Cloud',
    useSample: 'Gunakan harga contoh ilustrasi',
  },
};

const BASIC = 'Chaos Engineering Drill Service Basic Edition';
const INCREMENT = 'Chaos Engineering Drill Service Incremental Package';
const RELEASE_STANDARD = 'O&M Platform Release Management Onsite Support Service (Standard Package)';
const RELEASE_ADD_ON = 'O&M Platform Release Management Onsite Support Service (Add-on Package)';

/** Opens the app afresh (no stored work, no kept language), optionally with a stored quote. */
async function openIn(page, words, session = null) {
  await page.goto('./');
  await page.evaluate((entries) => {
    localStorage.clear();
    for (const [key, value] of entries) localStorage.setItem(key, value);
  }, session ? storedEntries(session) : []);
  await page.reload();
  await expect(page.getByRole('heading', { name: words.quoteHeading })).toBeVisible();
}

/** The quantity cell of an item's BOQ row, found by the column heading in the language. */
async function expectQuantity(page, words, name, quantity) {
  const table = page.getByRole('table', { name: words.boq });
  const headers = await table.getByRole('columnheader').allInnerTexts();
  // The row header (the item) is the second column heading; cells start after it.
  const column = headers.map((text) => text.trim()).indexOf(words.quantity) - 1;
  expect(column).toBeGreaterThan(0);
  const row = table.getByRole('row').filter({ has: page.getByRole('rowheader').getByText(name, { exact: true }) });
  await expect(row.getByRole('cell').nth(column)).toHaveText(String(quantity));
}

/** Prints the prepared proposal to PDF and returns its text, white space collapsed. */
async function printedText(page, words, testInfo) {
  await page.evaluate(() => { window.print = () => { window.printAsked = true; }; });
  await page.getByRole('button', { name: words.print }).click();
  await expect.poll(() => page.evaluate(() => window.printAsked === true)).toBe(true);
  const pdf = testInfo.outputPath('proposal.pdf');
  writeFileSync(pdf, await page.pdf({ format: 'A4' }));
  return execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

async function axeViolations(page) {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length}) e.g. ${v.nodes[0]?.target}`);
}

function htmlErrors(html) {
  const file = join(mkdtempSync(join(tmpdir(), 'vnu-')), 'page.html');
  writeFileSync(file, html);
  try {
    execFileSync('java', ['-jar', VNU, '--errors-only', '--format', 'gnu', file], { encoding: 'utf8', stdio: 'pipe' });
    return [];
  } catch (error) {
    return String(error.stderr || error.message).split('\n').filter((line) => line.trim() !== '');
  }
}

test.describe('a browser set to Simplified Chinese', () => {
  test.use({ locale: 'zh-CN' });
  const words = WORDS['zh-CN'];

  test('starts in Chinese, runs the drill journey by its labels, switches to Indonesian with the work kept, and keeps the choice', async ({ page }) => {
    await openIn(page, words);
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(page).toHaveTitle(words.title);
    await expect(page.getByText(words.seedNote).first()).toBeVisible();
    await page.getByLabel(words.omPlatform).check();
    const question = page.getByLabel(words.drillQuestion, { exact: true });
    await question.fill('8');
    await question.press('Tab');
    const suggested = page.getByRole('listitem').filter({ hasText: words.drillBecause });
    await suggested.getByRole('button', { name: words.accept(BASIC) }).click();
    await expectQuantity(page, words, BASIC, 1);
    await expectQuantity(page, words, INCREMENT, 3);

    // Mid-way, to Indonesian: the same quote, in other words.
    await page.getByLabel(words.language, { exact: true }).selectOption('id');
    await expect(page.getByRole('heading', { name: WORDS.id.quoteHeading })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'id');
    await expect(page).toHaveTitle(WORDS.id.title);
    await expect(page.getByLabel(WORDS.id.language, { exact: true })).toBeFocused();
    await expectQuantity(page, WORDS.id, BASIC, 1);
    await expectQuantity(page, WORDS.id, INCREMENT, 3);
    // The choice is kept over the browser's preference.
    await page.reload();
    await expect(page.getByRole('heading', { name: WORDS.id.quoteHeading })).toBeVisible();
    await expectQuantity(page, WORDS.id, INCREMENT, 3);
  });

  test('the printed proposal is in Chinese, with the service names in English', async ({ page }, testInfo) => {
    await openIn(page, words, fullSession(['om-chaos-basic', 'apm-tech-support', 'ke-basic']));
    await page.getByRole('button', { name: words.useSample }).click();
    const text = await printedText(page, words, testInfo);
    expect(text).toContain(words.proposalHeading);
    expect(text).toContain(BASIC);
    expect(text).toContain('ACME Logistics');
    expect(text).toContain(words.boq);
    expect(text).toMatch(/USD \d{1,3}(,\d{3})*\.\d{2}/);
  });

  test('has no axe violations and no HTML errors, on the start and a whole-catalog quote', async ({ page }) => {
    test.setTimeout(120_000);
    await openIn(page, words);
    expect(await axeViolations(page)).toEqual([]);
    expect(htmlErrors(await page.evaluate(() => `<!DOCTYPE html>\n${document.documentElement.outerHTML}`))).toEqual([]);
    await openIn(page, words, fullSession(ALL_ITEMS));
    await page.getByRole('button', { name: words.useSample }).click();
    expect(await axeViolations(page)).toEqual([]);
    expect(htmlErrors(await page.evaluate(() => `<!DOCTYPE html>\n${document.documentElement.outerHTML}`))).toEqual([]);
  });
});

test.describe('a browser set to Indonesian', () => {
  test.use({ locale: 'id-ID' });
  const words = WORDS.id;

  test('starts in Indonesian and runs the release-package journey by its labels, amounts in Indonesian marks', async ({ page }) => {
    await openIn(page, words);
    await expect(page.locator('html')).toHaveAttribute('lang', 'id');
    const sales = page.getByRole('group', { name: words.modes }).getByRole('button', { name: words.salesEngineer });
    await sales.click();
    await expect(sales).toHaveAttribute('aria-pressed', 'true');
    const field = page.getByLabel(words.releaseLabel, { exact: true });
    await field.fill('125');
    await field.press('Tab');
    await page.getByLabel(words.search).fill(RELEASE_STANDARD);
    await page.getByRole('button', { name: words.add(RELEASE_STANDARD), exact: true }).click();
    await expectQuantity(page, words, RELEASE_STANDARD, 1);
    await expectQuantity(page, words, RELEASE_ADD_ON, 3);
    await page.getByRole('button', { name: words.useSample }).click();
    await expect(page.getByTestId('grand-total')).toHaveText(/^USD \d{1,3}(\.\d{3})*,\d{2}$/);
  });

  test('a proposal can be issued in another language than the screen\'s', async ({ page }, testInfo) => {
    await openIn(page, words, fullSession(['om-chaos-basic', 'ke-basic']));
    await page.getByLabel(words.documentLanguage).selectOption('zh-CN');
    const text = await printedText(page, words, testInfo);
    expect(text).toContain(WORDS['zh-CN'].proposalHeading);
    expect(text).toContain(BASIC);
    expect(text).not.toContain(words.proposalHeading);
    // The screen stays Indonesian.
    await expect(page.getByRole('heading', { name: words.quoteHeading })).toBeVisible();
  });

  test('has no axe violations and no HTML errors, on the start and a whole-catalog quote', async ({ page }) => {
    test.setTimeout(120_000);
    await openIn(page, words);
    expect(await axeViolations(page)).toEqual([]);
    expect(htmlErrors(await page.evaluate(() => `<!DOCTYPE html>\n${document.documentElement.outerHTML}`))).toEqual([]);
    await openIn(page, words, fullSession(ALL_ITEMS));
    await page.getByRole('button', { name: words.useSample }).click();
    expect(await axeViolations(page)).toEqual([]);
    expect(htmlErrors(await page.evaluate(() => `<!DOCTYPE html>\n${document.documentElement.outerHTML}`))).toEqual([]);
  });
});

// The Chinese and Indonesian words are chunks of their own, split out of the page's wasm
// (scripts/split-wasm): a page in English never fetches them, a language's chunk arrives
// when it is chosen, and a chunk that cannot arrive leaves the page as it was and says so.
test.describe('the words of a language arrive when it is chosen', () => {
  test.use({ locale: 'en-GB' });
  const chunk = (url, name) => new RegExp(`/split_${name}-[0-9a-f]{16}\\.wasm$`).test(url);

  test('a page in English fetches no language chunk; choosing Chinese fetches the Chinese one only', async ({ page }) => {
    const fetched = [];
    page.on('request', (request) => fetched.push(request.url()));
    await page.goto('./');
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await expect(page.getByRole('heading', { name: '2 Your quote' })).toBeVisible();
    // No chunk at all at start: the languages, the compare view, the revisions panel and
    // the link and file readers all wait until they are needed.
    expect(fetched.filter((url) => /\/(split|chunk)_[^/]*\.wasm$/.test(url))).toEqual([]);
    await page.getByLabel('Language', { exact: true }).selectOption('zh-CN');
    await expect(page.getByRole('heading', { name: WORDS['zh-CN'].quoteHeading })).toBeVisible();
    expect(fetched.filter((url) => chunk(url, 'chinese'))).toHaveLength(1);
    expect(fetched.filter((url) => chunk(url, 'indonesian'))).toEqual([]);
  });

  test('a language whose chunk cannot be fetched is named in a notice, and the page stays in English', async ({ page }) => {
    // A page whose service worker kept the chunk never fails to get it: block the worker to
    // play a browser that has not kept the page yet.
    await page.context().route('**/sw.js', (route) => route.abort());
    await page.goto('./');
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await expect(page.getByRole('heading', { name: '2 Your quote' })).toBeVisible();
    await page.route((url) => chunk(url.href, 'indonesian'), (route) => route.abort('internetdisconnected'));
    const menu = page.getByLabel('Language', { exact: true });
    await menu.selectOption('id');
    await expect(notice(page, true)).toContainText('Bahasa Indonesia could not be loaded');
    await expect(menu).toHaveValue('en');
    await expect(page.getByRole('heading', { name: '2 Your quote' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    // The choice was not kept: the next visit is in English too.
    expect(await page.evaluate(() => localStorage.getItem('om-configurator/language/v1'))).toBeNull();
  });
});

test.describe('a browser set to Simplified Chinese whose Chinese chunk cannot be fetched', () => {
  test.use({ locale: 'zh-CN' });

  test('starts in English and says the Chinese words could not be loaded', async ({ page }) => {
    await page.route(/\/split_chinese-[0-9a-f]{16}\.wasm$/, (route) => route.abort('internetdisconnected'));
    await page.goto('./');
    await expect(page.getByRole('heading', { name: '2 Your quote' })).toBeVisible();
    await expect(notice(page, true)).toContainText('简体中文 could not be loaded');
    await expect(page.getByLabel('Language', { exact: true })).toHaveValue('en');
  });
});
