//! catalog-rules §2 (revised): each offering is sized by its own input, and a selected base
//! whose sizing input is empty is an error "needs X". §8.13: a saved quote is checked
//! against every bound, unknown fields are refused, and version-1 files are upgraded.

mod common;

use common::Worded;
use common::*;
use om_configurator::domain::bounds::{MAX_COUNT, MAX_FILE_BYTES, MAX_TEXT_CHARS};
use om_configurator::domain::catalog::NumericInput::{self, *};
use om_configurator::domain::profile::CustomerProfile;
use om_configurator::domain::quote::QuoteLine;
use om_configurator::domain::rules::{FixAction, RuleKind, Severity};
use om_configurator::domain::session::{Session, SessionError, SESSION_VERSION};

/// Every base package of an increment rule, with the input that sizes it.
const BASES: [(&str, NumericInput); 7] = [
    ("om-chaos-basic", DrillScenarios),
    ("om-release-onsite-std", OmReleaseApplications),
    ("apm-release-onsite-basic", ApaasReleaseApplications),
    ("om-hosting-impl", OmInstances),
    ("apm-hosting-impl", ApaasInstances),
    ("ke-basic", AssuranceDays),
    ("ke-standard", AssuranceDays),
];

#[test]
fn a_base_with_its_sizing_input_empty_needs_it_with_a_fix_that_focuses_it() {
    for (base, input) in BASES {
        let ev = eval(&profile(), &quote(&[base]));
        let subject = format!("number:{}", input.key());
        let needs =
            finding(&ev, RuleKind::MissingInput, &subject).unwrap_or_else(|| panic!("{base} needs {}", input.key()));
        assert_eq!(needs.severity, Severity::Error, "{base}");
        assert!(
            message(needs).starts_with(&format!(
                "Needs {}",
                (om_configurator::present::text::Language::En.texts().words.input)(input).label
            )),
            "{}",
            message(needs)
        );
        assert_eq!(needs.fixes.len(), 1);
        assert_eq!(needs.fixes[0].action, FixAction::EnterNumber { input });
        assert!(!ev.can_issue(), "{base} alone would under-quote");
        // Answered, the finding goes.
        let ev = eval(&profile_with(&[(input, 1)]), &quote(&[base]));
        assert!(finding(&ev, RuleKind::MissingInput, &subject).is_none(), "{base}");
    }
    // The case from the issue: 250 applications left blank quote the Standard Package alone.
    let ev = eval(&profile(), &quote(&["om-release-onsite-std"]));
    assert!(finding(&ev, RuleKind::MissingInput, "number:om_release_applications").is_some());
    let ev = eval(&profile_with(&[(OmReleaseApplications, 250)]), &quote(&["om-release-onsite-std"]));
    assert_eq!(qty(&ev, "om-release-onsite-addon"), Some(15));
}

#[test]
fn the_technical_support_item_needs_its_own_input() {
    let ev = eval(&profile_with(&[(ApaasInstances, 300)]), &quote(&["apm-tech-support"]));
    assert!(finding(&ev, RuleKind::MissingInput, "number:apaas_support_instances").is_some());
    assert_eq!(qty(&ev, "apm-tech-support"), Some(1), "unsized until answered");
}

#[test]
fn each_input_sizes_only_its_own_offering() {
    // 300 instances to connect to aPaaS, 40 needing support, 130 on the O&M platform.
    let p = profile_with(&[
        (ApaasInstances, 300),
        (ApaasSupportInstances, 40),
        (OmInstances, 130),
        (OmReleaseApplications, 250),
        (ApaasReleaseApplications, 101),
    ]);
    let ev = eval(
        &p,
        &quote(&[
            "apm-tech-support",
            "apm-hosting-impl",
            "om-hosting-impl",
            "om-release-onsite-std",
            "apm-release-onsite-basic",
        ]),
    );
    assert_eq!(qty(&ev, "apm-tech-support"), Some(2), "40 instances need support: 2 blocks, not 15");
    assert_eq!(qty(&ev, "apm-hosting-impl-inc"), Some(2));
    assert_eq!(qty(&ev, "om-hosting-impl-inc"), Some(1));
    assert_eq!(qty(&ev, "om-release-onsite-addon"), Some(15));
    assert_eq!(qty(&ev, "apm-release-onsite-inc"), Some(1));
    assert_eq!(
        ev.line("om-release-onsite-addon").and_then(|l| l.because.as_ref()).map(because_text).as_deref(),
        Some("250 applications: the Standard Package covers 100, so 15 Add-on Packages")
    );
    // Changing one platform's answer leaves the other's lines alone.
    let mut q = p.clone();
    q.set_number(OmInstances, Some(450));
    let ev2 = eval(&q, &quote(&["apm-hosting-impl", "om-hosting-impl"]));
    assert_eq!(qty(&ev2, "om-hosting-impl-inc"), Some(4));
    assert_eq!(qty(&ev2, "apm-hosting-impl-inc"), Some(2));
}

