//! The rules an independent audit found open (catalog-rules §7, §8.6, §8.15, revised
//! 2026-12-01), each at its edge: written reasons, one edition and one onsite visit per
//! key event, an excepted error that changes nothing else, an unpriceable quote that
//! cannot be issued, citations that show decisions as the assumptions they are, and the
//! Chaos Drill Technical Support band as a warning.

mod common;

use common::{
    because_text, catalog, eval, finding, message, of_rule, profile, profile_with, qty, quote, with_date, Worded,
};
use om_configurator::domain::boq::Boq;
use om_configurator::domain::catalog::{DateInput, NumericInput};
use om_configurator::domain::money::Minor;
use om_configurator::domain::price_book::PriceBook;
use om_configurator::domain::profile::CustomerProfile;
use om_configurator::domain::quote::{Exception, QuantityOverride, Quote, QuoteLine, QuoteStatus};
use om_configurator::domain::rules::{apply_fix, Citation, FindingKey, FixAction, RuleKind, Severity};
use om_configurator::domain::session::{Mode, Session, SessionError, SESSION_VERSION};
use om_configurator::domain::share_link::{link_fragment, read_link, ShareLinkError};
use om_configurator::present::document::ProposalDocument;
use om_configurator::present::text::Language;

fn session(profile: CustomerProfile, quote: Quote) -> Session {
    Session { version: SESSION_VERSION, profile, quote, mode: Mode::SalesEngineer, ..Session::default() }
}

fn chaos_profile() -> CustomerProfile {
    profile_with(&[(NumericInput::DrillScenarios, 8)])
}

/// A key-event customer: one assurance day, the event far enough ahead.
fn key_event_profile() -> CustomerProfile {
    with_date(profile_with(&[(NumericInput::AssuranceDays, 1)]), DateInput::KeyEventDate, "2026-02-02")
}

// ---------------------------------------------------------------------------------------
// 1. Every exception and quantity override carries a written reason, from every input.

fn with_exception_reason(reason: &str) -> Session {
    let mut q = quote(&["om-chaos-inc"]);
    q.exceptions.push(Exception { key: FindingKey::new(RuleKind::MissingBase, "om-chaos-inc"), reason: reason.into() });
    session(chaos_profile(), q)
}

fn with_override_reason(reason: &str) -> Session {
    let mut q = quote(&["om-chaos-basic", "om-chaos-inc"]);
    q.line_mut("om-chaos-inc").expect("line").quantity_override =
        Some(QuantityOverride { quantity: 1, reason: reason.into() });
    session(chaos_profile(), q)
}

fn refusal(session: &Session) -> String {
    match Session::from_json(&session.to_json()) {
        Err(SessionError::OutOfBounds(error)) => error.words(),
        other => panic!("expected a refusal naming the reason, got {other:?}"),
    }
}

#[test]
fn an_exception_without_a_written_reason_is_refused_naming_it() {
    assert_eq!(
        refusal(&with_exception_reason("")),
        "quote.exceptions[0].reason is empty, but it must be a written reason (at least one character that is not a space)"
    );
    for blank in [" ", "   ", "\t\n", "\u{3000}", "\u{200b}", " \u{feff} "] {
        assert_eq!(
            refusal(&with_exception_reason(blank)),
            "quote.exceptions[0].reason is only spaces, but it must be a written reason (at least one character that is not a space)",
            "{blank:?}"
        );
    }
    // One character that is not a space is a reason.
    assert!(Session::from_json(&with_exception_reason(" x ").to_json()).is_ok());
}

#[test]
fn a_quantity_override_without_a_written_reason_is_refused_naming_it() {
    assert!(refusal(&with_override_reason("")).starts_with("quote.lines[1].quantity_override.reason is empty"));
    assert!(refusal(&with_override_reason("  ")).starts_with("quote.lines[1].quantity_override.reason is only spaces"));
    let loaded = Session::from_json(&with_override_reason("Customer counts 4").to_json()).expect("a reason is kept");
    assert_eq!(loaded.session, with_override_reason("Customer counts 4"));
}

