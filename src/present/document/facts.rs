//! Facts of a quote that the proposal, the spreadsheet and the CSV all print, worded in
//! one place: its id, validity, who prepared it, its status, the versions of the service
//! documents, and how a BOQ row's quantity, billing and term read.

use std::collections::BTreeSet;

use crate::domain::boq::{Boq, BoqRow};
use crate::domain::calendar::Date;
use crate::domain::catalog::{Billing, Catalog, SeedDocument};
use crate::domain::money::Minor;
use crate::domain::order::set_of;
use crate::domain::quote::QuoteStatus;
use crate::domain::revisions::id_of;
use crate::domain::session::{Mode, Session};
use crate::present::text::Texts;

use super::KeyValue;

/// How long a proposal is valid, in days from the quote date.
///
/// This is an assumption of the configurator, not a term of the service documents (they
/// give no validity period); the proposal prints it as such.
pub const VALIDITY_DAYS: i64 = 30;

/// A short id for a quote (`Q-1A2B-3C4D-5E6F`). Once the quote is issued, the id it keeps
/// across revisions (catalog-rules §11, fixed at its first issue); before, one derived from
/// its content: 12 hex digits of the FNV-1a hash of the session's JSON, so the same
/// session always gives the same id and any change to it gives another.
pub fn quote_id(session: &Session) -> String {
    match session.revisions.id.as_str() {
        "" => content_id(session),
        kept => kept.to_string(),
    }
}

/// An id of the session's content: any change gives another (what a prepared printed
/// proposal is checked against before the browser prints it).
pub fn content_id(session: &Session) -> String {
    id_of(&session.to_json())
}

/// The validity sentence: "30 days from the quote date (until 2026-02-04)".
pub fn validity(texts: &Texts, quote_date: Date) -> String {
    let days = u64::try_from(VALIDITY_DAYS).unwrap_or_default();
    texts.document.validity.fill(texts.words.day.count(days), (texts.words.date)(quote_date.add_days(VALIDITY_DAYS)))
}

/// Who the proposal says prepared it.
pub fn prepared_by(texts: &Texts, mode: Mode) -> &'static str {
    match mode {
        Mode::SalesEngineer => texts.document.prepared_by_sales,
        Mode::Customer => texts.document.prepared_by_customer,
    }
}

/// The quote's status: "Draft" or "Final" as marked, and whether it can be issued as
/// evaluated ("Final, has open errors").
pub fn status_text(texts: &Texts, status: QuoteStatus, can_issue: bool) -> String {
    let marked = match status {
        QuoteStatus::Draft => texts.document.marked_draft,
        QuoteStatus::Final => texts.document.marked_final,
    };
    (texts.document.status)(marked, can_issue)
}

/// The version of one service document: its "Updated on" date and the offerings of the
/// quote it describes.
#[derive(Clone, Debug, PartialEq, Eq)]
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
    pub fn label(&self, texts: &Texts) -> String {
        texts.document.updated_on.fill(self.offerings.join(texts.words.comma), &self.updated_on)
    }
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

/// Every version on one line.
pub fn versions_text(texts: &Texts, versions: &[CatalogVersion]) -> String {
    versions.iter().map(|version| version.label(texts)).collect::<Vec<_>>().join(texts.words.semicolon)
}

/// An amount, or nothing.
pub fn money(texts: &Texts, currency: &str, amount: Option<Minor>) -> String {
    amount.map(|amount| texts.amount(currency, amount)).unwrap_or_default()
}

/// Quantity and unit: "3 × scenario".
pub fn quantity_text(texts: &Texts, row: &BoqRow) -> String {
    texts.boq.quantity.fill(row.quantity, (texts.words.unit)(row.unit))
}

/// How a row is billed: "Per month, over 24 months", "One-off".
pub fn billing_text(texts: &Texts, row: &BoqRow) -> String {
    match (row.billing, row.term_months) {
        (Billing::Periodic, Some(months)) => (texts.boq.per_month_over)(months),
        (Billing::Periodic, None) => texts.boq.per_month.to_string(),
        (Billing::OneOff, _) => texts.boq.one_off.to_string(),
    }
}

/// The BOQ's term column: "24 months" for a periodic line, "One-off".
pub fn term_text(texts: &Texts, row: &BoqRow) -> String {
    match (row.billing, row.term_months) {
        (Billing::Periodic, Some(months)) => texts.words.month.count(months),
        (Billing::Periodic, None) => texts.boq.per_month.to_string(),
        (Billing::OneOff, _) => texts.boq.one_off.to_string(),
    }
}

/// A row's amount as the BOQ prints it: the amount, "too large to hold exactly" for the
/// refused line, "price on request" for a line a price book leaves unpriced.
pub fn amount_text(texts: &Texts, boq: &Boq, row: &BoqRow) -> String {
    let currency = boq.currency.as_deref().unwrap_or("");
    match (&boq.refused, row.amount) {
        (Some(refused), None) if refused.line == row.no => texts.boq.too_large.to_string(),
        (_, None) if boq.currency.is_some() && row.unit_price.is_none() => texts.boq.price_on_request.to_string(),
        (_, amount) => money(texts, currency, amount),
    }
}

/// The totals with their labels, and the count of lines without a price.
pub fn totals_key_values(texts: &Texts, boq: &Boq) -> Vec<KeyValue> {
    let Some(totals) = &boq.totals else { return Vec::new() };
    let currency = totals.currency.as_str();
    let [one_off, monthly, yearly, grand_total] = texts.boq.total_labels;
    let mut rows = vec![
        KeyValue::new(one_off, texts.amount(currency, totals.one_off)),
        KeyValue::new(monthly, texts.amount(currency, totals.monthly)),
        KeyValue::new(yearly, texts.amount(currency, totals.yearly)),
        KeyValue::new(grand_total, texts.amount(currency, totals.grand_total)),
    ];
    if totals.unpriced_lines > 0 {
        rows.push(KeyValue::new(texts.boq.unpriced_lines, texts.boq.unpriced_lines_value.fill(totals.unpriced_lines)));
    }
    rows
}
