//! For every catalog item: can it be added to the current quote, and if not, why (the
//! same findings the quote would show) and what makes it addable. Also what a fix that
//! adds or removes items would raise, so a fix never hides its side effects.
//!
//! The rule families build findings and fixes; this file reads them (never the other way
//! round) and announces each fix's side effects from its action alone, once every finding
//! is in, so the rules form a layer: families -> availability -> companions -> `evaluate`.

use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};

use super::dependencies::{missing_base, rule_applies};
use super::eligibility::band_finding;
use super::exclusions::exclusion_blocker;
use super::inputs::{missing_input_finding, InputRef};
use super::lead_time::lead_time_finding;
use super::region::region_finding;
use super::{key_text, Ctx, Finding, FixAction, Severity, SideEffect};
use crate::domain::catalog::ItemId;
use crate::domain::fasthash::IdSet;
use crate::domain::order::{set_of, sort_by_rank, Rank};

/// Whether and how an item can be added.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq, Eq)]
#[serde(tag = "state", rename_all = "snake_case")]
pub enum AvailabilityState {
    /// Chosen in the quote.
    Selected,
    /// In the BOQ because its base brings it.
    Derived,
    /// Can be added; `needs` lists what it will then ask for (an answer, a term).
    Addable {
        /// "needs X" and term findings the item would raise once added.
        needs: Vec<Finding>,
    },
    /// Adding it would raise these errors (each with its fix).
    Blocked {
        /// The errors, with fixes.
        reasons: Vec<Finding>,
        /// "needs X" and term findings it would also raise.
        needs: Vec<Finding>,
    },
}

/// Availability of one catalog item.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq, Eq)]
pub struct Availability {
    /// The item.
    pub item: ItemId,
    /// Its state.
    pub state: AvailabilityState,
}

impl Availability {
    /// Whether the item can be added without raising an error other than "needs X".
    pub fn is_addable(&self) -> bool {
        matches!(self.state, AvailabilityState::Addable { .. })
    }
}

/// What adding an item would raise, split into blockers and missing answers.
struct ItemCheck {
    blockers: Vec<Finding>,
    needs: Vec<Finding>,
}

fn check_item(ctx: &Ctx<'_>, item: &str, ignoring: Option<&str>) -> ItemCheck {
    let catalog = ctx.catalog;
    let rules = catalog.rules();
    let index = catalog.index();
    let mut blockers = Vec::new();
    let mut missing: BTreeSet<InputRef> = BTreeSet::new();

    for rule in index.requires_of.get(item).into_iter().flatten().filter_map(|n| rules.requires.get(*n)) {
        let available = rule
            .any_of
            .iter()
            .any(|base| (ctx.has(base) && Some(base.as_str()) != ignoring) || ctx.profile.has_contract_for(base));
        if available {
            continue;
        }
        match rule_applies(ctx, rule) {
            Some(true) => blockers.push(missing_base(ctx, item, rule)),
            Some(false) => {}
            None => {
                if let Some(threshold) = &rule.only_when_below {
                    missing.insert(InputRef::Number(threshold.input));
                }
            }
        }
    }
    blockers.extend(exclusion_blocker(ctx, item, ignoring));
    missing.extend(sizing_inputs_needed(ctx, item, true));
    for rule in index.bands_of.get(item).into_iter().flatten().filter_map(|n| rules.bands.get(*n)) {
        if !rule.decides_edition() {
            continue;
        }
        match ctx.profile.number(rule.input) {
            // Outside a warning band the item can still be added (the warning follows it).
            Some(value) if !rule.contains(value) && rule.severity == Severity::Error => {
                blockers.push(band_finding(ctx, rule, value, false))
            }
            Some(_) => {}
            None if !rule.optional_input => {
                missing.insert(InputRef::Number(rule.input));
            }
            None => {}
        }
    }
    let mut caveats = Vec::new();
    if let Some(entry) = catalog.entry(item) {
        if entry.item.billing == crate::domain::catalog::Billing::Periodic {
            // A new periodic line takes the quote's term: say if that term is refused.
            caveats.extend(super::terms::term_finding(ctx, item, ctx.quote.term_months));
        }
        let offering = entry.offering.id.as_str();
        for rule in index.regions_of.get(offering).into_iter().flatten().filter_map(|n| rules.regions.get(*n)) {
            match ctx.profile.region.as_deref() {
                Some(region) => blockers.extend(region_finding(ctx, rule, offering, region, item, false)),
                None => {
                    missing.insert(InputRef::Region);
                }
            }
        }
        for rule in index.lead_times_of.get(offering).into_iter().flatten().filter_map(|n| rules.lead_times.get(*n)) {
            match ctx.profile.date(rule.input) {
                Some(date) => blockers.extend(lead_time_finding(ctx, rule, date, item)),
                None => {
                    missing.insert(InputRef::Date(rule.input));
                }
            }
        }
    }
    let mut needs: Vec<Finding> =
        missing.into_iter().map(|input| missing_input_finding(input, vec![item.to_string()]).about(item)).collect();
    needs.extend(caveats);
    ItemCheck { blockers, needs }
}

/// Inputs that `base` will need once it is available. Quoted (`quoting_base`), a base
/// needs the input that sizes it (§2: alone it would under-quote); under a contract, only
/// its quoted increments need theirs, since their quantity becomes derived from them.
fn sizing_inputs_needed(ctx: &Ctx<'_>, base: &str, quoting_base: bool) -> BTreeSet<InputRef> {
    let rules = ctx.catalog.rules();
    set_of(
        ctx.catalog
            .index()
            .increments_by_base
            .get(base)
            .into_iter()
            .flatten()
            .filter_map(|n| rules.increments.get(*n))
            .filter(|rule| (quoting_base || ctx.has(&rule.increment)) && ctx.profile.number(rule.input).is_none())
            .map(|rule| InputRef::Number(rule.input)),
    )
}

