// Small page object for the configurator: find things the way a user does (labels,
// button names, visible text), never by component internals.
import { test as base, expect } from '@playwright/test';

export { expect };

/** Content-Security-Policy violations seen in any watched context during the running test. */
const violations = [];

/**
 * Reports every Content-Security-Policy violation of the pages of `context` (each fires a
 * `securitypolicyviolation` event, which an init script turns into a console line).
 */
export async function watchCsp(context) {
  await context.addInitScript(() => {
    window.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline code'} in ${event.sourceFile}:${event.lineNumber}`);
    }, true);
  });
  const watch = (page) => page.on('console', (message) => {
    const text = message.text();
    if (message.type() === 'error' && text.startsWith('CSP violation')) {
      violations.push(`${page.url()}: ${text}`);
    }
  });
  context.pages().forEach(watch);
  context.on('page', watch);
}

/** Returns and forgets the violations seen so far (for the test that checks the watch itself). */
export function takeViolations() {
  return violations.splice(0);
}

/** A new browser context (no storage, no history) whose pages are watched for CSP violations. */
export async function freshContext(browser, options = {}) {
  const context = await browser.newContext({ baseURL: test.info().project.use.baseURL, ...options });
  await watchCsp(context);
  return context;
}

/** Playwright's `test`, failing any test during which a Content-Security-Policy violation fired. */
export const test = base.extend({
  context: async ({ context }, use) => {
    violations.length = 0;
    await watchCsp(context);
    await use(context);
    expect(violations, 'Content-Security-Policy violations').toEqual([]);
  },
});

// The keys this version stores under: the list of quotes, and each quote by its id.
export const LIBRARY_KEY = 'om-configurator/library/v1';
export const QUOTE_KEY = 'om-configurator/quote/q1';
// A session stored under this key (as versions before the list of quotes kept it) is
// moved into the list as its first quote, stored under QUOTE_KEY.
export const STORAGE_KEY = 'om-configurator/session/v1';

/** What this version stores for one quote: its list entry and the quote itself. */
export function storedEntries(session) {
  // Named as the app names a quote: customer and title, either alone, or untitled.
  const parts = [session?.profile?.customer_name?.trim(), session?.quote?.title?.trim()].filter(Boolean);
  const name = parts.join(' \u00b7 ') || 'Untitled quote';
  const library = { quotes: [{ id: 'q1', name }], current: 'q1', next: 2 };
  return [[LIBRARY_KEY, JSON.stringify(library)], [QUOTE_KEY, JSON.stringify(session)]];
}

/** Opens the app with an empty saved state, or with `session` (an object) stored as this version stores it. */
export async function open(page, session = null) {
  await page.goto('./');
  await page.evaluate((entries) => {
    localStorage.clear();
    for (const [key, value] of entries) localStorage.setItem(key, value);
  }, session ? storedEntries(session) : []);
  await page.reload();
  await expect(page.getByRole('heading', { name: '2 Your quote' })).toBeVisible();
}

/** Opens the app with `session` stored under the legacy single-session key (the migration path). */
export async function openLegacy(page, session) {
  await page.goto('./');
  await page.evaluate(([key, value]) => {
    localStorage.clear();
    localStorage.setItem(key, value);
  }, [STORAGE_KEY, JSON.stringify(session)]);
  await page.reload();
  await expect(page.getByRole('heading', { name: '2 Your quote' })).toBeVisible();
}

/** Switches mode with the header switch. */
export async function mode(page, name) {
  const button = page.getByRole('group', { name: 'Mode' }).getByRole('button', { name });
  await button.click();
  await expect(button).toHaveAttribute('aria-pressed', 'true');
}

/** Types an answer into a labelled field and leaves it (as a user tabbing on). */
export async function answer(page, label, value) {
  const field = page.getByLabel(label, { exact: true });
  await field.fill(String(value));
  await field.press('Tab');
}

/** Clicks the button "Add <name>" (shown names, §8.14) after searching the catalog for `search`. */
export async function addFromCatalog(page, name, search = name) {
  await page.getByLabel('Search services').fill(search);
  await page.getByRole('button', { name: `Add ${name}`, exact: true }).click();
  await page.getByLabel('Search services').fill('');
}

/** The bill of quantities table. */
export function boqTable(page) {
  return page.getByRole('table', { name: 'Bill of quantities' });
}

