//! English: the first table of the message catalog.

use super::template::{Text1, Text2, Text3, Text4, Text5, Text6};
use super::{
    AppTexts, BecauseTexts, BoqTexts, ByMode, CatalogTexts, DocumentTexts, ExportTexts, FindingTexts, FixTexts,
    InputWords, Noun, ProfileTexts, Question, QuoteTexts, ScreenTexts, ShareTexts, SheetTexts, ShelfTexts,
    SummaryTexts, Texts, Words,
};
use crate::domain::boq::WhichAmount;
use crate::domain::bounds::grouped;
use crate::domain::catalog::{DateInput, NumericInput, ScopeArea, Severity, Unit};
use crate::domain::profile::Platform;
use crate::export::protocol::ExportProblem;
use crate::export::ExportError;
use crate::web::error::{StorageError, WebError};

const fn noun(one: &'static str, many: &'static str) -> Noun {
    Noun { one, many }
}

fn input(input: NumericInput) -> InputWords {
    let (label, one, many) = match input {
        NumericInput::DrillScenarios => ("drill scenarios", "drill scenario", "drill scenarios"),
        NumericInput::OmReleaseApplications => {
            ("applications under release management on the O&M platform", "application", "applications")
        }
        NumericInput::ApaasReleaseApplications => {
            ("applications under release management on aPaaS", "application", "applications")
        }
        NumericInput::OmInstances => ("O&M platform instances to connect", "instance", "instances"),
        NumericInput::ApaasInstances => ("aPaaS instances to connect", "instance", "instances"),
        NumericInput::ApaasSupportInstances => ("aPaaS instances needing technical support", "instance", "instances"),
        NumericInput::AssuranceDays => ("assurance days", "assurance day", "assurance days"),
        NumericInput::ItEmployees => ("IT department employees", "IT department employee", "IT department employees"),
        NumericInput::BusinessDepartments => {
            ("related business departments", "related business department", "related business departments")
        }
        NumericInput::OmApplicationSystems => {
            ("O&M application systems", "O&M application system", "O&M application systems")
        }
        NumericInput::PeakConcurrentRequests => {
            ("peak concurrent requests", "peak concurrent request", "peak concurrent requests")
        }
    };
    InputWords { label, measure: noun(one, many) }
}

fn which_amount(amount: &WhichAmount) -> String {
    match amount {
        WhichAmount::Line => "the amount is".to_string(),
        WhichAmount::Monthly => "the amount per month is".to_string(),
        WhichAmount::Term { months: 1 } => "the amount over 1 month is".to_string(),
        WhichAmount::Term { months } => format!("the amount over {months} months is"),
        WhichAmount::Subtotal { offering } => format!("adding it makes the subtotal of {offering}"),
        WhichAmount::OneOffTotal => "adding it makes the one-off total".to_string(),
        WhichAmount::MonthlyTotal => "adding it makes the recurring total per month".to_string(),
        WhichAmount::YearlyTotal => "adding it makes the recurring total per year".to_string(),
        WhichAmount::GrandTotal => "adding it makes the grand total".to_string(),
    }
}

fn web_error(error: &WebError) -> String {
    match error {
        WebError::NoPage => "this page cannot reach the browser window".to_string(),
        WebError::DownloadRefused { file } => format!("could not download {file}: the browser refused the file"),
        WebError::FileTooLarge { file, max_bytes } => {
            format!("{file} is larger than the limit of {} bytes (1 MB)", grouped(*max_bytes))
        }
        WebError::FileUnreadable { file } => format!("could not read {file} as text"),
        WebError::PrintRefused => "the browser refused to print".to_string(),
        WebError::OfflineRefused => "the browser refused the offline service worker".to_string(),
        WebError::OfflineMissing => "the offline service worker is not registered".to_string(),
        WebError::ReloadRefused => "the browser refused to reload".to_string(),
        WebError::UpdateRefused => "the new version could not be asked to take over".to_string(),
        WebError::NoExportWorker => "this build has no export worker (use the release build)".to_string(),
        WebError::ExportToolsUnavailable => {
            "the export tools could not be loaded (are you offline before ever exporting?)".to_string()
        }
        WebError::Export(reason) => reason.clone(),
        WebError::CopyRefused => "the browser did not allow copying".to_string(),
    }
}

fn export_problem(problem: &ExportProblem) -> String {
    match problem {
        ExportProblem::UnreadableRequest { detail } => format!("the export request could not be read ({detail})"),
        ExportProblem::UnknownLanguage { tag } => format!("the export tools do not have the language {tag}"),
        ExportProblem::CatalogUnavailable { detail } => format!("the catalog could not be loaded: {detail}"),
        ExportProblem::UnreadableQuote { detail } => detail.clone(),
        ExportProblem::Writer(error) => export_error(error),
    }
}

