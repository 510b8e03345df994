//! §7 Terms: periodic lines run 1-36 months (§8.8); twice-a-year and yearly services need
//! whole years. Also the notes printed with an item (CPTS, MDR).

use super::{BoqLine, Citation, Ctx, Finding, FindingKey, Fix, FixAction, RuleKind, Severity};
use crate::domain::catalog::CiteRef;
use crate::domain::quote::TERM_MONTHS;

/// Checks the term of every periodic line.
pub(crate) fn check_terms(ctx: &Ctx<'_>, lines: &[BoqLine], findings: &mut Vec<Finding>) {
    let catalog = ctx.catalog;
    let rules = catalog.rules();
    for line in lines {
        let Some(term) = line.term_months else { continue };
        let name = || catalog.name_of(&line.item);
        if !TERM_MONTHS.contains(&term) {
            let months = term.clamp(*TERM_MONTHS.start(), *TERM_MONTHS.end());
            findings.push(
                Finding::new(
                    FindingKey::new(RuleKind::Term, line.item.clone()),
                    Severity::Error,
                    format!("{}: a term of {term} months is outside 1 to 36 months.", name()),
                    Citation::resolve(catalog, &[CiteRef::decision("8.8")]),
                )
                .about(&line.item)
                .fix(set_term(&line.item, months)),
            );
            continue;
        }
        let Some(rule) = catalog.index().whole_years_of.get(&line.item).map(|n| &rules.whole_years[*n]) else { continue };
        if term % 12 != 0 {
            let months = (term.div_ceil(12) * 12).min(*TERM_MONTHS.end());
            findings.push(
                Finding::new(
                    FindingKey::new(RuleKind::Term, line.item.clone()),
                    Severity::Error,
                    format!("{} is sold in whole years (12, 24 or 36 months); the term is {term} months.", name()),
                    Citation::resolve(catalog, &rule.cite),
                )
                .about(&line.item)
                .fix(set_term(&line.item, months)),
            );
        }
    }
}

fn set_term(item: &str, months: u32) -> Fix {
    Fix {
        label: format!("Set the term to {months} months"),
        action: FixAction::SetTerm { item: item.to_string(), months },
        introduces: Vec::new(),
    }
}

/// Notes printed with a quoted item.
pub(crate) fn check_notices(ctx: &Ctx<'_>, item: &str, findings: &mut Vec<Finding>) {
    let catalog = ctx.catalog;
    let rules = catalog.rules();
    let Some(indices) = catalog.index().notices_of.get(item) else { return };
    for n in indices {
        let rule = &rules.notices[*n];
        findings.push(
            Finding::new(
                FindingKey::new(RuleKind::Notice, format!("{item}#{n}")),
                rule.severity,
                rule.message.clone(),
                Citation::resolve(catalog, &rule.cite),
            )
            .about(item),
        );
    }
}
