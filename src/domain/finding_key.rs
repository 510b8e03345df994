//! The identity of a rule result: its rule family and subject. Its own module because a
//! quote records exceptions against it, and the rules engine reads the quote: neither
//! imports the other for it.

use serde::{Deserialize, Serialize};

/// The rule family a finding comes from.
#[derive(Clone, Copy, Debug, Deserialize, Serialize, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[serde(rename_all = "snake_case")]
pub enum RuleKind {
    /// §2 derived increment arithmetic.
    Increment,
    /// §3 an increment without its base.
    MissingBase,
    /// §3 / §8.4 two items that exclude each other.
    Exclusion,
    /// §4 size band (IT employees, O&M application systems, departments, concurrency).
    SizeBand,
    /// §5 lead time.
    LeadTime,
    /// §5 region.
    Region,
    /// §5 prerequisite attestation.
    Prerequisite,
    /// §5 not-covered scope declared in scope.
    NotCovered,
    /// §6 an input a selected item's rule needs.
    MissingInput,
    /// §7 term (whole years, 1-36 months).
    Term,
    /// §6 a derived quantity overridden by a sales engineer.
    QuantityOverride,
    /// Notes printed with an item (CPTS, MDR).
    Notice,
    /// Advice to add a companion item.
    Advice,
    /// A quote line naming an item the catalog does not have.
    UnknownItem,
    /// §7 / §8.10 a once-per-quote line asking for another quantity, corrected to 1.
    QuantityCorrected,
    /// §7 / §8.13 an amount of the BOQ too large to hold exactly: the quote cannot be issued.
    AmountTooLarge,
}

impl RuleKind {
    /// A short stable name (element ids, logs).
    pub fn key(self) -> &'static str {
        match self {
            RuleKind::Increment => "increment",
            RuleKind::MissingBase => "missing-base",
            RuleKind::Exclusion => "exclusion",
            RuleKind::SizeBand => "size-band",
            RuleKind::LeadTime => "lead-time",
            RuleKind::Region => "region",
            RuleKind::Prerequisite => "prerequisite",
            RuleKind::NotCovered => "not-covered",
            RuleKind::MissingInput => "missing-input",
            RuleKind::Term => "term",
            RuleKind::QuantityOverride => "quantity-override",
            RuleKind::Notice => "notice",
            RuleKind::Advice => "advice",
            RuleKind::UnknownItem => "unknown-item",
            RuleKind::QuantityCorrected => "quantity-corrected",
            RuleKind::AmountTooLarge => "amount-too-large",
        }
    }

    /// Whether a sales engineer may accept its finding as a recorded exception. An amount
    /// that cannot be computed is never accepted: nothing issuable has a total that cannot
    /// be computed (catalog-rules §7).
    pub fn can_be_excepted(self) -> bool {
        !matches!(self, RuleKind::AmountTooLarge)
    }
}

/// Identifies a finding across evaluations (exceptions are recorded against it).
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[serde(deny_unknown_fields)]
pub struct FindingKey {
    /// Rule family.
    pub rule: RuleKind,
    /// What it is about: an item id, an offering id, an input, a prerequisite id.
    pub subject: String,
}

impl FindingKey {
    /// A key.
    pub fn new(rule: RuleKind, subject: impl Into<String>) -> FindingKey {
        FindingKey { rule, subject: subject.into() }
    }
}
