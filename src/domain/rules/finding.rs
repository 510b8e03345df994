//! Rule results as data: what is wrong or worth knowing, why, the sentence it rests on,
//! and the concrete changes that would clear it.

use serde::{Deserialize, Serialize};

use crate::domain::calendar::Date;
pub use crate::domain::catalog::Severity;
use crate::domain::catalog::{Catalog, Cite, CiteRef, DateInput, ItemId, NumericInput, ScopeArea};

pub use super::fact::{Band, DateFalls, EditionThatFits, Fact, FixLabel};
pub use crate::domain::finding_key::{FindingKey, RuleKind};

/// A source a finding rests on, resolved for display.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq, Eq)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Citation {
    /// A verbatim sentence of a seed document.
    Seed {
        /// Seed file name.
        file: String,
        /// The sentence.
        sentence: String,
    },
    /// A decision of catalog-rules §8, shown as an assumption.
    Assumption {
        /// "catalog-rules §8.N".
        section: String,
        /// The decision in words.
        text: String,
    },
}

impl Citation {
    /// Resolves rule-book references against the catalog (file names, decision texts).
    pub fn resolve(catalog: &Catalog, cites: &[CiteRef]) -> Vec<Citation> {
        cites
            .iter()
            .filter_map(|cite| match cite.kind() {
                Cite::Seed { seed, sentence } => Some(Citation::Seed {
                    file: catalog.seed_file(seed).unwrap_or(seed).to_string(),
                    sentence: sentence.to_string(),
                }),
                Cite::Decision { decision } => Some(Citation::Assumption {
                    section: format!("catalog-rules §{decision}"),
                    text: catalog.rules().decisions.get(decision).cloned().unwrap_or_default(),
                }),
                Cite::Invalid => None,
            })
            .collect()
    }
}

/// A change to the profile or quote that a fix makes.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq, Eq)]
#[serde(tag = "action", rename_all = "snake_case")]
pub enum FixAction {
    /// Add an item to the quote.
    AddItem {
        /// The item.
        item: ItemId,
    },
    /// Remove an item from the quote.
    RemoveItem {
        /// The item.
        item: ItemId,
    },
    /// Remove every quoted item of an offering.
    RemoveOffering {
        /// The offering id.
        offering: String,
    },
    /// Swap one item for another, keeping the line's terms.
    ReplaceItem {
        /// Item to take out.
        from: ItemId,
        /// Item to put in.
        to: ItemId,
    },
    /// Record that the customer already holds a contract for a base item.
    DeclareContract {
        /// The base item.
        item: ItemId,
    },
    /// Set a date answer.
    SetDate {
        /// Which date.
        input: DateInput,
        /// The new date.
        date: Date,
    },
    /// Set a line's term in months.
    SetTerm {
        /// The item.
        item: ItemId,
        /// Months.
        months: u32,
    },
    /// Mark a prerequisite as met.
    AttestPrerequisite {
        /// Prerequisite id.
        prerequisite: String,
    },
    /// Take a declared scope area out of scope.
    UndeclareScope {
        /// The area.
        area: ScopeArea,
    },
    /// Set the quantity a line asks for (a once-per-quote line back to 1).
    SetQuantity {
        /// The item.
        item: ItemId,
        /// The quantity.
        quantity: u32,
    },
    /// Return a line to its derived quantity.
    ClearQuantityOverride {
        /// The item.
        item: ItemId,
    },
    /// Ask the user for a number (the UI focuses the field; nothing changes by itself).
    EnterNumber {
        /// Which answer.
        input: NumericInput,
    },
    /// Ask the user for a date.
    EnterDate {
        /// Which answer.
        input: DateInput,
    },
    /// Ask the user for the region.
    EnterRegion,
}

impl FixAction {
    /// Whether applying the fix changes the quote or profile by itself (the `Enter*`
    /// actions only point at a field).
    pub fn is_automatic(&self) -> bool {
        !matches!(self, FixAction::EnterNumber { .. } | FixAction::EnterDate { .. } | FixAction::EnterRegion)
    }
}

/// One way to clear a finding.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq, Eq)]
pub struct Fix {
    /// What its button says it does.
    pub label: FixLabel,
    /// What it changes.
    pub action: FixAction,
    /// Errors this fix would itself raise, said up front (empty for a clean fix).
    pub introduces: Vec<SideEffect>,
}

impl Fix {
    /// A fix whose side effects are not known yet: the engine announces them from the
    /// action once every finding is in (`availability::announce_side_effects`).
    pub fn new(label: FixLabel, action: FixAction) -> Fix {
        Fix { label, action, introduces: Vec::new() }
    }
}

/// An error a fix would raise, announced on the fix.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq, Eq)]
pub struct SideEffect {
    /// The finding it would raise.
    pub key: FindingKey,
    /// What it says.
    pub fact: Fact,
}

impl SideEffect {
    /// The side effect of raising this finding.
    pub fn of(finding: &Finding) -> SideEffect {
        SideEffect { key: finding.key.clone(), fact: finding.fact.clone() }
    }
}

/// One result of the rules engine.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq, Eq)]
pub struct Finding {
    /// Stable identity.
    pub key: FindingKey,
    /// Severity (§6).
    pub severity: Severity,
    /// What it says, as data (`present::words` words it).
    pub fact: Fact,
    /// The item it concerns, if one.
    pub item: Option<ItemId>,
    /// Sentences / decisions it rests on.
    pub citations: Vec<Citation>,
    /// At most two fixes, best first.
    pub fixes: Vec<Fix>,
    /// The written reason when a sales engineer accepted it as an exception.
    pub exception: Option<String>,
}

impl Finding {
    /// A finding without fixes.
    pub fn new(key: FindingKey, severity: Severity, fact: Fact, citations: Vec<Citation>) -> Finding {
        Finding { key, severity, fact, item: None, citations, fixes: Vec::new(), exception: None }
    }

    /// Sets the item it concerns.
    pub fn about(mut self, item: &str) -> Finding {
        self.item = Some(item.to_string());
        self
    }

    /// Adds a fix.
    pub fn fix(mut self, fix: Fix) -> Finding {
        self.fixes.push(fix);
        self
    }

    /// Whether a sales engineer may accept it as a recorded exception (errors and
    /// warnings, except an amount that cannot be computed).
    pub fn can_be_excepted(&self) -> bool {
        self.severity != Severity::Info && self.key.rule.can_be_excepted()
    }

    /// Whether it blocks issuing the quote as final (an error without an exception).
    pub fn blocks(&self) -> bool {
        self.severity == Severity::Error && self.exception.is_none()
    }
}
