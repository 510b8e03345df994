//! English: the first table of the message catalog.

use super::{
    BecauseTexts, BoqTexts, DocumentTexts, FindingTexts, FixTexts, InputWords, Noun, ScreenTexts, SheetTexts,
    SummaryTexts, Texts, Words,
};
use crate::domain::boq::WhichAmount;
use crate::domain::bounds::grouped;
use crate::domain::catalog::{DateInput, NumericInput, ScopeArea, Severity, Unit};
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
        WebError::Export(problem) => export_problem(problem),
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
        quoted: |text| format!("\u{201c}{text}\u{201d}"),
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
    },
    findings: FindingTexts {
        missing_base: |item, bases| format!("{item} needs {bases} in the same quote, or an existing contract for it."),
        companion: |companions, beside| {
            format!("Suggestion: {companions} fits beside {beside} for this customer's size (optional).")
        },
        outside_band: |item, band, label, value| {
            format!("{item} is for customers with {band} {label}; this customer has {value}.")
        },
        edition_fits: |edition| format!(" {edition} fits."),
        no_edition_fits: |service, value, label| format!(" No edition of {service} fits {value} {label}."),
        concurrency: |item, value| {
            format!(
                "{item}: the performance test mainly applies to web scenarios with fewer than 1 million concurrent requests; at {value} it needs an evaluation based on the project."
            )
        },
        excluded: |items| format!("{items} cannot be quoted together: choose one."),
        excluded_by: |item, partner| {
            format!("{item} cannot be quoted together with {partner}, which is already in the quote.")
        },
        sized_none: |need, base, covers, increment| format!("{need}: {base} covers {covers}, so no {increment} is needed"),
        sized: |need, base, covers, increments| format!("{need}: {base} covers {covers}, so {increments}"),
        quantity_corrected: |item, asked, because| {
            format!("{item}: quantity {asked} corrected to 1, because {because}.")
        },
        quantity_override: |item, quoted, derived, reason| {
            format!("{item}: quantity {quoted} quoted instead of the derived {derived} (override: {reason}).")
        },
        missing_input: |label, items| format!("Needs {label}: {items} cannot be checked or sized without it."),
        missing_input_short: |label| format!("Needs {label}."),
        lead_time: |offering, label, date, falls, days, earliest| {
            format!(
                "{offering}: the {label} {date} {falls}; it must be applied for {days} working days in advance, so the earliest date is {earliest}."
            )
        },
        before_quote_date: |quote_date| format!("is before the quote date {quote_date}"),
        working_days_after: |days, quote_date| {
            let unit = if days == 1 { "working day" } else { "working days" };
            format!("is {days} {unit} after the quote date {quote_date}")
        },
        amount_too_large: |line, item, which| {
            format!(
                "Line {line}, {item}: {which} too large to hold exactly; check its price and quantity. Until then the quote cannot be issued."
            )
        },
        which_amount,
        unknown_item: |id| format!("The quote names {id}, which is not in this catalog version."),
        prerequisite_to_confirm: |offerings, text| format!("To confirm before the quote is issued ({offerings}): {text}"),
        prerequisite_not_confirmed: |offerings, text| {
            format!("Not yet confirmed, and the quote is marked final ({offerings}): {text}")
        },
        not_covered: |area, offering, text| format!("{area} is declared in scope, but {offering} does not cover it: {text}"),
        region: |offering, region| format!("{offering} is not sold to customers in the {region}."),
        term_outside: |item, months| format!("{item}: a term of {months} months is outside 1 to 36 months."),
        whole_years: |item, term| format!("{item} is sold in whole years (12, 24 or 36 months); the term is {term}."),
        cite_seed: |file, sentence| format!("{file}: \u{201c}{sentence}\u{201d}"),
        cite_decision: |section, text| format!("Assumption ({section}): {text}"),
    },
    fixes: FixTexts {
        add: |item| format!("Add {item}"),
        add_instead: |item| format!("Add {item} instead"),
        already_has: |item| format!("Customer already has {item}"),
        switch_to: |item| format!("Switch to {item}"),
        switch_from: |item| format!("Switch from {item} to this"),
        remove: |item| format!("Remove {item}"),
        remove_unknown: "Remove it",
        remove_offering: |offering| format!("Remove the {offering} items"),
        check_region: "Check the country / region",
        move_date: |label, date| format!("Move the {label} to {date}"),
        set_term: |months| format!("Set the term to {months} months"),
        set_quantity: |quantity| format!("Set the quantity to {quantity}"),
        return_to_derived: |derived| format!("Return to the derived quantity ({derived})"),
        enter: |label| format!("Enter {label}"),
        confirm: "Customer confirms this",
        take_out_of_scope: |area| format!("Take \u{201c}{area}\u{201d} out of scope"),
    },
    because: BecauseTexts {
        base: |covers, increments| format!("1 per quote: covers {covers}; more are added as {increments}"),
        blocks: |need, blocks, per_unit| format!("{need}: {blocks} of {per_unit}"),
        once_per_quote: |because| format!("1 per quote: {because}"),
    },
    boq: BoqTexts {
        total_labels: ["One-off total", "Recurring per month", "Recurring per year", "Grand total over the terms"],
        unpriced_lines: "Lines without a price",
        unpriced_lines_value: |count| format!("{count} (price on request; not in the totals)"),
        per_month_over: |months| {
            let unit = if months == 1 { "month" } else { "months" };
            format!("Per month, over {months} {unit}")
        },
        per_month: "Per month",
        one_off: "One-off",
        quantity: |quantity, unit| format!("{quantity} \u{d7} {unit}"),
        too_large: "too large to hold exactly",
        price_on_request: "price on request",
        no_prices: "No price book: the bill of quantities gives quantities, units and terms; prices on request.",
        caption_priced: |currency| format!("Bill of quantities ({currency}; periodic items are priced per month)"),
        title: "Bill of quantities",
        columns: ["No.", "Item", "Quantity", "Term", "Unit price", "Discount", "Per month", "Amount"],
        subtotals: "Subtotals per offering",
        subtotal_columns: ["Offering", "Lines", "One-off", "Per month", "Total"],
        discount: |percent| format!("{percent} %"),
        illustrative_note: "Prices: illustrative (sample numbers, not Huawei Cloud prices)",
        illustrative_value: "illustrative (sample numbers, not Huawei Cloud prices)",
        illustrative_prices: "ILLUSTRATIVE PRICES",
    },
    summary: SummaryTexts {
        title: "Proposal summary",
        untitled: "Quote",
        for_customer: |customer| format!("for {customer}"),
        catalog: |version| format!("catalog {version}"),
        draft: "DRAFT",
        draft_lead: "not valid for issue until these errors are resolved:",
        ready: "No open errors: this quote can be issued.",
        ready_to_confirm: |prerequisites| {
            format!("No open errors: this quote can be issued once the customer confirms {prerequisites} (below).")
        },
        prerequisite: noun("prerequisite", "prerequisites"),
        risks: "Assumptions and risks",
        to_confirm: "Prerequisites to confirm",
        decisions: "Decisions applied where the service documents are silent",
        exceptions: "Recorded exceptions",
        exception_entry: |finding, reason| format!("{finding} \u{2014} exception: {reason}"),
        not_covered: "Not covered by these services",
        not_covered_entry: |offering, text| format!("{offering}: {text}"),
        decision_entry: |text, section| format!("{text} ({section})"),
    },
    document: DocumentTexts {
        heading: "Proposal: Huawei Cloud O&M professional services",
        printed: "Printed proposal",
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
        footer_quote: |id| format!("Quote {id}"),
        page_of: [" \u{b7} page ", " of "],
        updated_on: |offerings, date| format!("{offerings}: updated on {date}"),
        validity: |days, until| format!("{days} from the quote date (until {until})"),
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
        lines_value: |lines, chosen, derived, offerings| {
            format!("{lines} ({chosen} chosen, {derived} added with their base) in {offerings}")
        },
        price_book_value: |name, currency| format!("{name} ({currency})"),
        price_book_none: "none",
        no_services: "The quote has no services yet.",
        services_in_proposal: "Services in this proposal",
        service_entry: |name, quantity| format!("{name}: {quantity}"),
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
        included_caption: |service| format!("Service items of {service}"),
        included_columns: ["Phase", "Service item", "Content"],
        sentence: |text| if text.ends_with('.') { text.to_string() } else { format!("{text}.") },
        override_derived: |quantity, derived, reason| {
            format!("Quantity set to {quantity} by the sales engineer instead of the derived {derived}: {reason}")
        },
        override_plain: |quantity, reason| format!("Quantity set to {quantity} by the sales engineer: {reason}"),
        not_checked: |label| format!("Not checked yet: needs the {label}"),
        met: |label, date, earliest, days, quote_date| {
            format!(
                "Met: the {label} {date} is on or after {earliest}, {days} working days after the quote date {quote_date}"
            )
        },
        not_met: |label, date, earliest, days, quote_date| {
            format!(
                "Not met: the {label} {date} is before {earliest}, {days} working days after the quote date {quote_date}"
            )
        },
        confirmed: "Confirmed by the customer",
        to_confirm: "To confirm before the quote is issued",
        not_confirmed: "Not confirmed (the quote is marked final)",
        notes: "Notes",
        same_document: |offering| {
            format!(
                "Prerequisites, service region, service process and responsibilities: as for {offering} above (the same service document)."
            )
        },
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
        label_colon: |label| format!("{label}:"),
        detail_columns: ["No.", "Area", "Process", "Content", "Huawei", "Customer"],
        details_caption: |offering| format!("Responsibility details of {offering} (R: responsible, S: supporting)"),
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
        validity_assumption: |validity| {
            format!(
                "Validity: {validity}. The service documents state no validity period; this is an assumption of the configurator."
            )
        },
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
        workbook_title: |title| format!("Bill of quantities: {title}"),
        no_prices: "No price book: quantities, units and terms only (prices on request).",
        findings_columns: ["Severity", "Finding", "Source", "Exception (reason)"],
        no_findings: "No findings.",
        decisions: "Assumptions: decisions applied where the service documents are silent",
    },
    screen: ScreenTexts {
        boq_empty: "No lines yet.",
        boq_unpriced: "Prices: price on request. Quantities, units and terms above are complete.",
        boq_unpriced_lines: |lines| format!("{lines} (price on request) not in the totals."),
        subtotal: |offering| format!("Subtotal {offering}"),
        per_month_suffix: " / month",
        on_request: "on request",
        unit_price_of: |item, currency| format!("Unit price of {item} ({currency})"),
        unit_price: "Unit price",
        price_kept: |problem| format!("{problem}: the price stays as it was."),
        boq_columns: ["No.", "Item", "Unit", "Quantity", "Term", "Unit price", "Discount", "Amount"],
        findings: ["Findings", "Findings list"],
        finding_counts: |errors, warnings, notes| format!("{errors}, {warnings}, {notes}"),
        excepted: |severity| format!("{severity} (exception)"),
        exception_recorded: |reason| format!("Exception recorded: {reason}"),
        withdraw_exception: "Withdraw exception",
        override_summary: "Override with a reason",
        reason_label: "Reason (printed in the proposal)",
        the_reason: "The reason",
        reason_first: "Write the reason first: an override is recorded with its reason.",
        reason_too_long: |problem| format!("{problem}; shorten it and record again."),
        record_exception: "Record exception",
        then: |sentences| format!("Then: {sentences}"),
        source: "Source",
        assumption_tag: "Assumption",
        in_quote: "\u{2713} In your quote",
        included: "\u{2713} Included through its base",
        add: "Add",
        not_available: "\u{2715} Not available now",
        item: noun("item", "items"),
        offering_source: |seed, updated_on| format!("{seed} \u{b7} updated on {updated_on}"),
        billed_periodic: |unit| format!("periodic, per {unit} per month"),
        billed_one_off: |unit| format!("one-off, per {unit}"),
        overridden: |derived, because| format!("Overridden (derived: {derived}). {because}"),
        bar_total: |amount| format!("Total {amount}"),
        bar_refused: "Total refused: an amount is too large (see the BOQ)",
        bar_unpriced: "Price on request",
        bar_no_errors: "\u{2713} no open errors",
        bar_errors: |errors| format!("\u{2715} {errors} to resolve"),
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
};
