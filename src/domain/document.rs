//! The proposal as a document: one model, built from the catalog, the session, its
//! evaluation and its BOQ, that every rendering walks (the print view in the browser, the
//! Word file of `export::docx`). Pure data, no I/O and no export crate, so the main app can
//! render the print view from it without loading the export bundle.
//!
//! A [`ProposalDocument`] is a [`Cover`] and a list of [`Section`]s, each a title and
//! generic [`Block`]s (headings, paragraphs, bullet lists, tables, key / value lists).
//! Every catalog text is copied verbatim; money is formatted with
//! [`format_amount`](super::money::format_amount). Nothing reads the wall clock: the date
//! is the profile's quote date, so the same session always gives the same document.

use std::collections::BTreeSet;
use std::hash::Hasher;

use serde::{Deserialize, Serialize};

use super::boq::{Boq, BoqRow};
use super::calendar::Date;
use super::catalog::{Billing, Catalog, Offering, SeedDocument};
use super::fasthash::FnvHasher;
use super::money::{format_amount, Minor};
use super::order::set_of;
use super::quote::QuoteStatus;
use super::rules::{Citation, Evaluation, Finding, RuleKind, Severity};
use super::session::{Mode, Session};

/// How long a proposal is valid, in days from the quote date.
///
/// This is an assumption of the configurator, not a term of the service documents (they
/// give no validity period); the proposal prints it as such.
pub const VALIDITY_DAYS: i64 = 30;

/// The line every output that shows sample prices carries (catalog-rules §9).
pub const ILLUSTRATIVE_NOTE: &str = "Prices: illustrative (sample numbers, not Huawei Cloud prices)";

/// What the document calls itself on the cover.
pub const DOCUMENT_HEADING: &str = "Proposal: Huawei Cloud O&M professional services";

/// The whole proposal: the cover, then the sections in reading order.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProposalDocument {
    /// Who, what, when, and whether it can be issued.
    pub cover: Cover,
    /// Summary, one section per selected service, service terms per offering,
    /// assumptions and risks, the BOQ and the totals.
    pub sections: Vec<Section>,
}

/// The cover page.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Cover {
    /// The document heading ([`DOCUMENT_HEADING`]).
    pub heading: String,
    /// The customer name ("" when not given).
    pub customer: String,
    /// The quote title ("" when not given).
    pub quote_title: String,
    /// A short id derived from the session's content ([`quote_id`]).
    pub quote_id: String,
    /// The quote date, `YYYY-MM-DD`.
    pub date: String,
    /// The validity sentence ([`validity`]).
    pub validity: String,
    /// The "Updated on" date of each service document the quote uses.
    pub catalog_versions: Vec<CatalogVersion>,
    /// Who prepared it ([`prepared_by`]).
    pub prepared_by: String,
    /// Draft / final and whether it can be issued ([`status_text`]).
    pub status: String,
    /// Stamped DRAFT: an error is open (without a recorded exception).
    pub draft: bool,
    /// The open errors' messages, while `draft`.
    pub open_errors: Vec<String>,
    /// The prices are a sample: every page says so ([`ILLUSTRATIVE_NOTE`]).
    pub illustrative: bool,
}

impl Cover {
    /// The cover's facts in the order both renderings print them.
    pub fn key_values(&self) -> Vec<KeyValue> {
        let or_dash = |text: &str| if text.trim().is_empty() { "\u{2014}".to_string() } else { text.to_string() };
        let mut rows = vec![
            KeyValue::new("Customer", or_dash(&self.customer)),
            KeyValue::new("Quote", or_dash(&self.quote_title)),
            KeyValue::new("Quote id", &self.quote_id),
            KeyValue::new("Date", &self.date),
            KeyValue::new("Validity", &self.validity),
            KeyValue::new(
                "Catalog versions",
                self.catalog_versions.iter().map(CatalogVersion::label).collect::<Vec<_>>().join("; "),
            ),
            KeyValue::new("Prepared by", &self.prepared_by),
            KeyValue::new("Status", &self.status),
        ];
        if self.illustrative {
            rows.push(KeyValue::new("Prices", ILLUSTRATIVE_NOTE.trim_start_matches("Prices: ")));
        }
        rows
    }

    /// The line printed at the foot of every page: quote id, date, DRAFT, illustrative.
    pub fn running_footer(&self) -> String {
        let mut parts = vec![format!("Quote {}", self.quote_id), self.date.clone()];
        if self.draft {
            parts.push("DRAFT".into());
        }
        if self.illustrative {
            parts.push("ILLUSTRATIVE PRICES".into());
        }
        parts.join(" \u{b7} ")
    }
}

