//! Revisions of an issued quote (catalog-rules §11): numbers go up with each issue and the
//! id stays; issuing the same content again is the same revision; the proposal says which
//! revision it is and what changed since the one before; the change list between two
//! revisions names every changed line (property test against a brute-force diff); the
//! saved file keeps the revisions and refuses them out of order.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use std::collections::BTreeSet;

use common::generators::{arb_content, arb_profile, priced};
use common::{profile, shared_catalog};
use om_configurator::domain::boq::{Boq, BoqRow};
use om_configurator::domain::calendar::Date;
use om_configurator::domain::money::Minor;
use om_configurator::domain::price_book::PriceBook;
use om_configurator::domain::quote::QuoteStatus;
use om_configurator::domain::revisions::{changes, IssuedAs, MAX_REVISIONS};
use om_configurator::domain::rules::evaluate;
use om_configurator::domain::session::{Session, SessionError};
use om_configurator::present::document::facts::quote_id;
use om_configurator::present::document::{Block, ProposalDocument};
use om_configurator::present::text::Language;
use proptest::prelude::*;

fn day(text: &str) -> Date {
    common::date(text)
}

/// A final quote of 24x7 hosting at USD 100 a month and the PRR governance service.
fn session() -> Session {
    let mut session = Session { profile: profile(), ..Session::new() };
    let mut book = PriceBook::empty("USD");
    for item in ["om-hosting-7x24", "om-prr", "om-chaos-basic"] {
        book.prices.insert(item.to_string(), Minor(10_000));
    }
    session.quote.price_book = Some(book);
    session.quote.add("om-hosting-7x24".to_string());
    session.quote.add("om-prr".to_string());
    session.quote.status = QuoteStatus::Final;
    session
}

fn proposal(session: &Session) -> ProposalDocument {
    let catalog = shared_catalog();
    let evaluation = evaluate(catalog, &session.profile, &session.quote);
    let boq = Boq::build(catalog, &session.quote, &evaluation.lines);
    ProposalDocument::build(catalog, session, &evaluation, &boq, Language::En)
}

#[test]
fn revisions_number_up_keep_the_id_and_the_same_content_is_the_same_revision() {
    let mut session = session();
    let content_id = quote_id(&session);
    assert_eq!(session.issue(day("2026-12-01"), IssuedAs::Proposal), 1);
    let id = quote_id(&session);
    assert_eq!(id, content_id, "the id at the first issue is the one the quote had");
    assert_eq!(session.issue(day("2026-12-02"), IssuedAs::Spreadsheet), 1, "nothing changed: the same revision");
    session.quote.line_mut("om-prr").expect("PRR line").quantity = 3;
    assert_ne!(quote_id(&session), String::new());
    assert_eq!(quote_id(&session), id, "the id stays across changes once issued");
    assert!(session.current_revision().is_none(), "changed since revision 1");
    assert_eq!(session.issue(day("2026-12-03"), IssuedAs::Link), 2);
    assert_eq!(
        session.current_revision().map(|r| (r.number, r.date, r.issued_as)),
        Some((2, day("2026-12-03"), IssuedAs::Link))
    );
    assert_eq!(session.revisions.list.len(), 2);
}

#[test]
fn only_the_latest_revisions_are_kept_and_numbering_goes_on() {
    let mut session = session();
    for n in 0..(MAX_REVISIONS as u32 + 3) {
        session.quote.title = format!("take {n}");
        assert_eq!(session.issue(day("2026-12-01"), IssuedAs::Proposal), n + 1);
    }
    assert_eq!(session.revisions.list.len(), MAX_REVISIONS);
    assert_eq!(session.revisions.list.first().map(|r| r.number), Some(4));
    let loaded = Session::from_json(&session.to_json()).expect("a saved quote with revisions opens").session;
    assert_eq!(loaded, session);
}

#[test]
fn the_proposal_says_its_revision_and_what_changed_since_the_one_before() {
    let mut session = session();
    session.issue(day("2026-12-01"), IssuedAs::Proposal);
    let first = proposal(&session);
    assert_eq!(first.cover.fact("Revision"), Some("1, issued 2026-12-01"));
    assert!(first.section("changes").is_none(), "revision 1 has nothing before it");

    session.quote.line_mut("om-prr").expect("PRR line").quantity = 3;
    session.quote.remove("om-hosting-7x24");
    session.quote.add("om-chaos-basic".to_string());
    let draft = proposal(&session);
    assert_eq!(draft.cover.fact("Revision"), None, "a quote changed since its issue is no revision yet");
    session.issue(day("2026-12-05"), IssuedAs::Proposal);
    let second = proposal(&session);
    assert_eq!(second.cover.fact("Revision"), Some("2, issued 2026-12-05"));
    let changes = second.section("changes").expect("changes since revision 1");
    assert_eq!(changes.title, "Changes since revision 1");
    let [Block::Bullets(sentences)] = changes.blocks.as_slice() else { panic!("{changes:?}") };
    let prr = sentences.iter().find(|s| s.contains("quantity changed from 1 to 3")).expect("PRR's quantity");
    assert!(prr.starts_with("O&M Platform PRR Governance Service: "), "{prr}");
    assert!(sentences.iter().any(|s| s == "Removed O&M platform application O&M hosting (7*24)."), "{sentences:?}");
    assert!(
        sentences.iter().any(|s| s.starts_with("Added Chaos Engineering Drill Service Basic Edition: 1 ")),
        "{sentences:?}"
    );
    assert!(sentences.iter().any(|s| s.starts_with("Grand total over the terms changed from USD ")), "{sentences:?}");
    assert_eq!(second.cover.quote_id, first.cover.quote_id, "one id across revisions");
}