#[test]
fn a_link_carrying_a_blank_reason_is_refused_like_a_file() {
    let catalog = catalog();
    for session in [with_exception_reason(" "), with_override_reason("")] {
        let link = link_fragment(&catalog, &session);
        match read_link(&catalog, &link) {
            Err(ShareLinkError::Quote(SessionError::OutOfBounds(error))) => {
                assert!(error.words().contains("must be a written reason"), "{}", error.words())
            }
            other => panic!("expected the link to be refused, got {other:?}"),
        }
    }
}

#[test]
fn recording_an_exception_in_the_app_refuses_a_blank_reason() {
    let mut q = quote(&["om-chaos-inc"]);
    let key = FindingKey::new(RuleKind::MissingBase, "om-chaos-inc");
    assert!(!q.record_exception(key.clone(), "   "));
    assert!(q.exceptions.is_empty());
    assert!(q.record_exception(key, "  Bought through a partner "));
    assert_eq!(q.exceptions[0].reason, "Bought through a partner");
}

// ---------------------------------------------------------------------------------------
// 2. One edition and at most one onsite visit per key event.

fn onsite_quote(quantity: u32) -> Quote {
    Quote::from_lines([QuoteLine::new("ke-basic"), QuoteLine { quantity, ..QuoteLine::new("ke-onsite") }])
}

#[test]
fn onsite_support_asked_for_0_or_3_times_is_corrected_to_1_with_a_finding() {
    let p = key_event_profile();
    for asked in [0, 3] {
        let ev = eval(&p, &onsite_quote(asked));
        assert_eq!(qty(&ev, "ke-onsite"), Some(1), "asked {asked}");
        let corrected = finding(&ev, RuleKind::QuantityCorrected, "ke-onsite").expect("a finding says so");
        assert_eq!(
            message(corrected),
            format!("Onsite support: quantity {asked} corrected to 1, because a quote covers one key event.")
        );
        assert_eq!(corrected.severity, Severity::Info);
        assert!(common::cites(corrected, "If onsite support is required, additional pricing applies."));
        assert!(common::cites(corrected, "8.10"));
        // Its fix sets the line back to 1, and the finding is gone.
        let (mut p2, mut q2) = (p.clone(), onsite_quote(asked));
        let fix = corrected.fixes.first().expect("a fix");
        assert_eq!(fix.action, FixAction::SetQuantity { item: "ke-onsite".into(), quantity: 1 });
        assert!(apply_fix(&catalog(), &mut p2, &mut q2, &fix.action));
        assert!(finding(&eval(&p2, &q2), RuleKind::QuantityCorrected, "ke-onsite").is_none());
    }
}

#[test]
fn onsite_support_asked_for_once_is_quoted_once_without_a_word() {
    let ev = eval(&key_event_profile(), &onsite_quote(1));
    assert_eq!(qty(&ev, "ke-onsite"), Some(1));
    assert!(of_rule(&ev, RuleKind::QuantityCorrected).is_empty());
    // The BOQ bills it once.
    let mut q = onsite_quote(1);
    q.price_book =
        Some(PriceBook { prices: [("ke-onsite".to_string(), Minor(120_000))].into(), ..PriceBook::empty("USD") });
    let boq = Boq::build(&catalog(), &q, &eval(&key_event_profile(), &q).lines);
    let row = boq.rows.iter().find(|r| r.item == "ke-onsite").expect("row");
    assert_eq!(row.amount, Some(Minor(120_000)));
}

