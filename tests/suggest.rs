//! catalog-rules §9: suggestions from the needs questions, each tied to its answer.

mod common;
use common::*;
use om_configurator::domain::catalog::{DateInput, NumericInput::*};
use om_configurator::domain::profile::{Coverage, Platform};
use om_configurator::domain::quote::Quote;
use om_configurator::domain::suggest::{suggest, Answer, SUGGESTED_ITEMS};

fn items(p: &om_configurator::domain::profile::CustomerProfile) -> Vec<(String, Answer)> {
    suggest(&catalog(), p, &Quote::default()).into_iter().map(|s| (s.item, s.answer)).collect()
}

#[test]
fn every_suggested_item_exists() {
    let catalog = catalog();
    for id in SUGGESTED_ITEMS {
        assert!(catalog.item(id).is_some(), "{id}");
    }
}

#[test]
fn nothing_is_suggested_from_an_empty_profile() {
    assert!(items(&profile()).is_empty());
}

#[test]
fn coverage_suggests_the_hosting_of_each_platform() {
    let mut p = profile();
    p.platforms.extend([Platform::OmPlatform, Platform::Apaas]);
    p.coverage = Some(Coverage::AroundTheClock);
    assert_eq!(
        items(&p),
        vec![("om-hosting-7x24".into(), Answer::Coverage), ("apm-hosting-24x7".into(), Answer::Coverage)]
    );
    p.coverage = Some(Coverage::BusinessHours);
    assert_eq!(
        items(&p),
        vec![("om-hosting-5x8".into(), Answer::Coverage), ("apm-hosting-8x5".into(), Answer::Coverage)]
    );
}

#[test]
fn drill_scenarios_suggest_the_platform_drill_service() {
    let mut p = profile_with(&[(DrillScenarios, 8)]);
    p.platforms.insert(Platform::OmPlatform);
    let s = suggest(&catalog(), &p, &Quote::default());
    assert_eq!(s[0].item, "om-chaos-basic");
    assert!(om_configurator::present::suggestions::because(
        om_configurator::present::text::Language::En.texts(),
        &s[0].because
    )
    .contains("8 chaos drill scenarios"));
    // The O&M platform's answer sizes the O&M platform's drills only (catalog-rules §2).
    p.platforms = [Platform::Apaas, Platform::Coc].into();
    assert_eq!(items(&p), vec![]);
    // Each platform's own question suggests its own drill service.
    let mut p = profile_with(&[(ApaasDrillScenarios, 8), (CocDrillScenarios, 3)]);
    p.platforms = [Platform::OmPlatform, Platform::Apaas, Platform::Coc].into();
    assert_eq!(
        items(&p),
        vec![("apm-chaos-drill".into(), Answer::DrillScenarios), ("coc-chaos-drills".into(), Answer::DrillScenarios)]
    );
}

#[test]
fn a_key_event_suggests_basic_or_standard_by_the_checks_wanted() {
    let mut p = with_date(profile(), DateInput::KeyEventDate, "2026-02-02");
    assert_eq!(items(&p), vec![("ke-basic".into(), Answer::KeyEvent)]);
    p.key_event_checks.capacity = true;
    p.wants_onsite_support = true;
    assert_eq!(items(&p), vec![("ke-standard".into(), Answer::KeyEvent), ("ke-onsite".into(), Answer::OnsiteSupport)]);
}

#[test]
fn a_maturity_assessment_suggests_diagnosis_and_the_dap_edition_of_the_band() {
    let mut p = profile_with(&[(ItEmployees, 30)]);
    p.platforms.insert(Platform::Apaas);
    p.wants_maturity_assessment = true;
    assert_eq!(
        items(&p),
        vec![
            ("apo-diagnosis-basic".into(), Answer::MaturityAssessment),
            ("apo-dap-medium".into(), Answer::MaturityAssessment)
        ]
    );
    p.set_number(ItEmployees, Some(70));
    assert_eq!(items(&p), vec![("apo-dap-large".into(), Answer::MaturityAssessment)]);
}

