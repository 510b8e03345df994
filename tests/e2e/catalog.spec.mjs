// A user opens the built app and sees the whole catalog, with nothing failing in the console.
import { test, expect } from '@playwright/test';

const OFFERINGS = [
  ['Deterministic O&M Management Service', '20 items'],
  ['aPaaS Maintenance Service', '32 items'],
  ['aPaaS Operation Service', '17 items'],
  ['COC Implementation Support Service', '1 item'],
  ['Key Event On-Duty Service', '4 items'],
];

test('the release build shows all five offerings and logs no console error', async ({ page }) => {
  const problems = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  // A missing favicon or asset is an error too.
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`${response.status()} ${response.url()}`);
  });

  await page.goto('./');
  for (const [name, count] of OFFERINGS) {
    const heading = page.getByRole('heading', { level: 2, name, exact: true });
    await expect(heading).toBeVisible();
    await expect(page.locator('summary', { has: heading })).toContainText(count);
  }
  // Opening an offering shows its items by their seed names.
  await page.getByRole('heading', { name: 'Key Event On-Duty Service', exact: true }).click();
  await expect(page.getByText('Additional remote assurance day', { exact: true })).toBeVisible();

  await page.waitForLoadState('networkidle');
  expect(problems).toEqual([]);
});
