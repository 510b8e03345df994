//! The compare view's model (catalog-rules §10), as the screen shows it: columns named
//! after the options, the same item on one row with what differs from the first option
//! marked in words, each option's open errors, and the totals with their differences,
//! in every language with the same structure; and the proposal's part on options (the
//! same comparison in a draft, the chosen option alone in a final proposal).
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::{profile, shared_catalog};
use om_configurator::domain::boq::Boq;
use om_configurator::domain::money::Minor;
use om_configurator::domain::price_book::PriceBook;
use om_configurator::domain::quote::QuoteStatus;
use om_configurator::domain::rules::evaluate;
use om_configurator::domain::session::{Mode, Session};
use om_configurator::present::compare::{CellKind, CompareView};
use om_configurator::present::document::{Block, ProposalDocument};
use om_configurator::present::text::Language;
use om_configurator::present::words::Reporter;

/// Option A: 24x7 hosting over the default 12 months. Option B, "around the clock": the
/// same over 24 months, and the chaos drill Basic Edition added; every item at USD 100.
fn session() -> Session {
    let mut session = Session { profile: profile(), mode: Mode::SalesEngineer, ..Session::new() };
    let mut book = PriceBook::empty("USD");
    for item in ["om-chaos-basic", "om-hosting-7x24"] {
        book.prices.insert(item.to_string(), Minor(10_000));
    }
    session.quote.price_book = Some(book);
    session.quote.add("om-hosting-7x24".to_string());
    assert!(session.copy_option());
    session.options.rename(1, "around the clock");
    session.quote.term_months = 24;
    session.quote.add("om-chaos-basic".to_string());
    session
}

fn english(session: &Session) -> CompareView {
    CompareView::of(&Reporter::new(shared_catalog(), Language::En), session).expect("two options are compared")
}

#[test]
fn a_quote_of_one_option_has_no_compare_view() {
    let session = Session::new();
    assert_eq!(CompareView::of(&Reporter::new(shared_catalog(), Language::En), &session), None);
}

#[test]
fn columns_rows_and_marks_say_what_differs_from_the_first_option() {
    let session = session();
    let view = english(&session);
    assert_eq!(view.columns, ["Option A", "Option B: around the clock"]);
    assert_eq!(view.edited, 1, "B is being edited");
    assert_eq!(view.caption, "Each item on one row; marks say what differs from Option A.");
    let items: Vec<&str> = view.rows.iter().map(|row| row.item.as_str()).collect();
    assert_eq!(items.len(), 2, "{items:?}");
    // Catalog order: the hosting service comes before the chaos drill.
    let hosting = &view.rows[0];
    assert!(hosting.differs);
    assert_eq!(hosting.cells[0].kind, CellKind::Same);
    assert_eq!(hosting.cells[0].mark, None);
    assert!(hosting.cells[0].facts.iter().any(|fact| fact == "12 months"), "{:?}", hosting.cells[0].facts);
    assert_eq!(hosting.cells[1].kind, CellKind::Changed);
    assert_eq!(hosting.cells[1].mark.as_deref(), Some("Differs: term"));
    assert!(hosting.cells[1].facts.iter().any(|fact| fact == "24 months"), "{:?}", hosting.cells[1].facts);
    let chaos = &view.rows[1];
    assert_eq!(chaos.cells[0].facts, ["Not in this option"]);
    assert_eq!(chaos.cells[1].kind, CellKind::Added);
    assert_eq!(chaos.cells[1].mark.as_deref(), Some("Added"));
    // A derived or sized line shows why it has its quantity.
    assert!(
        chaos.cells[1].facts.iter().any(|fact| fact.contains("covers 5 drill scenarios")),
        "{:?}",
        chaos.cells[1].facts
    );
    assert_eq!(view.summary, "2 items differ.");
    assert_eq!(view.errors.len(), 2);
}

#[test]
fn totals_and_their_differences_are_exact() {
    let view = english(&session());
    let row = |label: &str| view.totals.iter().find(|row| row.label == label).expect(label).values.clone();
    // A: hosting at 100 a month over 12 months. B: the same over 24 months (2,400) and the
    // chaos drill Basic Edition, one-off, at 100.
    assert_eq!(row("One-off total"), ["USD 0.00", "USD 100.00"]);
    assert_eq!(row("One-off total, difference from Option A"), ["\u{2014}", "USD 100.00"]);
    let labels: Vec<&str> = view.totals.iter().map(|r| r.label.as_str()).collect();
    assert_eq!(labels.len(), 6, "{labels:?}");
    let grand = labels[4];
    assert_eq!(row(grand), ["USD 1,200.00", "USD 2,500.00"]);
    assert_eq!(row(&format!("{grand}, difference from Option A")), ["\u{2014}", "USD 1,300.00"]);
    assert_eq!(row(labels[2]), ["USD 100.00", "USD 100.00"], "per month");
    assert_eq!(row(labels[3]), ["\u{2014}", "USD 0.00"], "no difference per month");
}

