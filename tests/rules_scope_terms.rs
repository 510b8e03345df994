//! catalog-rules §5-§7: prerequisites (reminders, errors when final), not-covered scope,
//! terms (whole years, 1-36 months), notes, and recorded exceptions.

mod common;
use common::*;
use om_configurator::domain::catalog::{NumericInput::*, ScopeArea};
use om_configurator::domain::quote::QuoteStatus;
use om_configurator::domain::rules::{FindingKey, FixAction, RuleKind, Severity};

#[test]
fn prerequisites_are_reminders_on_a_draft_and_errors_on_a_final_quote() {
    let ev = eval(&profile(), &quote(&["om-prr"]));
    let reminders = of_rule(&ev, RuleKind::Prerequisite);
    assert_eq!(reminders.len(), 4);
    assert!(reminders.iter().all(|f| f.severity == Severity::Info));
    assert!(reminders.iter().any(|f| cites(f, "The customer has purchased or integrated the corresponding Huawei Cloud O&M cloud service platform and products.")));

    let mut q = quote(&["om-prr"]);
    q.status = QuoteStatus::Final;
    let ev = eval(&profile(), &q);
    assert!(of_rule(&ev, RuleKind::Prerequisite).iter().all(|f| f.severity == Severity::Error));
    assert!(!ev.can_issue());

    let mut p = profile();
    for id in ["om-platform", "om-permissions", "om-team", "om-contract"] {
        p.attested_prerequisites.insert(id.into());
    }
    let ev = eval(&p, &q);
    assert!(of_rule(&ev, RuleKind::Prerequisite).is_empty());
    assert!(ev.can_issue(), "{:?}", errors(&ev));
}

#[test]
fn the_lead_time_prerequisite_is_checked_not_asked() {
    let ev = eval(&profile(), &quote(&["ke-basic"]));
    let asked: Vec<&str> = of_rule(&ev, RuleKind::Prerequisite).iter().map(|f| f.key.subject.as_str()).collect();
    assert_eq!(asked, vec!["ke-monitoring", "ke-no-denial"]);
}

#[test]
fn two_apaas_offerings_share_one_set_of_prerequisites() {
    let ev = eval(&profile(), &quote(&["apm-data-gov", "apo-user-ops"]));
    assert_eq!(of_rule(&ev, RuleKind::Prerequisite).len(), 4);
}

#[test]
fn declaring_not_covered_scope_warns_with_the_seed_sentence() {
    let mut p = profile();
    p.declared_scope.insert(ScopeArea::ThirdPartyApplications);
    let ev = eval(&p, &quote(&["om-prr"]));
    let f = of_rule(&ev, RuleKind::NotCovered);
    assert_eq!(f.len(), 1);
    assert_eq!(f[0].severity, Severity::Warning);
    assert!(cites(f[0], "Third-party applications introduced by customers."));
    assert_eq!(f[0].fixes[0].action, FixAction::UndeclareScope { area: ScopeArea::ThirdPartyApplications });
    // An offering that does not list the area is silent.
    let mut p = profile();
    p.declared_scope.insert(ScopeArea::ExtraOperationResources);
    assert!(of_rule(&eval(&p, &quote(&["om-prr"])), RuleKind::NotCovered).is_empty());
    assert_eq!(of_rule(&eval(&p, &quote(&["apo-user-ops"])), RuleKind::NotCovered).len(), 1);
}

#[test]
fn twice_a_year_and_yearly_services_need_whole_years() {
    for item in ["apm-high-reliability", "apm-risk-gov", "apm-security-gov", "apm-tool-gov"] {
        let mut q = quote(&[item]);
        q.term_months = 18;
        let ev = eval(&profile(), &q);
        let f = finding(&ev, RuleKind::Term, item).unwrap_or_else(|| panic!("{item} at 18 months"));
        assert_eq!(f.severity, Severity::Error);
        assert_eq!(f.fixes[0].action, FixAction::SetTerm { item: item.into(), months: 24 });
        q.term_months = 24;
        assert!(finding(&eval(&profile(), &q), RuleKind::Term, item).is_none());
    }
    // The Tool Governance incremental package is monthly.
    let mut q = quote(&["apm-tool-gov", "apm-tool-gov-inc"]);
    q.term_months = 12;
    q.line_mut("apm-tool-gov-inc").unwrap().term_months = Some(5);
    assert!(finding(&eval(&profile(), &q), RuleKind::Term, "apm-tool-gov-inc").is_none());
}

#[test]
fn a_term_outside_1_to_36_months_is_an_error() {
    let mut q = quote(&["apm-data-gov"]);
    q.term_months = 37;
    let f = eval(&profile(), &q);
    let f = finding(&f, RuleKind::Term, "apm-data-gov").expect("37 months");
    assert!(cites(f, "8.8"));
    q.term_months = 36;
    assert!(finding(&eval(&profile(), &q), RuleKind::Term, "apm-data-gov").is_none());
}

#[test]
fn the_standard_edition_prints_the_cpts_and_mdr_notes() {
    let ev = eval(&profile(), &quote(&["ke-standard"]));
    let notes = of_rule(&ev, RuleKind::Notice);
    assert_eq!(notes.len(), 2);
    assert!(notes.iter().all(|n| n.severity == Severity::Info));
    assert!(notes.iter().any(|n| cites(n, "The CPTS need to be purchased separately.")));
    assert!(notes.iter().any(|n| cites(n, "Management Detection and Response (MDR)")));
    assert!(of_rule(&eval(&profile(), &quote(&["ke-basic"])), RuleKind::Notice).is_empty());
}

#[test]
fn an_exception_with_a_written_reason_lets_the_quote_be_issued() {
    let p = profile_with(&[(ItEmployees, 70), (BusinessDepartments, 12)]);
    let mut q = quote(&["apo-dap-medium"]);
    q.status = QuoteStatus::Final;
    let mut p = p;
    for id in ["apaas-platform", "apaas-permissions", "apaas-team", "apaas-contract"] {
        p.attested_prerequisites.insert(id.into());
    }
    assert!(!eval(&p, &q).can_issue());
    let key = FindingKey::new(RuleKind::SizeBand, "apo-dap-medium#it_employees");
    assert!(!q.record_exception(key.clone(), "   "), "an empty reason is refused");
    assert!(q.record_exception(key.clone(), "Only one subsidiary of 30 staff is in scope"));
    let ev = eval(&p, &q);
    let f = finding(&ev, RuleKind::SizeBand, "apo-dap-medium#it_employees").unwrap();
    assert_eq!(f.exception.as_deref(), Some("Only one subsidiary of 30 staff is in scope"));
    assert!(ev.can_issue());
}

#[test]
fn an_unknown_item_in_a_saved_quote_is_an_error_with_a_remove_fix() {
    let ev = eval(&profile(), &quote(&["no-such-item"]));
    let f = finding(&ev, RuleKind::UnknownItem, "no-such-item").expect("reported");
    assert_eq!(f.fixes[0].action, FixAction::RemoveItem { item: "no-such-item".into() });
    assert!(ev.lines.is_empty());
}

#[test]
fn findings_come_errors_first() {
    let p = profile_with(&[(ItEmployees, 70), (BusinessDepartments, 5), (DrillScenarios, 8)]);
    let ev = eval(&p, &quote(&["apo-dap-medium", "om-chaos-basic"]));
    let severities: Vec<Severity> = ev.findings.iter().map(|f| f.severity).collect();
    let mut sorted = severities.clone();
    sorted.sort();
    assert_eq!(severities, sorted);
    assert_eq!(severities[0], Severity::Error);
}