/** The BOQ row of an item, by its exact name (the row header starts with it). */
export function boqRow(page, name) {
  return boqTable(page).getByRole('row').filter({ has: page.getByRole('rowheader').getByText(name, { exact: true }) });
}

/** A cell of a BOQ row by column: the row header is the item, so cells are No., Unit,
 * Quantity, Term, Unit price, Discount, Amount. */
export function boqCell(page, name, column) {
  const columns = ['No.', 'Unit', 'Quantity', 'Term', 'Unit price', 'Discount', 'Amount'];
  return boqRow(page, name).getByRole('cell').nth(columns.indexOf(column));
}

/** Expects the BOQ quantity of an item. */
export async function expectQuantity(page, name, quantity) {
  await expect(boqCell(page, name, 'Quantity')).toHaveText(String(quantity));
}

/** A total under the BOQ, by its term ("One-off total"). */
export function total(page, term) {
  return page.getByRole('term').filter({ hasText: new RegExp(`^${escape(term)}$`) }).locator('xpath=following-sibling::dd[1]');
}

const SEVERITY = { error: 'Error', warning: 'Warning', info: 'Information' };

/** The open findings of one severity ("error", "warning", "info"); recorded exceptions
 * are listed as "Error (exception)" and are not counted. */
export function findings(page, severity) {
  return page
    .getByRole('list', { name: 'Findings list' })
    .getByRole('listitem')
    .filter({ hasText: new RegExp(`^${SEVERITY[severity]}(?! \\(exception\\))`) });
}

/** A suggested service, by (part of) its text. */
export function suggestion(page, text) {
  return page.getByRole('list', { name: 'Suggested services' }).getByRole('listitem').filter({ hasText: text });
}

/** Every suggested service. */
export function suggestions(page) {
  return page.getByRole('list', { name: 'Suggested services' }).getByRole('listitem');
}

/** A catalog entry, by its exact item name. */
export function catalogItem(page, name) {
  return page.getByRole('listitem').filter({ has: page.getByText(name, { exact: true }) }).filter({ has: page.getByText('Details') });
}

/** The last notice (a status, or an alert for a problem). */
export function notice(page, problem = false) {
  return page.getByRole(problem ? 'alert' : 'status').filter({ hasText: 'Dismiss' });
}

function escape(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A session holding every catalog item with a sized profile (for axe and perf). */
export function fullSession(items) {
  return {
    version: 3,
    mode: 'sales_engineer',
    profile: {
      customer_name: 'ACME Logistics',
      region: 'Singapore',
      platforms: ['om_platform', 'apaas', 'coc'],
      numbers: { it_employees: 70, business_departments: 12, om_application_systems: 60, om_instances: 130,
        apaas_instances: 300, apaas_support_instances: 40, om_release_applications: 125,
        apaas_release_applications: 250, drill_scenarios: 8, assurance_days: 3, peak_concurrent_requests: 50000 },
      dates: { key_event_date: '2026-03-02', coc_start_date: '2026-03-02' },
      quote_date: '2026-01-05',
    },
    quote: { title: 'Full catalog', term_months: 12, lines: items.map((item) => ({ item })) },
  };
}

/** `session` issued once as revision 1 (what was issued: its answers and its own lines). */
export function withRevision(session) {
  const content = { profile: session.profile, quote: session.quote };
  return { ...session, revisions: { id: 'Q-0000-0000-0001', list: [{ number: 1, date: '2026-01-05', issued_as: 'proposal', content }] } };
}

/** `session` with a second option: A holds `parkedItems` over `parkedTerm` months; the
 * session's own lines become option B, named `name`, which is being edited. */
export function withOptions(session, parkedItems, name, parkedTerm = 12) {
  return {
    ...session,
    options: {
      list: [
        { letter: 'A', parked: { lines: parkedItems.map((item) => ({ item })), term_months: parkedTerm } },
        { letter: 'B', name },
      ],
      active: 1,
    },
  };
}

/** Puts the illustrative sample prices in the quote, as a user does, and waits for the
 * notice that says they are in (the price-book readers are a chunk fetched on first use). */
export async function useSamplePrices(page) {
  await page.getByRole('button', { name: 'Use the illustrative sample prices' }).click();
  await expect(notice(page)).toContainText('Sample prices loaded.');
}
