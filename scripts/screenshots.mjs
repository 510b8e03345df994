// Regenerates the README screenshots from the release dist/ (trunk build --release first).
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { STORAGE_KEY } from '../tests/e2e/app.mjs';

const PORT = 4175;
const server = spawn('python3', ['-m', 'http.server', String(PORT), '--bind', '127.0.0.1', '--directory', 'dist'], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 800));
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-quic', '--disable-sync'],
});
const session = (mode, lines, numbers) => ({
  version: 1, mode,
  profile: { customer_name: 'ACME Logistics', region: 'Singapore', platforms: ['om_platform', 'apaas'], coverage: 'around_the_clock',
    numbers, dates: { key_event_date: '2027-01-04' }, quote_date: '2026-11-23', wants_maturity_assessment: true },
  quote: { title: 'ACME draft', term_months: 12, lines: lines.map((item) => ({ item })) },
});
try {
  const page = await browser.newPage({ viewport: { width: 1440, height: 1100 } });
  const shoot = async (s, file, prices) => {
    await page.goto(`http://127.0.0.1:${PORT}/`);
    await page.evaluate(([k, v]) => localStorage.setItem(k, v), [STORAGE_KEY, JSON.stringify(s)]);
    await page.reload();
    if (prices) await page.getByRole('button', { name: 'Use the illustrative sample prices' }).click();
    await page.waitForTimeout(400);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: file });
  };
  await shoot(session('customer', ['om-chaos-basic', 'apm-hosting-24x7'], { drill_scenarios: 8, it_employees: 70, business_departments: 12 }),
    'public/screenshots/customer-mode.png', false);
  await shoot(session('sales_engineer', ['om-chaos-basic', 'apm-hosting-24x7', 'apo-dap-medium', 'apm-tech-support', 'ke-basic'],
    { drill_scenarios: 8, it_employees: 70, business_departments: 12, instances: 130, assurance_days: 3 }),
    'public/screenshots/sales-engineer-mode.png', true);
} finally {
  await browser.close();
  server.kill();
}