#[test]
fn a_derived_quantity_changed_by_an_answer_says_why() {
    use om_configurator::domain::catalog::NumericInput;
    let mut session = session();
    session.quote.add("om-chaos-basic".to_string());
    session.profile.numbers.insert(NumericInput::DrillScenarios, 8);
    session.issue(day("2026-12-01"), IssuedAs::Proposal);
    session.profile.numbers.insert(NumericInput::DrillScenarios, 10);
    session.issue(day("2026-12-02"), IssuedAs::Proposal);
    let document = proposal(&session);
    let text = document.section("changes").map(|s| format!("{:?}", s.blocks)).unwrap_or_default();
    assert!(
        text.contains(
            "Chaos Engineering Drill Service Incremental Package: quantity changed from 3 to 5 (10 drill scenarios"
        ),
        "{text}"
    );
}

#[test]
fn revisions_out_of_order_or_without_an_id_are_refused() {
    let mut session = session();
    session.issue(day("2026-12-01"), IssuedAs::Proposal);
    session.quote.title = "again".into();
    session.issue(day("2026-12-02"), IssuedAs::Proposal);
    let mut swapped = session.clone();
    swapped.revisions.list.swap(0, 1);
    assert!(matches!(Session::from_json(&swapped.to_json()), Err(SessionError::Revisions)));
    let mut no_id = session.clone();
    no_id.revisions.id.clear();
    assert!(matches!(Session::from_json(&no_id.to_json()), Err(SessionError::Revisions)));
    assert!(Session::from_json(&session.to_json()).is_ok());
}

/// The fields of a BOQ line a revision compares.
fn compared(row: &BoqRow) -> (u32, Option<u32>, u32, Option<Minor>) {
    (row.quantity, row.term_months, row.discount.0, row.unit_price)
}

/// Brute force: every item whose line is in one BOQ only, or differs in a compared field.
fn oracle(before: &Boq, after: &Boq) -> BTreeSet<String> {
    let items: BTreeSet<&String> = before.rows.iter().chain(&after.rows).map(|row| &row.item).collect();
    let line = |boq: &Boq, item: &str| boq.rows.iter().find(|row| row.item == item).map(compared);
    items.into_iter().filter(|item| line(before, item) != line(after, item)).cloned().collect()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 120, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn the_change_list_names_every_changed_line_and_nothing_else(
        profile in arb_profile(), a in arb_content(), b in arb_content(), shift in prop_oneof![Just(0i64), Just(250i64)],
    ) {
        let catalog = shared_catalog();
        let boq = |quote: &om_configurator::domain::quote::Quote| {
            let evaluation = evaluate(catalog, &profile, quote);
            Boq::build(catalog, quote, &evaluation.lines)
        };
        let (before, after) = (boq(&priced(&a, 0)), boq(&priced(&b, shift)));
        let found = changes(catalog, &before, &after);
        let named: BTreeSet<String> = found.iter().filter_map(|c| c.item().map(str::to_string)).collect();
        prop_assert_eq!(named, oracle(&before, &after));
        let totals_changed = found.iter().any(|c| c.item().is_none());
        let totals_differ = matches!((&before.totals, &after.totals), (Some(x), Some(y)) if
            (x.one_off, x.monthly, x.grand_total) != (y.one_off, y.monthly, y.grand_total));
        prop_assert_eq!(totals_changed, totals_differ);
        prop_assert!(changes(catalog, &after, &after).is_empty(), "a revision compared with itself changes nothing");
    }
}

#[test]
fn an_issued_quote_of_two_options_round_trips_through_the_link_the_file_the_spreadsheet_and_the_word_file() {
    use om_configurator::domain::share_link::{link_fragment, read_link};
    use om_configurator::export::{export, Format};
    let catalog = shared_catalog();
    let mut session = session();
    session.issue(day("2026-12-01"), IssuedAs::Spreadsheet);
    assert!(session.copy_option());
    session.options.rename(1, "three days");
    session.quote.line_mut("om-prr").expect("PRR line").quantity = 3;
    session.issue(day("2026-12-02"), IssuedAs::Link);
    assert_eq!(session.revisions.list.len(), 2);
    let link = link_fragment(catalog, &session);
    assert_eq!(read_link(catalog, &link).map(|opened| opened.loaded.session).ok(), Some(session.clone()));
    assert_eq!(Session::from_json(&session.to_json()).map(|l| l.session).ok(), Some(session.clone()));
    for format in [Format::Xlsx, Format::Docx] {
        let bytes = export(catalog, &session, format, Language::En).expect("exported");
        assert_eq!(Session::from_saved_file(&bytes).map(|l| l.session).ok(), Some(session.clone()), "{format:?}");
    }
}