/// The "needs X" errors that declaring a contract for `base` would raise.
pub(crate) fn contract_side_effects(ctx: &Ctx<'_>, base: &str) -> Vec<Finding> {
    sizing_inputs_needed(ctx, base, false)
        .into_iter()
        .map(|input| missing_input_finding(input, vec![base.to_string()]))
        .collect()
}

/// Every error adding `item` would raise (blockers and missing answers), treating
/// `ignoring` as already removed (a switch from one edition to another).
pub(crate) fn blockers_for(ctx: &Ctx<'_>, item: &str, ignoring: Option<&str>) -> Vec<Finding> {
    if ctx.has(item) {
        return Vec::new();
    }
    let check = check_item(ctx, item, ignoring);
    let mut all = check.blockers;
    all.extend(check.needs);
    for finding in &mut all {
        // Side effects are announced, not fixed from inside another fix.
        finding.fixes.clear();
    }
    all
}

/// Missing-base errors that removing `removed` (and adding `added`) would raise for the
/// quoted items that depend on them.
pub(crate) fn orphans_after(ctx: &Ctx<'_>, removed: &[&str], added: Option<&str>) -> Vec<Finding> {
    let rules = ctx.catalog.rules();
    let index = ctx.catalog.index();
    let mut orphans = Vec::new();
    // Only rules accepting a removed item can lose their base.
    let mut candidates: Vec<usize> =
        removed.iter().flat_map(|item| index.dependents_of.get(*item).into_iter().flatten().copied()).collect();
    candidates.sort_unstable();
    candidates.dedup();
    for rule in candidates.into_iter().filter_map(|n| rules.requires.get(n)) {
        let item = rule.item.as_str();
        if !ctx.has(item) || removed.contains(&item) || !ctx.base_available(&rule.any_of) {
            continue;
        }
        let still = rule.any_of.iter().any(|base| {
            (ctx.has(base) && !removed.contains(&base.as_str()))
                || Some(base.as_str()) == added
                || ctx.profile.has_contract_for(base)
        });
        if still {
            continue;
        }
        match (rule_applies(ctx, rule), &rule.only_when_below) {
            (Some(true), _) => {
                let mut finding = missing_base(ctx, item, rule);
                finding.fixes.clear();
                orphans.push(finding);
            }
            // Whether it needs the base then depends on an unanswered input.
            (None, Some(threshold)) => {
                orphans.push(missing_input_finding(InputRef::Number(threshold.input), vec![item.to_string()]))
            }
            _ => {}
        }
    }
    orphans
}

/// What applying `action` would raise that is not raised now: the errors of an item it
/// adds, the answers a declared contract asks for, the dependents a removal orphans.
fn side_effects_of(ctx: &Ctx<'_>, action: &FixAction) -> Vec<Finding> {
    match action {
        FixAction::AddItem { item } => blockers_for(ctx, item, None),
        FixAction::DeclareContract { item } => contract_side_effects(ctx, item),
        FixAction::ReplaceItem { from, to } => {
            let mut raised = blockers_for(ctx, to, Some(from));
            raised.extend(orphans_after(ctx, &[from.as_str()], Some(to)));
            raised
        }
        FixAction::RemoveItem { item } => orphans_after(ctx, &[item.as_str()], None),
        FixAction::RemoveOffering { offering } => {
            let removed: Vec<&str> = ctx
                .quote
                .lines()
                .iter()
                .filter(|line| ctx.catalog.entry(&line.item).is_some_and(|entry| entry.offering.id == *offering))
                .map(|line| line.item.as_str())
                .collect();
            orphans_after(ctx, &removed, None)
        }
        FixAction::SetDate { .. }
        | FixAction::SetTerm { .. }
        | FixAction::AttestPrerequisite { .. }
        | FixAction::UndeclareScope { .. }
        | FixAction::SetQuantity { .. }
        | FixAction::ClearQuantityOverride { .. }
        | FixAction::EnterNumber { .. }
        | FixAction::EnterDate { .. }
        | FixAction::EnterRegion => Vec::new(),
    }
}

/// Announces on every fix of these findings what it would raise, once each, in key order.
pub(crate) fn announce_side_effects(ctx: &Ctx<'_>, findings: &mut [Finding]) {
    for fix in findings.iter_mut().flat_map(|finding| &mut finding.fixes) {
        fix.introduces = side_effects_of(ctx, &fix.action).iter().map(SideEffect::of).collect();
        sort_by_rank(&mut fix.introduces, |introduced| Rank::number_then_text(0, key_text(&introduced.key)));
        fix.introduces.dedup_by(|a, b| a.key == b.key);
    }
}

/// Availability of every catalog item, in catalog order.
pub(crate) fn availability(ctx: &Ctx<'_>, quoted: &IdSet<&str>) -> Vec<Availability> {
    ctx.catalog
        .items()
        .map(|entry| {
            let item = entry.item.id.as_str();
            let state = if ctx.has(item) {
                AvailabilityState::Selected
            } else if quoted.contains(item) {
                AvailabilityState::Derived
            } else {
                let mut check = check_item(ctx, item, None);
                if check.blockers.is_empty() {
                    AvailabilityState::Addable { needs: check.needs }
                } else {
                    announce_side_effects(ctx, &mut check.blockers);
                    AvailabilityState::Blocked { reasons: check.blockers, needs: check.needs }
                }
            };
            Availability { item: item.to_string(), state }
        })
        .collect()
}
