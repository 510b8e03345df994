// The user journeys of the configurator issue, clicked through on the release build.
import { test, expect, open, fullSession, mode, answer, addFromCatalog, boqRow, boqCell, boqTable, expectQuantity, findings, suggestion, suggestions, total, notice, openLegacy, QUOTE_KEY, useSamplePrices } from './app.mjs';

test('(a) customer: 8 drill scenarios give Basic Edition x1 + Incremental Package x3, explained', async ({ page }) => {
  await open(page);
  await page.getByLabel('Huawei Cloud O&M platform').check();
  await answer(page, 'How many chaos drill scenarios do you want to run on the O&M platform?', 8);
  const basic = suggestion(page, 'Chaos Engineering Drill Service Basic Edition');
  await expect(basic).toContainText('You plan 8 chaos drill scenarios on the O&M platform.');
  await basic.getByRole('button', { name: 'Accept Chaos Engineering Drill Service Basic Edition' }).click();
  await expectQuantity(page, 'Chaos Engineering Drill Service Basic Edition', 1);
  await expectQuantity(page, 'Chaos Engineering Drill Service Incremental Package', 3);
  await expect(page.getByRole('list', { name: 'Quote lines' })).toContainText('8 drill scenarios: Basic Edition covers 5, so 3 Incremental Packages');
  // Customer mode has no overrides and no price editing.
  await expect(page.getByText('Override the derived quantity')).toHaveCount(0);
  await expect(page.getByLabel('Load a price book (JSON or CSV)')).toHaveCount(0);
});

test('(b) sales engineer: release packages and per-20-instance support are derived', async ({ page }) => {
  await open(page);
  await mode(page, 'Sales engineer');
  await answer(page, 'O&M platform applications under release management', 125);
  await addFromCatalog(page, 'O&M Platform Release Management Onsite Support Service (Standard Package)');
  await expectQuantity(page, 'O&M Platform Release Management Onsite Support Service (Standard Package)', 1);
  await expectQuantity(page, 'O&M Platform Release Management Onsite Support Service (Add-on Package)', 3);
  await answer(page, 'aPaaS instances needing technical support', 130);
  await addFromCatalog(page, 'aPaaS Technical Support Services (Per 20 Instances)');
  await expectQuantity(page, 'aPaaS Technical Support Services (Per 20 Instances)', 7);
  await expect(boqRow(page, 'aPaaS Technical Support Services (Per 20 Instances)')).toContainText('130 instances: 7 blocks of 20');
});

test('(c) 70 IT staff with DAP Medium: a cited error, one click to Large clears it', async ({ page }) => {
  await open(page);
  await mode(page, 'Sales engineer');
  await addFromCatalog(page, 'aPaaS Platform O&M Digital Assessment and Planning Service-Medium');
  await answer(page, 'IT department employees', 70);
  await answer(page, 'Related business departments', 12);
  const error = findings(page, 'error').filter({ hasText: 'Digital Assessment and Planning Service-Medium is for customers with 20 to 50 IT department employees' });
  await expect(error).toHaveCount(1);
  await error.getByText('Source').click();
  await expect(error).toContainText('This document mainly applies to customers with 20 to 50 IT department employees and 10 related business departments.');
  await expect(error).toContainText('001_e60f7e45106112f6.txt');
  await error.getByRole('button', { name: 'Switch to aPaaS Platform O&M Digital Assessment and Planning Service-Large' }).click();
  await expect(findings(page, 'error').filter({ hasText: 'IT department employees; this customer has 70' })).toHaveCount(0);
  await expectQuantity(page, 'aPaaS Platform O&M Digital Assessment and Planning Service-Large', 1);
  await expect(boqRow(page, 'aPaaS Platform O&M Digital Assessment and Planning Service-Medium')).toHaveCount(0);
});

