//! §5 Offering-wide prerequisites (attestations: reminders on a draft, errors on a final
//! quote) and not-covered scope declared in scope (warnings).

use std::collections::{BTreeMap, BTreeSet};

use super::{Citation, Ctx, Fact, Finding, FindingKey, Fix, FixAction, FixLabel, RuleKind, Severity};
use crate::domain::order::set_of;
use crate::domain::quote::QuoteStatus;

/// Prerequisite ids that a rule checks by itself (lead times), so they are not asked.
fn automated_prerequisites<'a>(ctx: &Ctx<'a>) -> BTreeSet<&'a str> {
    set_of(ctx.catalog.rules().lead_times.iter().map(|r| r.prerequisite.as_str()))
}

/// One finding per unattested prerequisite of each quoted seed document.
pub(crate) fn check_prerequisites(ctx: &Ctx<'_>, offerings: &BTreeMap<&str, Vec<&str>>, findings: &mut Vec<Finding>) {
    let catalog = ctx.catalog;
    let automated = automated_prerequisites(ctx);
    let severity = match ctx.quote.status {
        QuoteStatus::Final => Severity::Error,
        QuoteStatus::Draft => Severity::Info,
    };
    let mut seen_documents = BTreeSet::new();
    for (offering_id, items) in offerings {
        let Some((document, _)) = catalog.offering(offering_id) else { continue };
        if !seen_documents.insert(document.seed.as_str()) {
            continue;
        }
        let names: Vec<&str> = document
            .offerings
            .iter()
            .filter(|o| offerings.contains_key(o.id.as_str()))
            .map(|o| o.name.as_str())
            .collect();
        for prerequisite in &document.prerequisites {
            if automated.contains(prerequisite.id.as_str())
                || ctx.profile.attested_prerequisites.contains(&prerequisite.id)
            {
                continue;
            }
            findings.push(
                Finding::new(
                    FindingKey::new(RuleKind::Prerequisite, prerequisite.id.clone()),
                    severity,
                    Fact::Prerequisite {
                        final_quote: severity == Severity::Error,
                        offerings: names.iter().map(|n| n.to_string()).collect(),
                        text: prerequisite.text.clone(),
                    },
                    vec![Citation::Seed { file: document.seed.clone(), sentence: prerequisite.text.clone() }],
                )
                .about(items.first().copied().unwrap_or_default())
                .fix(Fix::new(
                    FixLabel::Confirm,
                    FixAction::AttestPrerequisite { prerequisite: prerequisite.id.clone() },
                )),
            );
        }
    }
}

/// A warning for every not-covered sentence of a quoted offering whose area the
/// customer declared in scope.
pub(crate) fn check_scope(ctx: &Ctx<'_>, offerings: &BTreeMap<&str, Vec<&str>>, findings: &mut Vec<Finding>) {
    let catalog = ctx.catalog;
    for (offering_id, items) in offerings {
        let Some((document, offering)) = catalog.offering(offering_id) else { continue };
        for excluded in &offering.not_covered {
            if !ctx.profile.declared_scope.contains(&excluded.id) {
                continue;
            }
            findings.push(
                Finding::new(
                    FindingKey::new(RuleKind::NotCovered, format!("{offering_id}#{}", excluded.id.key())),
                    Severity::Warning,
                    Fact::NotCovered {
                        area: excluded.id,
                        offering: offering.name.clone(),
                        text: excluded.text.clone(),
                    },
                    vec![Citation::Seed { file: document.seed.clone(), sentence: excluded.text.clone() }],
                )
                .about(items.first().copied().unwrap_or_default())
                .fix(Fix::new(
                    FixLabel::TakeOutOfScope { area: excluded.id },
                    FixAction::UndeclareScope { area: excluded.id },
                )),
            );
        }
    }
}
