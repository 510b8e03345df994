//! The presentation layer: one model for every surface, one reporter for every finding,
//! one table of words.
//!
//! - the screen's summary model and the proposal document list the same errors, risks,
//!   exceptions, decisions and notes in the same order and words;
//! - every kind of finding and fix has its English sentence, with every number and name it
//!   carries, and no placeholder or "(s)" left;
//! - counted words read right for 0, 1 and many.

mod common;

use common::{catalog, english, shared_catalog};
use om_configurator::domain::boq::{Boq, WhichAmount};
use om_configurator::domain::calendar::Date;
use om_configurator::domain::catalog::{DateInput, NumericInput, ScopeArea};
use om_configurator::domain::rules::{
    evaluate, Arithmetic, Band, Because, DateFalls, EditionThatFits, Fact, FixLabel, InputRef,
};
use om_configurator::domain::session::{LoadedSession, Session};
use om_configurator::present::document::{Block, ProposalDocument, Table};
use om_configurator::present::summary::ProposalSummary;
use om_configurator::present::text::Language;

fn fixture(path: &str) -> Session {
    let text = std::fs::read_to_string(format!("{}/tests/fixtures/quotes/{path}", env!("CARGO_MANIFEST_DIR")))
        .expect("fixture exists");
    let LoadedSession { session, .. } = Session::from_json(&text).expect("fixture loads");
    session
}

/// Every fixture quote that loads.
fn fixtures() -> Vec<(String, Session)> {
    let mut out = Vec::new();
    for folder in ["", "audit/"] {
        let dir = format!("{}/tests/fixtures/quotes/{folder}", env!("CARGO_MANIFEST_DIR"));
        let mut names: Vec<String> = std::fs::read_dir(&dir)
            .expect("fixtures folder")
            .filter_map(|entry| entry.ok()?.file_name().into_string().ok())
            .filter(|name| name.ends_with(".quote.json"))
            .collect();
        names.sort();
        for name in names {
            let text = std::fs::read_to_string(format!("{dir}{name}")).expect("fixture");
            if let Ok(loaded) = Session::from_json(&text) {
                out.push((format!("{folder}{name}"), loaded.session));
            }
        }
    }
    out
}

/// The blocks under a heading, up to the next heading.
fn under<'a>(blocks: &'a [Block], heading: &str) -> &'a [Block] {
    let Some(at) = blocks.iter().position(|b| matches!(b, Block::Heading(h) if h == heading)) else { return &[] };
    let rest = &blocks[at + 1..];
    let end = rest.iter().position(|b| matches!(b, Block::Heading(_))).unwrap_or(rest.len());
    &rest[..end]
}

fn table_after<'a>(blocks: &'a [Block], heading: &str) -> Option<&'a Table> {
    under(blocks, heading).iter().find_map(|b| match b {
        Block::Table(t) => Some(t),
        _ => None,
    })
}

fn bullets_after(blocks: &[Block], heading: &str) -> Vec<String> {
    under(blocks, heading)
        .iter()
        .find_map(|b| match b {
            Block::Bullets(items) => Some(items.clone()),
            _ => None,
        })
        .unwrap_or_default()
}

