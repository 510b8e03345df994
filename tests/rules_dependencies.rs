//! catalog-rules §3: increments need their base (or an existing contract); exclusions;
//! companion advice.

mod common;
use common::*;
use om_configurator::domain::catalog::NumericInput::*;
use om_configurator::domain::profile::ExistingContract;
use om_configurator::domain::rules::{apply_fix, FixAction, RuleKind, Severity};

/// (increment, base, text of the sentence it rests on)
const PAIRS: &[(&str, &str, &str)] = &[
    ("om-chaos-inc", "om-chaos-basic", "purchased together with the basic package"),
    ("om-release-onsite-addon", "om-release-onsite-std", "surpassing the capabilities of the standard package"),
    ("apm-release-onsite-inc", "apm-release-onsite-basic", "applications beyond the basic package"),
    ("om-hosting-inc-7x24", "om-hosting-7x24", "8.2"),
    ("om-hosting-inc-5x8", "om-hosting-5x8", "8.2"),
    ("apm-hosting-inc-8x5", "apm-hosting-8x5", "8.2"),
    ("apm-hosting-inc-24x7", "apm-hosting-24x7", "8.2"),
    ("om-hosting-impl-inc", "om-hosting-impl", "8.2"),
    ("apm-hosting-impl-inc", "apm-hosting-impl", "8.2"),
    ("apm-tool-gov-inc", "apm-tool-gov", "8.2"),
    ("ke-extra-day", "ke-basic", "8.2"),
    ("ke-onsite", "ke-basic", "8.2"),
];

#[test]
fn an_increment_alone_is_an_error_citing_its_sentence_and_offering_its_base() {
    for (increment, base, sentence) in PAIRS {
        let ev = eval(&profile(), &quote(&[increment]));
        let f = finding(&ev, RuleKind::MissingBase, increment).unwrap_or_else(|| panic!("{increment} alone"));
        assert_eq!(f.severity, Severity::Error);
        assert!(cites(f, sentence), "{increment} cites {sentence}");
        assert_eq!(f.fixes[0].action, FixAction::AddItem { item: base.to_string() });
        assert_eq!(f.fixes[1].action, FixAction::DeclareContract { item: base.to_string() });
    }
}

#[test]
fn an_increment_with_its_base_or_a_contract_is_fine() {
    for (increment, base, _) in PAIRS {
        let ev = eval(&profile(), &quote(&[increment, base]));
        assert!(finding(&ev, RuleKind::MissingBase, increment).is_none(), "{increment} with {base}");
        let mut p = profile();
        p.existing_contracts.push(ExistingContract { item: base.to_string(), reference: "C-1".into() });
        let ev = eval(&p, &quote(&[increment]));
        assert!(finding(&ev, RuleKind::MissingBase, increment).is_none(), "{increment} under contract");
    }
}

#[test]
fn key_event_add_ons_accept_either_edition() {
    let ev = eval(&profile(), &quote(&["ke-standard", "ke-onsite", "ke-extra-day"]));
    assert!(of_rule(&ev, RuleKind::MissingBase).is_empty());
}

#[test]
fn organization_optimization_needs_a_dap_edition_and_the_fix_adds_the_one_that_fits() {
    let p = profile_with(&[(ItEmployees, 70), (BusinessDepartments, 12)]);
    let ev = eval(&p, &quote(&["apo-org-opt-large"]));
    let f = finding(&ev, RuleKind::MissingBase, "apo-org-opt-large").expect("needs DAP");
    assert!(cites(f, "the customer needs to purchase the basic package and then the incremental package."));
    assert!(cites(f, "8.3"));
    assert_eq!(f.fixes[0].action, FixAction::AddItem { item: "apo-dap-large".into() });
    assert!(f.fixes[0].introduces.is_empty());

    let p = profile_with(&[(ItEmployees, 30), (BusinessDepartments, 8)]);
    let ev = eval(&p, &quote(&["apo-org-opt-medium"]));
    let f = finding(&ev, RuleKind::MissingBase, "apo-org-opt-medium").expect("needs DAP");
    assert_eq!(f.fixes[0].action, FixAction::AddItem { item: "apo-dap-medium".into() });
    let ev = eval(&p, &quote(&["apo-org-opt-medium", "apo-dap-medium"]));
    assert!(finding(&ev, RuleKind::MissingBase, "apo-org-opt-medium").is_none());
}