fn export_error(error: &ExportError) -> String {
    match error {
        ExportError::Spreadsheet(reason) => format!("the spreadsheet could not be written: {reason}"),
        ExportError::Document(reason) => format!("the Word document could not be written: {reason}"),
    }
}

const fn by_mode(customer: &'static str, sales: &'static str) -> ByMode {
    ByMode { customer, sales }
}

fn question(input: NumericInput) -> Question {
    let (customer, sales, hint) = match input {
        NumericInput::ItEmployees => (
            "How many people work in your IT department?",
            "IT department employees",
            Some("Decides the Medium (20-50) or Large (more than 50) edition."),
        ),
        NumericInput::BusinessDepartments => {
            ("How many business departments work with IT?", "Related business departments", None)
        }
        NumericInput::OmApplicationSystems => {
            ("How many application systems does your O&M team run?", "O&M application systems", None)
        }
        NumericInput::OmInstances => {
            ("How many instances will you connect to the O&M platform?", "O&M platform instances to connect", None)
        }
        NumericInput::ApaasInstances => {
            ("How many instances will you connect to aPaaS hosting?", "aPaaS instances to connect", None)
        }
        NumericInput::ApaasSupportInstances => {
            ("How many aPaaS instances need technical support?", "aPaaS instances needing technical support", None)
        }
        NumericInput::OmReleaseApplications => (
            "How many applications go through release management on the O&M platform?",
            "O&M platform applications under release management",
            None,
        ),
        NumericInput::ApaasReleaseApplications => (
            "How many applications go through release management on aPaaS?",
            "aPaaS applications under release management",
            None,
        ),
        NumericInput::DrillScenarios => (
            "How many chaos drill scenarios do you want to run on the O&M platform?",
            "Drill scenarios (O&M platform)",
            None,
        ),
        NumericInput::AssuranceDays => {
            ("How many days should the key event be covered?", "Assurance days (calendar)", None)
        }
        NumericInput::PeakConcurrentRequests => {
            ("Expected peak concurrent requests (optional)", "Peak concurrent requests", None)
        }
    };
    Question { label: by_mode(customer, sales), hint }
}

fn band(min: Option<u64>, max: Option<u64>) -> String {
    match (min, max) {
        (Some(min), Some(max)) => format!("{min} to {max}"),
        (Some(min), None) => format!("more than {}", min.saturating_sub(1)),
        (None, Some(max)) => format!("no more than {max}"),
        (None, None) => "any number".to_string(),
    }
}

