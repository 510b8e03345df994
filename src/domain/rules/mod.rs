//! The rules engine: customer profile + quote -> BOQ quantities, findings that explain
//! themselves, and, for every catalog item, whether it can be added now.
//!
//! One file per rule family; each family reads the rule book (`catalog/data/rules.toml`)
//! and reports data, never `Err` strings. `evaluate` is pure and does not depend on the
//! order of the quote's lines.

mod availability;
mod dependencies;
mod eligibility;
mod exclusions;
mod finding;
mod fixes;
mod increments;
mod inputs;
mod lead_time;
mod prerequisites;
mod region;
mod terms;

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::catalog::{Billing, Catalog, ItemId};
use super::fasthash::{IdMap, IdSet};
use super::money::DiscountBp;
use super::order::{catalog_rank, ordinal_rank, sort_by_rank, Rank};
use super::profile::CustomerProfile;
use super::quote::{Quote, QuoteLine};

pub use availability::{Availability, AvailabilityState};
pub use finding::*;
pub use fixes::apply_fix;
pub use increments::{blocks_needed, increments_needed};
pub use inputs::InputRef;

/// One line of the bill of quantities (prices are applied in `domain::boq`).
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq, Eq)]
pub struct BoqLine {
    /// The catalog item.
    pub item: ItemId,
    /// Quantity quoted.
    pub quantity: u32,
    /// What the rules derive, when the quantity is derived (shown beside an override).
    pub derived_quantity: Option<u32>,
    /// Chosen by the user (false: brought in by its base).
    pub selected: bool,
    /// Why a derived line or quantity is what it is.
    pub because: Option<String>,
    /// Term in months for periodic lines.
    pub term_months: Option<u32>,
    /// Line discount.
    pub discount: DiscountBp,
}

/// Everything the views show, derived from catalog + profile + quote.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Evaluation {
    /// BOQ lines in catalog order.
    pub lines: Vec<BoqLine>,
    /// Findings, errors first.
    pub findings: Vec<Finding>,
    /// For every catalog item (catalog order): can it be added, and if not why.
    pub availability: Vec<Availability>,
}

impl Evaluation {
    /// Whether the quote can be issued as final: no error without a recorded exception.
    pub fn can_issue(&self) -> bool {
        !self.findings.iter().any(Finding::blocks)
    }

    /// Findings of one severity.
    pub fn with_severity(&self, severity: Severity) -> impl Iterator<Item = &Finding> {
        self.findings.iter().filter(move |f| f.severity == severity)
    }

    /// The BOQ line of an item.
    pub fn line(&self, item: &str) -> Option<&BoqLine> {
        self.lines.iter().find(|line| line.item == item)
    }

    /// The availability of an item.
    pub fn availability_of(&self, item: &str) -> Option<&Availability> {
        self.availability.iter().find(|a| a.item == item)
    }
}

/// What every rule family reads.
pub(crate) struct Ctx<'a> {
    pub catalog: &'a Catalog,
    pub profile: &'a CustomerProfile,
    pub quote: &'a Quote,
    /// Selected lines by item (order-independent; a repeated item keeps its first line).
    pub selected: IdMap<&'a str, &'a QuoteLine>,
}

impl<'a> Ctx<'a> {
    fn new(catalog: &'a Catalog, profile: &'a CustomerProfile, quote: &'a Quote) -> Ctx<'a> {
        let mut selected = IdMap::default();
        selected.reserve(quote.lines().len());
        for line in quote.lines() {
            selected.entry(line.item.as_str()).or_insert(line);
        }
        Ctx { catalog, profile, quote, selected }
    }

    /// Whether an item is selected.
    pub fn has(&self, item: &str) -> bool {
        self.selected.contains_key(item)
    }

    /// Whether one of these bases is selected or held under an existing contract.
    pub fn base_available(&self, any_of: &[ItemId]) -> bool {
        any_of.iter().any(|base| self.has(base) || self.profile.has_contract_for(base))
    }
}

/// Evaluates a quote for a customer: the single entry point of the engine.
pub fn evaluate(catalog: &Catalog, profile: &CustomerProfile, quote: &Quote) -> Evaluation {
    let ctx = Ctx::new(catalog, profile, quote);
    let mut findings = Vec::new();
    let mut needs = inputs::MissingInputs::default();

    let mut lines = increments::derive_lines(&ctx, &mut findings, &mut needs);
    lines.sort_by_cached_key(|line| catalog.ordinal(&line.item));
    let quoted: IdSet<&str> = lines.iter().map(|line| line.item.as_str()).collect();

    for item in &quoted {
        dependencies::check_requires(&ctx, item, &mut findings, &mut needs);
        eligibility::check_bands(&ctx, item, &mut findings, &mut needs);
        terms::check_notices(&ctx, item, &mut findings);
    }
    terms::check_terms(&ctx, &lines, &mut findings);
    dependencies::check_companions(&ctx, &quoted, &mut findings);
    exclusions::check_exclusions(&ctx, &quoted, &mut findings);

    let offerings = offerings_of(catalog, &quoted);
    for (offering, items) in &offerings {
        region::check_region(&ctx, offering, items, &mut findings, &mut needs);
        lead_time::check_lead_time(&ctx, offering, items, &mut findings, &mut needs);
    }
    prerequisites::check_prerequisites(&ctx, &offerings, &mut findings);
    prerequisites::check_scope(&ctx, &offerings, &mut findings);
    findings.extend(needs.into_findings(catalog));

    for finding in &mut findings {
        if finding.severity != Severity::Info {
            finding.exception = quote.exception_for(&finding.key).map(|e| e.reason.clone());
        }
    }
    sort_by_rank(&mut findings, |f| finding_rank(catalog, f));
    for finding in &mut findings {
        for fix in &mut finding.fixes {
            sort_by_rank(&mut fix.introduces, |introduced| Rank::number_then_text(0, key_text(&introduced.key)));
            fix.introduces.dedup_by(|a, b| a.key == b.key);
        }
    }

    let availability = availability::availability(&ctx, &quoted);
    Evaluation { lines, findings, availability }
}

/// Quoted items grouped by offering id (catalog order within each).
fn offerings_of<'a>(catalog: &'a Catalog, quoted: &IdSet<&'a str>) -> BTreeMap<&'a str, Vec<&'a str>> {
    let mut map: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    for item in quoted {
        if let Some(entry) = catalog.entry(item) {
            map.entry(entry.offering.id.as_str()).or_default().push(item);
        }
    }
    for items in map.values_mut() {
        sort_by_rank(items, |item| catalog_rank(catalog, item));
    }
    map
}