/// The version of one service document: its "Updated on" date and the offerings of the
/// quote it describes.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CatalogVersion {
    /// The seed file name.
    pub seed: String,
    /// The offerings of this document that the quote uses (all of them when the quote is
    /// empty).
    pub offerings: Vec<String>,
    /// The seed's "Updated on" date.
    pub updated_on: String,
}

impl CatalogVersion {
    /// "Deterministic O&M Management Service: updated on 2025-08-28".
    pub fn label(&self) -> String {
        format!("{}: updated on {}", self.offerings.join(", "), self.updated_on)
    }
}

/// A part of the proposal.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Section {
    /// A stable anchor (`summary`, `service-om-chaos-basic`, `terms-om`, `boq`).
    pub id: String,
    /// 1 for a part of the proposal, 2 for a part within the one before (one service, one
    /// offering's terms).
    pub level: u8,
    /// The heading.
    pub title: String,
    /// The content.
    pub blocks: Vec<Block>,
}

impl Section {
    fn new(id: impl Into<String>, level: u8, title: impl Into<String>) -> Section {
        Section { id: id.into(), level, title: title.into(), blocks: Vec::new() }
    }
}

/// One piece of content. Text may hold single line breaks (`\n`, kept from the service
/// documents' numbered lists): render them as line breaks.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", content = "value", rename_all = "snake_case")]
pub enum Block {
    /// A heading inside a section (one level below the section's).
    Heading(String),
    /// A paragraph.
    Paragraph(String),
    /// A bullet list.
    Bullets(Vec<String>),
    /// A table.
    Table(Table),
    /// Labelled facts ("Customer: ACME").
    KeyValues(Vec<KeyValue>),
}

/// A table: a caption, a header row (repeated on each page) and rows of text cells.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Table {
    /// What the table shows.
    pub caption: String,
    /// Column headings.
    pub header: Vec<String>,
    /// Rows, each as long as the header.
    pub rows: Vec<Vec<String>>,
    /// Columns holding numbers or amounts (right-aligned), by index.
    pub numeric_columns: Vec<usize>,
}

/// A label and its value.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct KeyValue {
    /// The label.
    pub key: String,
    /// The value.
    pub value: String,
}

impl KeyValue {
    /// A label and its value.
    pub fn new(key: impl Into<String>, value: impl Into<String>) -> KeyValue {
        KeyValue { key: key.into(), value: value.into() }
    }
}

// ---------------------------------------------------------------------------------------
// Facts shared with the CSV and spreadsheet exports

/// A short, stable id for a quote, derived from its content (sessions have no id): `Q-`
/// and 12 hex digits of the FNV-1a hash of the session's JSON, in groups of four
/// (`Q-1A2B-3C4D-5E6F`). The same session always gives the same id; any change to it
/// (a line, a price, the date) gives another.
pub fn quote_id(session: &Session) -> String {
    let mut hasher = FnvHasher::default();
    hasher.write(session.to_json().as_bytes());
    let hex = format!("{:012X}", hasher.finish() >> 16);
    format!("Q-{}-{}-{}", &hex[0..4], &hex[4..8], &hex[8..12])
}

/// The validity sentence: "30 days from the quote date (until 2026-02-04)".
///
/// The 30 days are this configurator's assumption ([`VALIDITY_DAYS`]); the service
/// documents state no validity.
pub fn validity(quote_date: Date) -> String {
    format!("{VALIDITY_DAYS} days from the quote date (until {})", quote_date.add_days(VALIDITY_DAYS))
}

/// Who the proposal says prepared it.
pub fn prepared_by(mode: Mode) -> &'static str {
    match mode {
        Mode::SalesEngineer => "Huawei Cloud sales engineer",
        Mode::Customer => "Prepared with the O&M Services Configurator",
    }
}

/// The quote's status in words: "Draft" or "Final" as marked, and "issuable" or "has
/// open errors" as evaluated ("Final, has open errors").
pub fn status_text(status: QuoteStatus, can_issue: bool) -> String {
    let marked = match status {
        QuoteStatus::Draft => "Draft",
        QuoteStatus::Final => "Final",
    };
    let issuable = if can_issue { "issuable" } else { "has open errors" };
    format!("{marked}, {issuable}")
}

