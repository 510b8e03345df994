//! §3 companion advice: Digital Diagnosis beside DAP. It suggests only a companion that
//! can be added now, so it reads availability (which reads the dependency rules).

use super::availability::blockers_for;
use super::{Citation, Ctx, Fact, Finding, FindingKey, Fix, FixAction, FixLabel, RuleKind, Severity};
use crate::domain::fasthash::IdSet;

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
            .fix(Fix::new(FixLabel::Add { item: suggestion.clone() }, FixAction::AddItem { item: suggestion.clone() })),
        );
    }
}
