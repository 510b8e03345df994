// Regenerates the README screenshots from the release dist/ (trunk build --release first).
import { chromium } from '@playwright/test';
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { storedEntries } from '../tests/e2e/app.mjs';

const PORT = 4175;
const server = spawn('python3', ['-m', 'http.server', String(PORT), '--bind', '127.0.0.1', '--directory', 'dist'], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 800));
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-quic', '--disable-sync'],
});
const session = (mode, lines, numbers) => ({
  version: 3, mode,
  profile: { customer_name: 'ACME Logistics', region: 'Singapore', platforms: ['om_platform', 'apaas'], coverage: 'around_the_clock',
    numbers, dates: { key_event_date: '2027-01-04' }, quote_date: '2026-11-23', wants_maturity_assessment: true },
  quote: { title: 'ACME draft', term_months: 12, lines: lines.map((item) => ({ item })) },
});
try {
  const page = await browser.newPage({ viewport: { width: 1440, height: 1100 } });
  const shoot = async (s, file, prices) => {
    await page.goto(`http://127.0.0.1:${PORT}/`);
    await page.evaluate((entries) => { localStorage.clear(); for (const [k, v] of entries) localStorage.setItem(k, v); }, storedEntries(s));
    await page.reload();
    if (prices) await page.getByRole('button', { name: 'Use the illustrative sample prices' }).click();
    await page.waitForTimeout(400);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: file });
  };
  await shoot(session('customer', ['om-chaos-basic', 'apm-hosting-24x7'], { drill_scenarios: 8, it_employees: 70, business_departments: 12 }),
    'public/screenshots/customer-mode.png', false);
  await shoot(session('sales_engineer', ['om-chaos-basic', 'apm-hosting-24x7', 'apo-dap-medium', 'apm-tech-support', 'ke-basic'],
    { drill_scenarios: 8, it_employees: 70, business_departments: 12, apaas_support_instances: 130, assurance_days: 3 }),
    'public/screenshots/sales-engineer-mode.png', true);
  // A page of the printed proposal: printed to PDF as the browser does, page 2 as PNG
  // (pdftoppm from poppler-utils).
  // The app prepares the proposal, then calls the browser's print dialog: here the page is
  // printed to PDF instead, so the dialog is replaced by nothing.
  await page.evaluate(() => { window.print = () => {}; });
  await page.getByRole('button', { name: 'Print / save proposal as PDF' }).click();
  await page.waitForTimeout(400);
  const dir = mkdtempSync(join(tmpdir(), 'proposal-'));
  writeFileSync(join(dir, 'proposal.pdf'), await page.pdf({ format: 'A4' }));
  execFileSync('pdftoppm', ['-f', '2', '-l', '2', '-r', '60', '-png', '-singlefile', join(dir, 'proposal.pdf'), 'public/screenshots/printed-proposal']);
  // The phone layout (390 x 844): the suggestions and the quote after the questions, and
  // the BOQ as cards, before the catalog.
  const phone = await browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  await phone.goto(`http://127.0.0.1:${PORT}/`);
  await phone.evaluate((entries) => { localStorage.clear(); for (const [k, v] of entries) localStorage.setItem(k, v); },
    storedEntries(session('customer', ['om-chaos-basic', 'apm-hosting-24x7'], { drill_scenarios: 8, it_employees: 70, business_departments: 12 })));
  await phone.reload();
  await phone.waitForTimeout(400);
  for (const [heading, file] of [['Suggested for you', 'phone-quote'], ['Bill of quantities', 'phone-boq']]) {
    await phone.getByRole('heading', { name: heading, level: 2 }).evaluate((h) => window.scrollTo(0, h.getBoundingClientRect().top + window.scrollY - 120));
    await phone.waitForTimeout(200);
    await phone.screenshot({ path: `public/screenshots/${file}.png` });
  }
  // The same customer quote on a phone in Simplified Chinese and in Indonesian (the browser's
  // language chooses), scrolled to the quote.
  for (const [locale, file, heading] of [['zh-CN', 'phone-zh', '2 您的报价'], ['id-ID', 'phone-id', '2 Penawaran Anda']]) {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, locale });
    const translated = await context.newPage();
    await translated.goto(`http://127.0.0.1:${PORT}/`);
    await translated.evaluate((entries) => { localStorage.clear(); for (const [k, v] of entries) localStorage.setItem(k, v); },
      storedEntries(session('customer', ['om-chaos-basic', 'apm-hosting-24x7'], { drill_scenarios: 8, it_employees: 70, business_departments: 12 })));
    await translated.reload();
    await translated.waitForTimeout(400);
    await translated.getByRole('heading', { name: heading, level: 2 }).evaluate((h) => window.scrollTo(0, h.getBoundingClientRect().top + window.scrollY - 120));
    await translated.waitForTimeout(200);
    await translated.screenshot({ path: `public/screenshots/${file}.png` });
    await context.close();
  }
  // Two options side by side (sales engineer, sample prices): A business hours over 12
  // months, B around the clock over 36 months with technical support added.
  const options = {
    ...session('sales_engineer', ['om-chaos-basic', 'apm-hosting-24x7', 'apm-tech-support'],
      { drill_scenarios: 8, it_employees: 70, business_departments: 12, apaas_support_instances: 45 }),
    options: {
      list: [
        { letter: 'A', name: 'business hours', parked: { lines: [{ item: 'om-chaos-basic' }, { item: 'apm-hosting-8x5' }], term_months: 12 } },
        { letter: 'B', name: 'around the clock' },
      ],
      active: 1,
    },
  };
  options.quote.term_months = 36;
  await page.goto(`http://127.0.0.1:${PORT}/`);
  await page.evaluate((entries) => { localStorage.clear(); for (const [k, v] of entries) localStorage.setItem(k, v); }, storedEntries(options));
  await page.reload();
  await page.getByRole('button', { name: 'Use the illustrative sample prices' }).click();
  await page.waitForTimeout(400);
  await page.locator('section.compare').screenshot({ path: 'public/screenshots/compare-options.png' });
  // The revisions of an issued quote: revision 1 sent as a spreadsheet, revision 2 as a
  // proposal after the junior engineer's days went from 2 to 5.
  const profile = { customer_name: 'ACME', region: 'Singapore', platforms: ['om_platform'],
    attested_prerequisites: ['om-platform', 'om-permissions', 'om-team', 'om-contract'], quote_date: '2026-11-23' };
  const quote = (days) => ({ title: 'Revisions', status: 'final', term_months: 12, lines: [{ item: 'om-prr' }, { item: 'om-dev-junior', quantity: days }] });
  const issued = {
    version: 3, mode: 'sales_engineer', profile, quote: quote(5),
    revisions: { id: 'Q-3F2A-91C0-5B7E', list: [
      { number: 1, date: '2026-11-23', issued_as: 'spreadsheet', content: { profile, quote: quote(2) } },
      { number: 2, date: '2026-11-30', issued_as: 'proposal', content: { profile, quote: quote(5) } },
    ] },
  };
  await page.goto(`http://127.0.0.1:${PORT}/`);
  await page.evaluate((entries) => { localStorage.clear(); for (const [k, v] of entries) localStorage.setItem(k, v); }, storedEntries(issued));
  await page.reload();
  await page.waitForTimeout(400);
  await page.locator('section.revisions').screenshot({ path: 'public/screenshots/revisions.png' });
} finally {
  await browser.close();
  server.kill();
}