#[test]
fn onsite_support_is_derived_once_when_wanted_and_an_edition_is_quoted() {
    let mut p = key_event_profile();
    p.wants_onsite_support = true;
    for edition in ["ke-basic", "ke-standard"] {
        let ev = eval(&p, &quote(&[edition]));
        let line = ev.line("ke-onsite").expect("derived");
        assert_eq!((line.quantity, line.selected), (1, false));
        assert_eq!(
            line.because.as_ref().map(because_text).as_deref(),
            Some("1 per quote: onsite support at the key event is asked for in the profile")
        );
    }
    // Not without an edition, and not when it is not wanted.
    assert_eq!(qty(&eval(&p, &Quote::default()), "ke-onsite"), None);
    assert_eq!(qty(&eval(&key_event_profile(), &quote(&["ke-basic"])), "ke-onsite"), None);
    // Wanted and also chosen: one line, x1.
    let ev = eval(&p, &onsite_quote(3));
    assert_eq!(ev.lines.iter().filter(|l| l.item == "ke-onsite").count(), 1);
    assert_eq!(qty(&ev, "ke-onsite"), Some(1));
}

#[test]
fn an_edition_is_quoted_once_even_with_an_override() {
    let mut q = quote(&["ke-standard"]);
    q.line_mut("ke-standard").expect("line").quantity_override =
        Some(QuantityOverride { quantity: 3, reason: "Three events".into() });
    let ev = eval(&key_event_profile(), &q);
    assert_eq!(qty(&ev, "ke-standard"), Some(1));
    let corrected = finding(&ev, RuleKind::QuantityCorrected, "ke-standard").expect("said");
    assert_eq!(
        message(corrected),
        "Key Event On-Duty Service Standard Edition: quantity 3 corrected to 1, because a quote covers one key event."
    );
    assert_eq!(corrected.fixes[0].action, FixAction::SetQuantity { item: "ke-standard".into(), quantity: 1 });
    assert!(finding(&ev, RuleKind::QuantityOverride, "ke-standard").is_none(), "not an override warning");
}

// ---------------------------------------------------------------------------------------
// 3. An excepted error changes nothing else.

#[test]
fn an_increment_whose_missing_base_is_excepted_is_still_sized_from_its_input() {
    let p = chaos_profile();
    let mut q = quote(&["om-chaos-inc"]);
    let unexcepted = eval(&p, &q);
    assert_eq!(qty(&unexcepted, "om-chaos-inc"), Some(3), "8 scenarios: 3 beyond the Basic Edition's 5");
    assert!(!unexcepted.can_issue());
    assert!(q.record_exception(
        FindingKey::new(RuleKind::MissingBase, "om-chaos-inc"),
        "Basic Edition bought through a partner"
    ));
    let excepted = eval(&p, &q);
    assert_eq!(qty(&excepted, "om-chaos-inc"), Some(3));
    assert_eq!(
        excepted.line("om-chaos-inc").and_then(|l| l.because.as_ref()).map(because_text).as_deref(),
        Some("8 drill scenarios: Basic Edition covers 5, so 3 Incremental Packages")
    );
    assert!(excepted.can_issue());
    // Only the exception differs between the two evaluations.
    assert_eq!(unexcepted.lines, excepted.lines);
    let without_exceptions = |ev: &om_configurator::domain::rules::Evaluation| {
        ev.findings.iter().map(|f| (f.key.clone(), message(f).clone())).collect::<Vec<_>>()
    };
    assert_eq!(without_exceptions(&unexcepted), without_exceptions(&excepted));
}

// ---------------------------------------------------------------------------------------
// 4. A quote whose BOQ refuses an amount cannot be issued final.

fn too_large_quote() -> Quote {
    let mut q = quote(&["apm-hosting-24x7", "apm-hosting-inc-24x7"]);
    q.term_months = 36;
    q.status = QuoteStatus::Final;
    q.line_mut("apm-hosting-inc-24x7").expect("line").quantity = 100_000;
    // 1,000,000,000 CLF (4 decimals) x 100,000 a month is held; over 36 months it is not.
    q.price_book = Some(PriceBook {
        prices: [("apm-hosting-inc-24x7".to_string(), Minor(10_000_000_000_000))].into(),
        ..PriceBook::empty("CLF")
    });
    q
}