#[test]
fn the_screen_summary_and_the_proposal_say_the_same_things_in_the_same_order() {
    let catalog = catalog();
    let texts = Language::En.texts();
    let mut checked_risks = 0;
    let mut checked_decisions = 0;
    let mut checked_exceptions = 0;
    for (name, session) in fixtures() {
        let evaluation = evaluate(&catalog, &session.profile, &session.quote);
        let boq = Boq::build(&catalog, &session.quote, &evaluation.lines);
        let summary = ProposalSummary::build(&catalog, &evaluation, &english());
        let document = ProposalDocument::build(&catalog, &session, &evaluation, &boq, Language::En);
        assert_eq!(document.cover.open_errors, summary.open_errors, "{name}: open errors");
        assert_eq!(document.cover.draft, summary.draft(), "{name}: DRAFT");
        let assumptions = document.section("assumptions").expect("assumptions part");
        let blocks = &assumptions.blocks;
        let risks: Vec<Vec<String>> = summary.risks.iter().map(|r| vec![r.text.clone(), r.sources.clone()]).collect();
        match table_after(blocks, texts.document.risks) {
            Some(table) => assert_eq!(table.rows, risks, "{name}: risks"),
            None => assert!(risks.is_empty(), "{name}: risks missing from the proposal"),
        }
        checked_risks += risks.len();
        let decisions: Vec<Vec<String>> =
            summary.decisions.iter().map(|d| vec![d.section.clone(), d.text.clone()]).collect();
        match table_after(blocks, texts.summary.decisions) {
            Some(table) => assert_eq!(table.rows, decisions, "{name}: decisions"),
            None => assert!(decisions.is_empty(), "{name}: decisions missing from the proposal"),
        }
        checked_decisions += decisions.len();
        let exceptions: Vec<Vec<String>> =
            summary.exceptions.iter().map(|e| vec![e.severity.clone(), e.finding.clone(), e.reason.clone()]).collect();
        match table_after(blocks, texts.summary.exceptions) {
            Some(table) => assert_eq!(table.rows, exceptions, "{name}: exceptions"),
            None => assert!(exceptions.is_empty(), "{name}: exceptions missing from the proposal"),
        }
        checked_exceptions += exceptions.len();
        assert_eq!(bullets_after(blocks, texts.document.notes), summary.notes, "{name}: notes");
        // The decisions are in section order (8.2 before 8.10), once each.
        let sections: Vec<&str> = summary.decisions.iter().map(|d| d.section.as_str()).collect();
        let mut sorted = sections.clone();
        sorted.sort_by_key(|s| {
            let number = s.rsplit('\u{a7}').next().unwrap_or_default();
            let (major, minor) = number.split_once('.').unwrap_or((number, "0"));
            (major.parse::<u32>().unwrap_or(0), minor.parse::<u32>().unwrap_or(0))
        });
        sorted.dedup();
        assert_eq!(sections, sorted, "{name}: decisions in section order, once each");
    }
    // The fixtures hold warnings, decisions and exceptions, so the comparison is not empty.
    assert!(checked_risks > 0 && checked_decisions > 0 && checked_exceptions > 0);
}

/// One fact of every kind (the `match` in `kind` has no wildcard: a new kind of fact does
/// not compile until it is listed here).
fn one_fact_of_each_kind() -> Vec<Fact> {
    let date = |text| Date::parse(text).expect("date");
    let arithmetic = Arithmetic {
        input: NumericInput::DrillScenarios,
        need: 8,
        base_label: "Basic Edition".into(),
        base_covers: 5,
        increment_label: "Incremental Package".into(),
        increment_label_plural: "Incremental Packages".into(),
        quantity: 3,
    };
    vec![
        Fact::MissingBase { item: "om-chaos-inc".into(), any_of: vec!["om-chaos-basic".into()] },
        Fact::Companion { suggestions: vec!["om-chaos-basic".into()], beside: "om-chaos-inc".into() },
        Fact::OutsideBand {
            item: "ke-basic".into(),
            input: NumericInput::ItEmployees,
            band: Band { min: Some(20), max: Some(50) },
            value: 70,
            fits: EditionThatFits::Fits { item: "ke-standard".into() },
        },
        Fact::Concurrency { item: "ke-basic".into(), value: 2_000_000 },
        Fact::Excluded { items: vec!["ke-basic".into(), "ke-standard".into()] },
        Fact::ExcludedBy { item: "ke-basic".into(), partner: "ke-standard".into() },
        Fact::Sized(arithmetic),
        Fact::QuantityCorrected { item: "ke-onsite".into(), asked: 3, because: "a quote covers one key event".into() },
        Fact::QuantityOverride { item: "om-chaos-inc".into(), derived: 3, quoted: 4, reason: "pre-bought".into() },
        Fact::MissingInput { input: InputRef::Region, items: vec!["om-chaos-basic".into()] },
        Fact::LeadTime {
            offering: "Key Event On-Duty Service".into(),
            input: DateInput::KeyEventDate,
            date: date("2026-01-09"),
            falls: DateFalls::WorkingDaysAfter { days: 4 },
            quote_date: date("2026-01-05"),
            working_days: 10,
            earliest: date("2026-01-19"),
        },
        Fact::AmountTooLarge { line: 2, item: "om-chaos-inc".into(), amount: WhichAmount::Term { months: 24 } },
        Fact::UnknownItem { item: "retired-item".into() },
        Fact::Prerequisite { final_quote: true, offerings: vec!["COC".into()], text: "The platform is ready.".into() },
        Fact::NotCovered {
            area: ScopeArea::IdcHardware,
            offering: "Hosting".into(),
            text: "IDC maintenance is not covered.".into(),
        },
        Fact::Region { offering: "COC".into(), region: "Chinese mainland".into() },
        Fact::TermOutside { item: "apm-hosting-24x7".into(), term: 40 },
        Fact::WholeYears { item: "apm-hosting-24x7".into(), term: 1 },
        Fact::Notice { text: "Bought separately.".into() },
    ]
}

