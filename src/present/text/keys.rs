//! The keys of the message catalog: one struct per area, one field per wording. Each
//! field's `///` line says where it shows, for whoever writes a translation.

use super::template::{Text1, Text2, Text3, Text4, Text5, Text6};
use super::Noun;
use crate::domain::boq::WhichAmount;
use crate::domain::calendar::Date;
use crate::domain::catalog::{DateInput, NumericInput, ScopeArea, Severity, Unit};
use crate::domain::profile::Platform;
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
    /// The header, the skip link, the mode switch, undo / redo, notices, the update banner.
    pub app: AppTexts,
    /// The customer-profile questions and their hints.
    pub profile: ProfileTexts,
    /// The catalog browser, item and offering details, suggestions.
    pub catalog: CatalogTexts,
    /// Quote settings, quote lines, prices and charts.
    pub quote: QuoteTexts,
    /// The export panel and the file downloads.
    pub export: ExportTexts,
    /// The share-link panel.
    pub share: ShareTexts,
    /// The list of quotes kept in the browser and its notices.
    pub shelf: ShelfTexts,
    /// The options of a quote, the compare view and the comparison in the exports.
    pub options: OptionTexts,
    /// Revisions: the proposal's revision and its changes, the list of revisions.
    pub revisions: RevisionTexts,
    /// Why a file, a link, a stored list or a typed value was refused.
    pub refusals: RefusalTexts,
}

/// One wording per platform.
#[derive(Debug)]
pub struct PerPlatform {
    /// On the O&M platform.
    pub om_platform: Text1,
    /// On aPaaS.
    pub apaas: Text1,
    /// With COC.
    pub coc: Text1,
}

impl PerPlatform {
    /// The wording for `platform`.
    pub fn pick(&self, platform: Platform) -> &Text1 {
        match platform {
            Platform::OmPlatform => &self.om_platform,
            Platform::Apaas => &self.apaas,
            Platform::Coc => &self.coc,
        }
    }
}

