//! §3 Dependencies: an increment never stands alone (it needs its base in the quote or an
//! existing contract). What its fixes would raise is announced by `availability`, which
//! reads these rules (so this file never reads availability).

use super::inputs::{InputRef, MissingInputs};
use super::{Citation, Ctx, Fact, Finding, FindingKey, Fix, FixAction, FixLabel, RuleKind, Severity};
use crate::domain::catalog::{ItemId, RequiresRule};

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
        finding = finding
            .fix(Fix::new(FixLabel::Add { item: base.clone() }, FixAction::AddItem { item: base.clone() }))
            .fix(Fix::new(
                FixLabel::AlreadyHas { item: base.clone() },
                FixAction::DeclareContract { item: base.clone() },
            ));
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