/// The version of each service document the BOQ uses, in catalog order; every document
/// when the BOQ is empty.
pub fn catalog_versions(catalog: &Catalog, boq: &Boq) -> Vec<CatalogVersion> {
    let used: BTreeSet<&str> = set_of(boq.rows.iter().map(|row| row.offering_id.as_str()));
    let mut versions: Vec<CatalogVersion> = catalog
        .documents()
        .iter()
        .filter_map(|document| {
            let offerings: Vec<String> = document
                .offerings
                .iter()
                .filter(|offering| used.contains(offering.id.as_str()))
                .map(|offering| offering.name.clone())
                .collect();
            (!offerings.is_empty()).then(|| version_of(document, offerings))
        })
        .collect();
    if versions.is_empty() {
        versions = catalog
            .documents()
            .iter()
            .map(|document| version_of(document, document.offerings.iter().map(|o| o.name.clone()).collect()))
            .collect();
    }
    versions
}

fn version_of(document: &SeedDocument, offerings: Vec<String>) -> CatalogVersion {
    CatalogVersion { seed: document.seed.clone(), offerings, updated_on: document.updated_on.clone() }
}

/// The labels of the quote totals, in order (one-off, per month, per year, grand total):
/// one wording for the screen's BOQ, the proposal, the spreadsheet and the CSV.
pub const TOTAL_LABELS: [&str; 4] =
    ["One-off total", "Recurring per month", "Recurring per year", "Grand total over the terms"];

/// A severity in words (the screen's findings, the proposal, the spreadsheet).
pub fn severity_label(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "Error",
        Severity::Warning => "Warning",
        Severity::Info => "Information",
    }
}

/// The §8 decisions the evaluation applies (cited by a finding or shaping a quoted line),
/// once each, in decision order ("8.2" before "8.10"): (section, text).
pub fn decisions_used(evaluation: &Evaluation) -> Vec<(String, String)> {
    evaluation
        .assumptions
        .iter()
        .filter_map(|citation| match citation {
            Citation::Assumption { section, text } => Some((section.clone(), text.clone())),
            Citation::Seed { .. } => None,
        })
        .collect()
}

/// The sources of a finding on one line each (seed sentences, §8 decisions).
pub fn sources_text(finding: &Finding) -> String {
    finding.citations.iter().map(Citation::render).collect::<Vec<_>>().join("\n")
}

// ---------------------------------------------------------------------------------------
// Building the document

impl ProposalDocument {
    /// The proposal of an evaluated session: everything is taken from the arguments (the
    /// date is the profile's quote date, never the clock), so equal inputs give equal
    /// documents.
    pub fn build(catalog: &Catalog, session: &Session, evaluation: &Evaluation, boq: &Boq) -> ProposalDocument {
        let open_errors: Vec<String> =
            evaluation.findings.iter().filter(|f| f.blocks()).map(|f| f.message.clone()).collect();
        let cover = Cover {
            heading: DOCUMENT_HEADING.to_string(),
            customer: session.profile.customer_name.clone(),
            quote_title: session.quote.title.clone(),
            quote_id: quote_id(session),
            date: session.profile.quote_date.to_string(),
            validity: validity(session.profile.quote_date),
            catalog_versions: catalog_versions(catalog, boq),
            prepared_by: prepared_by(session.mode).to_string(),
            status: status_text(session.quote.status, evaluation.can_issue()),
            draft: !open_errors.is_empty(),
            open_errors,
            illustrative: boq.illustrative,
        };
        let mut sections = vec![summary(session, boq, &cover)];
        sections.extend(service_sections(catalog, session, evaluation, boq));
        sections.extend(terms_sections(catalog, session, boq));
        sections.push(assumptions(evaluation, session, &cover));
        sections.push(boq_section(boq));
        sections.push(totals_section(boq));
        ProposalDocument { cover, sections }
    }

    /// Every text of the document, one paragraph, list item, key / value pair or table
    /// row a line (for search, tests and plain-text previews).
    pub fn plain_text(&self) -> String {
        let mut out = Vec::new();
        out.push(self.cover.heading.clone());
        if self.cover.draft {
            out.push("DRAFT".to_string());
            out.extend(self.cover.open_errors.iter().cloned());
        }
        out.extend(self.cover.key_values().into_iter().map(|kv| format!("{}: {}", kv.key, kv.value)));
        for section in &self.sections {
            out.push(section.title.clone());
            for block in &section.blocks {
                match block {
                    Block::Heading(text) | Block::Paragraph(text) => out.push(text.clone()),
                    Block::Bullets(items) => out.extend(items.iter().cloned()),
                    Block::KeyValues(pairs) => out.extend(pairs.iter().map(|kv| format!("{}: {}", kv.key, kv.value))),
                    Block::Table(table) => {
                        out.push(table.caption.clone());
                        out.push(table.header.join(" | "));
                        out.extend(table.rows.iter().map(|row| row.join(" | ")));
                    }
                }
            }
        }
        out.join("\n")
    }

