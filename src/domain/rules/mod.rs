//! The rules engine: customer profile + quote -> BOQ quantities, findings that explain
//! themselves, and, for every catalog item, whether it can be added now.
//!
//! One file per rule family; each family reads the rule book (`catalog/data/rules.toml`)
//! and reports data, never `Err` strings. `evaluate` is pure and does not depend on the
//! order of the quote's lines.

mod availability;
mod companions;
mod dependencies;
mod eligibility;
mod exclusions;
mod fact;
mod finding;
mod fixes;
mod increments;
mod inputs;
mod lead_time;
mod prerequisites;
mod region;
mod terms;

use std::collections::BTreeMap;

use super::boq::{AmountTooLarge, Boq};
use super::catalog::{Billing, Catalog, CiteRef, ItemId};
use super::fasthash::{IdMap, IdSet};
use super::order::{catalog_rank, ordinal_rank, sort_by_rank, Rank};
use super::profile::CustomerProfile;
use super::quote::{Quote, QuoteLine};

pub use super::lines::{Arithmetic, Because, BoqLine};
pub use availability::{Availability, AvailabilityState};
pub use finding::*;
pub use fixes::apply_fix;
pub use increments::{blocks_needed, increments_needed};
pub use inputs::InputRef;

/// Everything the views show, derived from catalog + profile + quote.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Evaluation {
    /// BOQ lines in catalog order.
    pub lines: Vec<BoqLine>,
    /// Findings, errors first.
    pub findings: Vec<Finding>,
    /// For every catalog item (catalog order): can it be added, and if not why.
    pub availability: Vec<Availability>,
    /// The catalog-rules §8 decisions this evaluation applies, in section order: those a
    /// finding cites and those that shape a quoted line (§8.15). Each is printed as the
    /// assumption it is.
    pub assumptions: Vec<Citation>,
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
    companions::check_companions(&ctx, &quoted, &mut findings);
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
        if finding.can_be_excepted() {
            finding.exception = quote.exception_for(&finding.key).map(|e| e.reason.clone());
        }
    }
    if let Some(too_large) = Boq::build(catalog, quote, &lines).refused {
        findings.push(amount_too_large(catalog, &too_large));
    }
    sort_by_rank(&mut findings, |f| finding_rank(catalog, f));
    availability::announce_side_effects(&ctx, &mut findings);

    let availability = availability::availability(&ctx, &quoted);
    let assumptions = assumptions_applied(catalog, &lines, &findings);
    Evaluation { lines, findings, availability, assumptions }
}

/// An amount the BOQ cannot hold exactly: an error no exception can accept, because a
/// quote whose total cannot be computed cannot be issued (catalog-rules §7).
fn amount_too_large(catalog: &Catalog, too_large: &AmountTooLarge) -> Finding {
    Finding::new(
        FindingKey::new(RuleKind::AmountTooLarge, too_large.item.clone()),
        Severity::Error,
        Fact::AmountTooLarge { line: too_large.line, item: too_large.item.clone(), amount: too_large.amount.clone() },
        Citation::resolve(catalog, &[CiteRef::decision("8.13")]),
    )
    .about(&too_large.item)
}

/// The §8 decisions applied: every decision a finding cites, and every decision that
/// shapes a quoted line (§8.15), once each, in section order (§8.2 before §8.10).
fn assumptions_applied(catalog: &Catalog, lines: &[BoqLine], findings: &[Finding]) -> Vec<Citation> {
    let index = catalog.index();
    let shaping = lines
        .iter()
        .filter_map(|line| index.line_decisions_of.get(&line.item))
        .flatten()
        .map(|decision| CiteRef::decision(decision));
    let mut assumptions: Vec<Citation> = Citation::resolve(catalog, &shaping.collect::<Vec<_>>());
    for citation in findings.iter().flat_map(|f| &f.citations) {
        if matches!(citation, Citation::Assumption { .. }) {
            assumptions.push(citation.clone());
        }
    }
    sort_by_rank(&mut assumptions, |citation| match citation {
        Citation::Assumption { section, .. } => decision_rank(section),
        Citation::Seed { sentence, .. } => Rank::number_then_text(u64::MAX, sentence),
    });
    assumptions.dedup();
    assumptions
}

/// "catalog-rules §8.10" -> 8, 10: decisions sort as numbers (§8.2 before §8.10), then by
/// text for anything deeper.
pub fn decision_rank(section: &str) -> Rank {
    let number = section.rsplit('\u{a7}').next().unwrap_or(section);
    let mut parts = number.split('.').map(|part| u64::from(part.trim().parse::<u32>().unwrap_or(u32::MAX)));
    let major = parts.next().unwrap_or(u64::from(u32::MAX));
    let minor = parts.next().unwrap_or(0);
    Rank::number_then_text((major << 32) | minor, section)
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
/// catalog (findings about no item last), then key. The sort is stable, so findings with
/// one key keep the order the rules report them in (which follows the catalog).
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
    Rank::number_then_text(primary, key_text(&finding.key))
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
        Fact::UnknownItem { item: item.to_string() },
        Vec::new(),
    )
    .fix(Fix::new(FixLabel::RemoveUnknown, FixAction::RemoveItem { item: item.to_string() }))
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
        /// (severity, catalog ordinal of the item, key): the oracle sorts by that tuple with
        /// the standard library's stable sort, so equal keys keep the order reported.
        #[test]
        fn findings_are_listed_by_severity_item_and_key(
            specs in proptest::collection::vec((0usize..3, proptest::option::of(0usize..6), 0usize..4, "[ab]{0,2}", "[xy]{0,2}"), 0..30)
        ) {
            let catalog = Catalog::embedded().expect("embedded catalog");
            let ids: Vec<String> = catalog.items().map(|entry| entry.item.id.clone()).take(5).chain(["not-in-catalog".to_string()]).collect();
            let findings: Vec<Finding> = specs
                .iter()
                .map(|(severity, item, kind, subject, message)| {
                    let mut finding = Finding::new(FindingKey::new(KINDS[*kind], subject.clone()), SEVERITIES[*severity], Fact::Notice { text: message.clone() }, Vec::new());
                    finding.item = item.map(|n| ids[n].clone());
                    finding
                })
                .collect();
            let mut ours = findings.clone();
            sort_by_rank(&mut ours, |f| finding_rank(&catalog, f));
            let mut oracle = findings;
            oracle.sort_by_cached_key(|f| {
                let ordinal = f.item.as_deref().map(|i| catalog.ordinal(i)).unwrap_or(usize::MAX);
                (f.severity, ordinal, f.key.clone())
            });
            prop_assert_eq!(ours, oracle);
        }
    }
}
