// Small page object for the configurator: find things the way a user does (labels,
// button names, visible text), never by component internals.
import { expect } from '@playwright/test';

export const STORAGE_KEY = 'om-configurator/session/v1';

/** Opens the app with an empty saved state, or with `session` (an object) restored. */
export async function open(page, session = null) {
  await page.goto('./');
  await page.evaluate(([key, value]) => {
    localStorage.clear();
    if (value) localStorage.setItem(key, value);
  }, [STORAGE_KEY, session ? JSON.stringify(session) : null]);
  await page.reload();
  await expect(page.getByRole('heading', { name: '3 Your quote' })).toBeVisible();
}

/** Switches mode with the header switch. */
export async function mode(page, name) {
  await page.locator('.mode-switch button', { hasText: name }).click();
  await expect(page.locator('.mode-switch button', { hasText: name })).toHaveAttribute('aria-pressed', 'true');
}

/** Types an answer into a labelled field and leaves it (as a user tabbing on). */
export async function answer(page, label, value) {
  const field = page.getByLabel(label, { exact: true });
  await field.fill(String(value));
  await field.press('Tab');
}

/** Adds a catalog item by its exact seed name (search, then its Add button). */
export async function addFromCatalog(page, name) {
  await page.getByLabel('Search services').fill(name);
  await page.getByRole('button', { name: `Add ${name}`, exact: true }).click();
  await page.getByLabel('Search services').fill('');
}

/** The BOQ row of an item, by its exact name. */
export function boqRow(page, name) {
  return page.locator('.boq tbody tr').filter({ has: page.locator('.item-label', { hasText: new RegExp(`^${escape(name)}$`) }) });
}

/** Expects the BOQ quantity of an item. */
export async function expectQuantity(page, name, quantity) {
  await expect(boqRow(page, name).locator('td.qty')).toHaveText(String(quantity));
}

/** The findings of one severity ("error", "warning", "info"). */
export function findings(page, severity) {
  return page.locator(`.findings .finding.${severity}`);
}

function escape(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A session holding every catalog item with a sized profile (for axe and perf). */
export function fullSession(items) {
  return {
    version: 1,
    mode: 'sales_engineer',
    profile: {
      customer_name: 'ACME Logistics',
      region: 'Singapore',
      platforms: ['om_platform', 'apaas', 'coc'],
      numbers: { it_employees: 70, business_departments: 12, om_application_systems: 60, instances: 130,
        release_applications: 125, drill_scenarios: 8, assurance_days: 3, peak_concurrent_requests: 50000 },
      dates: { key_event_date: '2026-03-02', coc_start_date: '2026-03-02' },
      quote_date: '2026-01-05',
    },
    quote: { title: 'Full catalog', term_months: 12, lines: items.map((item) => ({ item })) },
  };
}