test('(d) a key event 5 working days away is a lead-time error; 3 days add 2 extra days', async ({ page }) => {
  await open(page);
  await mode(page, 'Sales engineer');
  await answer(page, 'Quote (application) date', '2026-01-05');
  await answer(page, 'Key event date', '2026-01-12');
  await answer(page, 'Assurance days (calendar)', 3);
  // The edition is blocked by the lead time; the fix on its add-on's row still adds it
  // (the lead-time error then shows in the quote).
  await addFromCatalog(page, 'Key Event On-Duty Service Basic Edition', 'Basic Edition');
  const error = findings(page, 'error').filter({ hasText: 'Key Event On-Duty Service: the key event date 2026-01-12 is 5 working days after the quote date 2026-01-05' });
  await expect(error).toHaveCount(1);
  await expect(error).toContainText('earliest date is 2026-01-19');
  await expectQuantity(page, 'Key Event On-Duty Service Basic Edition', 1);
  await expectQuantity(page, 'Additional remote assurance day', 2);
  await error.getByRole('button', { name: 'Move the key event date to 2026-01-19' }).click();
  await expect(findings(page, 'error').filter({ hasText: 'working days after the quote date' })).toHaveCount(0);
});

test('(e) a price book loaded from a file gives totals correct to the cent', async ({ page }) => {
  await open(page);
  await mode(page, 'Sales engineer');
  await addFromCatalog(page, 'O&M Platform PRR Governance Service');
  await addFromCatalog(page, 'O&M platform application O&M hosting (7*24)');
  await addFromCatalog(page, 'O&M Platform Development Support Service - Senior O&M Engineer');
  await answer(page, 'Quantity (person-day) of O&M Platform Development Support Service - Senior O&M Engineer', 3);
  await answer(page, 'Discount % for O&M platform application O&M hosting (7*24)', '12.5');
  await page.getByLabel('Load a price book (JSON or CSV)').setInputFiles('tests/e2e/fixtures/prices.csv');
  await expect(notice(page)).toContainText('Loaded 3 prices from prices.csv.');
  // 8000.10 + (1234.57 less 12.5 % = 1080.24875 -> 1080.25 a month, x 12 = 12963.00) + 3 x 950.50 = 23814.60
  await expect(boqCell(page, 'O&M platform application O&M hosting (7*24)', 'Amount')).toHaveText('USD 12,963.00');
  await expect(page.getByTestId('grand-total')).toHaveText('USD 23,814.60');
  await expect(total(page, 'One-off total')).toHaveText('USD 10,851.60');
  await expect(total(page, 'Recurring per month')).toHaveText('USD 1,080.25');
  await expect(total(page, 'Recurring per year')).toHaveText('USD 12,963.00');
});

test('(f) undo returns the previous quote exactly, redo replays it', async ({ page }) => {
  await open(page);
  await mode(page, 'Sales engineer');
  await answer(page, 'Drill scenarios (O&M platform)', 7);
  await addFromCatalog(page, 'Chaos Engineering Drill Service Basic Edition');
  await addFromCatalog(page, 'O&M Platform Development Support Service - Junior O&M Engineer');
  await answer(page, 'Quantity (person-day) of O&M Platform Development Support Service - Junior O&M Engineer', 4);
  await expectQuantity(page, 'O&M Platform Development Support Service - Junior O&M Engineer', 4);
  const before = await boqTable(page).innerText();
  const findingsBefore = await page.getByRole('list', { name: 'Findings list' }).innerText();

  await answer(page, 'Drill scenarios (O&M platform)', 12);
  await page.getByRole('button', { name: 'Remove O&M Platform Development Support Service - Junior O&M Engineer' }).click();
  await expectQuantity(page, 'Chaos Engineering Drill Service Incremental Package', 7);
  expect(await boqTable(page).innerText()).not.toEqual(before);

  const undo = page.getByRole('group', { name: 'History' }).getByRole('button', { name: /^Undo/ });
  await undo.click();
  await undo.click();
  await expectQuantity(page, 'Chaos Engineering Drill Service Incremental Package', 2);
  expect(await boqTable(page).innerText()).toEqual(before);
  expect(await page.getByRole('list', { name: 'Findings list' }).innerText()).toEqual(findingsBefore);
  await expect(page.getByLabel('Drill scenarios (O&M platform)', { exact: true })).toHaveValue('7');

  await page.getByRole('group', { name: 'History' }).getByRole('button', { name: /^Redo/ }).click();
  await expect(page.getByLabel('Drill scenarios (O&M platform)', { exact: true })).toHaveValue('12');
});

