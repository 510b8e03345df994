//! §3 Dependencies: an increment never stands alone (it needs its base in the quote or an
//! existing contract), and companion advice (Digital Diagnosis beside DAP).

use super::availability::{blockers_for, contract_side_effects, orphans_after};
use super::inputs::{InputRef, MissingInputs};
use super::{Citation, Ctx, Fact, Finding, FindingKey, Fix, FixAction, FixLabel, RuleKind, Severity, SideEffect};
use crate::domain::catalog::{ItemId, RequiresRule};
use crate::domain::fasthash::IdSet;

/// Whether a requires rule applies to this profile: `Some(true/false)`, or `None` when
/// the input its condition reads is unanswered.
pub(crate) fn rule_applies(ctx: &Ctx<'_>, rule: &RequiresRule) -> Option<bool> {
    match &rule.only_when_below {
        None => Some(true),
        Some(threshold) => ctx.profile.number(threshold.input).map(|value| value < threshold.value),
    }
}

/// The base a fix should add: the first that fits the customer's size bands.
pub(crate) fn best_base<'a>(ctx: &Ctx<'_>, any_of: &'a [ItemId]) -> Option<&'a ItemId> {
    any_of.iter().find(|base| super::eligibility::fits_bands(ctx, base) == Some(true)).or_else(|| any_of.first())
}

/// The missing-base finding for `item` under `rule` (with fixes).
pub(crate) fn missing_base(ctx: &Ctx<'_>, item: &str, rule: &RequiresRule) -> Finding {
    let catalog = ctx.catalog;
    let mut finding = Finding::new(
        FindingKey::new(RuleKind::MissingBase, item),
        Severity::Error,
        Fact::MissingBase { item: item.to_string(), any_of: rule.any_of.clone() },
        Citation::resolve(catalog, &rule.cite),
    )
    .about(item);
    if let Some(base) = best_base(ctx, &rule.any_of) {
        let introduces = blockers_for(ctx, base, None).iter().map(SideEffect::of).collect();
        finding = finding
            .fix(Fix {
                label: FixLabel::Add { item: base.clone() },
                action: FixAction::AddItem { item: base.clone() },
                introduces,
            })
            .fix(Fix {
                label: FixLabel::AlreadyHas { item: base.clone() },
                action: FixAction::DeclareContract { item: base.clone() },
                introduces: contract_side_effects(ctx, base).iter().map(SideEffect::of).collect(),
            });
    }
    finding
}

/// Checks the dependencies of one quoted item.
pub(crate) fn check_requires(ctx: &Ctx<'_>, item: &str, findings: &mut Vec<Finding>, needs: &mut MissingInputs) {
    let rules = ctx.catalog.rules();
    let Some(indices) = ctx.catalog.index().requires_of.get(item) else { return };
    for rule in indices.iter().filter_map(|n| rules.requires.get(*n)) {
        if ctx.base_available(&rule.any_of) {
            continue;
        }
        match rule_applies(ctx, rule) {
            Some(true) => findings.push(missing_base(ctx, item, rule)),
            Some(false) => {}
            None => {
                if let Some(threshold) = &rule.only_when_below {
                    needs.need(InputRef::Number(threshold.input), item);
                }
            }
        }
    }
}

/// Advice: suggest a companion item (info) when its trigger is quoted.
pub(crate) fn check_companions(ctx: &Ctx<'_>, quoted: &IdSet<&str>, findings: &mut Vec<Finding>) {
    let catalog = ctx.catalog;
    for rule in &catalog.rules().companions {
        let Some(trigger) = rule.when_any.iter().find(|i| quoted.contains(i.as_str())) else { continue };
        if rule.suggest_any.iter().any(|i| quoted.contains(i.as_str())) {
            continue;
        }
        if let Some(threshold) = &rule.only_when_at_most {
            match ctx.profile.number(threshold.input) {
                Some(value) if value <= threshold.value => {}
                _ => continue,
            }
        }
        let Some(suggestion) = rule.suggest_any.iter().find(|i| blockers_for(ctx, i, None).is_empty()) else {
            continue;
        };
        findings.push(
            Finding::new(
                FindingKey::new(RuleKind::Advice, suggestion.clone()),
                Severity::Info,
                Fact::Companion { suggestions: rule.suggest_any.clone(), beside: trigger.to_string() },
                Citation::resolve(catalog, &rule.cite),
            )
            .about(trigger)
            .fix(Fix {
                label: FixLabel::Add { item: suggestion.clone() },
                action: FixAction::AddItem { item: suggestion.clone() },
                introduces: Vec::new(),
            }),
        );
    }
}

/// Errors that removing `removed` would raise through orphaned dependents.
pub(crate) fn removal_side_effects(ctx: &Ctx<'_>, removed: &[&str], added: Option<&str>) -> Vec<SideEffect> {
    orphans_after(ctx, removed, added).iter().map(SideEffect::of).collect()
}
