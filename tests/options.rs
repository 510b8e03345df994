//! Options of one quote (catalog-rules §10): each evaluated alone, copied, renamed,
//! removed and switched without losing another's content, compared row by row against a
//! brute-force oracle, and carried whole by the saved file, the spreadsheet and the Word
//! file; files from before options open as one option.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use std::collections::{BTreeMap, BTreeSet};

use common::generators::{arb_content, arb_profile, priced};
use common::{catalog, profile, shared_catalog};
use om_configurator::domain::boq::{Boq, BoqRow};
use om_configurator::domain::compare::{CellMark, Comparison};
use om_configurator::domain::money::{DiscountBp, Minor};
use om_configurator::domain::options::{OptionsProblem, MAX_OPTIONS};
use om_configurator::domain::quote::{Quote, QuoteLine};
use om_configurator::domain::rules::evaluate;
use om_configurator::domain::session::{Mode, Session, SessionError};
use om_configurator::export::{export, Format};
use om_configurator::present::text::Language;
use proptest::prelude::*;

const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/quotes");

fn boq_of(session: &Session, quote: &Quote) -> Boq {
    let catalog = shared_catalog();
    let evaluation = evaluate(catalog, &session.profile, quote);
    Boq::build(catalog, quote, &evaluation.lines)
}

/// A session whose option A holds `a` and option B holds `b`.
fn two_options(a: &[&str], b: &[&str]) -> Session {
    let mut session = Session { profile: profile(), mode: Mode::SalesEngineer, ..Session::new() };
    session.quote = common::quote(a);
    assert!(session.copy_option());
    session.quote.replace_lines(b.iter().map(|item| QuoteLine::new(*item)).collect());
    session
}

#[test]
fn a_finding_of_option_b_never_appears_in_option_a() {
    // Both Key Event editions in B: an error of B alone (catalog-rules §3).
    let session = two_options(&["om-chaos-basic"], &["ke-basic", "ke-standard"]);
    let catalog = catalog();
    let keys = |position: usize| -> BTreeSet<_> {
        let alone = session.option_session(position).expect("option exists");
        evaluate(&catalog, &alone.profile, &alone.quote).findings.into_iter().map(|f| f.key).collect()
    };
    let (a, b) = (keys(0), keys(1));
    let only_b: Vec<_> = b.difference(&a).collect();
    assert!(only_b.iter().any(|key| key.subject.contains("ke-")), "B has its Key Event error: {b:?}");
    assert!(a.iter().all(|key| !key.subject.contains("ke-")), "A has none of B's findings: {a:?}");
}

#[test]
fn copy_rename_switch_and_remove_keep_each_options_content() {
    let mut session = two_options(&["om-chaos-basic"], &["om-chaos-basic", "om-hosting-7x24"]);
    session.quote.term_months = 36;
    session.options.rename(1, "  around the clock  ");
    assert_eq!(session.options.list()[1].name, "around the clock");
    assert!(session.copy_option(), "room for C");
    assert!(!session.copy_option(), "a quote holds at most {MAX_OPTIONS} options");
    session.quote.remove("om-chaos-basic");
    let quotes = session.option_quotes();
    let items = |n: usize| quotes[n].quote.lines().iter().map(|l| l.item.clone()).collect::<Vec<_>>();
    assert_eq!(items(0), ["om-chaos-basic"]);
    assert_eq!(items(1), ["om-chaos-basic", "om-hosting-7x24"]);
    assert_eq!(items(2), ["om-hosting-7x24"]);
    assert_eq!((quotes[0].quote.term_months, quotes[1].quote.term_months, quotes[2].quote.term_months), (12, 36, 36));
    assert_eq!(quotes.iter().map(|q| q.letter).collect::<String>(), "ABC");

    // Removing the edited option edits the one before it; B keeps its letter after A goes.
    assert!(session.remove_option(2));
    assert_eq!(session.options.active(), 1);
    assert!(session.remove_option(0));
    assert_eq!(session.options.list()[0].letter, 'B');
    assert_eq!(session.quote.lines().len(), 2);
    assert!(!session.remove_option(0), "the last option stays");
    // A new copy takes the first free letter.
    assert!(session.copy_option());
    assert_eq!(session.options.list()[1].letter, 'A');
}

/// What one BOQ line holds that the comparison compares.
fn compared_fields(row: &BoqRow) -> (u32, Option<u32>, DiscountBp, Option<Minor>) {
    (row.quantity, row.term_months, row.discount, row.unit_price)
}