test('bad input never changes the quote and says why', async ({ page }) => {
  await open(page);
  await mode(page, 'Sales engineer');
  await answer(page, 'Drill scenarios (O&M platform)', 8);
  await answer(page, 'Drill scenarios (O&M platform)', 'eight');
  await expect(page.getByRole('alert').filter({ hasText: 'is not a whole number' })).toBeVisible();
  await addFromCatalog(page, 'Chaos Engineering Drill Service Basic Edition');
  await expectQuantity(page, 'Chaos Engineering Drill Service Incremental Package', 3);
  await page.getByLabel('Load a price book (JSON or CSV)').setInputFiles('tests/e2e/fixtures/bad-prices.csv');
  await expect(notice(page, true)).toContainText('was not loaded');
  await expect(page.getByText('Prices: price on request.')).toBeVisible();
});

test('the work survives a reload (saved in the browser only)', async ({ page }) => {
  await open(page);
  await answer(page, 'How many chaos drill scenarios do you want to run on the O&M platform?', 9);
  await page.reload();
  await expect(page.getByLabel('How many chaos drill scenarios do you want to run on the O&M platform?')).toHaveValue('9');
});

test('(g) a customer reaches a valid package set from the questions alone', async ({ page }) => {
  await open(page);
  await page.getByLabel('Where is your business?').selectOption('Singapore');
  await page.getByLabel('Huawei Cloud aPaaS').check();
  await page.getByLabel('Around the clock (24/7)').check();
  await answer(page, 'How many people work in your IT department?', 30);
  await answer(page, 'How many business departments work with IT?', 8);
  await answer(page, 'How many aPaaS instances need technical support?', 130);
  // The number alone is the need: no box to tick.
  await expect(page.getByLabel('We need technical support for our aPaaS instances')).toHaveCount(0);
  await page.getByLabel('We want an assessment and plan of our O&M maturity').check();
  await expect(suggestions(page)).toHaveCount(4);
  await expect(suggestion(page, 'aPaaS Platform O&M Digital Assessment and Planning Service-Medium'))
    .toContainText('with 30 IT employees the Medium edition fits');
  await page.getByRole('button', { name: 'Accept all suggestions' }).click();
  await expect(suggestions(page)).toHaveCount(0);
  await expectQuantity(page, 'aPaaS Technical Support Services (Per 20 Instances)', 7);
  await expectQuantity(page, 'aPaaS Application O&M Hosting (24/7)', 1);
  await expect(page.getByRole('status').filter({ hasText: 'no open errors' })).toBeVisible();
  await expect(findings(page, 'error')).toHaveCount(0);
  // Marking the quote final asks for the prerequisites; confirming them clears it.
  await page.getByLabel('Final (prerequisites must be confirmed)').check();
  await expect(findings(page, 'error')).toHaveCount(4);
  const prerequisites = page.getByRole('group', { name: 'Already in place (prerequisites)' });
  for (const box of await prerequisites.getByRole('checkbox').all()) await box.check();
  await expect(findings(page, 'error')).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Proposal summary' })).toContainText('No open errors: this quote can be issued.');
});

