//! catalog-rules §2: derived quantities (one base, fewest increments) and their wording.

mod common;
use common::*;
use om_configurator::domain::catalog::NumericInput::*;
use om_configurator::domain::quote::QuantityOverride;
use om_configurator::domain::rules::{RuleKind, Severity};

#[test]
fn five_drill_scenarios_need_only_the_basic_edition() {
    let ev = eval(&profile_with(&[(DrillScenarios, 5)]), &quote(&["om-chaos-basic"]));
    assert_eq!(qty(&ev, "om-chaos-basic"), Some(1));
    assert_eq!(qty(&ev, "om-chaos-inc"), None);
    let info = finding(&ev, RuleKind::Increment, "om-chaos-inc").expect("arithmetic shown");
    assert_eq!(message(info), "5 drill scenarios: Basic Edition covers 5, so no Incremental Package is needed.");
}

#[test]
fn six_drill_scenarios_add_one_incremental_package() {
    let ev = eval(&profile_with(&[(DrillScenarios, 6)]), &quote(&["om-chaos-basic"]));
    assert_eq!(qty(&ev, "om-chaos-basic"), Some(1));
    assert_eq!(qty(&ev, "om-chaos-inc"), Some(1));
}

#[test]
fn eight_drill_scenarios_read_as_the_spec_wording() {
    let ev = eval(&profile_with(&[(DrillScenarios, 8)]), &quote(&["om-chaos-basic"]));
    assert_eq!(qty(&ev, "om-chaos-inc"), Some(3));
    let line = ev.line("om-chaos-inc").expect("derived line");
    assert!(!line.selected);
    assert_eq!(
        line.because.as_ref().map(because_text).as_deref(),
        Some("8 drill scenarios: Basic Edition covers 5, so 3 Incremental Packages")
    );
    let info = finding(&ev, RuleKind::Increment, "om-chaos-inc").expect("arithmetic");
    assert_eq!(info.severity, Severity::Info);
    assert!(cites(info, "The number of drill scenarios should not exceed five."));
    assert_eq!(cited_seed(info).as_deref(), Some("000_917a605a6558793b.txt"));
}

#[test]
fn a_sizing_input_never_adds_a_base_on_its_own() {
    let ev = eval(
        &profile_with(&[
            (DrillScenarios, 8),
            (OmReleaseApplications, 130),
            (ApaasReleaseApplications, 130),
            (OmInstances, 300),
            (ApaasInstances, 300),
            (ApaasSupportInstances, 300),
        ]),
        &quote(&[]),
    );
    assert!(ev.lines.is_empty());
}

#[test]
fn release_applications_100_101_110_111_on_the_om_platform() {
    for (apps, addons) in [(100, None), (101, Some(1)), (110, Some(1)), (111, Some(2)), (125, Some(3))] {
        let ev = eval(&profile_with(&[(OmReleaseApplications, apps)]), &quote(&["om-release-onsite-std"]));
        assert_eq!(qty(&ev, "om-release-onsite-std"), Some(1), "{apps} apps");
        assert_eq!(qty(&ev, "om-release-onsite-addon"), addons, "{apps} apps");
    }
}

#[test]
fn release_applications_on_apaas_use_basic_and_incremental_packages() {
    for (apps, incs) in [(100, None), (101, Some(1)), (110, Some(1)), (111, Some(2))] {
        let ev = eval(&profile_with(&[(ApaasReleaseApplications, apps)]), &quote(&["apm-release-onsite-basic"]));
        assert_eq!(qty(&ev, "apm-release-onsite-inc"), incs, "{apps} apps");
    }
    let ev = eval(&profile_with(&[(ApaasReleaseApplications, 111)]), &quote(&["apm-release-onsite-basic"]));
    assert!(cites(
        finding(&ev, RuleKind::Increment, "apm-release-onsite-inc").unwrap(),
        "Each incremental package contains a maximum of 10 applications."
    ));
}

#[test]
fn technical_support_is_sold_per_20_instances() {
    for (instances, blocks) in [(1, 1), (20, 1), (21, 2), (130, 7)] {
        let ev = eval(&profile_with(&[(ApaasSupportInstances, instances)]), &quote(&["apm-tech-support"]));
        assert_eq!(qty(&ev, "apm-tech-support"), Some(blocks), "{instances} instances");
    }
    let ev = eval(&profile_with(&[(ApaasSupportInstances, 130)]), &quote(&["apm-tech-support"]));
    assert_eq!(
        ev.line("apm-tech-support").unwrap().because.as_ref().map(because_text).as_deref(),
        Some("130 instances: 7 blocks of 20")
    );
}

#[test]
fn technical_support_without_instances_needs_them() {
    let ev = eval(&profile(), &quote(&["apm-tech-support"]));
    let needs = finding(&ev, RuleKind::MissingInput, "number:apaas_support_instances").expect("needs instances");
    assert_eq!(needs.severity, Severity::Error);
    assert!(message(needs).contains("aPaaS Technical Support Services (Per 20 Instances)"));
}

