//! The keys of the message catalog: one struct per area, one field per wording. Each
//! field's `///` line says where it shows, for whoever writes a translation.

use super::template::{Text1, Text2, Text3, Text4, Text5, Text6};
use super::Noun;
use crate::domain::boq::WhichAmount;
use crate::domain::calendar::Date;
use crate::domain::catalog::{DateInput, NumericInput, ScopeArea, Severity, Unit};
use crate::export::protocol::ExportProblem;
use crate::export::ExportError;
use crate::web::error::{StorageError, WebError};

/// The words of one answer the rules read: what it counts and its name in a sentence.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct InputWords {
    /// The answer in a sentence ("IT department employees", "needs IT department
    /// employees").
    pub label: &'static str,
    /// The counted thing ("1 drill scenario", "8 drill scenarios", "45 instances").
    pub measure: Noun,
}

/// Every wording of one language.
#[derive(Debug)]
pub struct Texts {
    /// The language's own name, in itself (the language menu).
    pub language_name: &'static str,
    /// Counted nouns, list joiners, the names of answers, units and severities.
    pub words: Words,
    /// What each finding says.
    pub findings: FindingTexts,
    /// The buttons of fixes.
    pub fixes: FixTexts,
    /// Why a BOQ line has its quantity.
    pub because: BecauseTexts,
    /// The bill of quantities and its totals (screen, proposal, spreadsheet, CSV).
    pub boq: BoqTexts,
    /// The proposal summary (screen) and the assumptions part of the proposal.
    pub summary: SummaryTexts,
    /// The proposal document (print, Word).
    pub document: DocumentTexts,
    /// The spreadsheet and the CSV.
    pub sheet: SheetTexts,
    /// Words of the screen alone.
    pub screen: ScreenTexts,
}

/// Counted nouns, list joiners and the names of the rule book's answers and units.
#[derive(Debug)]
pub struct Words {
    /// A quote line.
    pub line: Noun,
    /// An open error.
    pub error: Noun,
    /// A warning.
    pub warning: Noun,
    /// An information finding.
    pub note: Noun,
    /// A recorded exception.
    pub exception: Noun,
    /// A catalog service shown by the search.
    pub service: Noun,
    /// A price of a price book.
    pub item_price: Noun,
    /// A month of a term.
    pub month: Noun,
    /// A line without a price.
    pub unpriced_line: Noun,
    /// An offering (a service of the catalog with its editions).
    pub offering: Noun,
    /// A block of an item sized in blocks ("3 blocks of 20").
    pub block: Noun,
    /// A day ("30 days from the quote date").
    pub day: Noun,
    /// Between the last two of several alternatives ("A or B").
    pub or: &'static str,
    /// Between the last two of several items taken together ("A and B").
    pub and: &'static str,
    /// Between items of a list.
    pub comma: &'static str,
    /// Between items of a list whose items hold commas.
    pub semicolon: &'static str,
    /// The end of a sentence.
    pub full_stop: &'static str,
    /// An empty value in a table or key / value list.
    pub none: &'static str,
    /// A quoted text ("“3x”").
    pub quoted: Text1,
    /// The name and count words of a numeric answer.
    pub input: fn(NumericInput) -> InputWords,
    /// The name of a date answer ("key event date").
    pub date_input: fn(DateInput) -> &'static str,
    /// The region answer in a sentence.
    pub region_input: &'static str,
    /// A declared scope area.
    pub scope_area: fn(ScopeArea) -> &'static str,
    /// What one unit of an item is, after "3 x" ("scenario").
    pub unit: fn(Unit) -> &'static str,
    /// A severity ("Error", "Warning", "Information").
    pub severity: fn(Severity) -> &'static str,
    /// A band of numbers (lowest, highest, inclusive): "1 to 200", "more than 200".
    pub band: fn(Option<u64>, Option<u64>) -> String,
}