    /// The section with this anchor.
    pub fn section(&self, id: &str) -> Option<&Section> {
        self.sections.iter().find(|section| section.id == id)
    }
}

/// Text split into paragraphs at blank lines (single line breaks stay inside).
fn paragraphs(text: &str) -> Vec<Block> {
    text.split("\n\n").map(str::trim).filter(|p| !p.is_empty()).map(|p| Block::Paragraph(p.to_string())).collect()
}

fn money(currency: &str, amount: Option<Minor>) -> String {
    amount.map(|amount| format_amount(currency, amount)).unwrap_or_default()
}

fn plural(count: usize, one: &str, many: &str) -> String {
    format!("{count} {}", if count == 1 { one } else { many })
}

/// Quantity and unit: "3 x scenario".
fn quantity_text(row: &BoqRow) -> String {
    format!("{} \u{d7} {}", row.quantity, row.unit)
}

fn billing_text(row: &BoqRow) -> String {
    match (row.billing, row.term_months) {
        (Billing::Periodic, Some(1)) => "Per month, over 1 month".to_string(),
        (Billing::Periodic, Some(months)) => format!("Per month, over {months} months"),
        (Billing::Periodic, None) => "Per month".to_string(),
        (Billing::OneOff, _) => "One-off".to_string(),
    }
}

/// The BOQ's term column: "24 months" for a periodic line, "One-off".
fn term_text(row: &BoqRow) -> String {
    match (row.billing, row.term_months) {
        (Billing::Periodic, Some(months)) => plural(usize::try_from(months).unwrap_or(usize::MAX), "month", "months"),
        (Billing::Periodic, None) => "Per month".to_string(),
        (Billing::OneOff, _) => "One-off".to_string(),
    }
}

fn totals_key_values(boq: &Boq) -> Vec<KeyValue> {
    let Some(totals) = &boq.totals else { return Vec::new() };
    let currency = totals.currency.as_str();
    let [one_off, monthly, yearly, grand_total] = TOTAL_LABELS;
    let mut rows = vec![
        KeyValue::new(one_off, format_amount(currency, totals.one_off)),
        KeyValue::new(monthly, format_amount(currency, totals.monthly)),
        KeyValue::new(yearly, format_amount(currency, totals.yearly)),
        KeyValue::new(grand_total, format_amount(currency, totals.grand_total)),
    ];
    if totals.unpriced_lines > 0 {
        rows.push(KeyValue::new(
            "Lines without a price",
            format!("{} (price on request; not in the totals)", totals.unpriced_lines),
        ));
    }
    rows
}

fn no_prices_sentence() -> String {
    "No price book: the bill of quantities gives quantities, units and terms; prices on request.".to_string()
}

fn summary(session: &Session, boq: &Boq, cover: &Cover) -> Section {
    let mut section = Section::new("summary", 1, "Summary");
    let chosen = boq.rows.iter().filter(|row| !row.derived).count();
    let derived = boq.rows.len() - chosen;
    let offerings: BTreeSet<&str> = set_of(boq.rows.iter().map(|row| row.offering_id.as_str()));
    let mut facts = vec![
        KeyValue::new("Status", &cover.status),
        KeyValue::new(
            "Lines",
            format!(
                "{} ({} chosen, {} added with their base) in {}",
                boq.rows.len(),
                chosen,
                derived,
                plural(offerings.len(), "offering", "offerings")
            ),
        ),
        KeyValue::new(
            "Default term",
            plural(usize::try_from(session.quote.term_months).unwrap_or(usize::MAX), "month", "months"),
        ),
    ];
    match &session.quote.price_book {
        Some(book) => facts.push(KeyValue::new("Price book", format!("{} ({})", book.name, book.currency))),
        None => facts.push(KeyValue::new("Price book", "none")),
    }
    facts.extend(totals_key_values(boq));
    section.blocks.push(Block::KeyValues(facts));
    if let Some(refused) = &boq.refused {
        section.blocks.push(Block::Paragraph(refused.to_string()));
    }
    if session.quote.price_book.is_none() {
        section.blocks.push(Block::Paragraph(no_prices_sentence()));
    }
    if boq.illustrative {
        section.blocks.push(Block::Paragraph(ILLUSTRATIVE_NOTE.to_string()));
    }
    if boq.rows.is_empty() {
        section.blocks.push(Block::Paragraph("The quote has no services yet.".into()));
    } else {
        section.blocks.push(Block::Heading("Services in this proposal".into()));
        section
            .blocks
            .push(Block::Bullets(boq.rows.iter().map(|row| format!("{}: {}", row.name, quantity_text(row))).collect()));
    }
    section
}