fn attested(mut p: CustomerProfile) -> CustomerProfile {
    p.attested_prerequisites =
        ["apaas-platform", "apaas-permissions", "apaas-team", "apaas-contract"].into_iter().map(String::from).collect();
    p
}

#[test]
fn a_refused_amount_makes_the_quote_unissuable_with_its_reason_and_no_exception_accepts_it() {
    let p = attested(profile());
    let mut q = too_large_quote();
    let ev = eval(&p, &q);
    let refused = finding(&ev, RuleKind::AmountTooLarge, "apm-hosting-inc-24x7").expect("an error names it");
    assert_eq!(refused.severity, Severity::Error);
    assert_eq!(
        message(refused),
        "Line 2, aPaaS Application Hosting for Incremental Services (24/7): the amount over 36 months is too large to hold exactly; check its price and quantity. Until then the quote cannot be issued."
    );
    assert!(!refused.can_be_excepted());
    assert!(!ev.can_issue());
    // An exception in the file is not applied to it.
    q.exceptions.push(Exception { key: refused.key.clone(), reason: "Accept it".into() });
    let ev = eval(&p, &q);
    assert!(!ev.can_issue());
    assert_eq!(finding(&ev, RuleKind::AmountTooLarge, "apm-hosting-inc-24x7").and_then(|f| f.exception.clone()), None);
    // The proposal is stamped DRAFT with the reason.
    let s = session(p.clone(), q.clone());
    let boq = Boq::build(&catalog(), &q, &ev.lines);
    let document = ProposalDocument::build(&catalog(), &s, &ev, &boq, Language::En);
    assert!(document.cover.draft);
    assert_eq!(document.cover.fact("Status"), Some("Final, has open errors"));
    assert!(document.cover.open_errors.iter().any(|e| e.contains("too large to hold exactly")));
    // One month fewer of a held amount: issuable.
    q.line_mut("apm-hosting-inc-24x7").expect("line").quantity = 1;
    q.exceptions.clear();
    assert!(eval(&p, &q).can_issue(), "{:?}", eval(&p, &q).findings);
}

// ---------------------------------------------------------------------------------------
// 5. Decisions are shown as the assumptions they are.

fn sections(citations: &[Citation]) -> Vec<String> {
    citations
        .iter()
        .filter_map(|c| match c {
            Citation::Assumption { section, .. } => Some(section.clone()),
            Citation::Seed { .. } => None,
        })
        .collect()
}

#[test]
fn the_whole_years_finding_cites_the_seed_sentence_and_decision_8_15() {
    for (item, sentence) in [
        ("apm-high-reliability", "Provide services twice a year."),
        ("apm-risk-gov", "Provide services twice a year."),
        ("apm-security-gov", "This service is provided twice a year."),
        ("apm-tool-gov", "Yearly package"),
    ] {
        let mut q = quote(&[item]);
        q.term_months = 6;
        let ev = eval(&profile(), &q);
        let term = finding(&ev, RuleKind::Term, item).expect("whole years");
        assert!(common::cites(term, sentence), "{item}");
        assert!(sections(&term.citations).contains(&"catalog-rules \u{a7}8.15".to_string()), "{item}");
    }
}