/// What each finding says. Parameters are names (already in display form), numbers,
/// dates and seed texts; lists come joined with [`Words`]'s joiners.
#[derive(Debug)]
pub struct FindingTexts {
    /// An increment without its base: (item, the bases joined with "or").
    pub missing_base: Text2,
    /// An optional companion: (companions joined with "or", the quoted item).
    pub companion: Text2,
    /// An answer outside a band: (item, band, answer name, answered number).
    pub outside_band: Text4,
    /// The edition that fits instead, appended: (edition).
    pub edition_fits: Text1,
    /// No edition fits, appended: (service, answered number, answer name).
    pub no_edition_fits: Text3,
    /// The performance test at a million concurrent requests or more: (item, number).
    pub concurrency: Text2,
    /// Items that exclude each other: (items joined with "and").
    pub excluded: Text1,
    /// A catalog item excluding a quoted one: (item, quoted item).
    pub excluded_by: Text2,
    /// Increment arithmetic, none needed: (counted need "8 drill scenarios", base, what it
    /// covers, one increment's name).
    pub sized_none: Text4,
    /// Increment arithmetic: (counted need, base, what it covers, the increments counted
    /// "3 Incremental Packages").
    pub sized: Text4,
    /// A once-per-quote line corrected to 1: (item, asked quantity, the rule book's reason).
    pub quantity_corrected: Text3,
    /// A derived quantity overridden: (item, quoted, derived, written reason).
    pub quantity_override: Text4,
    /// An empty answer quoted items need: (answer name, items joined with ";").
    pub missing_input: Text2,
    /// The same, in one short sentence (a fix's side effect): (answer name).
    pub missing_input_short: Text1,
    /// A date too early: (offering, date name, date, where it falls, working days of lead
    /// time, the earliest date).
    pub lead_time: Text6,
    /// Where a date falls: before the quote date (quote date).
    pub before_quote_date: Text1,
    /// Where a date falls: working days after the quote date (days, quote date).
    pub working_days_after: fn(i64, Date) -> String,
    /// A BOQ amount too large to hold: (line number, item, which amount).
    pub amount_too_large: Text3,
    /// Which amount was too large.
    pub which_amount: fn(&WhichAmount) -> String,
    /// The quote names an item the catalog does not have: (the id, quoted).
    pub unknown_item: Text1,
    /// A prerequisite to confirm on a draft: (offerings joined with ",", the prerequisite).
    pub prerequisite_to_confirm: Text2,
    /// A prerequisite not confirmed on a final quote: (offerings, the prerequisite).
    pub prerequisite_not_confirmed: Text2,
    /// A declared area the offering does not cover: (area, offering, seed sentence).
    pub not_covered: Text3,
    /// An offering not sold in the region: (offering, region).
    pub region: Text2,
    /// A term outside 1 to 36 months: (item, months).
    pub term_outside: Text2,
    /// A term of an item sold in whole years: (item, the term counted "18 months").
    pub whole_years: Text2,
    /// A seed sentence a finding rests on: (seed file, sentence).
    pub cite_seed: Text2,
    /// A decision a finding rests on: (section "catalog-rules §8.2", decision).
    pub cite_decision: Text2,
}

/// The buttons of fixes.
#[derive(Debug)]
pub struct FixTexts {
    /// Add an item: (item).
    pub add: Text1,
    /// Add an item in place of one that does not fit: (item).
    pub add_instead: Text1,
    /// The customer already holds a contract for it: (item).
    pub already_has: Text1,
    /// Replace the quoted edition: (item put in).
    pub switch_to: Text1,
    /// Replace the quoted item by the one the finding is about: (item taken out).
    pub switch_from: Text1,
    /// Remove an item: (item).
    pub remove: Text1,
    /// Remove an item the catalog does not know.
    pub remove_unknown: &'static str,
    /// Remove every item of an offering: (offering).
    pub remove_offering: Text1,
    /// Check the region answer.
    pub check_region: &'static str,
    /// Move a date: (date name, new date).
    pub move_date: Text2,
    /// Set a line's term: (months).
    pub set_term: Text1,
    /// Set a line's quantity: (quantity).
    pub set_quantity: Text1,
    /// Drop an override: (derived quantity).
    pub return_to_derived: Text1,
    /// Enter an answer: (answer name).
    pub enter: Text1,
    /// The customer confirms a prerequisite.
    pub confirm: &'static str,
    /// Take an area out of scope: (area).
    pub take_out_of_scope: Text1,
}

/// Why a BOQ line has its quantity (beside the line on screen, in the proposal's sizing,
/// in the spreadsheet's and CSV's "Because" column).
#[derive(Debug)]
pub struct BecauseTexts {
    /// A base package: (what it covers, counted "5 drill scenarios", its increments' name).
    pub base: Text2,
    /// Blocks: (counted need "45 instances", blocks counted "3 blocks", what one holds).
    pub blocks: Text3,
    /// A once-per-quote line: (the rule book's reason).
    pub once_per_quote: Text1,
}