fn kind(fact: &Fact) -> usize {
    match fact {
        Fact::MissingBase { .. } => 0,
        Fact::Companion { .. } => 1,
        Fact::OutsideBand { .. } => 2,
        Fact::Concurrency { .. } => 3,
        Fact::Excluded { .. } => 4,
        Fact::ExcludedBy { .. } => 5,
        Fact::Sized(_) => 6,
        Fact::QuantityCorrected { .. } => 7,
        Fact::QuantityOverride { .. } => 8,
        Fact::MissingInput { .. } => 9,
        Fact::LeadTime { .. } => 10,
        Fact::AmountTooLarge { .. } => 11,
        Fact::UnknownItem { .. } => 12,
        Fact::Prerequisite { .. } => 13,
        Fact::NotCovered { .. } => 14,
        Fact::Region { .. } => 15,
        Fact::TermOutside { .. } => 16,
        Fact::WholeYears { .. } => 17,
        Fact::Notice { .. } => 18,
    }
}

/// Words a sentence must never hold: a placeholder left by a format string, "(s)", or an
/// id where a name belongs.
fn assert_worded(sentence: &str, context: &str) {
    assert!(!sentence.trim().is_empty(), "{context}: empty");
    assert!(!sentence.contains('{') && !sentence.contains('}'), "{context}: placeholder in {sentence}");
    assert!(!sentence.contains("(s)"), "{context}: (s) in {sentence}");
}

#[test]
fn every_kind_of_finding_is_worded_with_its_numbers_and_names() {
    let facts = one_fact_of_each_kind();
    let mut kinds: Vec<usize> = facts.iter().map(kind).collect();
    kinds.dedup();
    assert_eq!(kinds, (0..=18).collect::<Vec<_>>(), "one fact of each kind, in order");
    let words = english();
    let catalog = shared_catalog();
    for fact in &facts {
        let sentence = words.fact(fact);
        assert_worded(&sentence, &format!("{fact:?}"));
        // Names are display names, never ids (catalog-rules §8.14).
        for id in ["om-chaos-inc", "om-chaos-basic", "ke-basic", "ke-standard", "ke-onsite", "apm-hosting-24x7"] {
            assert!(!sentence.contains(id), "{sentence}: id {id}");
        }
        match fact {
            Fact::OutsideBand { .. } => {
                assert!(sentence.contains("20 to 50 IT department employees; this customer has 70"), "{sentence}");
                assert!(sentence.ends_with(&format!(" {} fits.", catalog.name_of("ke-standard"))), "{sentence}");
            }
            Fact::Sized(_) => {
                assert_eq!(sentence, "8 drill scenarios: Basic Edition covers 5, so 3 Incremental Packages.")
            }
            Fact::LeadTime { .. } => {
                assert!(
                    sentence.contains("2026-01-09 is 4 working days after the quote date 2026-01-05"),
                    "{sentence}"
                );
                assert!(
                    sentence.contains("10 working days in advance, so the earliest date is 2026-01-19"),
                    "{sentence}"
                );
            }
            Fact::WholeYears { .. } => assert!(sentence.ends_with("the term is 1 month."), "{sentence}"),
            Fact::QuantityOverride { .. } => {
                assert!(
                    sentence.contains("quantity 4 quoted instead of the derived 3 (override: pre-bought)"),
                    "{sentence}"
                )
            }
            Fact::UnknownItem { .. } => assert!(sentence.contains("\u{201c}retired-item\u{201d}"), "{sentence}"),
            Fact::MissingInput { .. } => {
                assert_eq!(words.short(fact), "Needs the customer's country / region.");
            }
            _ => {}
        }
    }
}