#[test]
fn saying_the_numbers_are_the_same_fills_both_platforms() {
    let mut p = CustomerProfile::default();
    p.set_number(OmInstances, Some(120));
    p.set_same_numbers_on_both_platforms(true);
    assert_eq!(p.number(ApaasInstances), Some(120));
    assert_eq!(p.number(OmReleaseApplications), None);
    p.set_numbers(&[OmReleaseApplications, ApaasReleaseApplications], Some(40));
    assert_eq!((p.number(OmReleaseApplications), p.number(ApaasReleaseApplications)), (Some(40), Some(40)));
    assert_eq!(p.number(ApaasSupportInstances), None, "support instances are never shared");
}

/// A quote file as version 1 of the configurator wrote it.
const V1_FILE: &str = r#"{"version":1,"profile":{"customer_name":"ACME","platforms":["om_platform","apaas"],"region":"Singapore",
"numbers":{"it_employees":30,"instances":300,"release_applications":250,"drill_scenarios":8},"dates":{},"coverage":null,
"first_connection":true,"wants_technical_support":true,"wants_maturity_assessment":false,"wants_onsite_support":false,
"key_event_checks":{"security":false,"capacity":false,"performance":false},"attested_prerequisites":[],"existing_contracts":[],
"declared_scope":[],"quote_date":"2026-01-05","holidays":[]},
"quote":{"title":"Q1","lines":[{"item":"om-release-onsite-std","quantity":1,"term_months":null,"discount":0,"quantity_override":null},
{"item":"apm-tech-support","quantity":1,"term_months":null,"discount":250,"quantity_override":null}],
"term_months":12,"status":"draft","exceptions":[],"price_book":null},"mode":"sales_engineer"}"#;

#[test]
fn a_version_1_file_opens_as_version_2_with_the_same_quote_and_says_so_once() {
    let loaded = Session::from_json(V1_FILE).expect("v1 opens");
    let session = loaded.session;
    assert_eq!(session.version, SESSION_VERSION);
    assert_eq!(SESSION_VERSION, 3);
    for input in [OmInstances, ApaasInstances, ApaasSupportInstances] {
        assert_eq!(session.profile.number(input), Some(300), "{}", input.key());
    }
    for input in [OmReleaseApplications, ApaasReleaseApplications] {
        assert_eq!(session.profile.number(input), Some(250), "{}", input.key());
    }
    assert_eq!(session.profile.number(DrillScenarios), Some(8));
    assert_eq!(session.quote.title, "Q1");
    let items: Vec<&str> = session.quote.lines().iter().map(|l| l.item.as_str()).collect();
    assert_eq!(items, ["om-release-onsite-std", "apm-tech-support"]);
    assert_eq!(session.quote.lines()[1].discount.0, 250);
    let told = om_configurator::present::refusals::upgrade_told(
        om_configurator::present::text::Language::En.texts(),
        &loaded.upgraded.expect("the user is told"),
        false,
    )
    .expect("something to tell");
    assert!(told.contains("instances (300) now fills O&M platform instances to connect, aPaaS instances to connect, aPaaS instances needing technical support"), "{told}");
    // Saved again it is a current file, which opens without a second notice.
    let again = Session::from_json(&session.to_json()).expect("v3 opens");
    assert_eq!(again.upgraded, None);
    assert_eq!(again.session, session);
}