fn service_sections(catalog: &Catalog, session: &Session, evaluation: &Evaluation, boq: &Boq) -> Vec<Section> {
    let mut sections = Vec::with_capacity(boq.rows.len() + 1);
    let mut intro = Section::new("services", 1, "Selected services");
    intro
        .blocks
        .push(Block::Paragraph("Each service of the bill of quantities, in the words of its service document.".into()));
    sections.push(intro);
    for row in &boq.rows {
        let Some(entry) = catalog.entry(&row.item) else { continue };
        let item = entry.item;
        let mut section = Section::new(format!("service-{}", item.id), 2, item.shown_name().to_string());
        let mut facts = vec![
            KeyValue::new("Offering", &entry.offering.name),
            KeyValue::new("Quantity", quantity_text(row)),
            KeyValue::new("Billing", billing_text(row)),
        ];
        if row.derived {
            let asked_for = catalog.rules().on_request.iter().any(|rule| rule.item == row.item);
            let why = if asked_for {
                "With its base service (asked for in the customer's answers)"
            } else {
                "With its base service (an increment the sizing requires)"
            };
            facts.push(KeyValue::new("Added", why));
        }
        section.blocks.push(Block::KeyValues(facts));
        section.blocks.push(Block::Heading("Content".into()));
        section.blocks.extend(paragraphs(&item.content));
        if !item.scenario.trim().is_empty() {
            section.blocks.push(Block::Heading("Applicable scenario".into()));
            section.blocks.extend(paragraphs(&item.scenario));
        }
        if !item.deliverables.is_empty() {
            section.blocks.push(Block::Heading("Deliverables".into()));
            section.blocks.push(Block::Bullets(item.deliverables.clone()));
        }
        if !item.acceptance_report.trim().is_empty() {
            section.blocks.push(Block::Heading("Acceptance report".into()));
            section.blocks.extend(paragraphs(&item.acceptance_report));
        }
        if !item.includes.is_empty() {
            section.blocks.push(Block::Heading("Service items included".into()));
            section.blocks.push(Block::Table(Table {
                caption: format!("Service items of {}", item.shown_name()),
                header: vec!["Phase".into(), "Service item".into(), "Content".into()],
                rows: item.includes.iter().map(|i| vec![i.phase.clone(), i.item.clone(), i.content.clone()]).collect(),
                numeric_columns: Vec::new(),
            }));
        }
        let mut sizing = Vec::new();
        if let Some(because) = &row.because {
            let stop = if because.ends_with('.') { "" } else { "." };
            sizing.push(Block::Paragraph(format!("{because}{stop}")));
        }
        let derived_quantity = evaluation.line(&row.item).and_then(|line| line.derived_quantity);
        // An override is printed only where it applies: a derived quantity that is not
        // held to one per quote (elsewhere the rules ignore it and say so).
        let override_applies = derived_quantity.is_some() && !catalog.index().once_per_quote_of.contains_key(&row.item);
        let applied =
            session.quote.line(&row.item).and_then(|line| line.quantity_override.as_ref()).filter(|_| override_applies);
        if let Some(o) = applied {
            let instead = derived_quantity.map(|d| format!(" instead of the derived {d}")).unwrap_or_default();
            sizing.push(Block::Paragraph(format!(
                "Quantity set to {} by the sales engineer{instead}: {}",
                o.quantity, o.reason
            )));
        }
        if !sizing.is_empty() {
            section.blocks.push(Block::Heading("Sizing".into()));
            section.blocks.extend(sizing);
        }
        sections.push(section);
    }
    sections
}