test('a customer returning to a saved quote applies today: the lead time counts from today', async ({ page }) => {
  const saved = {
    version: 1, mode: 'customer',
    profile: { region: 'Singapore', quote_date: '2020-01-06', dates: { key_event_date: '2020-01-20' } },
    quote: { lines: [{ item: 'ke-basic' }] },
  };
  await open(page, saved);
  const now = new Date();
  const today = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
  await expect(findings(page, 'error').filter({ hasText: `is before the quote date ${today}` })).toHaveCount(1);
});

test('a version-1 stored session opens with each offering sized by the old answer, told once', async ({ page }) => {
  const saved = {
    version: 1, mode: 'sales_engineer',
    profile: { region: 'Singapore', quote_date: '2026-01-05', numbers: { instances: 300, release_applications: 250 } },
    quote: { lines: [{ item: 'om-release-onsite-std' }, { item: 'apm-tech-support' }] },
  };
  // Stored under the legacy key on purpose: the list of quotes is made from it.
  await openLegacy(page, saved);
  await expect(notice(page)).toContainText('saved in an older format');
  await expect(page.getByLabel('aPaaS instances needing technical support', { exact: true })).toHaveValue('300');
  await expect(page.getByLabel('O&M platform applications under release management', { exact: true })).toHaveValue('250');
  await expectQuantity(page, 'O&M Platform Release Management Onsite Support Service (Add-on Package)', 15);
  // Each input now sizes only its own offering.
  await answer(page, 'aPaaS instances needing technical support', 40);
  await expectQuantity(page, 'aPaaS Technical Support Services (Per 20 Instances)', 2);
  await expectQuantity(page, 'O&M Platform Release Management Onsite Support Service (Add-on Package)', 15);
  // Stored again as version 2: a reload does not tell again.
  await page.reload();
  await expect(page.getByRole('heading', { name: '2 Your quote' })).toBeVisible();
  await expect(page.getByText('saved in an older format')).toHaveCount(0);
  expect(JSON.parse(await page.evaluate((key) => localStorage.getItem(key), QUOTE_KEY)).version).toBe(3);
});

test('a base with its sizing input empty is an error whose fix focuses that field', async ({ page }) => {
  await open(page);
  await mode(page, 'Sales engineer');
  await addFromCatalog(page, 'O&M Platform Release Management Onsite Support Service (Standard Package)');
  const needs = findings(page, 'error').filter({ hasText: 'Needs applications under release management on the O&M platform' });
  await expect(needs).toHaveCount(1);
  await needs.getByRole('button', { name: 'Enter applications under release management on the O&M platform' }).click();
  await expect(page.getByLabel('O&M platform applications under release management', { exact: true })).toBeFocused();
  await page.keyboard.type('250');
  await page.keyboard.press('Tab');
  await expectQuantity(page, 'O&M Platform Release Management Onsite Support Service (Add-on Package)', 15);
  await expect(needs).toHaveCount(0);
});

test('a saved quote outside the bounds is refused and the work is kept', async ({ page }) => {
  await open(page);
  await answer(page, 'How many chaos drill scenarios do you want to run on the O&M platform?', 6);
  await page.getByLabel('Load a saved quote').setInputFiles('tests/fixtures/quotes/term-too-long.quote.json');
  await expect(notice(page, true)).toContainText('quote.term_months is 4294967295 months, but it must be 1 to 36 months');
  await expect(page.getByLabel('How many chaos drill scenarios do you want to run on the O&M platform?')).toHaveValue('6');
});

