//! §7 Terms: periodic lines run 1-36 months (§8.8); twice-a-year and yearly services need
//! whole years. Also the notes printed with an item (CPTS, MDR).

use super::{BoqLine, Citation, Ctx, Fact, Finding, FindingKey, Fix, FixAction, FixLabel, RuleKind, Severity};
use crate::domain::catalog::CiteRef;
use crate::domain::quote::TERM_MONTHS;

/// The finding for a periodic item quoted for `term` months, if that term is refused.
pub(crate) fn term_finding(ctx: &Ctx<'_>, item: &str, term: u32) -> Option<Finding> {
    let catalog = ctx.catalog;
    let (fact, months, cites) = if !TERM_MONTHS.contains(&term) {
        (
            Fact::TermOutside { item: item.to_string(), term },
            term.clamp(*TERM_MONTHS.start(), *TERM_MONTHS.end()),
            vec![CiteRef::decision("8.8")],
        )
    } else {
        let rule = catalog.index().whole_years_of.get(item).and_then(|n| catalog.rules().whole_years.get(*n))?;
        if term.is_multiple_of(12) {
            return None;
        }
        (
            Fact::WholeYears { item: item.to_string(), term },
            (term.div_ceil(12) * 12).min(*TERM_MONTHS.end()),
            rule.cite.clone(),
        )
    };
    Some(
        Finding::new(FindingKey::new(RuleKind::Term, item), Severity::Error, fact, Citation::resolve(catalog, &cites))
            .about(item)
            .fix(Fix::new(FixLabel::SetTerm { months }, FixAction::SetTerm { item: item.to_string(), months })),
    )
}

/// Checks the term of every periodic line.
pub(crate) fn check_terms(ctx: &Ctx<'_>, lines: &[BoqLine], findings: &mut Vec<Finding>) {
    for line in lines {
        if let Some(term) = line.term_months {
            findings.extend(term_finding(ctx, &line.item, term));
        }
    }
}

/// Notes printed with a quoted item.
pub(crate) fn check_notices(ctx: &Ctx<'_>, item: &str, findings: &mut Vec<Finding>) {
    let catalog = ctx.catalog;
    let rules = catalog.rules();
    let Some(indices) = catalog.index().notices_of.get(item) else { return };
    for n in indices {
        let Some(rule) = rules.notices.get(*n) else { continue };
        findings.push(
            Finding::new(
                FindingKey::new(RuleKind::Notice, format!("{item}#{n}")),
                rule.severity,
                Fact::Notice { text: rule.message.clone() },
                Citation::resolve(catalog, &rule.cite),
            )
            .about(item),
        );
    }
}