/// The status of each prerequisite of a document: confirmed, to confirm, or (lead times)
/// checked against the date.
fn prerequisite_rows(catalog: &Catalog, session: &Session, document: &SeedDocument) -> Vec<Vec<String>> {
    let profile = &session.profile;
    document
        .prerequisites
        .iter()
        .map(|prerequisite| {
            let lead_time = catalog.rules().lead_times.iter().find(|rule| rule.prerequisite == prerequisite.id);
            let status = match lead_time {
                Some(rule) => {
                    let earliest = profile.calendar().nth_working_day_after(profile.quote_date, rule.working_days);
                    let label = rule.input.label();
                    match profile.date(rule.input) {
                        None => format!("Not checked yet: needs the {label}"),
                        Some(date) if date >= earliest => format!(
                            "Met: the {label} {date} is on or after {earliest}, {} working days after the quote date {}",
                            rule.working_days, profile.quote_date
                        ),
                        Some(date) => format!(
                            "Not met: the {label} {date} is before {earliest}, {} working days after the quote date {}",
                            rule.working_days, profile.quote_date
                        ),
                    }
                }
                None if profile.attested_prerequisites.contains(&prerequisite.id) => {
                    "Confirmed by the customer".to_string()
                }
                None => match session.quote.status {
                    QuoteStatus::Draft => "To confirm before the quote is issued".to_string(),
                    QuoteStatus::Final => "Not confirmed (the quote is marked final)".to_string(),
                },
            };
            vec![prerequisite.text.clone(), status]
        })
        .collect()
}

fn bullets_or_nothing(blocks: &mut Vec<Block>, heading: &str, items: &[String]) {
    if !items.is_empty() {
        blocks.push(Block::Heading(heading.into()));
        blocks.push(Block::Bullets(items.to_vec()));
    }
}

fn terms_sections(catalog: &Catalog, session: &Session, boq: &Boq) -> Vec<Section> {
    let mut used: Vec<&str> = Vec::new();
    for row in &boq.rows {
        if !used.contains(&row.offering_id.as_str()) {
            used.push(row.offering_id.as_str());
        }
    }
    if used.is_empty() {
        return Vec::new();
    }
    let mut intro = Section::new("terms", 1, "Service terms");
    intro.blocks.push(Block::Paragraph(
        "For each offering of the quote: prerequisites and their status, scope, service region, service process, responsibilities and acceptance criteria, as its service document states them."
            .into(),
    ));
    let mut sections = vec![intro];
    // Prerequisites, region, process and responsibilities belong to the service document:
    // printed with its first offering, referred to from the others.
    let mut documents_printed: Vec<(&str, &str)> = Vec::new();
    for offering_id in used {
        let Some((document, offering)) = catalog.offering(offering_id) else { continue };
        let mut section = Section::new(format!("terms-{}", offering.id), 2, offering.name.clone());
        section.blocks.extend(paragraphs(&offering.description));
        bullets_or_nothing(&mut section.blocks, "Notes", &offering.notes);
        let first_offering = documents_printed.iter().find(|(seed, _)| *seed == document.seed).map(|(_, name)| *name);
        match first_offering {
            Some(name) => section.blocks.push(Block::Paragraph(format!(
                "Prerequisites, service region, service process and responsibilities: as for {name} above (the same service document)."
            ))),
            None => {
                documents_printed.push((document.seed.as_str(), offering.name.as_str()));
                document_terms(catalog, session, document, &mut section.blocks);
            }
        }
        scope_blocks(offering, &mut section.blocks);
        responsibility_details(offering, &mut section.blocks);
        if !offering.acceptance_criteria.is_empty() {
            section.blocks.push(Block::Heading("Acceptance criteria".into()));
            for criterion in &offering.acceptance_criteria {
                section.blocks.extend(paragraphs(criterion));
            }
        }
        sections.push(section);
    }
    sections
}

/// The document-level terms: prerequisites with their status, region, process tables and
/// the responsibility matrix.
fn document_terms(catalog: &Catalog, session: &Session, document: &SeedDocument, blocks: &mut Vec<Block>) {
    if !document.prerequisites.is_empty() {
        blocks.push(Block::Heading("Prerequisites".into()));
        blocks.push(Block::Table(Table {
            caption: "Prerequisites and their status".into(),
            header: vec!["Prerequisite".into(), "Status".into()],
            rows: prerequisite_rows(catalog, session, document),
            numeric_columns: Vec::new(),
        }));
    }
    if let Some(region) = &document.service_regions {
        blocks.push(Block::Heading("Service region".into()));
        blocks.extend(paragraphs(region));
    }
    if !document.process.is_empty() {
        blocks.push(Block::Heading("Service process".into()));
        for table in &document.process {
            if let Some(note) = &table.note {
                blocks.extend(paragraphs(note));
            }
            let with_content = table.phases.iter().any(|phase| phase.content.is_some());
            let mut header = vec!["Phase".to_string()];
            if with_content {
                header.push("Content".into());
            }
            header.push("Description".into());
            let rows = table
                .phases
                .iter()
                .map(|phase| {
                    let mut row = vec![phase.phase.clone()];
                    if with_content {
                        row.push(phase.content.clone().unwrap_or_default());
                    }
                    row.push(phase.description.clone());
                    row
                })
                .collect();
            blocks.push(Block::Table(Table { caption: table.name.clone(), header, rows, numeric_columns: Vec::new() }));
        }
    }
    let responsibilities = &document.responsibilities;
    if !(responsibilities.shared.is_empty()
        && responsibilities.huawei.is_empty()
        && responsibilities.customer.is_empty())
    {
        blocks.push(Block::Heading("Responsibility matrix".into()));
        for (label, items) in [
            ("Shared responsibilities", &responsibilities.shared),
            ("Huawei Cloud's responsibilities", &responsibilities.huawei),
            ("The customer's responsibilities", &responsibilities.customer),
        ] {
            if !items.is_empty() {
                blocks.push(Block::Paragraph(format!("{label}:")));
                blocks.push(Block::Bullets(items.clone()));
            }
        }
    }
}