#[test]
fn export_then_import_is_the_identity() {
    let mut session = Session::new();
    session.profile = profile_with(&[(OmInstances, 130), (ApaasSupportInstances, 40)]);
    session.profile.same_numbers_on_both_platforms = true;
    session.quote = quote(&["om-hosting-impl", "apm-tech-support"]);
    session.quote.title = "Ünïcode \"quoted\" title".into();
    let loaded = Session::from_json(&session.to_json()).expect("opens");
    assert_eq!(loaded.session, session);
}

#[test]
fn a_file_with_an_unknown_field_is_refused_naming_it() {
    let session = Session::new().to_json();
    for (text, field) in [
        (session.replacen('{', r#"{"surprise":1,"#, 1), "surprise"),
        (session.replace(r#""quote":{"#, r#""quote":{"colour":"red","#), "colour"),
        (session.replace(r#""profile":{"#, r#""profile":{"instances":3,"#), "instances"),
    ] {
        let error = Session::from_json(&text).expect_err("refused");
        assert!(matches!(error, SessionError::NotASavedQuote(_)), "{}", error.words());
        assert!(error.words().contains(field), "{}", error.words());
    }
    let mut line = serde_json::to_value(QuoteLine::new("om-chaos-basic")).expect("json");
    line["price"] = serde_json::json!(3);
    let text = format!(r#"{{"version":2,"quote":{{"lines":[{line}]}}}}"#);
    assert!(Session::from_json(&text).expect_err("refused").words().contains("price"));
    // A v2 file may not use the old single answers.
    let text = r#"{"version":2,"profile":{"numbers":{"instances":3}}}"#;
    assert!(Session::from_json(text).expect_err("refused").words().contains("instances"));
}

#[test]
fn a_newer_file_is_refused() {
    let error = Session::from_json(r#"{"version":4}"#).expect_err("refused");
    assert_eq!(error, SessionError::NewerVersion(4));
}

/// Loads a session after `change`, returning the refusal text if refused.
fn load_after(change: impl FnOnce(&mut Session)) -> Result<(), String> {
    let mut session = Session::new();
    session.quote = quote(&["om-chaos-basic", "apm-hosting-24x7"]);
    change(&mut session);
    Session::from_json(&session.to_json()).map(|_| ()).map_err(|e| e.words())
}

#[test]
fn every_bound_is_refused_at_its_edge_and_accepted_one_below() {
    let max = u32::try_from(MAX_COUNT).expect("fits");
    // Sizing inputs and counts: 0-100,000.
    assert_eq!(load_after(|s| s.profile.set_number(OmInstances, Some(MAX_COUNT))), Ok(()));
    let refused = load_after(|s| s.profile.set_number(OmInstances, Some(MAX_COUNT + 1))).expect_err("refused");
    assert_eq!(refused, "profile.numbers.om_instances is 100,001, but it must be at most 100,000");
    assert!(
        load_after(|s| s.profile.set_number(PeakConcurrentRequests, Some(2_000_000))).is_ok(),
        "peak requests warn from 1 million"
    );
    // Quantities and overrides.
    assert_eq!(load_after(|s| s.quote.line_mut("om-chaos-basic").expect("line").quantity = max), Ok(()));
    let refused =
        load_after(|s| s.quote.line_mut("om-chaos-basic").expect("line").quantity = max + 1).expect_err("refused");
    assert!(refused.starts_with("quote.lines[0].quantity is 100,001"), "{refused}");
    let refused =
        load_after(|s| s.quote.line_mut("om-chaos-basic").expect("line").quantity = u32::MAX).expect_err("refused");
    assert!(refused.contains("at most 100,000"), "{refused}");
    // Terms: 1-36 months, for the quote and for a line.
    for term in [1, 36] {
        assert_eq!(load_after(|s| s.quote.term_months = term), Ok(()), "{term}");
        assert_eq!(
            load_after(|s| s.quote.line_mut("apm-hosting-24x7").expect("line").term_months = Some(term)),
            Ok(())
        );
    }
    for term in [0, 37, u32::MAX] {
        let refused = load_after(|s| s.quote.term_months = term).expect_err("refused");
        assert_eq!(refused, format!("quote.term_months is {term} months, but it must be 1 to 36 months"));
        let refused = load_after(|s| s.quote.line_mut("apm-hosting-24x7").expect("line").term_months = Some(term))
            .expect_err("refused");
        assert!(refused.starts_with("quote.lines[1].term_months"), "{refused}");
    }
    // Text: up to 500 characters (not bytes).
    let at_limit = "é".repeat(MAX_TEXT_CHARS);
    assert_eq!(load_after(|s| s.profile.customer_name = at_limit.clone()), Ok(()));
    let refused = load_after(|s| s.profile.customer_name = format!("{at_limit}x")).expect_err("refused");
    assert_eq!(refused, "profile.customer_name is 501 characters long, but it must be at most 500 characters");
    assert!(load_after(|s| s.quote.title = "t".repeat(MAX_TEXT_CHARS + 1))
        .expect_err("refused")
        .starts_with("quote.title"));
    // Region: one of the list.
    assert!(load_after(|s| s.profile.region = Some("Atlantis".into()))
        .expect_err("refused")
        .starts_with("profile.region"));
    // Discounts: 0-100 %.
    assert_eq!(load_after(|s| s.quote.line_mut("om-chaos-basic").expect("line").discount.0 = 10_000), Ok(()));
    let refused =
        load_after(|s| s.quote.line_mut("om-chaos-basic").expect("line").discount.0 = 10_001).expect_err("refused");
    assert!(refused.starts_with("quote.lines[0].discount"), "{refused}");
}

#[test]
fn a_file_over_1_mb_is_refused_before_it_is_read() {
    let session = Session::new().to_json();
    let padded = |total: usize| format!("{session}{}", " ".repeat(total - session.len()));
    assert!(Session::from_json(&padded(MAX_FILE_BYTES)).is_ok());
    let error = Session::from_json(&padded(MAX_FILE_BYTES + 1)).expect_err("refused");
    assert_eq!(error.words(), "the saved quote is 1,000,001 bytes, but it must be at most 1,000,000 bytes (1 MB)");
}

#[test]
fn a_utf8_bom_is_accepted() {
    let text = format!("\u{feff}{}", Session::new().to_json());
    assert!(Session::from_json(&text).is_ok());
}

#[test]
fn garbage_is_refused_with_a_reason() {
    for text in ["", "null", "[]", "{\"version\":\"two\"}", "{\"version\":-1}", "not json"] {
        let error = Session::from_json(text).expect_err(text);
        assert!(!error.words().is_empty());
    }
}

#[test]
fn typed_counts_are_read_exactly_or_refused_with_the_limit() {
    use om_configurator::domain::bounds::{parse_count, CountInputError};
    assert_eq!(parse_count("", MAX_COUNT), Ok(None));
    assert_eq!(parse_count(" 1,250 ", MAX_COUNT), Ok(Some(1_250)));
    assert_eq!(parse_count("100000", MAX_COUNT), Ok(Some(100_000)));
    assert_eq!(parse_count("100001", MAX_COUNT), Err(CountInputError::AboveLimit { max: MAX_COUNT }));
    assert_eq!(parse_count("99999999999999999999999", MAX_COUNT), Err(CountInputError::AboveLimit { max: MAX_COUNT }));
    for bad in ["eight", "-3", "1.5", "+2", "１２"] {
        assert_eq!(parse_count(bad, MAX_COUNT), Err(CountInputError::NotAWholeNumber), "{bad}");
    }
    assert_eq!(CountInputError::AboveLimit { max: MAX_COUNT }.words(), "is above the limit of 100,000");
}

#[test]
fn download_names_are_safe_file_stems() {
    let mut session = Session::new();
    assert_eq!(session.file_stem(), "quote");
    session.profile.customer_name = "ACME Retail / Ünïts".into();
    assert_eq!(session.file_stem(), "ACME-Retail-n-ts");
    session.quote.title = "../../etc/passwd\u{0}=cmd|' /C calc'!A0".into();
    let stem = session.file_stem();
    assert_eq!(stem, "etc-passwd-cmd-C-calc-A0");
    assert!(stem.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'));
    session.quote.title = "x".repeat(500);
    assert!(session.file_stem().len() <= 60);
}