#[test]
fn decisions_shaping_a_quoted_line_are_listed_among_the_assumptions() {
    // 8.1 (unit: person-day) and 8.12 (inherited scenario): no finding cites either.
    let ev = eval(&profile(), &quote(&["apo-dev-senior-consultant"]));
    assert!(ev.findings.iter().all(|f| sections(&f.citations).is_empty()), "{:?}", ev.findings);
    assert_eq!(sections(&ev.assumptions), ["catalog-rules \u{a7}8.1", "catalog-rules \u{a7}8.12"]);
    let listed: Vec<String> = common::decisions(&ev).into_iter().map(|(section, _)| section).collect();
    assert_eq!(listed, ["catalog-rules \u{a7}8.1", "catalog-rules \u{a7}8.12"]);
    // The first level states its scenario itself: 8.1 only.
    assert_eq!(
        sections(&eval(&profile(), &quote(&["apo-dev-senior-expert"])).assumptions),
        ["catalog-rules \u{a7}8.1"]
    );
    // A line no decision shapes lists none.
    assert!(eval(&profile(), &quote(&["om-prr"])).assumptions.is_empty());
    // Cited and shaping decisions together, once each, in section order.
    let mut q = quote(&["apm-hosting-inc-8x5", "apm-risk-gov"]);
    q.term_months = 12;
    assert_eq!(
        sections(&eval(&profile(), &q).assumptions),
        ["catalog-rules \u{a7}8.1", "catalog-rules \u{a7}8.2", "catalog-rules \u{a7}8.12", "catalog-rules \u{a7}8.15"]
    );
}

// ---------------------------------------------------------------------------------------
// 6. The Chaos Drill Technical Support band is a warning, still overridable.

#[test]
fn the_chaos_drill_technical_support_band_is_a_warning_that_can_be_excepted() {
    for (item, it) in
        [("apm-chaos-support-medium", 12), ("apm-chaos-support-medium", 51), ("apm-chaos-support-large", 50)]
    {
        let p = profile_with(&[(NumericInput::ItEmployees, it)]);
        let mut q = quote(&[item]);
        let ev = eval(&p, &q);
        let subject = format!("{item}#it_employees");
        let band = finding(&ev, RuleKind::SizeBand, &subject).expect("outside its band");
        assert_eq!(band.severity, Severity::Warning, "{item} with {it}");
        assert!(sections(&band.citations).contains(&"catalog-rules \u{a7}8.6".to_string()));
        assert!(ev.can_issue());
        assert!(band.can_be_excepted());
        assert!(q.record_exception(band.key.clone(), "Customer's group has 300 IT staff"));
        assert_eq!(
            finding(&eval(&p, &q), RuleKind::SizeBand, &subject).and_then(|f| f.exception.clone()).as_deref(),
            Some("Customer's group has 300 IT staff")
        );
    }
    // Inside the band: nothing.
    let ev = eval(&profile_with(&[(NumericInput::ItEmployees, 30)]), &quote(&["apm-chaos-support-medium"]));
    assert!(finding(&ev, RuleKind::SizeBand, "apm-chaos-support-medium#it_employees").is_none());
    // The bands that the seeds do number stay errors.
    let ev = eval(&profile_with(&[(NumericInput::ItEmployees, 12)]), &quote(&["apo-dap-medium"]));
    assert_eq!(
        finding(&ev, RuleKind::SizeBand, "apo-dap-medium#it_employees").map(|f| f.severity),
        Some(Severity::Error)
    );
}

// ---------------------------------------------------------------------------------------
// §8.14 display names: a name that does not say its service is shown with it outside its
// offering's group, on every surface; the catalog keeps the seed name.