fn scope_blocks(offering: &Offering, blocks: &mut Vec<Block>) {
    if !offering.covered.is_empty() || offering.covered_intro.is_some() {
        blocks.push(Block::Heading("Scope covered".into()));
        if let Some(intro) = &offering.covered_intro {
            blocks.extend(paragraphs(intro));
        }
        if !offering.covered.is_empty() {
            blocks.push(Block::Bullets(offering.covered.clone()));
        }
    }
    if !offering.not_covered.is_empty() || offering.not_covered_intro.is_some() {
        blocks.push(Block::Heading("Not covered".into()));
        if let Some(intro) = &offering.not_covered_intro {
            blocks.extend(paragraphs(intro));
        }
        if !offering.not_covered.is_empty() {
            blocks.push(Block::Bullets(offering.not_covered.iter().map(|n| n.text.clone()).collect()));
        }
    }
}

fn responsibility_details(offering: &Offering, blocks: &mut Vec<Block>) {
    if offering.responsibility_details.is_empty() {
        return;
    }
    blocks.push(Block::Heading("Responsibility details".into()));
    for line in &offering.responsibility_intro {
        blocks.extend(paragraphs(line));
    }
    let with_section = offering.responsibility_details.iter().any(|row| row.section.is_some());
    let mut header = vec!["No.".to_string()];
    if with_section {
        header.push("Area".into());
    }
    header.extend(["Process".into(), "Content".into(), "Huawei".into(), "Customer".into()]);
    let rows = offering
        .responsibility_details
        .iter()
        .map(|row| {
            let mut cells = vec![row.no.clone()];
            if with_section {
                cells.push(row.section.clone().unwrap_or_default());
            }
            cells.extend([row.process.clone(), row.content.clone(), row.huawei.clone(), row.customer.clone()]);
            cells
        })
        .collect();
    blocks.push(Block::Table(Table {
        caption: format!("Responsibility details of {} (R: responsible, S: supporting)", offering.name),
        header,
        rows,
        numeric_columns: Vec::new(),
    }));
}

