//! catalog-rules §4: size bands by IT employees / O&M application systems (errors) and
//! business departments (warnings), with the edition that fits one click away.

mod common;
use common::*;
use om_configurator::domain::catalog::NumericInput::*;
use om_configurator::domain::rules::{apply_fix, AvailabilityState, FixAction, RuleKind, Severity};

#[test]
fn dap_medium_fits_20_to_50_it_employees() {
    for (it, fits) in [(19, false), (20, true), (50, true), (51, false)] {
        let ev = eval(&profile_with(&[(ItEmployees, it), (BusinessDepartments, 8)]), &quote(&["apo-dap-medium"]));
        let f = finding(&ev, RuleKind::SizeBand, "apo-dap-medium#it_employees");
        assert_eq!(f.is_none(), fits, "{it} IT employees");
    }
}

#[test]
fn dap_large_fits_more_than_50_it_employees() {
    for (it, fits) in [(50, false), (51, true), (500, true)] {
        let ev = eval(&profile_with(&[(ItEmployees, it), (BusinessDepartments, 12)]), &quote(&["apo-dap-large"]));
        assert_eq!(finding(&ev, RuleKind::SizeBand, "apo-dap-large#it_employees").is_none(), fits, "{it}");
    }
}

#[test]
fn journey_c_seventy_it_staff_with_dap_medium_is_an_error_fixed_by_one_click() {
    let catalog = catalog();
    let mut p = profile_with(&[(ItEmployees, 70), (BusinessDepartments, 12)]);
    let mut q = quote(&["apo-dap-medium"]);
    let ev = eval(&p, &q);
    let f = finding(&ev, RuleKind::SizeBand, "apo-dap-medium#it_employees").expect("band error").clone();
    assert_eq!(f.severity, Severity::Error);
    assert!(message(&f).contains("20 to 50 IT department employees; this customer has 70"));
    assert!(message(&f).contains("aPaaS Platform O&M Digital Assessment and Planning Service-Large fits"));
    assert!(cites(&f, "This document mainly applies to customers with 20 to 50 IT department employees and 10 related business departments."));
    assert_eq!(cited_seed(&f).as_deref(), Some("001_e60f7e45106112f6.txt"));
    assert_eq!(f.fixes[0].action, FixAction::ReplaceItem { from: "apo-dap-medium".into(), to: "apo-dap-large".into() });
    assert!(apply_fix(&catalog, &mut p, &mut q, &f.fixes[0].action));
    let ev = eval(&p, &q);
    assert!(q.contains("apo-dap-large") && !q.contains("apo-dap-medium"));
    assert!(of_rule(&ev, RuleKind::SizeBand).is_empty(), "{:?}", of_rule(&ev, RuleKind::SizeBand));
}

#[test]
fn departments_outside_the_band_only_warn() {
    let ev = eval(&profile_with(&[(ItEmployees, 30), (BusinessDepartments, 11)]), &quote(&["apo-dap-medium"]));
    let f = finding(&ev, RuleKind::SizeBand, "apo-dap-medium#business_departments").expect("warning");
    assert_eq!(f.severity, Severity::Warning);
    let ev = eval(&profile_with(&[(ItEmployees, 30), (BusinessDepartments, 10)]), &quote(&["apo-dap-medium"]));
    assert!(finding(&ev, RuleKind::SizeBand, "apo-dap-medium#business_departments").is_none());
    let ev = eval(&profile_with(&[(ItEmployees, 60), (BusinessDepartments, 10)]), &quote(&["apo-dap-large"]));
    assert_eq!(
        finding(&ev, RuleKind::SizeBand, "apo-dap-large#business_departments").unwrap().severity,
        Severity::Warning
    );
}

#[test]
fn digital_diagnosis_fits_up_to_50_and_no_edition_fits_more() {
    let ev = eval(&profile_with(&[(ItEmployees, 50), (BusinessDepartments, 10)]), &quote(&["apo-diagnosis-basic"]));
    assert!(of_rule(&ev, RuleKind::SizeBand).is_empty());
    let ev = eval(&profile_with(&[(ItEmployees, 51), (BusinessDepartments, 10)]), &quote(&["apo-diagnosis-pro"]));
    let f = finding(&ev, RuleKind::SizeBand, "apo-diagnosis-pro#it_employees").expect("error");
    assert!(message(f).contains("No edition of Digital Diagnosis fits 51"), "{}", message(f));
    assert_eq!(f.fixes.len(), 1);
    assert_eq!(f.fixes[0].action, FixAction::RemoveItem { item: "apo-diagnosis-pro".into() });
}