/// English.
pub static EN: Texts = Texts {
    language_name: "English",
    words: Words {
        line: noun("line", "lines"),
        error: noun("error", "errors"),
        warning: noun("warning", "warnings"),
        note: noun("note", "notes"),
        exception: noun("recorded exception", "recorded exceptions"),
        service: noun("service", "services"),
        item_price: noun("item price", "item prices"),
        month: noun("month", "months"),
        unpriced_line: noun("line without a price", "lines without a price"),
        offering: noun("offering", "offerings"),
        block: noun("block", "blocks"),
        day: noun("day", "days"),
        or: " or ",
        and: " and ",
        comma: ", ",
        semicolon: "; ",
        full_stop: ".",
        none: "\u{2014}",
        quoted: Text1::new("\u{201c}{0}\u{201d}"),
        input,
        date_input: |input| match input {
            DateInput::CocStartDate => "COC service start date",
            DateInput::KeyEventDate => "key event date",
        },
        region_input: "the customer's country / region",
        scope_area: |area| match area {
            ScopeArea::ThirdPartyApplications => "Third-party applications",
            ScopeArea::NonIntegratedModules => "Huawei Cloud modules not integrated for sale",
            ScopeArea::ArchitectureReconstruction => "Re-architecting the customer's system",
            ScopeArea::ExtraOperationResources => "Extra compute / storage resources for operations",
            ScopeArea::ApplicationSystemDesign => "Application system design and O&M",
            ScopeArea::ThirdPartySoftware => "Routine O&M of third-party software",
            ScopeArea::IdcHardware => "IDC and hardware maintenance",
        },
        unit: |unit| match unit {
            Unit::Service => "service",
            Unit::Package => "package",
            Unit::Instances20 => "20 instances",
            Unit::Instances100 => "100 instances",
            Unit::Scenario => "scenario",
            Unit::PersonDay => "person-day",
            Unit::Event => "event",
            Unit::Day => "day",
            Unit::Engagement => "engagement",
        },
        severity: |severity| match severity {
            Severity::Error => "Error",
            Severity::Warning => "Warning",
            Severity::Info => "Information",
        },
        band,
        platform: |platform| match platform {
            Platform::OmPlatform => "Huawei Cloud O&M platform",
            Platform::Apaas => "Huawei Cloud aPaaS",
            Platform::Coc => "Cloud Operations Center (COC)",
        },
    },
    findings: FindingTexts {
        missing_base: Text2::new("{0} needs {1} in the same quote, or an existing contract for it."),
        companion: Text2::new("Suggestion: {0} fits beside {1} for this customer's size (optional)."),
        outside_band: Text4::new("{0} is for customers with {1} {2}; this customer has {3}."),
        edition_fits: Text1::new(" {0} fits."),
        no_edition_fits: Text3::new(" No edition of {0} fits {1} {2}."),
        concurrency: Text2::new("{0}: the performance test mainly applies to web scenarios with fewer than 1 million concurrent requests; at {1} it needs an evaluation based on the project."),
        excluded: Text1::new("{0} cannot be quoted together: choose one."),
        excluded_by: Text2::new("{0} cannot be quoted together with {1}, which is already in the quote."),
        sized_none: Text4::new("{0}: {1} covers {2}, so no {3} is needed"),
        sized: Text4::new("{0}: {1} covers {2}, so {3}"),
        quantity_corrected: Text3::new("{0}: quantity {1} corrected to 1, because {2}."),
        quantity_override: Text4::new("{0}: quantity {1} quoted instead of the derived {2} (override: {3})."),
        missing_input: Text2::new("Needs {0}: {1} cannot be checked or sized without it."),
        missing_input_short: Text1::new("Needs {0}."),
        lead_time: Text6::new("{0}: the {1} {2} {3}; it must be applied for {4} working days in advance, so the earliest date is {5}."),
        before_quote_date: Text1::new("is before the quote date {0}"),
        working_days_after: |days, quote_date| {
            let unit = if days == 1 { "working day" } else { "working days" };
            format!("is {days} {unit} after the quote date {quote_date}")
        },
        amount_too_large: Text3::new("Line {0}, {1}: {2} too large to hold exactly; check its price and quantity. Until then the quote cannot be issued."),
        which_amount,
        unknown_item: Text1::new("The quote names {0}, which is not in this catalog version."),
        prerequisite_to_confirm: Text2::new("To confirm before the quote is issued ({0}): {1}"),
        prerequisite_not_confirmed: Text2::new("Not yet confirmed, and the quote is marked final ({0}): {1}"),
        not_covered: Text3::new("{0} is declared in scope, but {1} does not cover it: {2}"),
        region: Text2::new("{0} is not sold to customers in the {1}."),
        term_outside: Text2::new("{0}: a term of {1} months is outside 1 to 36 months."),
        whole_years: Text2::new("{0} is sold in whole years (12, 24 or 36 months); the term is {1}."),
        cite_seed: Text2::new("{0}: \u{201c}{1}\u{201d}"),
        cite_decision: Text2::new("Assumption ({0}): {1}"),
    },
    fixes: FixTexts {
        add: Text1::new("Add {0}"),
        add_instead: Text1::new("Add {0} instead"),
        already_has: Text1::new("Customer already has {0}"),
        switch_to: Text1::new("Switch to {0}"),
        switch_from: Text1::new("Switch from {0} to this"),
        remove: Text1::new("Remove {0}"),
        remove_unknown: "Remove it",
        remove_offering: Text1::new("Remove the {0} items"),
        check_region: "Check the country / region",
        move_date: Text2::new("Move the {0} to {1}"),
        set_term: Text1::new("Set the term to {0} months"),
        set_quantity: Text1::new("Set the quantity to {0}"),
        return_to_derived: Text1::new("Return to the derived quantity ({0})"),
        enter: Text1::new("Enter {0}"),
        confirm: "Customer confirms this",
        take_out_of_scope: Text1::new("Take \u{201c}{0}\u{201d} out of scope"),
    },
    because: BecauseTexts {
        base: Text2::new("1 per quote: covers {0}; more are added as {1}"),
        blocks: Text3::new("{0}: {1} of {2}"),
        once_per_quote: Text1::new("1 per quote: {0}"),
    },
    boq: BoqTexts {
        total_labels: ["One-off total", "Recurring per month", "Recurring per year", "Grand total over the terms"],
        unpriced_lines: "Lines without a price",
        unpriced_lines_value: Text1::new("{0} (price on request; not in the totals)"),
        per_month_over: |months| {
            let unit = if months == 1 { "month" } else { "months" };
            format!("Per month, over {months} {unit}")
        },
        per_month: "Per month",
        one_off: "One-off",
        quantity: Text2::new("{0} \u{d7} {1}"),
        too_large: "too large to hold exactly",
        price_on_request: "price on request",
        no_prices: "No price book: the bill of quantities gives quantities, units and terms; prices on request.",
        caption_priced: Text1::new("Bill of quantities ({0}; periodic items are priced per month)"),
        title: "Bill of quantities",
        columns: ["No.", "Item", "Quantity", "Term", "Unit price", "Discount", "Per month", "Amount"],
        subtotals: "Subtotals per offering",
        subtotal_columns: ["Offering", "Lines", "One-off", "Per month", "Total"],
        discount: Text1::new("{0} %"),
        illustrative_note: "Prices: illustrative (sample numbers, not Huawei Cloud prices)",
        illustrative_value: "illustrative (sample numbers, not Huawei Cloud prices)",
        illustrative_prices: "ILLUSTRATIVE PRICES",
    },
    summary: SummaryTexts {
        title: "Proposal summary",
        untitled: "Quote",
        for_customer: Text1::new("for {0}"),
        catalog: Text1::new("catalog {0}"),
        draft: "DRAFT",
        draft_lead: "not valid for issue until these errors are resolved:",
        ready: "No open errors: this quote can be issued.",
        ready_to_confirm: Text1::new("No open errors: this quote can be issued once the customer confirms {0} (below)."),
        prerequisite: noun("prerequisite", "prerequisites"),
        risks: "Assumptions and risks",
        to_confirm: "Prerequisites to confirm",
        decisions: "Decisions applied where the service documents are silent",
        exceptions: "Recorded exceptions",
        exception_entry: Text2::new("{0} \u{2014} exception: {1}"),
        not_covered: "Not covered by these services",
        not_covered_entry: Text2::new("{0}: {1}"),
        decision_entry: Text2::new("{0} ({1})"),
    },
    document: DocumentTexts {
        heading: "Proposal: Huawei Cloud O&M professional services",
        printed: "Printed proposal",
        print_with_button: "The quote changed after this proposal was prepared. To print it, use \u{201c}Print / save proposal as PDF\u{201d} in the app: it prepares the proposal first.",
        cover_keys: [
            "Customer",
            "Quote",
            "Quote id",
            "Date",
            "Validity",
            "Catalog versions",
            "Prepared by",
            "Status",
            "Prices",
        ],
        footer_quote: Text1::new("Quote {0}"),
        page_of: [" \u{b7} page ", " of "],
        updated_on: Text2::new("{0}: updated on {1}"),
        validity: Text2::new("{0} from the quote date (until {1})"),
        prepared_by_sales: "Huawei Cloud sales engineer",
        prepared_by_customer: "Prepared with the O&M Services Configurator",
        marked_draft: "Draft",
        marked_final: "Final",
        status: |marked, issuable| {
            let state = if issuable { "issuable" } else { "has open errors" };
            format!("{marked}, {state}")
        },
        part_titles: ["Summary", "Selected services", "Service terms", "Assumptions and risks"],
        services_intro: "Each service of the bill of quantities, in the words of its service document.",
        terms_intro: "For each offering of the quote: prerequisites and their status, scope, service region, service process, responsibilities and acceptance criteria, as its service document states them.",
        summary_keys: ["Status", "Lines", "Default term", "Price book"],
        lines_value: Text4::new("{0} ({1} chosen, {2} added with their base) in {3}"),
        price_book_value: Text2::new("{0} ({1})"),
        price_book_none: "none",
        no_services: "The quote has no services yet.",
        services_in_proposal: "Services in this proposal",
        service_entry: Text2::new("{0}: {1}"),
        service_keys: ["Offering", "Quantity", "Billing", "Added"],
        added_on_request: "With its base service (asked for in the customer's answers)",
        added_increment: "With its base service (an increment the sizing requires)",
        service_parts: [
            "Content",
            "Applicable scenario",
            "Deliverables",
            "Acceptance report",
            "Service items included",
            "Sizing",
        ],
        included_caption: Text1::new("Service items of {0}"),
        included_columns: ["Phase", "Service item", "Content"],
        sentence: |text| if text.ends_with('.') { text.to_string() } else { format!("{text}.") },
        override_derived: Text3::new("Quantity set to {0} by the sales engineer instead of the derived {1}: {2}"),
        override_plain: Text2::new("Quantity set to {0} by the sales engineer: {1}"),
        not_checked: Text1::new("Not checked yet: needs the {0}"),
        met: Text5::new("Met: the {0} {1} is on or after {2}, {3} working days after the quote date {4}"),
        not_met: Text5::new("Not met: the {0} {1} is before {2}, {3} working days after the quote date {4}"),
        confirmed: "Confirmed by the customer",
        to_confirm: "To confirm before the quote is issued",
        not_confirmed: "Not confirmed (the quote is marked final)",
        notes: "Notes",
        same_document: Text1::new("Prerequisites, service region, service process and responsibilities: as for {0} above (the same service document)."),
        terms_parts: [
            "Prerequisites",
            "Service region",
            "Service process",
            "Responsibility matrix",
            "Scope covered",
            "Not covered",
            "Responsibility details",
            "Acceptance criteria",
        ],
        prerequisites_table: ["Prerequisites and their status", "Prerequisite", "Status"],
        process_columns: ["Phase", "Content", "Description"],
        matrix: ["Shared responsibilities", "Huawei Cloud's responsibilities", "The customer's responsibilities"],
        label_colon: Text1::new("{0}:"),
        detail_columns: ["No.", "Area", "Process", "Content", "Huawei", "Customer"],
        details_caption: Text1::new("Responsibility details of {0} (R: responsible, S: supporting)"),
        open_errors: "Open errors",
        draft_paragraph: "This proposal is a DRAFT: it cannot be issued until these errors are resolved.",
        risks: "Risks",
        no_warning: "No warning is open.",
        risks_table: ["Warnings: allowed, and printed here", "Risk", "Source"],
        exceptions_table: [
            "Findings accepted by the sales engineer, with the written reason",
            "Severity",
            "Finding",
            "Reason",
        ],
        decisions_table: ["Assumptions (catalog-rules \u{a7}8)", "Decision", "Assumption"],
        own_assumptions: "Assumptions of this proposal",
        validity_assumption: Text1::new("Validity: {0}. The service documents state no validity period; this is an assumption of the configurator."),
        amounts_assumption: "Amounts: each line is rounded once to the currency's minor unit (half away from zero); a periodic line's amount over its term is its monthly amount times the months; totals are sums of line amounts.",
        totals: "Totals",
    },
    sheet: SheetTexts {
        csv_columns: [
            "No",
            "Item",
            "Offering",
            "Unit",
            "Quantity",
            "Billing",
            "Term (months)",
            "Currency",
            "Unit price",
            "Discount %",
            "Monthly amount",
            "Amount",
            "Because",
        ],
        xlsx_columns: [
            "No",
            "Item",
            "Offering",
            "Unit",
            "Quantity",
            "Billing",
            "Term (months)",
            "Unit price",
            "Discount",
            "Monthly amount",
            "Amount",
            "Because",
        ],
        head_keys: ["Customer", "Quote", "Quote id", "Date", "Validity", "Catalog versions", "Currency", "Status"],
        no_currency: "none (no price book)",
        per_month: "per month",
        one_off: "one-off",
        sheet_names: ["BOQ", "Findings"],
        workbook_title: Text1::new("Bill of quantities: {0}"),
        no_prices: "No price book: quantities, units and terms only (prices on request).",
        findings_columns: ["Severity", "Finding", "Source", "Exception (reason)"],
        no_findings: "No findings.",
        decisions: "Assumptions: decisions applied where the service documents are silent",
    },
    screen: ScreenTexts {
        boq_empty: "No lines yet.",
        boq_unpriced: "Prices: price on request. Quantities, units and terms above are complete.",
        boq_unpriced_lines: Text1::new("{0} (price on request) not in the totals."),
        subtotal: Text1::new("Subtotal {0}"),
        per_month_suffix: " / month",
        on_request: "on request",
        unit_price_of: Text2::new("Unit price of {0} ({1})"),
        unit_price: "Unit price",
        price_kept: Text1::new("{0}: the price stays as it was."),
        boq_columns: ["No.", "Item", "Unit", "Quantity", "Term", "Unit price", "Discount", "Amount"],
        findings: ["Findings", "Findings list"],
        finding_counts: Text3::new("{0}, {1}, {2}"),
        excepted: Text1::new("{0} (exception)"),
        exception_recorded: Text1::new("Exception recorded: {0}"),
        withdraw_exception: "Withdraw exception",
        override_summary: "Override with a reason",
        reason_label: "Reason (printed in the proposal)",
        the_reason: "The reason",
        reason_first: "Write the reason first: an override is recorded with its reason.",
        reason_too_long: Text1::new("{0}; shorten it and record again."),
        record_exception: "Record exception",
        then: Text1::new("Then: {0}"),
        source: "Source",
        assumption_tag: "Assumption",
        in_quote: "\u{2713} In your quote",
        included: "\u{2713} Included through its base",
        add: "Add",
        not_available: "\u{2715} Not available now",
        item: noun("item", "items"),
        offering_source: Text2::new("{0} \u{b7} updated on {1}"),
        billed_periodic: Text1::new("periodic, per {0} per month"),
        billed_one_off: Text1::new("one-off, per {0}"),
        overridden: Text2::new("Overridden (derived: {0}). {1}"),
        bar_total: Text1::new("Total {0}"),
        bar_refused: "Total refused: an amount is too large (see the BOQ)",
        bar_unpriced: "Price on request",
        bar_no_errors: "\u{2713} no open errors",
        bar_errors: Text1::new("\u{2715} {0} to resolve"),
        bar_go_to_quote: "Go to your quote",
        web_error,
        export_problem,
        export_error,
        storage_error: |error| match error {
            StorageError::Unavailable => {
                "this browser does not allow saving here (private mode?): your work is kept only until the tab closes"
            }
            StorageError::Full => {
                "the browser's storage is full: your latest changes are not saved; save the quote as a file to keep it"
            }
        },
    },
    app: AppTexts {
        catalog_failed: Text1::new("The catalog could not be loaded: {0}"),
        skip_to_quote: "Skip to your quote",
        title: "O&M Services Configurator",
        tagline: "Huawei Cloud O&M professional services \u{b7} everything stays in your browser",
        quote_heading: "3 Your quote",
        modes: ["Mode", "Customer", "Sales engineer"],
        history: ["History", "Undo", "Redo"],
        not_saved: Text1::new("Not saved in this browser: {0}."),
        save_quote_file: "Save quote (file)",
        undo_delete: "Undo delete",
        dismiss: "Dismiss",
        offline_unavailable: Text1::new("Offline use is not available: {0}."),
        not_reloaded: Text1::new("Not reloaded: this browser cannot keep your quote ({0}). Save quote (file) first, then reload."),
        update_failed: Text1::new("The new version could not be loaded: {0}."),
        update_available: "A new version is available. Your quote is saved and stays open.",
        reload: "Reload",
    },
    profile: ProfileTexts {
        question,
        hint_increment: Text5::new("{0} covers {1} {2}; each {3} adds {4} more."),
        hint_sold_per: Text2::new("Sold per {0} {1}."),
        sizes: Text1::new("Sizes: {0}."),
        fills_both: Text1::new("Fills the O&M platform and the aPaaS answer.{0}"),
        number_refused: Text2::new("\u{201c}{0}\u{201d} {1}: the previous answer is kept."),
        heading: by_mode("1 About you", "1 Customer profile"),
        size: by_mode("Your size", "Customer size"),
        improve: by_mode("What you want to improve", "Drills, maturity"),
        maturity: by_mode("We want an assessment and plan of our O&M maturity", "O&M maturity assessment / plan"),
        key_event: by_mode("A key event (promotion, launch, holiday peak)", "Key event"),
        key_event_date: by_mode("When does the event start?", "Key event date"),
        security: by_mode("Check our security configuration before the event", "Security evaluation"),
        capacity: by_mode("Check our capacity for the expected peak", "Capacity evaluation"),
        performance: by_mode("Run a performance test", "Performance test"),
        onsite: by_mode("We want engineers on site during the event", "Onsite support"),
        coc: "COC (Cloud Operations Center)",
        coc_start: by_mode("When should the COC service start?", "COC service start date"),
        coverage: [
            by_mode("Around the clock (24/7)", "24/7"),
            by_mode("Business hours only (8/5)", "Business hours (8/5)"),
            by_mode("No monitoring needed", "None"),
        ],
        customer_name: by_mode("Your company", "Customer"),
        region: by_mode("Where is your business?", "Country / region"),
        choose: "Choose\u{2026}",
        platforms: by_mode("Which platforms do you use or plan to use?", "Platforms"),
        monitoring: by_mode("Do you need your applications monitored?", "Monitoring coverage"),
        declared_scope: by_mode("Do you also expect help with any of these?", "Declared in scope (not covered by the services)"),
        same_numbers: "The O&M platform and aPaaS have the same numbers of instances to connect and of applications under release management",
        first_connection: by_mode("These instances are being connected for the first time", "First connection to the platform"),
        technical_support: by_mode("We need technical support for our aPaaS instances", "aPaaS technical support wanted"),
        both_platforms: "On both platforms",
        both_instances: "How many instances will you connect (on each platform)?",
        both_releases: "How many applications go through release management (on each platform)?",
        om_platform: by_mode("On the O&M platform", "Deterministic O&M (O&M platform)"),
        apaas: by_mode("On aPaaS", "aPaaS Maintenance Service"),
        sizing: by_mode("Instances and applications", "Sizing per offering"),
        prerequisites: "Already in place (prerequisites)",
        no_prerequisites: "Add a service to see what must be in place first.",
        remove_contract: Text1::new("Remove contract for {0}"),
        contract_ref: Text1::new(" (ref. {0})"),
        remove: "Remove",
        contracts: by_mode("Do you already have a contract for one of these base services?", "Existing contracts for base items"),
        base_item: "Base item",
        contract_reference: by_mode("Contract reference (optional)", "Contract reference"),
        record_contract: "Record contract",
        lead_time_dates: "Dates for the lead time",
        quote_date: "Quote (application) date",
        holidays: "Holidays (YYYY-MM-DD, separated by commas)",
        holiday_refused: Text1::new("\u{201c}{0}\u{201d} is not a date (YYYY-MM-DD): the holiday list is unchanged."),
    },
    catalog: CatalogTexts {
        heading: "2 Services",
        search: "Search services",
        search_placeholder: "name, content, deliverable",
        offering: "Offering",
        all_offerings: "All offerings",
        billing: "Billing",
        billing_choices: ["Periodic and one-off", "Periodic (monthly)", "One-off"],
        eligible_only: "Only what can be added now",
        shown: Text1::new("{0} shown"),
        details: "Details",
        item_parts: ["Content", "Applicable scenario", "Includes", "Deliverables", "Acceptance report"],
        about_offering: "About this offering",
        details_caption: Text1::new("Responsibility details of {0} (R: responsible, S: supporting)"),
        offering_parts: [
            "Notes",
            "Prerequisites",
            "Covered",
            "Not covered",
            "Service region",
            "Service process",
            "Responsibilities",
            "Acceptance criteria",
        ],
        responsibilities: ["Shared: ", "Huawei Cloud: ", "Customer: "],
        detail_columns: ["No.", "Process", "Content", "Huawei", "Customer"],
        no_suggestions: "Answer the questions above and matching services appear here.",
        accept_item: Text1::new("Accept {0}"),
        because: Text1::new("Because: {0}"),
        accept: "Accept",
        suggested: "Suggested services",
        accept_all: "Accept all suggestions",
        suggested_heading: "Suggested for you",
    },
    quote: QuoteTexts {
        title: "Quote title",
        title_placeholder: "e.g. ACME draft",
        term: "Term for monthly services (months, 1-36)",
        term_refused: Text1::new("\u{201c}{0}\u{201d}: the term is a whole number of months from 1 to 36; it stays as it was."),
        status: ["Status", "Draft", "Final (prerequisites must be confirmed)"],
        empty: "Your quote is empty: answer the questions and accept suggestions, or add services from the catalog.",
        lines: "Quote lines",
        quantity_of_unit: Text1::new("Quantity ({0})"),
        of_item: Text1::new(" of {0}"),
        for_item: Text1::new(" for {0}"),
        quantity_refused: Text2::new("\u{201c}{0}\u{201d} {1}: the quantity stays as it was."),
        line_term: "Term (months)",
        line_term_refused: Text1::new("\u{201c}{0}\u{201d}: a term is 1 to 36 months; it stays as it was."),
        remove_item: Text1::new("Remove {0}"),
        remove: "Remove",
        with_base: "Comes with its base",
        override_summary: "Override the derived quantity",
        quantity: "Quantity",
        override_refused: Text2::new("Enter a whole-number quantity from 0 to 100,000: \u{201c}{0}\u{201d} {1}."),
        reason_first: "Write the reason first.",
        ended: Text1::new("{0}."),
        apply_override: "Apply override",
        discount: "Discount %",
        discount_refused: Text1::new("{0}: the discount stays as it was."),
        price_file_refused: Text1::new("{0}: it was not loaded. Your quote is unchanged."),
        unnamed_book: "Price book",
        ignored: Text1::new(" Not in the catalog, ignored: {0}."),
        loaded: Text3::new("Loaded {0} prices from {1}.{2}"),
        price_book_refused: Text2::new("{0} was not loaded: {1}. Your quote is unchanged."),
        sample_loaded: "Sample prices loaded. They are illustrative, not Huawei Cloud prices.",
        sample_refused: Text1::new("The sample could not be loaded: {0}"),
        no_prices: "No prices: the BOQ shows quantities and \u{201c}price on request\u{201d}.",
        price_summary: Text4::new("{0} \u{b7} {1} \u{b7} {2}{3}"),
        illustrative_mark: " \u{b7} ILLUSTRATIVE",
        prices: "Prices",
        load_prices: "Load a price book (JSON or CSV)",
        use_sample: "Use the illustrative sample prices",
        currency: "Currency",
        currency_refused: Text1::new("{0}. Prices are unchanged."),
        type_prices: "Type prices in this currency",
        remove_prices: "Remove prices",
        offering_chart: ["Cost by offering (over the term)", "Cost by offering (over the term) \u{b7} ILLUSTRATIVE PRICES"],
        offering_chart_label: Text2::new("Cost by offering.{0} {1}"),
        illustrative_note: " Illustrative prices.",
        offering_amount: Text2::new("{0}: {1}"),
        timeline_chart: ["Cost per month: one-off and recurring", "Cost per month: one-off and recurring \u{b7} ILLUSTRATIVE PRICES"],
        legend: ["One-off (solid)", "Recurring (light, outlined)"],
        max: Text1::new("max {0}"),
        month_tick: Text1::new("M{0}"),
        timeline_label: Text4::new("Cost per month over {0}: month 1 one-off {1} and recurring {2}; recurring per month afterwards about {3}."),
        charts: "Cost charts",
        charts_refused: "No charts: an amount of the BOQ is too large to hold exactly (see the BOQ).",
        charts_unpriced: "Charts appear once the quote has prices (load a price book in sales-engineer mode).",
    },
    export: ExportTexts {
        loaded: Text1::new("Quote loaded. Undo returns to the previous one.{0}"),
        refused: Text1::new("The file was not loaded: {0}. Your quote is unchanged."),
        heading: "Export",
        print: "Print / save proposal as PDF",
        load: "Load a saved quote",
        start_new: "Start a new quote",
        ready: Text1::new("{0} is ready (see your downloads)."),
        files: "Files to send",
        downloads: ["Download BOQ (CSV)", "Download BOQ (Excel)", "Download proposal (Word)"],
        what: ["the proposal (Word)", "the spreadsheet", "the CSV file"],
        building: Text1::new("Building {0}\u{2026}"),
        loading_tools: Text1::new("Loading the export tools, then building {0}\u{2026}"),
        failed: Text2::new("{0} could not be made: {1}"),
    },
    share: ShareTexts {
        no_address: "The page address could not be read, so no link was made.",
        copying: "Copying\u{2026}",
        copied: Text1::new("Copied to the clipboard: a link of {0} characters."),
        copy_failed: Text1::new("The link could not be copied ({0}). Select the link below and copy it."),
        same: "The linked quote is the same as your current work.",
        opened: Text1::new("Linked quote opened. Undo returns to your previous work.{0}"),
        kept: "The linked quote was not opened. Your work is unchanged.",
        ask: "Open the quote from this link?",
        explain: "This page was opened with a link holding a quote. Opening it replaces your current work; Undo brings your work back.",
        changed: "The catalog has changed since the link was made:",
        answers: ["Open the linked quote", "Keep my current work"],
        length: Text1::new("Link length: {0} characters."),
        too_long: Text1::new("This link is longer than {0} characters: chat tools and some e-mail programs cut links there, and a cut link does not open. To be safe, send the quote as a file with \u{201c}Save quote (file)\u{201d}."),
        field: "The link (it holds the quote as it was when you made it)",
        heading: "Share link",
        hint: "The link holds the whole quote in the part after \u{201c}#\u{201d}, which browsers never send to a server: it stays between you and the people you send it to. Anyone with the link can open the quote.",
        copy: "Copy share link",
        refused: Text1::new("The link was not opened: {0}. Your work is unchanged."),
        fact_keys: ["Customer", "Quote", "Lines"],
        unnamed: ["(no name)", "(untitled)"],
        lines: Text2::new("{0} selected, {1} in the bill of quantities"),
        not_priced: "not priced",
        clipboard: ["no browser window", "this browser offers no clipboard to this page", "the browser refused"],
        clipboard_refused: Text1::new("the browser refused: {0}"),
    },
    shelf: ShelfTexts {
        heading: "Your quotes",
        buttons: ["New quote", "Duplicate", "Delete"],
        delete: Text1::new("Delete {0}"),
        list_unreadable: Text1::new("The list of saved quotes could not be read ({0}); starting a new list."),
        restore_failed: Text2::new("The saved quote could not be restored ({0}); starting a new one.{1}"),
        copy_name: Text1::new("{0} (copy)"),
        started: "New quote started. Your other quotes are in the list above.",
        copied: Text1::new("Copied into \u{201c}{0}\u{201d}, now open."),
        last: "The last quote cannot be deleted: start a new one first, or clear this one.",
        deleted: Text1::new("Deleted \u{201c}{0}\u{201d}."),
        restored: "Quote restored.",
        unreadable: Text2::new("That quote could not be read ({0}); it starts empty.{1}"),
        copy_kept: " A copy of the unreadable quote is kept in this browser.",
    },
};