#[test]
fn one_item_differing_is_counted_in_the_singular_and_a_copy_differs_in_nothing() {
    let mut session = session();
    session.quote.remove("om-chaos-basic");
    assert_eq!(english(&session).summary, "1 item differs.");
    let mut same = Session { profile: profile(), ..Session::new() };
    same.quote.add("om-hosting-7x24".to_string());
    assert!(same.copy_option());
    let view = english(&same);
    assert_eq!(view.summary, "The options hold the same lines and totals.");
    assert!(view.rows.iter().all(|row| !row.differs));
}

#[test]
fn a_removed_item_is_marked_left_out() {
    let mut session = session();
    session.quote.remove("om-hosting-7x24");
    let view = english(&session);
    let hosting = &view.rows[0];
    assert_eq!(hosting.cells[1].kind, CellKind::Missing);
    assert_eq!(hosting.cells[1].mark.as_deref(), Some("Left out"));
    assert_eq!(hosting.cells[1].facts, ["Not in this option"]);
}

#[test]
fn every_language_compares_with_the_same_structure_and_no_placeholder_left() {
    let session = session();
    let english = english(&session);
    for language in Language::ALL {
        let view = CompareView::of(&Reporter::new(shared_catalog(), language), &session).expect("compared");
        assert_eq!(view.columns.len(), english.columns.len());
        assert_eq!(view.rows.len(), english.rows.len());
        assert_eq!(view.totals.len(), english.totals.len());
        let kinds = |v: &CompareView| v.rows.iter().flat_map(|r| r.cells.iter().map(|c| c.kind)).collect::<Vec<_>>();
        assert_eq!(kinds(&view), kinds(&english), "{language:?}");
        let words = format!("{view:?}");
        assert!(!words.contains("{0}") && !words.contains("{1}"), "{language:?}: {words}");
        // Item names are seed texts: the same in every language.
        let items = |v: &CompareView| v.rows.iter().map(|r| r.item.clone()).collect::<Vec<_>>();
        assert_eq!(items(&view), items(&english));
    }
}

fn proposal(session: &Session, language: Language) -> ProposalDocument {
    let catalog = shared_catalog();
    let evaluation = evaluate(catalog, &session.profile, &session.quote);
    let boq = Boq::build(catalog, &session.quote, &evaluation.lines);
    ProposalDocument::build(catalog, session, &evaluation, &boq, language)
}

#[test]
fn a_draft_proposal_compares_the_options_as_the_screen_does_after_its_summary() {
    let session = session();
    let document = proposal(&session, Language::En);
    let ids: Vec<&str> = document.sections.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(&ids[..2], ["summary", "options"], "{ids:?}");
    let section = document.section("options").expect("options part");
    assert_eq!(section.title, "Options compared");
    let view = english(&session);
    let Some(Block::Table(table)) = section.blocks.iter().find(|b| matches!(b, Block::Table(_))) else {
        panic!("a table: {section:?}")
    };
    assert_eq!(table.header, ["Item", "Option A", "Option B: around the clock"]);
    assert_eq!(table.caption, view.caption);
    assert_eq!(table.rows.len(), view.rows.len() + 1 + view.totals.len());
    assert!(table.rows.iter().all(|row| row.len() == table.header.len()));
    // The same words as the screen: mark, then the line's facts, a line each.
    assert_eq!(
        table.rows[0][2],
        view.rows[0].cells[1].mark.iter().chain(&view.rows[0].cells[1].facts).cloned().collect::<Vec<_>>().join("\n")
    );
    assert!(table.rows[0][2].starts_with("Differs: term\n"));
    assert!(section.blocks.contains(&Block::Paragraph("2 items differ.".into())));
    // The rest of the proposal is the option being edited.
    assert!(document
        .section("boq")
        .expect("boq")
        .blocks
        .iter()
        .any(|b| format!("{b:?}").contains("Chaos Engineering Drill Service Basic Edition")));
}

#[test]
fn a_final_proposal_holds_the_chosen_option_and_names_the_others() {
    let mut session = session();
    session.quote.status = QuoteStatus::Final;
    let document = proposal(&session, Language::En);
    let section = document.section("options").expect("options part");
    assert_eq!(
        section.blocks,
        [Block::Paragraph(
            "This proposal holds Option B: around the clock, the option the customer chose after comparing it with Option A."
                .into()
        )]
    );
    assert!(!document.plain_text().contains("Not in this option"), "no comparison in a final proposal");
    session.switch_option(0);
    let document = proposal(&session, Language::En);
    let text = document.plain_text();
    assert!(text.contains("This proposal holds Option A, the option the customer chose after comparing it with Option B: around the clock."));
    assert!(
        !document
            .section("boq")
            .expect("boq")
            .blocks
            .iter()
            .any(|b| format!("{b:?}").contains("Chaos Engineering Drill Service Basic Edition")),
        "A alone"
    );
}

#[test]
fn a_proposal_of_one_option_has_no_options_part_and_every_language_has_the_same_one() {
    let mut single = Session { profile: profile(), ..Session::new() };
    single.quote.add("om-hosting-7x24".to_string());
    assert!(proposal(&single, Language::En).section("options").is_none());
    let session = session();
    let english = proposal(&session, Language::En);
    for language in Language::ALL {
        let document = proposal(&session, language);
        let section = document.section("options").expect("options part");
        assert_eq!(section.blocks.len(), english.section("options").expect("en").blocks.len(), "{language:?}");
    }
}
