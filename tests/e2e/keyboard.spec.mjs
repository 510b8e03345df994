// The keyboard alone: skip links reach the parts a user comes back to, with focus.
import { test, expect, open } from './app.mjs';

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