test('several quotes are kept: new, duplicate, switch, delete with undo, all across a reload', async ({ page }) => {
  await open(page);
  await page.getByLabel('Quote title').fill('ACME renewal');
  await page.getByLabel('Quote title').press('Tab');
  await answer(page, 'How many chaos drill scenarios do you want to run on the O&M platform?', 7);
  const shelf = page.getByRole('group', { name: 'Your quotes' });
  await shelf.getByRole('button', { name: 'Duplicate' }).click();
  await expect(shelf.getByLabel('Your quotes')).toHaveValue('q2');
  await expect(page.getByLabel('Quote title')).toHaveValue('ACME renewal (copy)');
  await shelf.getByRole('button', { name: 'New quote' }).click();
  await expect(page.getByLabel('How many chaos drill scenarios do you want to run on the O&M platform?')).toHaveValue('');
  await page.getByLabel('Quote title').fill('Beta pilot');
  await page.getByLabel('Quote title').press('Tab');
  // A quote is listed after its customer and title.
  await page.getByLabel('Your company').fill('Beta Corp');
  await page.getByLabel('Your company').press('Tab');
  await expect(shelf.getByRole('option', { selected: true })).toHaveText('Beta Corp \u00b7 Beta pilot');
  // Switching keeps each quote's answers.
  await shelf.getByLabel('Your quotes').selectOption({ label: 'ACME renewal' });
  await expect(page.getByLabel('How many chaos drill scenarios do you want to run on the O&M platform?')).toHaveValue('7');
  await page.reload();
  await expect(page.getByLabel('Quote title')).toHaveValue('ACME renewal');
  await expect(shelf.getByRole('option')).toHaveText(['ACME renewal', 'ACME renewal (copy)', 'Beta Corp \u00b7 Beta pilot']);
  // Delete the open quote; undo brings it back.
  await shelf.getByRole('button', { name: 'Delete ACME renewal' }).click();
  await expect(shelf.getByRole('option')).toHaveText(['ACME renewal (copy)', 'Beta Corp \u00b7 Beta pilot']);
  await notice(page).getByRole('button', { name: 'Undo delete' }).click();
  await expect(shelf.getByRole('option')).toHaveText(['ACME renewal', 'ACME renewal (copy)', 'Beta Corp \u00b7 Beta pilot']);
  await expect(page.getByLabel('How many chaos drill scenarios do you want to run on the O&M platform?')).toHaveValue('7');
});

test('without browser storage the app works and offers the quote as a file', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('denied', 'SecurityError'); } });
  });
  await page.goto('./');
  await expect(page.getByRole('alert').filter({ hasText: 'Not saved in this browser' })).toBeVisible();
  await answer(page, 'How many chaos drill scenarios do you want to run on the O&M platform?', 6);
  const download = page.waitForEvent('download');
  await page.getByRole('alert').getByRole('button', { name: 'Save quote (file)' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('quote.quote.json');
  const text = await (await import('node:fs/promises')).readFile(await file.path(), 'utf8');
  expect(JSON.parse(text).profile.numbers.drill_scenarios).toBe(6);
});

test('every kind of bad quote file is refused with its reason, and the work is unchanged', async ({ page }) => {
  await open(page, fullSession(['om-chaos-basic']));
  const boq = await boqTable(page).innerText();
  const saved = JSON.stringify(fullSession(['om-chaos-basic']));
  const withSession = (change) => {
    const session = fullSession(['om-chaos-basic']);
    change(session);
    return JSON.stringify(session);
  };
  const cases = [
    ['truncated', saved.slice(0, saved.length / 2), 'this is not a saved quote (EOF while parsing'],
    ['oversized', `{"version":2,"padding":"${'x'.repeat(1_000_001)}"}`, '1,000,000'],
    ['wrong version', withSession((s) => { s.version = 9; }), 'saved by a newer version of the configurator (format 9)'],
    ['unknown field', withSession((s) => { s.profile.favourite_colour = 'blue'; }), 'unknown field `favourite_colour`'],
    ['out of range', withSession((s) => { s.profile.numbers.om_instances = 100_001; }), 'om_instances is 100,001'],
    ['garbage', '\u0000\u00ffPK\u0003\u0004 not a quote at all', 'this is not a saved quote'],
  ];
  for (const [kind, content, reason] of cases) {
    await page.getByLabel('Load a saved quote').setInputFiles({ name: `${kind}.quote.json`, mimeType: 'application/json', buffer: Buffer.from(content) });
    await expect(notice(page, true), kind).toContainText(reason);
    await expect(notice(page, true), kind).toContainText('Your quote is unchanged.');
    expect(await boqTable(page).innerText(), kind).toEqual(boq);
    await expect(page.getByLabel('Customer', { exact: true }), kind).toHaveValue('ACME Logistics');
    await notice(page, true).getByRole('button', { name: 'Dismiss' }).click();
  }
});

