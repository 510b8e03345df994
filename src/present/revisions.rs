//! Revisions worded (catalog-rules §11): what changed between two issued revisions, one
//! plain sentence per change ("Chaos Engineering Drill Service Incremental Package:
//! quantity changed from 3 to 5 (10 drill scenarios: ...)."), and a revision as the list
//! of revisions names it. The proposal's changes part and the screen's revision list both
//! read these.

use crate::domain::boq::Boq;
use crate::domain::money::Minor;
use crate::domain::revisions::{changes, IssuedAs, Revision, RevisionChange};

use super::compare::total_label;
use super::document::facts::quantity_text;
use super::text::Texts;
use super::words::Reporter;

/// A revision in the list: "Revision 2, issued 2026-12-05 as a proposal".
pub fn revision_line(texts: &Texts, revision: &Revision) -> String {
    let [proposal, spreadsheet, link] = texts.revisions.issued_as;
    let how = match revision.issued_as {
        IssuedAs::Proposal => proposal,
        IssuedAs::Spreadsheet => spreadsheet,
        IssuedAs::Link => link,
    };
    texts.revisions.item.fill(revision.number, (texts.words.date)(revision.date), how)
}

/// What changed from `before` to `after` (each the issued option's BOQ), a sentence each.
pub fn change_sentences(reporter: &Reporter<'_>, before: &Boq, after: &Boq) -> Vec<String> {
    let currency = after.currency.as_deref().or(before.currency.as_deref()).unwrap_or("");
    changes(reporter.catalog, before, after).iter().map(|change| sentence(reporter, change, currency)).collect()
}

/// One change as a sentence.
fn sentence(reporter: &Reporter<'_>, change: &RevisionChange, currency: &str) -> String {
    let texts = reporter.texts;
    let r = &texts.revisions;
    let name = |item: &str| reporter.catalog.name_of(item).to_string();
    let term =
        |months: Option<u32>| months.map_or_else(|| texts.boq.per_month.to_string(), |m| texts.words.month.count(m));
    let price = |price: Option<Minor>| {
        price.map_or_else(|| texts.boq.price_on_request.to_string(), |p| texts.amount(currency, p))
    };
    match change {
        RevisionChange::Added { item, row } => r.added.fill(name(item), quantity_text(texts, row)),
        RevisionChange::Removed { item } => r.removed.fill(name(item)),
        RevisionChange::Quantity { row, from } => match change.because() {
            Some(because) => r.quantity_because.fill(&row.name, from, row.quantity, reporter.because(because)),
            None => r.quantity.fill(&row.name, from, row.quantity),
        },
        RevisionChange::Term { row, from } => r.term.fill(&row.name, term(*from), term(row.term_months)),
        RevisionChange::Discount { row, from } => r.discount.fill(
            &row.name,
            texts.boq.discount.fill(texts.percent(*from)),
            texts.boq.discount.fill(texts.percent(row.discount)),
        ),
        RevisionChange::Price { row, from } => r.price.fill(&row.name, price(*from), price(row.unit_price)),
        RevisionChange::Total { kind, currency, from, to } => {
            r.total.fill(total_label(texts, *kind), texts.amount(currency, *from), texts.amount(currency, *to))
        }
    }
}