#[test]
fn hosting_implementation_covers_100_instances_then_per_100() {
    for (instances, incs) in [(100, None), (101, Some(1)), (200, Some(1)), (201, Some(2))] {
        let ev = eval(
            &profile_with(&[(OmInstances, instances), (ApaasInstances, instances)]),
            &quote(&["om-hosting-impl", "apm-hosting-impl"]),
        );
        assert_eq!(qty(&ev, "om-hosting-impl-inc"), incs, "{instances} instances");
        assert_eq!(qty(&ev, "apm-hosting-impl-inc"), incs, "{instances} instances");
    }
    let ev = eval(&profile_with(&[(OmInstances, 150)]), &quote(&["om-hosting-impl"]));
    let info = finding(&ev, RuleKind::Increment, "om-hosting-impl-inc").unwrap();
    assert!(cites(info, "8.1"), "the per-100 unit is a decision shown as an assumption");
}

#[test]
fn key_event_days_beyond_the_first_are_additional_days() {
    for (days, extra) in [(1, None), (2, Some(1)), (3, Some(2))] {
        let ev = eval(&profile_with(&[(AssuranceDays, days)]), &quote(&["ke-basic"]));
        assert_eq!(qty(&ev, "ke-basic"), Some(1));
        assert_eq!(qty(&ev, "ke-extra-day"), extra, "{days} days");
    }
}

#[test]
fn an_explicitly_chosen_increment_takes_the_derived_quantity() {
    let ev = eval(&profile_with(&[(DrillScenarios, 9)]), &quote(&["om-chaos-basic", "om-chaos-inc"]));
    let line = ev.line("om-chaos-inc").unwrap();
    assert_eq!((line.quantity, line.selected), (4, true));
}

#[test]
fn an_overridden_derived_quantity_is_a_warning_with_its_reason() {
    let mut q = quote(&["om-chaos-basic", "om-chaos-inc"]);
    q.line_mut("om-chaos-inc").unwrap().quantity_override =
        Some(QuantityOverride { quantity: 5, reason: "customer pre-buys two scenarios".into() });
    let ev = eval(&profile_with(&[(DrillScenarios, 8)]), &q);
    assert_eq!(qty(&ev, "om-chaos-inc"), Some(5));
    assert_eq!(ev.line("om-chaos-inc").unwrap().derived_quantity, Some(3));
    let warning = finding(&ev, RuleKind::QuantityOverride, "om-chaos-inc").expect("override warning");
    assert_eq!(warning.severity, Severity::Warning);
    assert!(message(warning).contains("customer pre-buys two scenarios"));
    // Without an override there is no warning.
    let ev = eval(&profile_with(&[(DrillScenarios, 8)]), &quote(&["om-chaos-basic", "om-chaos-inc"]));
    assert!(finding(&ev, RuleKind::QuantityOverride, "om-chaos-inc").is_none());
}

#[test]
fn plain_quantities_are_taken_from_the_line() {
    let mut q = quote(&["om-dev-senior"]);
    q.line_mut("om-dev-senior").unwrap().quantity = 12;
    let ev = eval(&profile(), &q);
    assert_eq!(qty(&ev, "om-dev-senior"), Some(12));
    assert_eq!(ev.line("om-dev-senior").unwrap().derived_quantity, None);
}

#[test]
fn a_base_package_is_always_quoted_once() {
    let mut q = quote(&["om-chaos-basic"]);
    q.line_mut("om-chaos-basic").unwrap().quantity = 2;
    let ev = eval(&profile_with(&[(DrillScenarios, 12)]), &q);
    assert_eq!(qty(&ev, "om-chaos-basic"), Some(1));
    assert_eq!(qty(&ev, "om-chaos-inc"), Some(7));
    assert_eq!(
        ev.line("om-chaos-basic").unwrap().because.as_ref().map(because_text).as_deref(),
        Some("1 per quote: covers 5 drill scenarios; more are added as Incremental Packages")
    );
}

#[test]
fn apaas_and_coc_drills_are_one_engagement_that_records_the_scenarios() {
    let profile = profile_with(&[(ApaasDrillScenarios, 8), (CocDrillScenarios, 1)]);
    let ev = eval(&profile, &quote(&["apm-chaos-drill", "coc-chaos-drills"]));
    assert_eq!(qty(&ev, "apm-chaos-drill"), Some(1));
    assert_eq!(qty(&ev, "coc-chaos-drills"), Some(1));
    let because = |item: &str| ev.line(item).and_then(|l| l.because.as_ref()).map(because_text);
    assert_eq!(
        because("apm-chaos-drill").as_deref(),
        Some("8 drill scenarios in one engagement (priced per engagement)")
    );
    assert_eq!(
        because("coc-chaos-drills").as_deref(),
        Some("1 drill scenario in one engagement (priced per engagement)")
    );
    // Unanswered, the line is still one engagement, with nothing to record.
    let ev = eval(&profile_with(&[]), &quote(&["apm-chaos-drill"]));
    assert_eq!(qty(&ev, "apm-chaos-drill"), Some(1));
    assert_eq!(ev.line("apm-chaos-drill").and_then(|l| l.because.as_ref()), None);
}