test('a stored quote this version cannot read (a blank reason) is kept aside, not overwritten', async ({ page }) => {
  const unreadable = {
    version: 2,
    quote: {
      title: 'Old draft',
      lines: [{ item: 'om-chaos-inc' }],
      exceptions: [{ key: { rule: 'missing_base', subject: 'om-chaos-inc' }, reason: '   ' }],
    },
  };
  await open(page, unreadable);
  const problem = notice(page, true);
  await expect(problem).toContainText('quote.exceptions[0].reason is only spaces');
  await expect(problem).toContainText('A copy of the unreadable quote is kept in this browser.');
  const kept = await page.evaluate((key) => localStorage.getItem(key), `${QUOTE_KEY}/unreadable`);
  expect(JSON.parse(kept).quote.title).toBe('Old draft');
});

test('(h) an aPaaS customer is asked about drills on aPaaS, priced per engagement, and the 8 is on the line and the BOQ', async ({ page }) => {
  await open(page);
  await expect(page.getByLabel('How many chaos drill scenarios do you want to run on aPaaS?')).toHaveCount(0);
  await page.getByLabel('Huawei Cloud aPaaS').check();
  const question = page.getByLabel('How many chaos drill scenarios do you want to run on aPaaS?');
  await expect(question).toBeVisible();
  await expect(page.locator('.field').filter({ has: question })).toContainText('Priced per engagement: one engagement covers the scenarios you plan.');
  // The O&M platform's question sizes the O&M platform only: no aPaaS drill from it.
  await answer(page, 'How many chaos drill scenarios do you want to run on the O&M platform?', 8);
  await expect(suggestion(page, 'aPaaS Platform O&M Chaos Engineering Drill Service')).toHaveCount(0);
  await answer(page, 'How many chaos drill scenarios do you want to run on aPaaS?', 8);
  const drill = suggestion(page, 'aPaaS Platform O&M Chaos Engineering Drill Service');
  await expect(drill).toContainText('You plan 8 chaos drill scenarios on aPaaS.');
  await drill.getByRole('button', { name: 'Accept aPaaS Platform O&M Chaos Engineering Drill Service' }).click();
  const recorded = '8 drill scenarios in one engagement (priced per engagement)';
  await expect(page.getByRole('list', { name: 'Quote lines' })).toContainText(recorded);
  await expect(boqRow(page, 'aPaaS Platform O&M Chaos Engineering Drill Service')).toContainText(recorded);
  await expectQuantity(page, 'aPaaS Platform O&M Chaos Engineering Drill Service', 1);
});

test('the cost charts are drawn once there are prices (their drawing code arrives then), and say what they show', async ({ page }) => {
  const fetched = [];
  page.on('request', (request) => fetched.push(request.url()));
  await open(page, fullSession(['om-chaos-basic', 'ke-basic']));
  const charts = page.getByRole('region', { name: 'Cost charts' });
  await expect(charts.getByText(/^Charts appear once the quote has prices/)).toBeVisible();
  expect(fetched.filter((url) => /\/split_charts-/.test(url))).toEqual([]);
  await useSamplePrices(page);
  await expect(charts.getByRole('img')).toHaveCount(2);
  await expect(charts.getByRole('img').first()).toHaveAttribute('aria-label', /^Cost by offering\. Illustrative prices\. Deterministic O&M Management Service: USD [0-9,.]+; Key Event On-Duty Service: USD/);
  expect(fetched.filter((url) => /\/split_charts-[0-9a-f]{16}\.wasm$/.test(url))).toHaveLength(1);
});