#[test]
fn key_event_editions_are_named_with_their_service_outside_their_group() {
    use om_configurator::export::csv::boq_csv;
    use om_configurator::export::{export, Format};
    use om_configurator::present::document::Block;

    let catalog = catalog();
    assert_eq!(catalog.item("ke-basic").map(|i| i.name.as_str()), Some("Basic Edition"), "seed name kept");
    let p = key_event_profile();
    let q = quote(&["ke-basic", "ke-standard", "om-chaos-basic"]);
    let ev = eval(&p, &q);
    let boq = Boq::build(&catalog, &q, &ev.lines);
    let names: Vec<&str> = boq.rows.iter().map(|r| r.name.as_str()).collect();
    assert!(
        names.contains(&"Key Event On-Duty Service Basic Edition")
            && names.contains(&"Key Event On-Duty Service Standard Edition")
    );
    // Names that already say their service are shown as they are.
    assert!(names.contains(&"Chaos Engineering Drill Service Basic Edition"));
    let exclusion = of_rule(&ev, RuleKind::Exclusion);
    assert_eq!(exclusion.len(), 1);
    assert!(message(exclusion[0]).contains("Key Event On-Duty Service Basic Edition"), "{}", message(exclusion[0]));
    assert!(!message(exclusion[0]).starts_with("Basic Edition"));
    let s = session(p, q.clone());
    let document = ProposalDocument::build(&catalog, &s, &ev, &boq, Language::En);
    assert!(document.sections.iter().any(|section| section.title == "Key Event On-Duty Service Standard Edition"));
    let boq_table = document.section("boq").expect("BOQ section");
    let in_boq = boq_table.blocks.iter().any(|b| match b {
        Block::Table(t) => t.rows.iter().flatten().any(|cell| cell == "Key Event On-Duty Service Basic Edition"),
        _ => false,
    });
    assert!(in_boq, "the proposal's BOQ");
    let csv = boq_csv(&s, ev.can_issue(), &boq, &common::english());
    assert!(csv.contains("Key Event On-Duty Service Basic Edition"));
    assert!(!csv.contains(",Basic Edition,"));
    // The command line's CSV export names it the same way.
    let exported = String::from_utf8(export(&catalog, &s, Format::Csv, Language::En).expect("csv")).expect("UTF-8");
    assert_eq!(exported, csv);
}

#[test]
fn an_ignored_override_is_not_printed_and_onsite_is_not_suggested_twice() {
    use om_configurator::domain::profile::Platform;
    use om_configurator::domain::suggest::suggest;
    use om_configurator::present::document::Block;

    let mut q = quote(&["ke-basic"]);
    q.line_mut("ke-basic").expect("line").quantity_override =
        Some(QuantityOverride { quantity: 3, reason: "Three events".into() });
    let mut p = key_event_profile();
    p.wants_onsite_support = true;
    let ev = eval(&p, &q);
    let boq = Boq::build(&catalog(), &q, &ev.lines);
    let document = ProposalDocument::build(&catalog(), &session(p.clone(), q.clone()), &ev, &boq, Language::En);
    let section = document.section("service-ke-basic").expect("section");
    let printed = section.blocks.iter().any(|b| matches!(b, Block::Paragraph(t) if t.contains("Three events")));
    assert!(!printed, "the BOQ says x1: the proposal must not print the ignored override");
    // Onsite support is already in the BOQ (derived): it is not suggested again.
    p.platforms.insert(Platform::OmPlatform);
    assert!(suggest(&catalog(), &p, &q).iter().all(|s| s.item != "ke-onsite"));
    assert!(suggest(&catalog(), &p, &Quote::default()).iter().any(|s| s.item == "ke-onsite"));
}

#[test]
fn chaos_drill_technical_support_still_needs_it_employees_and_names_the_edition_that_fits() {
    let ev = eval(&profile(), &quote(&["apm-chaos-support-medium"]));
    let needs = finding(&ev, RuleKind::MissingInput, "number:it_employees").expect("needs IT employees");
    assert_eq!(needs.severity, Severity::Error);
    let ev = eval(&profile_with(&[(NumericInput::ItEmployees, 80)]), &quote(&["apm-chaos-support-medium"]));
    let band = finding(&ev, RuleKind::SizeBand, "apm-chaos-support-medium#it_employees").expect("band");
    assert!(
        message(band).ends_with("aPaaS Platform O&M Chaos Drill Technical Support Service-Large fits."),
        "{}",
        message(band)
    );
    assert!(band.fixes.iter().any(|f| f.action
        == FixAction::ReplaceItem { from: "apm-chaos-support-medium".into(), to: "apm-chaos-support-large".into() }));
    // Outside its band it can still be added from the catalog (a warning, not a blocker).
    let ev = eval(&profile_with(&[(NumericInput::ItEmployees, 80)]), &Quote::default());
    assert!(ev.availability_of("apm-chaos-support-medium").is_some_and(|a| a.is_addable()));
}