#[test]
fn a_profile_below_every_band_names_the_nearest_state() {
    let ev = eval(&profile_with(&[(ItEmployees, 12), (BusinessDepartments, 5)]), &quote(&["apo-org-opt-medium"]));
    let f = finding(&ev, RuleKind::SizeBand, "apo-org-opt-medium#it_employees").expect("12 IT employees");
    assert!(message(f).contains("No edition of Organization Optimization fits 12"), "{}", message(f));
}

#[test]
fn organization_and_process_optimization_bands() {
    let cases = [
        ("apo-org-opt-medium", 20, true),
        ("apo-org-opt-medium", 51, false),
        ("apo-org-opt-large", 51, true),
        ("apo-org-opt-large", 50, false),
        ("apo-process-opt-medium", 50, true),
        ("apo-process-opt-medium", 19, false),
        ("apo-process-opt-large", 51, true),
        ("apo-process-opt-large", 50, false),
    ];
    for (item, it, fits) in cases {
        let ev = eval(&profile_with(&[(ItEmployees, it), (BusinessDepartments, 11)]), &quote(&[item, "apo-dap-large"]));
        assert_eq!(finding(&ev, RuleKind::SizeBand, &format!("{item}#it_employees")).is_none(), fits, "{item} at {it}");
    }
}

#[test]
fn release_management_technical_support_is_banded_by_application_systems() {
    let cases = [
        ("apm-release-support-medium", 20, true),
        ("apm-release-support-medium", 50, true),
        ("apm-release-support-medium", 51, false),
        ("apm-release-support-medium", 19, false),
        ("apm-release-support-large", 51, true),
        ("apm-release-support-large", 50, false),
    ];
    for (item, systems, fits) in cases {
        let ev = eval(&profile_with(&[(OmApplicationSystems, systems)]), &quote(&[item]));
        assert_eq!(
            finding(&ev, RuleKind::SizeBand, &format!("{item}#om_application_systems")).is_none(),
            fits,
            "{item} at {systems}"
        );
    }
    let ev = eval(&profile_with(&[(OmApplicationSystems, 60)]), &quote(&["apm-release-support-medium"]));
    let f = finding(&ev, RuleKind::SizeBand, "apm-release-support-medium#om_application_systems").unwrap();
    assert!(cites(f, "Medium-scale O&M organization, 20 to 50 O&M application systems"));
}

#[test]
fn chaos_drill_technical_support_is_banded_by_it_employees_as_an_assumption() {
    let ev = eval(&profile_with(&[(ItEmployees, 51)]), &quote(&["apm-chaos-support-medium"]));
    let f = finding(&ev, RuleKind::SizeBand, "apm-chaos-support-medium#it_employees").expect("error");
    assert!(cites(f, "8.6"));
    let ev = eval(&profile_with(&[(ItEmployees, 50)]), &quote(&["apm-chaos-support-medium"]));
    assert!(of_rule(&ev, RuleKind::SizeBand).is_empty());
}

#[test]
fn a_banded_item_without_the_answer_needs_it() {
    let ev = eval(&profile(), &quote(&["apo-dap-medium"]));
    let f = finding(&ev, RuleKind::MissingInput, "number:it_employees").expect("needs IT employees");
    assert_eq!(f.severity, Severity::Error);
    assert_eq!(f.fixes[0].action, FixAction::EnterNumber { input: ItEmployees });
}

#[test]
fn performance_test_concurrency_of_a_million_warns_and_never_errors() {
    let ev = eval(&profile_with(&[(PeakConcurrentRequests, 1_000_000)]), &quote(&["ke-standard"]));
    let f = finding(&ev, RuleKind::SizeBand, "ke-standard#peak_concurrent_requests").expect("warning");
    assert_eq!(f.severity, Severity::Warning);
    let ev = eval(&profile_with(&[(PeakConcurrentRequests, 999_999)]), &quote(&["ke-standard"]));
    assert!(finding(&ev, RuleKind::SizeBand, "ke-standard#peak_concurrent_requests").is_none());
    let ev = eval(&profile(), &quote(&["ke-standard"]));
    assert!(finding(&ev, RuleKind::MissingInput, "number:peak_concurrent_requests").is_none());
}

#[test]
fn availability_says_why_an_edition_cannot_be_added_and_offers_the_one_that_fits() {
    let ev = eval(&profile_with(&[(ItEmployees, 70), (BusinessDepartments, 12)]), &quote(&[]));
    let a = ev.availability_of("apo-dap-medium").unwrap();
    let AvailabilityState::Blocked { reasons, .. } = &a.state else { panic!("blocked: {a:?}") };
    assert_eq!(reasons[0].fixes[0].action, FixAction::AddItem { item: "apo-dap-large".into() });
    assert!(ev.availability_of("apo-dap-large").unwrap().is_addable());
}