fn assumptions(evaluation: &Evaluation, session: &Session, cover: &Cover) -> Section {
    let mut section = Section::new("assumptions", 1, "Assumptions and risks");
    let blocks = &mut section.blocks;
    if cover.draft {
        blocks.push(Block::Heading("Open errors".into()));
        blocks.push(Block::Paragraph(
            "This proposal is a DRAFT: it cannot be issued until these errors are resolved.".into(),
        ));
        blocks.push(Block::Bullets(cover.open_errors.clone()));
    }
    let risks: Vec<Vec<String>> = evaluation
        .findings
        .iter()
        .filter(|f| f.severity == Severity::Warning && f.exception.is_none())
        .map(|f| vec![f.message.clone(), sources_text(f)])
        .collect();
    blocks.push(Block::Heading("Risks".into()));
    if risks.is_empty() {
        blocks.push(Block::Paragraph("No warning is open.".into()));
    } else {
        blocks.push(Block::Table(Table {
            caption: "Warnings: allowed, and printed here".into(),
            header: vec!["Risk".into(), "Source".into()],
            rows: risks,
            numeric_columns: Vec::new(),
        }));
    }
    let exceptions: Vec<Vec<String>> = evaluation
        .findings
        .iter()
        .filter_map(|f| {
            f.exception
                .as_ref()
                .map(|reason| vec![severity_label(f.severity).to_string(), f.message.clone(), reason.clone()])
        })
        .collect();
    if !exceptions.is_empty() {
        blocks.push(Block::Heading("Recorded exceptions".into()));
        blocks.push(Block::Table(Table {
            caption: "Findings accepted by the sales engineer, with the written reason".into(),
            header: vec!["Severity".into(), "Finding".into(), "Reason".into()],
            rows: exceptions,
            numeric_columns: Vec::new(),
        }));
    }
    let decisions = decisions_used(evaluation);
    if !decisions.is_empty() {
        blocks.push(Block::Heading("Decisions applied where the service documents are silent".into()));
        blocks.push(Block::Table(Table {
            caption: "Assumptions (catalog-rules \u{a7}8)".into(),
            header: vec!["Decision".into(), "Assumption".into()],
            rows: decisions.into_iter().map(|(section, text)| vec![section, text]).collect(),
            numeric_columns: Vec::new(),
        }));
    }
    let notes: Vec<String> = evaluation
        .findings
        .iter()
        .filter(|f| f.severity == Severity::Info && matches!(f.key.rule, RuleKind::Notice | RuleKind::Advice))
        .map(|f| f.message.clone())
        .collect();
    bullets_or_nothing(blocks, "Notes", &notes);
    let mut ours = vec![format!(
        "Validity: {}. The service documents state no validity period; this is an assumption of the configurator.",
        cover.validity
    )];
    if session.quote.price_book.is_some() {
        ours.push(
            "Amounts: each line is rounded once to the currency's minor unit (half away from zero); a periodic line's amount over its term is its monthly amount times the months; totals are sums of line amounts."
                .into(),
        );
    }
    if cover.illustrative {
        ours.push(ILLUSTRATIVE_NOTE.to_string());
    }
    blocks.push(Block::Heading("Assumptions of this proposal".into()));
    blocks.push(Block::Bullets(ours));
    section
}

fn boq_section(boq: &Boq) -> Section {
    let mut section = Section::new("boq", 1, "Bill of quantities");
    let currency = boq.currency.as_deref().unwrap_or("");
    let priced = boq.currency.is_some();
    if boq.illustrative {
        section.blocks.push(Block::Paragraph(ILLUSTRATIVE_NOTE.to_string()));
    }
    if !priced {
        section.blocks.push(Block::Paragraph(no_prices_sentence()));
    }
    let rows = boq
        .rows
        .iter()
        .map(|row| {
            let amount = match (&boq.refused, row.amount) {
                (Some(refused), None) if refused.line == row.no => "too large to hold exactly".to_string(),
                (_, None) if priced && row.unit_price.is_none() => "price on request".to_string(),
                (_, amount) => money(currency, amount),
            };
            vec![
                row.no.to_string(),
                row.name.clone(),
                quantity_text(row),
                term_text(row),
                money(currency, row.unit_price),
                format!("{} %", row.discount.percent_text()),
                money(currency, row.monthly),
                amount,
            ]
        })
        .collect();
    let caption = if priced {
        format!("Bill of quantities ({currency}; periodic items are priced per month)")
    } else {
        "Bill of quantities".to_string()
    };
    section.blocks.push(Block::Table(Table {
        caption,
        header: vec![
            "No.".into(),
            "Item".into(),
            "Quantity".into(),
            "Term".into(),
            "Unit price".into(),
            "Discount".into(),
            "Per month".into(),
            "Amount".into(),
        ],
        rows,
        numeric_columns: vec![0, 4, 5, 6, 7],
    }));
    if !boq.subtotals.is_empty() {
        section.blocks.push(Block::Table(Table {
            caption: "Subtotals per offering".into(),
            header: vec!["Offering".into(), "Lines".into(), "One-off".into(), "Per month".into(), "Total".into()],
            rows: boq
                .subtotals
                .iter()
                .map(|s| {
                    vec![
                        s.offering.clone(),
                        s.lines.to_string(),
                        format_amount(currency, s.one_off),
                        format_amount(currency, s.monthly),
                        format_amount(currency, s.total),
                    ]
                })
                .collect(),
            numeric_columns: vec![1, 2, 3, 4],
        }));
    }
    section
}

fn totals_section(boq: &Boq) -> Section {
    let mut section = Section::new("totals", 1, "Totals");
    if let Some(refused) = &boq.refused {
        section.blocks.push(Block::Paragraph(refused.to_string()));
    } else if boq.totals.is_some() {
        section.blocks.push(Block::KeyValues(totals_key_values(boq)));
    } else {
        section.blocks.push(Block::Paragraph(no_prices_sentence()));
    }
    if boq.illustrative {
        section.blocks.push(Block::Paragraph(ILLUSTRATIVE_NOTE.to_string()));
    }
    section
}