/// The answers suggestions come from.
#[derive(Debug)]
pub struct SuggestedTexts {
    /// The coverages, in a sentence: around the clock, business hours.
    pub coverage: [&'static str; 2],
    /// Monitoring needed: (the coverage).
    pub needs_coverage: PerPlatform,
    /// Instances connected for the first time: (the instances counted).
    pub first_connection: PerPlatform,
    /// Counted aPaaS instances.
    pub apaas_instances: Noun,
    /// Counted instances.
    pub instances: Noun,
    /// Technical support: (the aPaaS instances counted).
    pub technical_support: Text1,
    /// Counted chaos drill scenarios.
    pub scenarios: Noun,
    /// Drill scenarios planned: (the scenarios counted).
    pub drills: PerPlatform,
    /// Counted applications.
    pub applications: Noun,
    /// Release management: (the applications counted).
    pub releases: PerPlatform,
    /// A key event: (its date).
    pub key_event: Text1,
    /// A key event with checks: (its date).
    pub key_event_checks: Text1,
    /// Onsite support at the key event.
    pub onsite: &'static str,
    /// Counted IT department employees.
    pub it_employees: Noun,
    /// A maturity assessment: (the IT employees counted).
    pub diagnosis: Text1,
    /// An O&M plan: (the IT employees counted, the edition's seed word).
    pub plan: Text2,
}

/// Why an outside input was refused (`present::refusals` fills them). The details in
/// parentheses that a JSON reader gives stay as it wrote them.
#[derive(Debug)]
pub struct RefusalTexts {
    /// A value outside its bound: (field, what was given, the bound).
    pub bound: Text3,
    /// A whole file refused for its size, as the field of `bound`: a saved quote; a quote
    /// as this configurator would save it; a price book file.
    pub files: [&'static str; 3],
    /// A text given: (its length in characters).
    pub given_characters: Text1,
    /// A file given: (its size in bytes).
    pub given_bytes: Text1,
    /// A term given: (months).
    pub given_months: Text1,
    /// An empty text given.
    pub given_empty: &'static str,
    /// A text of spaces given.
    pub given_only_spaces: &'static str,
    /// A text not in a list: (the text).
    pub given_text: Text1,
    /// The bound of a number: (the largest).
    pub at_most: Text1,
    /// The bound of a text: (characters).
    pub at_most_characters: Text1,
    /// The bound of a file, 1 MB: (bytes).
    pub at_most_bytes: Text1,
    /// The bound of a term: (shortest, longest).
    pub months_between: Text2,
    /// The bound of a reason.
    pub written_reason: &'static str,
    /// The bound of the region answer.
    pub region_list: &'static str,
    /// A typed count that is not one, after the text quoted.
    pub not_whole_number: &'static str,
    /// A typed count above its limit, after the text quoted: (the limit).
    pub above_limit: Text1,
    /// A text that is not JSON: (the JSON reader's reason, as it wrote it).
    pub shape_reader: Text1,
    /// JSON that is not an object.
    pub shape_not_an_object: &'static str,
    /// Bytes that are not text.
    pub shape_not_text: &'static str,
    /// A version that is not a whole number.
    pub shape_version: &'static str,
    /// An empty file.
    pub shape_empty: &'static str,
    /// A CSV price book without its columns.
    pub shape_missing_columns: &'static str,
    /// A CSV price book with two currencies: (line, its currency, the earlier one).
    pub shape_mixed_currencies: Text3,
    /// A CSV price book without prices.
    pub shape_no_price_lines: &'static str,
    /// A link whose catalog version is too long: (why).
    pub link_catalog_version: Text1,
    /// A file that is not a saved quote: (why).
    pub not_a_saved_quote: Text1,
    /// A quote of a newer format: (its format).
    pub newer_version: Text1,
    /// An exported spreadsheet or Word file whose archive is damaged.
    pub package_damaged: &'static str,
    /// A spreadsheet or Word file without a quote of this app inside.
    pub package_no_quote: &'static str,
    /// The quote inside a spreadsheet or Word file is too large: (the limit in bytes).
    pub package_too_large: Text1,
    /// The quote inside a spreadsheet or Word file was changed into something else.
    pub package_malformed: &'static str,
    /// A problem at a field: (field, problem).
    pub at_field: Text2,
    /// Not a price: (field, text).
    pub bad_price: Text2,
    /// A JSON number with a fraction: (field, the number, how to write it).
    pub float_price: Text3,
    /// How to write it, for a number that is a price: (the price as a string).
    pub float_price_example: Text1,
    /// How to write it, for any other number.
    pub float_price_any: &'static str,
    /// A negative price: (field, text).
    pub negative_price: Text2,
    /// A price above the limit: (field, text, the limit, currency).
    pub price_above_limit: Text4,
    /// Not a discount: (text).
    pub bad_discount: Text1,
    /// A discount above 100 %: (field, text).
    pub discount_above_limit: Text2,
    /// Not a currency code: (text).
    pub bad_currency: Text1,
    /// Not an active currency: (code).
    pub unknown_currency: Text1,
    /// A currency without a minor unit: (code).
    pub no_minor_unit: Text1,
    /// A field a price book does not have: (field).
    pub unknown_price_field: Text1,
    /// A price book's publication date that is not a calendar day: (the text).
    pub bad_price_date: Text1,
    /// Not a price book: (why).
    pub not_a_price_book: Text1,
    /// Not a quote link: (how one starts).
    pub not_a_link: Text1,
    /// A link of another format: (its format, ours).
    pub link_version: Text2,
    /// A link naming no format: (ours).
    pub link_no_version: Text1,
    /// A link too long: (its characters, the limit).
    pub link_too_long: Text2,
    /// A character a link cannot hold: (its position, the character).
    pub link_not_base64: Text2,
    /// A link cut short.
    pub link_truncated: &'static str,
    /// A link whose data does not unpack.
    pub link_not_deflate: &'static str,
    /// A link unpacking above 1 MB: (bytes).
    pub link_too_large: Text1,
    /// A link not holding a quote: (why).
    pub link_not_payload: Text1,
    /// A link whose quote is refused: (why).
    pub link_quote: Text1,
    /// The stored list of quotes too large.
    pub library_too_large: &'static str,
    /// The stored list with no open quote.
    pub library_no_open_quote: &'static str,
    /// The stored list naming a quote twice: (its id).
    pub library_duplicate: Text1,
    /// A blank quote name.
    pub rename_empty: &'static str,
    /// Renaming a quote that is gone.
    pub rename_gone: &'static str,
    /// An older quote upgraded: (the answers it split, joined).
    pub upgraded: Text1,
    /// One answer split: (the old answer, its value, the answers it now fills).
    pub upgraded_answer: Text3,
    /// Between the answers one old answer fills.
    pub upgraded_joiner: &'static str,
    /// Between two old answers.
    pub upgraded_separator: &'static str,
    /// The old `instances` answer.
    pub v1_instances: &'static str,
    /// The old `release_applications` answer.
    pub v1_release_applications: &'static str,
}

/// Counted nouns, list joiners and the names of the rule book's answers and units.
#[derive(Debug)]
pub struct Words {
    /// A quote line.
    pub line: Noun,
    /// An open error.
    pub error: Noun,
    /// A suggestion waiting to be accepted.
    pub suggestion: Noun,
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
    /// A platform the customer uses (a checkbox of the profile).
    pub platform: fn(Platform) -> &'static str,
    /// How numbers and amounts are written: the decimal and the thousands marks.
    pub marks: NumberMarks,
    /// A calendar date in running text and documents ("2026-12-01", "2026年12月1日").
    pub date: fn(Date) -> String,
    /// One line shown beside service texts (names, descriptions, deliverables, scope, cited
    /// sentences) saying they stay in the service documents' English; empty in English.
    pub seed_texts_english: &'static str,
}

/// The marks of written numbers: `1,234.50` (English), `1.234,50` (Indonesian).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NumberMarks {
    /// Between the whole part and the fraction.
    pub decimal: char,
    /// Between groups of three digits of the whole part.
    pub group: char,
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
    pub working_days_after: fn(i64, &str) -> String,
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
    /// A line priced per engagement: (the counted answer it covers, "8 drill scenarios").
    pub per_engagement: Text1,
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
    /// A proposal whose prices are not those published with the app: (the published
    /// book's dated name, the differences joined).
    pub prices_differ: Text2,
    /// The published book is in another currency: (published currency, this one's).
    pub price_currency: Text2,
    /// One item's price differs: (item, published price, this proposal's price).
    pub price_differs: Text3,
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
    /// The title of the acceptance block that ends a final proposal.
    pub acceptance_title: &'static str,
    /// What signing means and until when the offer stands: (the last day of validity).
    pub acceptance_intro: Text1,
    /// The acceptance table's columns: (the row's label, Huawei Cloud, the customer).
    pub acceptance_columns: [&'static str; 3],
    /// The acceptance table's rows: name, signature, date.
    pub acceptance_rows: [&'static str; 3],
    /// The title of the printed proposal's last part, which gives the quote's link.
    pub reopen_title: &'static str,
    /// What the link (and its QR code) does.
    pub reopen_intro: &'static str,
    /// The QR code's text for screen readers.
    pub reopen_qr_label: &'static str,
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
    /// Under an offering's name in customer mode, which hides file names: (updated on).
    pub offering_updated: Text1,
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
    /// The bar's count of typed answers not taken: (the answers counted).
    pub bar_refused_answers: Text1,
    /// A typed answer not taken, counted.
    pub refused_answer: Noun,
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

/// One wording in the two modes: plain questions for a customer, dense labels for a sales
/// engineer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ByMode {
    /// Customer mode.
    pub customer: &'static str,
    /// Sales-engineer mode.
    pub sales: &'static str,
}

impl ByMode {
    /// The wording of a mode (`sales`: sales-engineer mode).
    pub fn pick(self, sales: bool) -> &'static str {
        if sales {
            self.sales
        } else {
            self.customer
        }
    }
}

/// The question of a numeric answer of the profile.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Question {
    /// The field's label in each mode.
    pub label: ByMode,
    /// A hint under it in customer mode (when the rule book words none).
    pub hint: Option<&'static str>,
}

/// The header, the skip link, the mode switch, undo / redo, notices, the update banner.
#[derive(Debug)]
pub struct AppTexts {
    /// The label of the header's language menu.
    pub language: &'static str,
    /// Instead of the app when the embedded catalog fails validation: (the reason).
    pub catalog_failed: Text1,
    /// A notice when a language's words could not be fetched (offline before the page was
    /// ever kept for offline use): {0} is the language's own name; the page stays in the
    /// language it was in.
    pub language_unavailable: Text1,
    /// In place of a part of the page whose code could not be fetched (the compare view,
    /// offline before the page was kept).
    pub part_unavailable: &'static str,
    /// The skip link to the quote.
    pub skip_to_quote: &'static str,
    /// The name of the skip links' navigation.
    pub skip_links: &'static str,
    /// The skip link to the suggestions.
    pub skip_to_suggestions: &'static str,
    /// The skip link to the bill of quantities.
    pub skip_to_boq: &'static str,
    /// The skip link to the export panel.
    pub skip_to_export: &'static str,
    /// The skip link to the catalog ("Services").
    pub skip_to_services: &'static str,
    /// The keyboard shortcuts' disclosure.
    pub shortcuts_heading: &'static str,
    /// Each shortcut: (the keys, what they do).
    pub shortcuts: [(&'static str, &'static str); 8],
    /// The app's name (the header's heading).
    pub title: &'static str,
    /// The header's tagline.
    pub tagline: &'static str,
    /// The phone header's button that shows the mode, undo / redo and the list of quotes.
    pub tools: &'static str,
    /// The quote area's heading.
    pub quote_heading: &'static str,
    /// The mode switch's group name, then its buttons: Customer, Sales engineer.
    pub modes: [&'static str; 3],
    /// The undo / redo group name, then its buttons: History, Undo, Redo.
    pub history: [&'static str; 3],
    /// The storage problem notice: (why storage did not work).
    pub not_saved: Text1,
    /// The button that saves the quote as a file (notice, export panel).
    pub save_quote_file: &'static str,
    /// The notice button bringing back a deleted quote.
    pub undo_delete: &'static str,
    /// The button that closes a notice.
    pub dismiss: &'static str,
    /// The console line when offline use cannot be set up: (the problem).
    pub offline_unavailable: Text1,
    /// A reload refused because the quote cannot be kept: (why storage did not work).
    pub not_reloaded: Text1,
    /// The new version could not take over: (the problem).
    pub update_failed: Text1,
    /// The update banner.
    pub update_available: &'static str,
    /// The update banner's button.
    pub reload: &'static str,
}

/// The customer-profile questions and their hints.
#[derive(Debug)]
pub struct ProfileTexts {
    /// The question of a numeric answer, in each mode, with its hint.
    pub question: fn(NumericInput) -> Question,
    /// A sizing hint from the rule book: (the base item capitalised, what it covers, the
    /// counted thing, one increment's name, what one increment adds).
    pub hint_increment: Text5,
    /// A sizing hint for an item sold in blocks: (block size, the counted thing).
    pub hint_sold_per: Text2,
    /// The hint under an answer recorded on a line priced per engagement.
    pub hint_per_engagement: &'static str,
    /// Sales-engineer hint: the items an answer sizes (items joined with "; ").
    pub sizes: Text1,
    /// The hint of the question answered once for both platforms: (the sizing hint, with a
    /// leading space, or nothing).
    pub fills_both: Text1,
    /// A refused number: (the typed text, why it was refused).
    pub number_refused: Text2,
    /// The profile's heading.
    pub heading: ByMode,
    /// The size fieldset's legend.
    pub size: ByMode,
    /// The drills and maturity fieldset's legend.
    pub improve: ByMode,
    /// The maturity assessment checkbox.
    pub maturity: ByMode,
    /// The key event fieldset's legend.
    pub key_event: ByMode,
    /// The key event date's label.
    pub key_event_date: ByMode,
    /// The security evaluation checkbox.
    pub security: ByMode,
    /// The capacity evaluation checkbox.
    pub capacity: ByMode,
    /// The performance test checkbox.
    pub performance: ByMode,
    /// The onsite support checkbox.
    pub onsite: ByMode,
    /// The COC fieldset's legend.
    pub coc: &'static str,
    /// The COC start date's label.
    pub coc_start: ByMode,
    /// The coverage options: around the clock, business hours, none.
    pub coverage: [ByMode; 3],
    /// The customer name's label.
    pub customer_name: ByMode,
    /// The region's label.
    pub region: ByMode,
    /// The region menu's empty choice.
    pub choose: &'static str,
    /// The platforms fieldset's legend.
    pub platforms: ByMode,
    /// The coverage fieldset's legend.
    pub monitoring: ByMode,
    /// The declared-scope fieldset's legend.
    pub declared_scope: ByMode,
    /// The checkbox saying both platforms have the same numbers (customer mode).
    pub same_numbers: &'static str,
    /// The first-connection checkbox.
    pub first_connection: ByMode,
    /// The legend of the questions answered once for both platforms.
    pub both_platforms: &'static str,
    /// The instances question answered once for both platforms.
    pub both_instances: &'static str,
    /// The release-management question answered once for both platforms.
    pub both_releases: &'static str,
    /// The O&M platform's sizing legend.
    pub om_platform: ByMode,
    /// The aPaaS sizing legend.
    pub apaas: ByMode,
    /// The sizing fieldset's legend.
    pub sizing: ByMode,
    /// The prerequisites fieldset's legend.
    pub prerequisites: &'static str,
    /// No prerequisite to show yet.
    pub no_prerequisites: &'static str,
    /// The name of a contract's remove button: (base item).
    pub remove_contract: Text1,
    /// A contract's reference after its item: (reference).
    pub contract_ref: Text1,
    /// A remove button.
    pub remove: &'static str,
    /// The existing contracts fieldset's legend.
    pub contracts: ByMode,
    /// The base item menu's label.
    pub base_item: &'static str,
    /// The contract reference's label.
    pub contract_reference: ByMode,
    /// The button that records a contract.
    pub record_contract: &'static str,
    /// The lead-time dates fieldset's legend.
    pub lead_time_dates: &'static str,
    /// The quote date's label.
    pub quote_date: &'static str,
    /// The holidays' label.
    pub holidays: &'static str,
    /// A refused holiday: (the text that is not a date).
    pub holiday_refused: Text1,
}

/// The catalog browser, item and offering details, suggestions.
#[derive(Debug)]
pub struct CatalogTexts {
    /// Why a suggestion is made, by the answer it comes from (`present::suggestions`).
    pub suggested_because: SuggestedTexts,
    /// The services area's heading.
    pub heading: &'static str,
    /// The search field's label.
    pub search: &'static str,
    /// The search field's placeholder.
    pub search_placeholder: &'static str,
    /// The offering filter's label.
    pub offering: &'static str,
    /// The offering filter's "all" choice.
    pub all_offerings: &'static str,
    /// The billing filter's label.
    pub billing: &'static str,
    /// The billing filter's choices: all, periodic, one-off.
    pub billing_choices: [&'static str; 3],
    /// The "can be added now" filter.
    pub eligible_only: &'static str,
    /// The count of services shown: (services counted).
    pub shown: Text1,
    /// The disclosure holding an offering's items: (items counted).
    pub offering_items: Text1,
    /// An item's details disclosure.
    pub details: &'static str,
    /// In an opened details disclosure while the seed texts are on their way.
    pub details_loading: &'static str,
    /// Under the search when the seed texts could not be fetched (names are searched).
    pub search_names_only: &'static str,
    /// An item's detail headings: Content, Applicable scenario, Includes, Deliverables,
    /// Acceptance report.
    pub item_parts: [&'static str; 5],
    /// An offering's details disclosure.
    pub about_offering: &'static str,
    /// The responsibility details table's caption: (offering).
    pub details_caption: Text1,
    /// An offering's detail headings: Notes, Prerequisites, Covered, Not covered, Service
    /// region, Service process, Responsibilities, Acceptance criteria.
    pub offering_parts: [&'static str; 8],
    /// Before each list of responsibilities: shared, Huawei Cloud's, the customer's.
    pub responsibilities: [&'static str; 3],
    /// The responsibility details' columns: No., Process, Content, Huawei, Customer.
    pub detail_columns: [&'static str; 5],
    /// No suggestion yet.
    pub no_suggestions: &'static str,
    /// The name of a suggestion's accept button: (item).
    pub accept_item: Text1,
    /// Why a suggestion is made: (the reason).
    pub because: Text1,
    /// A suggestion's accept button.
    pub accept: &'static str,
    /// The suggestions list's name.
    pub suggested: &'static str,
    /// The button accepting every suggestion.
    pub accept_all: &'static str,
    /// Said after a suggestion is accepted: (its name).
    pub accepted: Text1,
    /// Said after every suggestion is accepted: (the services counted).
    pub accepted_all: Text1,
    /// The suggestions panel's heading.
    pub suggested_heading: &'static str,
}

/// Quote settings, quote lines, prices and charts.
#[derive(Debug)]
pub struct QuoteTexts {
    /// The quote title's label.
    pub title: &'static str,
    /// The quote title's placeholder.
    pub title_placeholder: &'static str,
    /// The default term's label.
    pub term: &'static str,
    /// A refused default term: (the typed text).
    pub term_refused: Text1,
    /// The status fieldset's legend, then its choices: Status, Draft, Final.
    pub status: [&'static str; 3],
    /// An empty quote.
    pub empty: &'static str,
    /// The lines list's name.
    pub lines: &'static str,
    /// A quantity's label: (unit).
    pub quantity_of_unit: Text1,
    /// The visually hidden end of a field's label naming its line: (item).
    pub of_item: Text1,
    /// The same, "for": (item).
    pub for_item: Text1,
    /// A refused quantity: (typed text, why it was refused).
    pub quantity_refused: Text2,
    /// A term's label.
    pub line_term: &'static str,
    /// A refused term of a line: (typed text).
    pub line_term_refused: Text1,
    /// The name of a line's remove button: (item).
    pub remove_item: Text1,
    /// Said after a line is removed: (its name).
    pub removed: Text1,
    /// A line's remove button.
    pub remove: &'static str,
    /// A line added with its base (no remove button).
    pub with_base: &'static str,
    /// The override disclosure.
    pub override_summary: &'static str,
    /// The override's quantity label.
    pub quantity: &'static str,
    /// A refused override quantity: (typed text, why it was refused).
    pub override_refused: Text2,
    /// A blank override reason.
    pub reason_first: &'static str,
    /// A message, ended: (message).
    pub ended: Text1,
    /// The override's button.
    pub apply_override: &'static str,
    /// The discount's label.
    pub discount: &'static str,
    /// A refused discount: (why).
    pub discount_refused: Text1,
    /// A price book file not read: (why).
    pub price_file_refused: Text1,
    /// The name a price book without a name has (renamed after its file).
    pub unnamed_book: &'static str,
    /// Prices of unknown items, appended: (the ids joined with ", ").
    pub ignored: Text1,
    /// A price book loaded: (count, file name, what was ignored or nothing).
    pub loaded: Text3,
    /// A price book refused: (file name, why).
    pub price_book_refused: Text2,
    /// The sample loaded.
    pub sample_loaded: &'static str,
    /// The sample refused: (why).
    pub sample_refused: Text1,
    /// No price book.
    pub no_prices: &'static str,
    /// The price book's summary: (name, currency, prices counted, the illustrative mark or
    /// nothing).
    pub price_summary: Text4,
    /// A price book's name with its publication date: (name, date).
    pub book_dated: Text2,
    /// At the top, for a customer, when the quote has prices: (the book's dated name).
    pub prices_note: Text1,
    /// At the top, for a customer, when the quote has no prices: how they are obtained.
    pub prices_on_request: &'static str,
    /// The deployment's price book could not be used: (why).
    pub shipped_refused: Text1,
    /// The illustrative mark after the price book's summary.
    pub illustrative_mark: &'static str,
    /// The prices panel's heading.
    pub prices: &'static str,
    /// The price file's label.
    pub load_prices: &'static str,
    /// The sample button.
    pub use_sample: &'static str,
    /// The currency's label.
    pub currency: &'static str,
    /// A refused currency: (why).
    pub currency_refused: Text1,
    /// The button starting an empty price book.
    pub type_prices: &'static str,
    /// The button removing prices.
    pub remove_prices: &'static str,
    /// The offering chart's title, without and with illustrative prices.
    pub offering_chart: [&'static str; 2],
    /// The offering chart's text summary: (illustrative note or nothing, amounts joined).
    pub offering_chart_label: Text2,
    /// The illustrative note of a chart's text summary.
    pub illustrative_note: &'static str,
    /// An offering's amount in the chart's summary: (offering, amount).
    pub offering_amount: Text2,
    /// The timeline chart's title, without and with illustrative prices.
    pub timeline_chart: [&'static str; 2],
    /// The timeline's legend: one-off, recurring.
    pub legend: [&'static str; 2],
    /// The timeline's highest amount: (amount).
    pub max: Text1,
    /// A month on the timeline's axis: (month number).
    pub month_tick: Text1,
    /// The timeline's text summary: (months counted, first month's one-off, its recurring,
    /// recurring per month).
    pub timeline_label: Text4,
    /// The charts panel's heading.
    pub charts: &'static str,
    /// No charts because an amount is too large.
    pub charts_refused: &'static str,
    /// No charts without prices.
    pub charts_unpriced: &'static str,
}

/// The export panel and the file downloads.
#[derive(Debug)]
pub struct ExportTexts {
    /// The label of the menu choosing the language of the proposal, the spreadsheet and
    /// the CSV (default: the screen's).
    pub document_language: &'static str,
    /// A quote file loaded: (the upgrade message, with a leading space, or nothing).
    pub loaded: Text1,
    /// A quote file refused: (why).
    pub refused: Text1,
    /// Appended to "Quote loaded." when the file's prices are not the published ones:
    /// (the published book's dated name, the differences joined with `words.semicolon`).
    pub prices_differ: Text2,
    /// A file priced in another currency: (published currency, the file's).
    pub price_currency: Text2,
    /// One differing price: (item, published price, the file's price).
    pub price_differs: Text3,
    /// The panel's heading.
    pub heading: &'static str,
    /// The print button.
    pub print: &'static str,
    /// The quote file's label.
    pub load: &'static str,
    /// The button starting a new quote.
    pub start_new: &'static str,
    /// A file downloaded: (file name).
    pub ready: Text1,
    /// The download buttons' group name.
    pub files: &'static str,
    /// The download buttons: CSV, Excel, Word.
    pub downloads: [&'static str; 3],
    /// What is built, in a sentence: the proposal, the spreadsheet, the CSV file.
    pub what: [&'static str; 3],
    /// Building a file: (what).
    pub building: Text1,
    /// Loading the export tools, then building: (what).
    pub loading_tools: Text1,
    /// A file not made: (what, why).
    pub failed: Text2,
}

/// The share-link panel.
#[derive(Debug)]
pub struct ShareTexts {
    /// The page's address cannot be read.
    pub no_address: &'static str,
    /// Above the prices a link carries that differ from the published ones: (the
    /// published book's dated name).
    pub prices_differ: Text1,
    /// A link priced in another currency: (published currency, the link's).
    pub price_currency: Text2,
    /// One differing price: (item, published price, the link's price).
    pub price_differs: Text3,
    /// While copying.
    pub copying: &'static str,
    /// The link copied: (its length in characters).
    pub copied: Text1,
    /// The link not copied: (why).
    pub copy_failed: Text1,
    /// The linked quote is the one open.
    pub same: &'static str,
    /// The linked quote opened: (the upgrade message, with a leading space, or nothing).
    pub opened: Text1,
    /// The linked quote kept closed.
    pub kept: &'static str,
    /// The dialog's heading.
    pub ask: &'static str,
    /// The dialog's explanation.
    pub explain: &'static str,
    /// Before the catalog's changes.
    pub changed: &'static str,
    /// The dialog's buttons: open, keep.
    pub answers: [&'static str; 2],
    /// The link's length: (characters).
    pub length: Text1,
    /// A link too long for chat tools: (the safe length).
    pub too_long: Text1,
    /// The link field's label.
    pub field: &'static str,
    /// The panel's heading.
    pub heading: &'static str,
    /// The panel's explanation.
    pub hint: &'static str,
    /// The copy button.
    pub copy: &'static str,
    /// A link refused: (why).
    pub refused: Text1,
    /// The linked quote's facts: Customer, Quote, Lines.
    pub fact_keys: [&'static str; 3],
    /// No customer name, no title.
    pub unnamed: [&'static str; 2],
    /// The lines: (services counted, BOQ lines).
    pub lines: Text2,
    /// No prices.
    pub not_priced: &'static str,
    /// Why the clipboard did not work: no window, no clipboard, refused.
    pub clipboard: [&'static str; 3],
    /// The clipboard refused with a message: (message).
    pub clipboard_refused: Text1,
}

/// The list of quotes kept in the browser and its notices.
#[derive(Debug)]
pub struct ShelfTexts {
    /// The list's group name and label.
    pub heading: &'static str,
    /// The buttons: New quote, Duplicate, Delete.
    pub buttons: [&'static str; 3],
    /// The delete button's name: (quote).
    pub delete: Text1,
    /// The list unreadable: (why).
    pub list_unreadable: Text1,
    /// The saved quote unreadable: (why, what was kept or nothing).
    pub restore_failed: Text2,
    /// The name of a copy: (the quote's name).
    pub copy_name: Text1,
    /// A new quote started.
    pub started: &'static str,
    /// A quote copied: (its name).
    pub copied: Text1,
    /// The last quote cannot be deleted.
    pub last: &'static str,
    /// A quote deleted: (its name).
    pub deleted: Text1,
    /// A deleted quote brought back.
    pub restored: &'static str,
    /// A quote unreadable: (why, what was kept or nothing).
    pub unreadable: Text2,
    /// A copy of the unreadable quote kept (after a sentence).
    pub copy_kept: &'static str,
    /// The name of a quote with neither customer nor title.
    pub untitled: &'static str,
    /// The name of a quote after its customer and title: (customer, title).
    pub customer_and_title: Text2,
}

/// The options of one quote (catalog-rules §10): the switch, copy, rename and remove, the
/// compare view, and the comparison the proposal, spreadsheet and CSV carry.
#[derive(Debug)]
pub struct OptionTexts {
    /// The part's heading on screen.
    pub heading: &'static str,
    /// What options are, under the heading.
    pub intro: &'static str,
    /// An option known by its letter: (letter) "Option B".
    pub letter: Text1,
    /// A named option: (letter, name) "Option B: around the clock".
    pub named: Text2,
    /// The label of the group of option buttons.
    pub group: &'static str,
    /// The button that copies the option being edited into a new one.
    pub copy: &'static str,
    /// Why the copy button is not there: (the most options a quote holds).
    pub full: Text1,
    /// The name field of the option being edited: (letter).
    pub name_label: Text1,
    /// The remove button: (the option's name).
    pub remove: Text1,
    /// A copy made and opened: (new option, copied option).
    pub copied: Text2,
    /// An option removed: (its name).
    pub removed: Text1,
    /// The button that shows the options side by side.
    pub compare: &'static str,
    /// The compare view's heading.
    pub compare_heading: &'static str,
    /// The compare table's caption: (the first option's name).
    pub compare_caption: Text1,
    /// The first column of the compare table.
    pub item_column: &'static str,
    /// A cell of an option without the item.
    pub not_in: &'static str,
    /// The mark of an item the first option lacks.
    pub added: &'static str,
    /// The mark of an item the first option has and this one lacks.
    pub missing: &'static str,
    /// The mark of an item that differs: (the ways it differs, joined).
    pub differs: Text1,
    /// The ways a line differs, in order: quantity, term, discount, price.
    pub changes: [&'static str; 4],
    /// The row of each option's open errors.
    pub errors_row: &'static str,
    /// An option without open errors.
    pub no_errors: &'static str,
    /// A total's difference row: (total's label, first option's name).
    pub difference_row: Text2,
    /// An option whose totals are not known (no prices, or an amount too large).
    pub no_totals: &'static str,
    /// Nothing differs between the options.
    pub all_same: &'static str,
    /// The rows that differ, counted, as a sentence without its full stop ("1 item
    /// differs", "3 items differ").
    pub differing: Noun,
    /// The final proposal of a quote with options: (the chosen option, the others joined
    /// with "and").
    pub chosen: Text2,
    /// The proposal's comparison section's title.
    pub section_title: &'static str,
    /// The CSV's and spreadsheet's option column, and the comparison sheet's name.
    pub option_column: &'static str,
    /// The comparison sheet's name in the spreadsheet (at most 31 characters).
    pub sheet_name: &'static str,
    /// An older saved quote opened as one option (after the other upgrade sentences).
    pub upgraded: &'static str,
    /// Options refused on load: more than allowed or none: (count given, the most).
    pub refused_count: Text2,
    /// Options refused on load: the edited option or an option's content is wrong.
    pub refused_edited: &'static str,
    /// Options refused on load: letters other than A, B, C or given twice.
    pub refused_letters: &'static str,
}

/// Revisions of an issued quote (catalog-rules §11): the proposal's revision and what
/// changed since the one before, the list of revisions on screen.
#[derive(Debug)]
pub struct RevisionTexts {
    /// The part's heading on screen.
    pub heading: &'static str,
    /// What issues a revision, under the heading.
    pub intro: &'static str,
    /// The quote's id, kept across revisions: (id).
    pub id_line: Text1,
    /// One revision in the list: (number, date, how it was issued).
    pub item: Text3,
    /// How a revision was issued, after "as": a proposal, a spreadsheet, a share link.
    pub issued_as: [&'static str; 3],
    /// The label of the earlier revision to compare.
    pub from_label: &'static str,
    /// The label of the later revision to compare.
    pub to_label: &'static str,
    /// A revision in the choice of revisions: (number).
    pub option: Text1,
    /// Nothing changed between two revisions.
    pub between_none: &'static str,
    /// A revision recorded: (number).
    pub issued: Text1,
    /// The proposal's cover key of the revision.
    pub cover_key: &'static str,
    /// Its value: (number, date).
    pub cover_value: Text2,
    /// The title of the proposal's changes: (the previous revision's number).
    pub changes_title: Text1,
    /// Nothing in the BOQ changed since the previous revision: (its number).
    pub no_changes: Text1,
    /// A line added: (item, quantity and unit).
    pub added: Text2,
    /// A line removed: (item).
    pub removed: Text1,
    /// A quantity changed: (item, from, to).
    pub quantity: Text3,
    /// A derived quantity changed, and why it is what it is now: (item, from, to, why).
    pub quantity_because: Text4,
    /// A term changed: (item, from, to).
    pub term: Text3,
    /// A discount changed: (item, from, to).
    pub discount: Text3,
    /// A unit price changed: (item, from, to).
    pub price: Text3,
    /// A total changed: (total's label, from, to).
    pub total: Text3,
    /// A link or file of a quote this browser keeps (the same id): (the kept revision's
    /// number, the kept quote's name); what it changes against that revision follows.
    pub kept: Text2,
    /// Revisions refused on load: not numbered upwards from 1, or kept without an id.
    pub refused: &'static str,
}