/// Findings in the order they are listed: by severity, then the item's place in the
/// catalog (findings about no item last), then key and message.
fn finding_rank(catalog: &Catalog, finding: &Finding) -> Rank {
    let severity: u64 = match finding.severity {
        Severity::Error => 0,
        Severity::Warning => 1,
        Severity::Info => 2,
    };
    let ordinal = finding.item.as_deref().map(|item| catalog.ordinal(item)).unwrap_or(usize::MAX);
    // Severity in the top bits; an ordinal never comes near 2^62 (unknown is u64::MAX, so
    // clamp it to keep the severity bits).
    let primary = (severity << 62) | ordinal_rank(ordinal).min((1 << 62) - 1);
    // Subjects are ids and cannot hold NUL, so "key NUL message" orders as (key, message).
    Rank::number_then_text(primary, format!("{}\u{0}{}", key_text(&finding.key), finding.message))
}

/// A finding key as text that orders as the key does: the rule family's place in
/// [`RuleKind`] as one letter, then the subject.
fn key_text(key: &FindingKey) -> String {
    let family = char::from(b'a'.saturating_add(key.rule as u8));
    format!("{family}{}", key.subject)
}

pub(crate) fn unknown_item(item: &str) -> Finding {
    Finding::new(
        FindingKey::new(RuleKind::UnknownItem, item),
        Severity::Error,
        format!("The quote names \u{201c}{item}\u{201d}, which is not in this catalog version."),
        Vec::new(),
    )
    .fix(Fix {
        label: "Remove it".into(),
        action: FixAction::RemoveItem { item: item.to_string() },
        introduces: Vec::new(),
    })
}

/// Whether an item is billed periodically (unknown items count as one-off).
pub(crate) fn is_periodic(catalog: &Catalog, item: &str) -> bool {
    catalog.item(item).is_some_and(|i| i.billing == Billing::Periodic)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    const KINDS: [RuleKind; 4] =
        [RuleKind::Increment, RuleKind::MissingBase, RuleKind::Exclusion, RuleKind::UnknownItem];
    const SEVERITIES: [Severity; 3] = [Severity::Error, Severity::Warning, Severity::Info];

    proptest! {
        /// The order findings are listed in is the derived order of
        /// (severity, catalog ordinal of the item, key, message): the oracle sorts by that
        /// tuple with the standard library's stable sort.
        #[test]
        fn findings_are_listed_by_severity_item_key_and_message(
            specs in proptest::collection::vec((0usize..3, proptest::option::of(0usize..6), 0usize..4, "[ab]{0,2}", "[xy]{0,2}"), 0..30)
        ) {
            let catalog = Catalog::embedded().expect("embedded catalog");
            let ids: Vec<String> = catalog.items().map(|entry| entry.item.id.clone()).take(5).chain(["not-in-catalog".to_string()]).collect();
            let findings: Vec<Finding> = specs
                .iter()
                .map(|(severity, item, kind, subject, message)| {
                    let mut finding = Finding::new(FindingKey::new(KINDS[*kind], subject.clone()), SEVERITIES[*severity], message.clone(), Vec::new());
                    finding.item = item.map(|n| ids[n].clone());
                    finding
                })
                .collect();
            let mut ours = findings.clone();
            sort_by_rank(&mut ours, |f| finding_rank(&catalog, f));
            let mut oracle = findings;
            oracle.sort_by_cached_key(|f| {
                let ordinal = f.item.as_deref().map(|i| catalog.ordinal(i)).unwrap_or(usize::MAX);
                (f.severity, ordinal, f.key.clone(), f.message.clone())
            });
            prop_assert_eq!(ours, oracle);
        }
    }
}