#[test]
fn a_number_of_instances_needing_support_is_the_need_itself() {
    let mut p = profile_with(&[(ApaasSupportInstances, 45)]);
    p.platforms.insert(Platform::Apaas);
    assert!(!p.wants_technical_support, "no box is ticked");
    assert_eq!(items(&p), vec![("apm-tech-support".into(), Answer::TechnicalSupport)]);
    p.set_number(ApaasSupportInstances, Some(0));
    assert!(items(&p).is_empty(), "0 instances ask for nothing");
}

#[test]
fn already_quoted_items_are_not_suggested_again() {
    let mut p = profile_with(&[(ApaasReleaseApplications, 125), (ApaasInstances, 130), (ApaasSupportInstances, 40)]);
    p.platforms.insert(Platform::Apaas);
    p.first_connection = true;
    assert_eq!(items(&p).len(), 3);
    let q = quote(&["apm-release-onsite-basic"]);
    let left: Vec<String> = suggest(&catalog(), &p, &q).into_iter().map(|s| s.item).collect();
    assert_eq!(left, vec!["apm-hosting-impl", "apm-tech-support"]);
}

#[test]
fn the_editions_suggested_follow_the_rule_books_bands() {
    // A rule book whose DAP Medium band is 10-60 IT employees: the suggestion follows it,
    // so no band is hard-coded in the suggestions.
    let shipped = catalog();
    let mut rules = shipped.rules().clone();
    for band in rules.bands.iter_mut().filter(|b| b.item == "apo-dap-medium" && b.input == ItEmployees) {
        band.min = Some(10);
        band.max = Some(60);
    }
    for band in rules.bands.iter_mut().filter(|b| b.item == "apo-dap-large" && b.input == ItEmployees) {
        band.min = Some(61);
    }
    let changed =
        om_configurator::domain::catalog::Catalog::from_parts(shipped.documents().to_vec(), rules).expect("valid");
    let mut p = profile_with(&[(ItEmployees, 55)]);
    p.platforms.insert(Platform::Apaas);
    p.wants_maturity_assessment = true;
    let with = |catalog: &om_configurator::domain::catalog::Catalog| -> Vec<String> {
        suggest(catalog, &p, &Quote::default()).into_iter().map(|s| s.item).collect()
    };
    assert_eq!(with(&shipped), vec!["apo-dap-large"]);
    assert_eq!(with(&changed), vec!["apo-dap-medium"]);
}

#[test]
fn an_item_excluded_by_one_already_quoted_is_never_suggested() {
    let mut p = with_date(profile(), DateInput::KeyEventDate, "2026-03-02");
    p.wants_onsite_support = true;
    // Basic would be suggested (no checks wanted), but Standard is quoted: §8.4 excludes it.
    // Onsite support is not suggested either: with an edition quoted it is already derived.
    let suggested: Vec<String> =
        suggest(&catalog(), &p, &quote(&["ke-standard"])).into_iter().map(|s| s.item).collect();
    assert_eq!(suggested, Vec::<String>::new());
    // Medium DAP quoted: Large is not suggested even when the band says Large.
    let mut p = profile_with(&[(ItEmployees, 70)]);
    p.platforms.insert(Platform::Apaas);
    p.wants_maturity_assessment = true;
    assert!(suggest(&catalog(), &p, &quote(&["apo-dap-medium"])).is_empty());
}

#[test]
fn sizing_suggestions_read_each_platforms_own_answer() {
    let mut p = profile_with(&[(OmInstances, 130), (OmReleaseApplications, 40)]);
    p.platforms.extend([Platform::OmPlatform, Platform::Apaas]);
    p.first_connection = true;
    p.wants_technical_support = true;
    let got: Vec<String> = suggest(&catalog(), &p, &Quote::default()).into_iter().map(|s| s.item).collect();
    assert_eq!(got, vec!["om-hosting-impl", "om-release-onsite-std"], "aPaaS answers are empty: nothing for aPaaS");
}