#[test]
fn every_fix_is_worded() {
    let date = Date::parse("2026-01-19").expect("date");
    let labels = [
        FixLabel::Add { item: "ke-basic".into() },
        FixLabel::AddInstead { item: "ke-basic".into() },
        FixLabel::AlreadyHas { item: "ke-basic".into() },
        FixLabel::SwitchTo { item: "ke-standard".into() },
        FixLabel::SwitchFrom { item: "ke-standard".into() },
        FixLabel::Remove { item: "ke-basic".into() },
        FixLabel::RemoveUnknown,
        FixLabel::RemoveOffering { offering: "COC".into() },
        FixLabel::CheckRegion,
        FixLabel::MoveDate { input: DateInput::KeyEventDate, date },
        FixLabel::SetTerm { months: 24 },
        FixLabel::SetQuantity { quantity: 1 },
        FixLabel::ReturnToDerived { derived: 3 },
        FixLabel::Enter { input: InputRef::Number(NumericInput::DrillScenarios) },
        FixLabel::Confirm,
        FixLabel::TakeOutOfScope { area: ScopeArea::IdcHardware },
    ];
    let words = english();
    for label in &labels {
        assert_worded(&words.fix(label), &format!("{label:?}"));
    }
    assert_eq!(words.fix(&labels[0]), format!("Add {}", shared_catalog().name_of("ke-basic")));
    assert_eq!(words.fix(&labels[9]), "Move the key event date to 2026-01-19");
    assert_eq!(words.fix(&labels[12]), "Return to the derived quantity (3)");
}

#[test]
fn reasons_of_quantities_read_right_for_one_and_many() {
    let words = english();
    let blocks =
        |need, quantity| Because::Blocks { input: NumericInput::ApaasSupportInstances, need, quantity, per_unit: 20 };
    assert_eq!(words.because(&blocks(130, 7)), "130 instances: 7 blocks of 20");
    assert_eq!(words.because(&blocks(1, 1)), "1 instance: 1 block of 20");
    let base = Because::Base {
        input: NumericInput::AssuranceDays,
        covers: 1,
        increment_label_plural: "Additional remote assurance days".into(),
    };
    assert_eq!(
        words.because(&base),
        "1 per quote: covers 1 assurance day; more are added as Additional remote assurance days"
    );
}

#[test]
fn counted_words_read_right_for_zero_one_and_many() {
    let w = &Language::En.texts().words;
    assert_eq!(w.month.count(0u32), "0 months");
    assert_eq!(w.month.count(1u32), "1 month");
    assert_eq!(w.month.count(36u32), "36 months");
    assert_eq!(w.unpriced_line.count_of(1), "1 line without a price");
    assert_eq!(w.unpriced_line.count_of(2), "2 lines without a price");
    assert_eq!(w.error.count_of(0), "0 errors");
    assert_eq!(w.exception.count_of(1), "1 recorded exception");
}

#[test]
fn the_fixture_quotes_findings_and_documents_are_fully_worded() {
    let catalog = catalog();
    for (name, session) in fixtures() {
        let evaluation = evaluate(&catalog, &session.profile, &session.quote);
        let boq = Boq::build(&catalog, &session.quote, &evaluation.lines);
        for finding in &evaluation.findings {
            assert_worded(&common::message(finding), &name);
            for fix in &finding.fixes {
                assert_worded(&common::fix_label(fix), &name);
            }
        }
        let text = ProposalDocument::build(&catalog, &session, &evaluation, &boq, Language::En).plain_text();
        assert!(!text.contains("(s)"), "{name}: (s) in the proposal");
    }
    // The 8-scenario fixture words its sizing on the line it sized.
    let session = fixture("chaos-8-scenarios.quote.json");
    let evaluation = evaluate(&catalog, &session.profile, &session.quote);
    let sized: Vec<String> =
        evaluation.lines.iter().filter_map(|l| l.because.as_ref()).map(common::because_text).collect();
    assert!(sized.iter().any(|b| b.starts_with("8 drill scenarios")), "{sized:?}");
}