/// The brute-force oracle: every item of either BOQ whose line is absent from one or
/// differs in quantity, term, discount or unit price.
fn oracle_differing(a: &Boq, b: &Boq) -> BTreeSet<String> {
    let map =
        |boq: &Boq| -> BTreeMap<String, _> { boq.rows.iter().map(|r| (r.item.clone(), compared_fields(r))).collect() };
    let (a, b) = (map(a), map(b));
    a.keys().chain(b.keys()).filter(|item| a.get(*item) != b.get(*item)).cloned().collect()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 120, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn the_comparison_lists_exactly_the_rows_and_totals_that_differ(
        profile in arb_profile(), a in arb_content(), b in arb_content(), shift in prop_oneof![Just(0i64), Just(250i64)],
    ) {
        let session = Session { profile, ..Session::new() };
        let (qa, qb) = (priced(&a, 0), priced(&b, shift));
        let (boq_a, boq_b) = (boq_of(&session, &qa), boq_of(&session, &qb));
        let comparison = Comparison::of(shared_catalog(), &[&boq_a, &boq_b]);
        let listed: BTreeSet<String> = comparison.differing_rows().map(|r| r.item.clone()).collect();
        prop_assert_eq!(&listed, &oracle_differing(&boq_a, &boq_b));
        for row in &comparison.rows {
            prop_assert_eq!(&row.marks[0], &CellMark::Same);
            let expected = match (&row.cells[0], &row.cells[1]) {
                (None, Some(_)) => Some(CellMark::Added),
                (Some(_), None) => Some(CellMark::Missing),
                _ => None,
            };
            if let Some(expected) = expected {
                prop_assert_eq!(&row.marks[1], &expected);
            }
        }
        let (ta, tb) = (boq_a.totals.clone(), boq_b.totals.clone());
        if let (Some(ta), Some(tb)) = (ta, tb) {
            let difference = comparison.totals[1].difference.expect("both priced in USD");
            prop_assert_eq!(difference.grand_total.0, tb.grand_total.0 - ta.grand_total.0);
            prop_assert_eq!(difference.one_off.0, tb.one_off.0 - ta.one_off.0);
            prop_assert_eq!(difference.monthly.0, tb.monthly.0 - ta.monthly.0);
        }
    }

    #[test]
    fn an_option_compared_with_itself_differs_in_nothing(profile in arb_profile(), a in arb_content()) {
        let session = Session { profile, ..Session::new() };
        let boq = boq_of(&session, &priced(&a, 0));
        let comparison = Comparison::of(shared_catalog(), &[&boq, &boq]);
        prop_assert!(comparison.is_same());
        prop_assert_eq!(comparison.differing_rows().count(), 0);
        prop_assert_eq!(comparison.rows.len(), boq.rows.len());
    }

    #[test]
    fn each_option_alone_is_evaluated_as_its_own_quote(
        profile in arb_profile(), a in arb_content(), b in arb_content(), c in arb_content(), edited in 0usize..3,
    ) {
        let mut session = Session { profile, ..Session::new() };
        a.clone().put_into(&mut session.quote);
        for content in [&b, &c] {
            session.copy_option();
            content.clone().put_into(&mut session.quote);
        }
        session.switch_option(edited);
        let catalog = shared_catalog();
        for (n, content) in [&a, &b, &c].into_iter().enumerate() {
            let alone = session.option_session(n).expect("three options");
            let mut expected = Quote::default();
            content.clone().put_into(&mut expected);
            prop_assert_eq!(alone.quote.lines(), expected.lines());
            prop_assert_eq!(
                evaluate(catalog, &alone.profile, &alone.quote),
                evaluate(catalog, &session.profile, &expected)
            );
        }
        // The saved file carries all three and which one is edited.
        let reopened = Session::from_json(&session.to_json()).expect("reopens").session;
        prop_assert_eq!(&reopened, &session);
    }
}

fn three_option_session() -> Session {
    let text = std::fs::read_to_string(format!("{FIXTURES}/full-catalog-sample-prices.quote.json")).expect("fixture");
    let mut session = Session::from_json(&text).expect("fixture opens").session;
    session.copy_option();
    session.quote.term_months = 36;
    session.options.rename(1, "36 months");
    session.copy_option();
    session.quote.remove("ke-standard");
    session.switch_option(1);
    session
}

#[test]
fn the_spreadsheet_and_the_word_file_bring_every_option_back() {
    let catalog = catalog();
    let session = three_option_session();
    for format in [Format::Xlsx, Format::Docx] {
        let bytes = export(&catalog, &session, format, Language::En).expect("exports");
        let reopened = Session::from_saved_file(&bytes).expect("reopens").session;
        assert_eq!(reopened, session, "{format:?} carries the three options");
    }
}

#[test]
fn files_from_before_options_open_as_one_option_and_say_so() {
    for name in ["version-1.quote.json", "chaos-8-scenarios.quote.json"] {
        let text = std::fs::read_to_string(format!("{FIXTURES}/{name}")).expect("fixture");
        let loaded = Session::from_json(&text).expect("opens");
        assert_eq!(loaded.session.options.count(), 1, "{name}");
        assert!(loaded.upgraded.is_some_and(|u| u.one_option), "{name} is told once");
        let saved = loaded.session.to_json();
        assert!(!saved.contains("\"options\""), "one unnamed option is left out of the file");
        let again = Session::from_json(&saved).expect("reopens");
        assert_eq!(again.upgraded, None, "a current file has nothing to tell");
    }
}

#[test]
fn options_of_the_wrong_shape_are_refused_and_named() {
    let session = three_option_session();
    let json: serde_json::Value = serde_json::from_str(&session.to_json()).expect("json");
    let refused = |edit: &dyn Fn(&mut serde_json::Value)| {
        let mut value = json.clone();
        edit(&mut value);
        Session::from_json(&value.to_string()).err()
    };
    let parked = json["options"]["list"][0].clone();
    assert_eq!(
        refused(&|v| v["options"]["list"].as_array_mut().expect("list").push(parked.clone())),
        Some(SessionError::Options(OptionsProblem::Count(4)))
    );
    assert_eq!(refused(&|v| v["options"]["active"] = 0.into()), Some(SessionError::Options(OptionsProblem::Edited)));
    assert_eq!(
        refused(&|v| v["options"]["list"][2]["letter"] = "A".into()),
        Some(SessionError::Options(OptionsProblem::Letters))
    );
    assert_eq!(
        refused(&|v| v["options"]["list"][0]["letter"] = "D".into()),
        Some(SessionError::Options(OptionsProblem::Letters))
    );
    assert!(
        matches!(refused(&|v| v["version"] = 2.into()), Some(SessionError::NotASavedQuote(_))),
        "options in a version-2 file"
    );
    assert!(
        matches!(
            refused(&|v| v["options"]["list"][0]["parked"]["term_months"] = 40.into()),
            Some(SessionError::OutOfBounds(_))
        ),
        "a parked option is held to the same bounds"
    );
}