/// The bill of quantities and its totals.
#[derive(Debug)]
pub struct BoqTexts {
    /// The totals, in order: one-off, per month, per year, grand total.
    pub total_labels: [&'static str; 4],
    /// The key of the count of lines without a price.
    pub unpriced_lines: &'static str,
    /// Its value: (count).
    pub unpriced_lines_value: Text1,
    /// A periodic line billed per month over its term: (months).
    pub per_month_over: fn(u32) -> String,
    /// A periodic line without a term.
    pub per_month: &'static str,
    /// A one-off line.
    pub one_off: &'static str,
    /// Quantity and unit: (quantity, unit) "3 × scenario".
    pub quantity: Text2,
    /// The amount of the line whose amount cannot be held.
    pub too_large: &'static str,
    /// A line without a price.
    pub price_on_request: &'static str,
    /// There is no price book.
    pub no_prices: &'static str,
    /// The table's caption with prices: (currency).
    pub caption_priced: Text1,
    /// The table's caption without prices, and the part's title.
    pub title: &'static str,
    /// The columns: No., Item, Quantity, Term, Unit price, Discount, Per month, Amount.
    pub columns: [&'static str; 8],
    /// The subtotals table's caption.
    pub subtotals: &'static str,
    /// The subtotals' columns: Offering, Lines, One-off, Per month, Total.
    pub subtotal_columns: [&'static str; 5],
    /// A discount: (percent text "12.5").
    pub discount: Text1,
    /// The line printed wherever sample prices are used (catalog-rules §9).
    pub illustrative_note: &'static str,
    /// The same after the key "Prices" (cover, CSV).
    pub illustrative_value: &'static str,
    /// The same, short (cover, footers, the screen's meta line).
    pub illustrative_prices: &'static str,
}

/// The proposal summary on screen, and the assumptions part of the proposal.
#[derive(Debug)]
pub struct SummaryTexts {
    /// The screen panel's heading.
    pub title: &'static str,
    /// A quote without a title.
    pub untitled: &'static str,
    /// For whom: (customer).
    pub for_customer: Text1,
    /// The catalog version: (version).
    pub catalog: Text1,
    /// The stamp while an error is open.
    pub draft: &'static str,
    /// After the stamp, before the errors.
    pub draft_lead: &'static str,
    /// No open error, nothing to confirm.
    pub ready: &'static str,
    /// No open error, prerequisites to confirm: (count counted "2 prerequisites").
    pub ready_to_confirm: Text1,
    /// A prerequisite to confirm.
    pub prerequisite: Noun,
    /// The open warnings.
    pub risks: &'static str,
    /// Prerequisites to confirm.
    pub to_confirm: &'static str,
    /// The §8 decisions applied.
    pub decisions: &'static str,
    /// Findings accepted with a reason.
    pub exceptions: &'static str,
    /// One exception: (finding, reason).
    pub exception_entry: Text2,
    /// What the services do not cover.
    pub not_covered: &'static str,
    /// One not-covered item: (offering, seed text).
    pub not_covered_entry: Text2,
    /// One decision: (decision, section).
    pub decision_entry: Text2,
}

/// The proposal document (print, Word).
#[derive(Debug)]
pub struct DocumentTexts {
    /// The document's heading.
    pub heading: &'static str,
    /// The name of the printed proposal on the page (for assistive technology).
    pub printed: &'static str,
    /// Printed instead of a proposal that is older than the quote.
    pub print_with_button: &'static str,
    /// Cover keys: Customer, Quote, Quote id, Date, Validity, Catalog versions, Prepared
    /// by, Status, Prices.
    pub cover_keys: [&'static str; 9],
    /// The footer's quote id: (id).
    pub footer_quote: Text1,
    /// The Word footer's page number, around the page and the page count: " · page ", " of ".
    pub page_of: [&'static str; 2],
    /// One service document's version: (offerings joined with ",", date).
    pub updated_on: Text2,
    /// Validity: (days counted "30 days", until).
    pub validity: Text2,
    /// Prepared by, sales-engineer mode.
    pub prepared_by_sales: &'static str,
    /// Prepared by, customer mode.
    pub prepared_by_customer: &'static str,
    /// A quote marked draft.
    pub marked_draft: &'static str,
    /// A quote marked final.
    pub marked_final: &'static str,
    /// The status: (marked, whether it can be issued).
    pub status: fn(&str, bool) -> String,
    /// Part titles: Summary, Selected services, Service terms, Assumptions and risks.
    pub part_titles: [&'static str; 4],
    /// Under "Selected services".
    pub services_intro: &'static str,
    /// Under "Service terms".
    pub terms_intro: &'static str,
    /// Summary keys: Status, Lines, Default term, Price book.
    pub summary_keys: [&'static str; 4],
    /// The lines in the summary: (lines, chosen, derived, offerings counted).
    pub lines_value: Text4,
    /// The price book: (name, currency).
    pub price_book_value: Text2,
    /// No price book.
    pub price_book_none: &'static str,
    /// An empty quote.
    pub no_services: &'static str,
    /// Above the list of services.
    pub services_in_proposal: &'static str,
    /// One service in the list: (name, quantity).
    pub service_entry: Text2,
    /// A service's facts: Offering, Quantity, Billing, Added.
    pub service_keys: [&'static str; 4],
    /// Added with its base, asked for in the answers.
    pub added_on_request: &'static str,
    /// Added with its base, an increment.
    pub added_increment: &'static str,
    /// A service's parts: Content, Applicable scenario, Deliverables, Acceptance report,
    /// Service items included, Sizing.
    pub service_parts: [&'static str; 6],
    /// The included items' caption: (service).
    pub included_caption: Text1,
    /// The included items' columns: Phase, Service item, Content.
    pub included_columns: [&'static str; 3],
    /// A sizing sentence, ended: (sentence).
    pub sentence: fn(&str) -> String,
    /// An override applied: (quantity, derived, reason).
    pub override_derived: Text3,
    /// An override without a derived quantity: (quantity, reason).
    pub override_plain: Text2,
    /// A lead-time prerequisite not checked: (date name).
    pub not_checked: Text1,
    /// A lead-time prerequisite met: (date name, date, earliest, working days, quote date).
    pub met: Text5,
    /// Not met: (date name, date, earliest, working days, quote date).
    pub not_met: Text5,
    /// A prerequisite confirmed.
    pub confirmed: &'static str,
    /// A prerequisite to confirm (draft).
    pub to_confirm: &'static str,
    /// A prerequisite not confirmed (final).
    pub not_confirmed: &'static str,
    /// Notes of an offering.
    pub notes: &'static str,
    /// Terms printed with the first offering of a document: (that offering).
    pub same_document: Text1,
    /// Terms parts: Prerequisites, Service region, Service process, Responsibility matrix,
    /// Scope covered, Not covered, Responsibility details, Acceptance criteria.
    pub terms_parts: [&'static str; 8],
    /// The prerequisites table: caption, then columns Prerequisite, Status.
    pub prerequisites_table: [&'static str; 3],
    /// The process table's columns: Phase, Content, Description.
    pub process_columns: [&'static str; 3],
    /// The matrix: shared, Huawei Cloud's, the customer's responsibilities.
    pub matrix: [&'static str; 3],
    /// A label before a list: (label) "Shared responsibilities:".
    pub label_colon: Text1,
    /// The details' columns: No., Area, Process, Content, Huawei, Customer.
    pub detail_columns: [&'static str; 6],
    /// The details' caption: (offering).
    pub details_caption: Text1,
    /// Open errors heading.
    pub open_errors: &'static str,
    /// Under it.
    pub draft_paragraph: &'static str,
    /// Risks heading.
    pub risks: &'static str,
    /// No warning.
    pub no_warning: &'static str,
    /// The risks table: caption, Risk, Source.
    pub risks_table: [&'static str; 3],
    /// The exceptions table: caption, Severity, Finding, Reason.
    pub exceptions_table: [&'static str; 4],
    /// The decisions table: caption, Decision, Assumption.
    pub decisions_table: [&'static str; 3],
    /// The configurator's own assumptions heading.
    pub own_assumptions: &'static str,
    /// The validity assumption: (validity).
    pub validity_assumption: Text1,
    /// How amounts are computed.
    pub amounts_assumption: &'static str,
    /// The totals part's title.
    pub totals: &'static str,
}

/// The spreadsheet and the CSV.
#[derive(Debug)]
pub struct SheetTexts {
    /// The CSV's line columns.
    pub csv_columns: [&'static str; 13],
    /// The spreadsheet's line columns.
    pub xlsx_columns: [&'static str; 12],
    /// Header keys: Customer, Quote, Quote id, Date, Validity, Catalog versions, Currency,
    /// Status.
    pub head_keys: [&'static str; 8],
    /// No currency.
    pub no_currency: &'static str,
    /// Billing: per month.
    pub per_month: &'static str,
    /// Billing: one-off.
    pub one_off: &'static str,
    /// The sheet names: BOQ, Findings.
    pub sheet_names: [&'static str; 2],
    /// The workbook's title: (quote title).
    pub workbook_title: Text1,
    /// No price book, under the table.
    pub no_prices: &'static str,
    /// The findings sheet's columns: Severity, Finding, Source, Exception (reason).
    pub findings_columns: [&'static str; 4],
    /// No findings.
    pub no_findings: &'static str,
    /// The decisions heading on the findings sheet.
    pub decisions: &'static str,
}

/// Words of the screen alone (panels, buttons, notices).
#[derive(Debug)]
pub struct ScreenTexts {
    /// The BOQ panel without lines.
    pub boq_empty: &'static str,
    /// The BOQ panel without a price book.
    pub boq_unpriced: &'static str,
    /// Unpriced lines left out of the totals: (count counted "2 lines without a price").
    pub boq_unpriced_lines: Text1,
    /// A subtotal row: (offering).
    pub subtotal: Text1,
    /// After a periodic unit price.
    pub per_month_suffix: &'static str,
    /// A price a customer sees when there is none.
    pub on_request: &'static str,
    /// The label of a unit price field: (item, currency).
    pub unit_price_of: Text2,
    /// The field name in a refused price's message.
    pub unit_price: &'static str,
    /// After a refused price: (the problem).
    pub price_kept: Text1,
    /// The BOQ's screen columns: No., Item, Unit, Quantity, Term, Unit price, Discount,
    /// Amount.
    pub boq_columns: [&'static str; 8],
    /// The findings panel's heading, and its list's name.
    pub findings: [&'static str; 2],
    /// The counts above the findings: (errors, warnings, notes, each counted).
    pub finding_counts: Text3,
    /// A severity with an exception recorded: (severity).
    pub excepted: Text1,
    /// The reason of a recorded exception: (reason).
    pub exception_recorded: Text1,
    /// Withdraw an exception.
    pub withdraw_exception: &'static str,
    /// The override form's summary.
    pub override_summary: &'static str,
    /// The reason field's label.
    pub reason_label: &'static str,
    /// The reason's name in a "too long" message.
    pub the_reason: &'static str,
    /// A blank reason.
    pub reason_first: &'static str,
    /// A reason too long: (the problem).
    pub reason_too_long: Text1,
    /// Record an exception.
    pub record_exception: &'static str,
    /// Before the errors a fix or an addition would raise: (sentences).
    pub then: Text1,
    /// A finding's sources disclosure.
    pub source: &'static str,
    /// Before a decision among the sources.
    pub assumption_tag: &'static str,
    /// A catalog item in the quote.
    pub in_quote: &'static str,
    /// A catalog item brought in by its base.
    pub included: &'static str,
    /// The add button.
    pub add: &'static str,
    /// A catalog item that cannot be added now.
    pub not_available: &'static str,
    /// An item of an offering, counted after its name.
    pub item: Noun,
    /// Where an offering comes from: (seed file, updated on).
    pub offering_source: Text2,
    /// How a periodic catalog item is billed: (unit).
    pub billed_periodic: Text1,
    /// How a one-off catalog item is billed: (unit).
    pub billed_one_off: Text1,
    /// A line quoted at another quantity than derived: (derived, why it was derived).
    pub overridden: Text2,
    /// The summary bar's total: (amount).
    pub bar_total: Text1,
    /// The summary bar when an amount cannot be held.
    pub bar_refused: &'static str,
    /// The summary bar without prices.
    pub bar_unpriced: &'static str,
    /// The summary bar without an open error.
    pub bar_no_errors: &'static str,
    /// The summary bar with open errors: (errors counted).
    pub bar_errors: Text1,
    /// The summary bar's link to the quote.
    pub bar_go_to_quote: &'static str,
    /// What went wrong in the browser.
    pub web_error: fn(&WebError) -> String,
    /// Why the export worker could not write a file.
    pub export_problem: fn(&ExportProblem) -> String,
    /// Why a file writer refused.
    pub export_error: fn(&ExportError) -> String,
    /// Why storage did not work.
    pub storage_error: fn(&StorageError) -> &'static str,
}
