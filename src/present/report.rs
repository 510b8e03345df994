//! What a saved quote amounts to, as data: the BOQ lines, totals and findings the app
//! would show for it. The `om-quote` command line prints it as JSON, so sales operations
//! can check quotes in bulk and tests can compare the engine with a reading of the spec.
//! Its keys and values are language-neutral data (a finding's `fact`); each finding also
//! carries its English `message`, worded by the same reporter as the app's.

use serde::Serialize;

use crate::domain::boq::Boq;
use crate::domain::catalog::Catalog;
use crate::domain::money::minor_digits;
use crate::domain::rules::{evaluate, Citation, Finding};
use crate::domain::session::{LoadedSession, SESSION_VERSION};
use crate::present::refusals;
use crate::present::text::Language;

use super::words::Reporter;

/// A finding as reported: its data, and its message in English.
#[derive(Clone, Debug, Serialize, PartialEq, Eq)]
pub struct ReportedFinding {
    /// The finding.
    #[serde(flatten)]
    pub finding: Finding,
    /// What it says, in English.
    pub message: String,
}

/// The evaluation of one saved quote.
#[derive(Clone, Debug, Serialize, PartialEq, Eq)]
pub struct QuoteReport {
    /// The session format the report reads (files of older versions are upgraded).
    pub format: u32,
    /// What the upgrade from an older format changed, if it happened.
    pub upgraded: Option<String>,
    /// The customer name.
    pub customer: String,
    /// The quote title.
    pub title: String,
    /// Whether the quote can be issued as final (no error left without an exception).
    pub can_issue: bool,
    /// Decimal digits of the currency's minor unit, when priced (amounts are minor units).
    pub minor_digits: Option<u32>,
    /// The bill of quantities: lines, subtotals, totals (or the refusal of an amount).
    pub boq: Boq,
    /// Every finding: errors, warnings, information.
    pub findings: Vec<ReportedFinding>,
    /// The catalog-rules §8 decisions applied (cited by a finding or shaping a quoted
    /// line), as the proposal lists them among its assumptions.
    pub assumptions: Vec<Citation>,
    /// With several options (catalog-rules §10), each one evaluated alone, in order; the
    /// fields above are the option being edited. Left out for a quote of one option.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub options: Vec<OptionReport>,
}

/// The evaluation of one option of a quote.
#[derive(Clone, Debug, Serialize, PartialEq, Eq)]
pub struct OptionReport {
    /// Its letter ("A").
    pub letter: char,
    /// Its name ("" when unnamed).
    pub name: String,
    /// Whether it is the option being edited (the one a final proposal holds).
    pub edited: bool,
    /// Whether it can be issued as final.
    pub can_issue: bool,
    /// Its bill of quantities.
    pub boq: Boq,
    /// Its findings.
    pub findings: Vec<ReportedFinding>,
}

/// The findings of an evaluation, each with its English message.
fn reported(catalog: &Catalog, findings: Vec<Finding>) -> Vec<ReportedFinding> {
    let words = Reporter::english(catalog);
    findings.into_iter().map(|finding| ReportedFinding { message: words.finding(&finding), finding }).collect()
}

impl QuoteReport {
    /// Evaluates a loaded session with the catalog, as the app does.
    pub fn of(catalog: &Catalog, loaded: &LoadedSession) -> QuoteReport {
        let session = &loaded.session;
        let evaluation = evaluate(catalog, &session.profile, &session.quote);
        let boq = Boq::build(catalog, &session.quote, &evaluation.lines);
        QuoteReport {
            format: SESSION_VERSION,
            upgraded: loaded
                .upgraded
                .as_ref()
                .and_then(|upgrade| refusals::upgrade_told(Language::En.texts(), upgrade, false)),
            customer: session.profile.customer_name.clone(),
            title: session.quote.title.clone(),
            can_issue: evaluation.can_issue(),
            minor_digits: session.quote.price_book.as_ref().map(|book| minor_digits(&book.currency)),
            boq,
            findings: reported(catalog, evaluation.findings),
            assumptions: evaluation.assumptions,
            options: if session.options.count() > 1 {
                session
                    .option_quotes()
                    .into_iter()
                    .map(|option| {
                        let evaluation = evaluate(catalog, &session.profile, &option.quote);
                        OptionReport {
                            letter: option.letter,
                            name: option.name,
                            edited: option.active,
                            can_issue: evaluation.can_issue(),
                            boq: Boq::build(catalog, &option.quote, &evaluation.lines),
                            findings: reported(catalog, evaluation.findings),
                        }
                    })
                    .collect()
            } else {
                Vec::new()
            },
        }
    }
}