#[test]
fn process_optimization_medium_needs_dap_only_below_10_departments() {
    let below = profile_with(&[(ItEmployees, 30), (BusinessDepartments, 9)]);
    let ev = eval(&below, &quote(&["apo-process-opt-medium"]));
    let f = finding(&ev, RuleKind::MissingBase, "apo-process-opt-medium").expect("9 departments: DAP first");
    assert!(cites(f, "If the number of related business departments is less than 10"));
    let at = profile_with(&[(ItEmployees, 30), (BusinessDepartments, 10)]);
    let ev = eval(&at, &quote(&["apo-process-opt-medium"]));
    assert!(finding(&ev, RuleKind::MissingBase, "apo-process-opt-medium").is_none());
    let unknown = profile_with(&[(ItEmployees, 30)]);
    let ev = eval(&unknown, &quote(&["apo-process-opt-medium"]));
    assert!(finding(&ev, RuleKind::MissingInput, "number:business_departments").is_some());
}

#[test]
fn process_optimization_large_always_needs_dap() {
    let p = profile_with(&[(ItEmployees, 80), (BusinessDepartments, 20)]);
    let ev = eval(&p, &quote(&["apo-process-opt-large"]));
    assert!(finding(&ev, RuleKind::MissingBase, "apo-process-opt-large").is_some());
    let ev = eval(&p, &quote(&["apo-process-opt-large", "apo-dap-large"]));
    assert!(finding(&ev, RuleKind::MissingBase, "apo-process-opt-large").is_none());
}

const EXCLUSIONS: &[(&str, &str)] = &[
    ("apo-dap-medium", "apo-dap-large"),
    ("apo-org-opt-medium", "apo-org-opt-large"),
    ("apo-process-opt-medium", "apo-process-opt-large"),
    ("apm-chaos-support-medium", "apm-chaos-support-large"),
    ("apm-release-support-large", "apm-release-support-medium"),
    ("apo-diagnosis-basic", "apo-diagnosis-pro"),
    ("ke-basic", "ke-standard"),
];

#[test]
fn mutually_exclusive_items_cannot_share_a_quote() {
    for (a, b) in EXCLUSIONS {
        let ev = eval(&profile(), &quote(&[a, b]));
        let f = of_rule(&ev, RuleKind::Exclusion);
        assert_eq!(f.len(), 1, "{a} + {b}");
        assert_eq!(f[0].severity, Severity::Error);
        assert!(cites(f[0], "8.4"));
        assert_eq!(f[0].fixes.len(), 2);
        let ev = eval(&profile(), &quote(&[a]));
        assert!(of_rule(&ev, RuleKind::Exclusion).is_empty(), "{a} alone");
    }
}

#[test]
fn the_exclusion_fix_removes_the_edition_that_does_not_fit_first() {
    let p = profile_with(&[(ItEmployees, 70), (BusinessDepartments, 12)]);
    let ev = eval(&p, &quote(&["apo-dap-medium", "apo-dap-large"]));
    let f = of_rule(&ev, RuleKind::Exclusion)[0].clone();
    assert_eq!(f.fixes[0].action, FixAction::RemoveItem { item: "apo-dap-medium".into() });
}

#[test]
fn removing_a_base_announces_the_orphaned_increment() {
    let ev = eval(&profile(), &quote(&["apo-dap-medium", "apo-dap-large", "apo-org-opt-large"]));
    // Removing either DAP edition leaves the other: nothing announced.
    let f = of_rule(&ev, RuleKind::Exclusion)[0].clone();
    assert!(f.fixes.iter().all(|fix| fix.introduces.is_empty()));
}

#[test]
fn digital_diagnosis_is_suggested_beside_dap_only_up_to_50_it_employees() {
    let small = profile_with(&[(ItEmployees, 30), (BusinessDepartments, 8)]);
    let ev = eval(&small, &quote(&["apo-dap-medium"]));
    let advice = of_rule(&ev, RuleKind::Advice);
    assert_eq!(advice.len(), 1);
    assert_eq!(advice[0].severity, Severity::Info);
    let (mut p, mut q) = (small.clone(), quote(&["apo-dap-medium"]));
    assert!(apply_fix(&catalog(), &mut p, &mut q, &advice[0].fixes[0].action));
    assert!(q.contains("apo-diagnosis-basic"));

    let large = profile_with(&[(ItEmployees, 51), (BusinessDepartments, 12)]);
    let ev = eval(&large, &quote(&["apo-dap-large"]));
    assert!(of_rule(&ev, RuleKind::Advice).is_empty());
}
