//! The proposal's judgement of a quote, worded once: open errors, risks, prerequisites to
//! confirm, recorded exceptions, the §8 decisions applied, notes and what the services do
//! not cover. The screen's "Proposal summary" and the proposal's "Assumptions and risks"
//! (print, Word) both render this, so they list the same things in the same order and
//! the same words.

use crate::domain::catalog::Catalog;
use crate::domain::rules::{Citation, Evaluation, RuleKind, Severity};

use super::words::Reporter;

/// A warning left open, with its sources.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Risk {
    /// What it says.
    pub text: String,
    /// Its sources, one a line.
    pub sources: String,
}

/// A finding accepted by a sales engineer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RecordedException {
    /// Its severity in words.
    pub severity: String,
    /// What it says.
    pub finding: String,
    /// The written reason.
    pub reason: String,
}

/// A §8 decision applied.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Decision {
    /// "catalog-rules §8.N".
    pub section: String,
    /// The decision.
    pub text: String,
}

/// A scope item an offering of the quote does not cover (seed text).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NotCovered {
    /// The offering's name.
    pub offering: String,
    /// The seed sentence.
    pub text: String,
}

/// Everything the summary and the proposal's assumptions part say about a quote.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ProposalSummary {
    /// Errors without an exception: while any is open, the quote is a DRAFT.
    pub open_errors: Vec<String>,
    /// Warnings without an exception.
    pub risks: Vec<Risk>,
    /// Prerequisites the customer still has to confirm (a draft's reminders).
    pub to_confirm: Vec<String>,
    /// Findings accepted with a written reason.
    pub exceptions: Vec<RecordedException>,
    /// The decisions applied where the service documents are silent, in section order.
    pub decisions: Vec<Decision>,
    /// Notes printed with items and optional companions.
    pub notes: Vec<String>,
    /// What the quoted offerings do not cover, offering by offering.
    pub not_covered: Vec<NotCovered>,
}

impl ProposalSummary {
    /// The summary of an evaluation, worded by `words`.
    pub fn build(catalog: &Catalog, evaluation: &Evaluation, words: &Reporter<'_>) -> ProposalSummary {
        let findings = &evaluation.findings;
        let open_errors = findings.iter().filter(|f| f.blocks()).map(|f| words.finding(f)).collect();
        let risks = findings
            .iter()
            .filter(|f| f.severity == Severity::Warning && f.exception.is_none())
            .map(|f| Risk { text: words.finding(f), sources: words.sources(f) })
            .collect();
        let to_confirm = findings
            .iter()
            .filter(|f| f.key.rule == RuleKind::Prerequisite && f.severity == Severity::Info)
            .map(|f| words.finding(f))
            .collect();
        let exceptions = findings
            .iter()
            .filter_map(|f| {
                f.exception.as_ref().map(|reason| RecordedException {
                    severity: (words.texts.words.severity)(f.severity).to_string(),
                    finding: words.finding(f),
                    reason: reason.clone(),
                })
            })
            .collect();
        let decisions = evaluation
            .assumptions
            .iter()
            .filter_map(|citation| match citation {
                Citation::Assumption { section, text } => {
                    Some(Decision { section: section.clone(), text: text.clone() })
                }
                Citation::Seed { .. } => None,
            })
            .collect();
        let notes = findings
            .iter()
            .filter(|f| f.severity == Severity::Info && matches!(f.key.rule, RuleKind::Notice | RuleKind::Advice))
            .map(|f| words.finding(f))
            .collect();
        let mut not_covered = Vec::new();
        let mut offerings: Vec<&str> = Vec::new();
        for line in &evaluation.lines {
            let Some(entry) = catalog.entry(&line.item) else { continue };
            if offerings.contains(&entry.offering.id.as_str()) {
                continue;
            }
            offerings.push(entry.offering.id.as_str());
            not_covered.extend(
                entry
                    .offering
                    .not_covered
                    .iter()
                    .map(|n| NotCovered { offering: entry.offering.name.clone(), text: n.text.clone() }),
            );
        }
        ProposalSummary { open_errors, risks, to_confirm, exceptions, decisions, notes, not_covered }
    }

    /// Whether the quote is a DRAFT (an error is open).
    pub fn draft(&self) -> bool {
        !self.open_errors.is_empty()
    }
}
