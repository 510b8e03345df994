//! The three languages: a proposal says the same in each (numbers, items, structure), the
//! marks of numbers and the dates follow the language, and the service texts stay in the
//! service documents' English (catalog-rules §12).
#![cfg(not(target_arch = "wasm32"))]

mod common;

use om_configurator::domain::boq::Boq;
use om_configurator::domain::calendar::Date;
use om_configurator::domain::money::{DiscountBp, Minor};
use om_configurator::domain::rules::evaluate;
use om_configurator::domain::session::Session;
use om_configurator::present::document::{Block, ProposalDocument, Section};
use om_configurator::present::text::Language;

const FULL_CATALOG: &str = include_str!("fixtures/quotes/full-catalog-sample-prices.quote.json");

fn proposal(language: Language) -> ProposalDocument {
    let catalog = common::catalog();
    let session = Session::from_json(FULL_CATALOG).expect("fixture is a saved quote").session;
    let evaluation = evaluate(&catalog, &session.profile, &session.quote);
    let boq = Boq::build(&catalog, &session.quote, &evaluation.lines);
    ProposalDocument::build(&catalog, &session, &evaluation, &boq, language)
}

/// A section's shape: its id and level, then each block's kind and size.
fn shape(section: &Section) -> (String, u8, Vec<String>) {
    let blocks = section
        .blocks
        .iter()
        .map(|block| match block {
            Block::Heading(_) => "heading".to_string(),
            Block::Paragraph(_) => "paragraph".to_string(),
            Block::Bullets(items) => format!("bullets {}", items.len()),
            Block::Table(table) => format!("table {}x{}", table.rows.len(), table.header.len()),
            Block::KeyValues(pairs) => format!("facts {}", pairs.len()),
        })
        .collect();
    (section.id.clone(), section.level, blocks)
}

/// The digits of a text, in order (marks and words left out): "USD 1,234.50" and
/// "USD 1.234,50" are both "123450".
fn digits(text: &str) -> String {
    text.chars().filter(char::is_ascii_digit).collect()
}

fn boq_table(document: &ProposalDocument) -> Vec<Vec<String>> {
    let boq = document.sections.iter().find(|section| section.id == "boq").expect("a BOQ section");
    boq.blocks
        .iter()
        .find_map(|block| match block {
            Block::Table(table) => Some(table.rows.clone()),
            _ => None,
        })
        .expect("a BOQ table")
}

#[test]
fn every_language_writes_the_same_proposal_with_the_same_items_and_numbers() {
    let english = proposal(Language::En);
    let english_rows = boq_table(&english);
    assert!(english_rows.len() > 20, "the whole catalog");
    for language in [Language::ZhCn, Language::Id] {
        let document = proposal(language);
        assert_eq!(document.language, language.tag());
        let shapes: Vec<_> = document.sections.iter().map(shape).collect();
        assert_eq!(shapes, english.sections.iter().map(shape).collect::<Vec<_>>(), "{language:?}: the structure");
        let rows = boq_table(&document);
        for (row, english_row) in rows.iter().zip(&english_rows) {
            // Item names are seed texts: the same words in every language.
            assert_eq!(row.get(1), english_row.get(1), "{language:?}");
            // No., unit price, per month, amount: the same figures, in the language's marks.
            for column in [0, 4, 6, 7] {
                assert_eq!(digits(&row[column]), digits(&english_row[column]), "{language:?} column {column}: {row:?}");
            }
        }
        // The service sections are headed by the item names, in English.
        for (section, english_section) in document.sections.iter().zip(&english.sections) {
            if section.id.starts_with("service-") {
                assert_eq!(section.title, english_section.title, "{language:?}");
            }
        }
        assert_ne!(
            document.cover.heading, english.cover.heading,
            "{language:?}: the proposal's own words are translated"
        );
        assert_eq!(document.cover.date, english.cover.date, "the cover's machine date stays ISO");
    }
}

#[test]
fn the_totals_are_the_same_amounts_in_every_language() {
    let totals = |document: &ProposalDocument| -> Vec<String> {
        let section = document.sections.iter().find(|section| section.id == "totals").expect("totals");
        section
            .blocks
            .iter()
            .filter_map(|block| match block {
                Block::KeyValues(pairs) => Some(pairs.iter().map(|pair| pair.value.clone()).collect::<Vec<_>>()),
                _ => None,
            })
            .flatten()
            .collect()
    };
    let english = totals(&proposal(Language::En));
    let chinese = totals(&proposal(Language::ZhCn));
    let indonesian = totals(&proposal(Language::Id));
    assert!(english.iter().any(|total| total.starts_with("USD ") && total.contains(',')), "{english:?}");
    assert_eq!(chinese, english, "Chinese writes amounts as English does");
    let swapped: Vec<String> = english
        .iter()
        .map(|total| {
            total
                .chars()
                .map(|c| match c {
                    ',' => '.',
                    '.' => ',',
                    other => other,
                })
                .collect()
        })
        .collect();
    assert_eq!(indonesian, swapped, "Indonesian swaps the marks");
}

#[test]
fn the_service_texts_are_said_to_stay_in_english_outside_english() {
    let intro = |language: Language| -> String {
        let document = proposal(language);
        let section = document.sections.iter().find(|section| section.id == "services").expect("services");
        match section.blocks.first() {
            Some(Block::Paragraph(text)) => text.clone(),
            other => panic!("{other:?}"),
        }
    };
    assert!(Language::En.texts().words.seed_texts_english.is_empty());
    assert!(!intro(Language::En).contains(Language::ZhCn.texts().words.seed_texts_english));
    for language in [Language::ZhCn, Language::Id] {
        let note = language.texts().words.seed_texts_english;
        assert!(!note.is_empty(), "{language:?}");
        assert!(intro(language).ends_with(note), "{language:?}");
    }
}

#[test]
fn indonesian_writes_dots_between_thousands_and_a_comma_before_the_cents() {
    let [en, zh, id] = Language::ALL.map(Language::texts);
    let amount = Minor(123_456_789);
    assert_eq!(en.amount("USD", amount), "USD 1,234,567.89");
    assert_eq!(zh.amount("CNY", amount), "CNY 1,234,567.89");
    assert_eq!(id.amount("IDR", amount), "IDR 1.234.567,89");
    assert_eq!(id.amount("JPY", Minor(1_234_567)), "JPY 1.234.567", "no minor unit, no comma");
    assert_eq!(id.amount("USD", Minor(-5)), "USD -0,05");
    assert_eq!(id.number(100_000), "100.000");
    assert_eq!(en.number(100_000), "100,000");
    assert_eq!(id.percent(DiscountBp(1250)), "12,5");
    assert_eq!(zh.percent(DiscountBp(1250)), "12.5");
}

#[test]
fn dates_follow_the_language() {
    let date = Date::parse("2026-12-01").expect("date");
    let [en, zh, id] = Language::ALL.map(Language::texts);
    assert_eq!((en.words.date)(date), "2026-12-01");
    assert_eq!((zh.words.date)(date), "2026年12月1日");
    assert_eq!((id.words.date)(date), "1 Desember 2026");
    assert_eq!((id.words.date)(Date::parse("2027-03-09").expect("date")), "9 Maret 2027");
}

#[test]
fn the_cover_and_its_validity_are_dated_in_the_language() {
    for (language, quote_date) in [(Language::ZhCn, "2026年1月5日"), (Language::Id, "5 Januari 2026")] {
        let document = proposal(language);
        let values: Vec<&str> = document.cover.facts.iter().map(|fact| fact.value.as_str()).collect();
        assert!(values.contains(&quote_date), "{language:?}: {values:?}");
        assert!(document.cover.footer.contains(quote_date), "{language:?}");
    }
}

#[test]
fn a_final_proposal_ends_with_its_acceptance_block_and_a_draft_does_not() {
    use om_configurator::domain::quote::QuoteStatus;
    let catalog = common::catalog();
    let mut session = Session::from_json(FULL_CATALOG).expect("fixture").session;
    let build = |session: &Session, language: Language| {
        let evaluation = evaluate(&catalog, &session.profile, &session.quote);
        let boq = Boq::build(&catalog, &session.quote, &evaluation.lines);
        ProposalDocument::build(&catalog, session, &evaluation, &boq, language)
    };
    session.quote.status = QuoteStatus::Draft;
    assert!(build(&session, Language::En).section("acceptance").is_none(), "a draft is not offered for signing");
    session.quote.status = QuoteStatus::Final;
    for (language, until) in
        [(Language::En, "2026-02-04"), (Language::ZhCn, "2026年2月4日"), (Language::Id, "4 Februari 2026")]
    {
        let document = build(&session, language);
        let last = document.sections.last().expect("sections");
        assert_eq!(last.id, "acceptance", "{language:?}: it ends the proposal");
        let text = document.plain_text();
        assert!(text.contains(until), "{language:?}: the offer stands until 30 days after the quote date");
        let table = last
            .blocks
            .iter()
            .find_map(|block| match block {
                Block::Table(table) => Some(table),
                _ => None,
            })
            .expect("the signature table");
        assert_eq!(table.header.len(), 3, "a column per party");
        assert_eq!(table.rows.len(), 3, "name, signature, date");
        assert_eq!(table.rows[0][2], session.profile.customer_name);
    }
}

#[test]
fn the_lead_time_finding_and_its_fix_write_dates_in_the_language() {
    use om_configurator::domain::catalog::DateInput;
    use om_configurator::domain::rules::RuleKind;
    use om_configurator::present::words::Reporter;
    let catalog = common::catalog();
    let profile = common::with_date(common::profile(), DateInput::KeyEventDate, "2026-01-12");
    let evaluation = common::eval(&profile, &common::quote(&["ke-basic"]));
    let finding = common::finding(&evaluation, RuleKind::LeadTime, "key-event").expect("a lead-time error");
    for (language, event, earliest) in [
        (Language::En, "2026-01-12", "2026-01-19"),
        (Language::ZhCn, "2026年1月12日", "2026年1月19日"),
        (Language::Id, "12 Januari 2026", "19 Januari 2026"),
    ] {
        let words = Reporter::new(&catalog, language);
        let message = words.finding(finding);
        assert!(message.contains(event) && message.contains(earliest), "{language:?}: {message}");
        let fix = words.fix(&finding.fixes[0].label);
        assert!(fix.contains(earliest), "{language:?}: {fix}");
    }
}

/// A whole file refused for its size is named in the language of the refusal, never in
/// English inside a Chinese or Indonesian sentence.
#[test]
fn a_file_too_large_is_named_in_each_language() {
    use om_configurator::present::refusals;
    let text = " ".repeat(1_000_001);
    let error = Session::from_json(&text).expect_err("over 1 MB");
    let worded: Vec<String> =
        Language::ALL.iter().map(|language| refusals::session(language.texts(), &error)).collect();
    assert!(worded[0].starts_with("the saved quote is 1,000,001 bytes"), "{}", worded[0]);
    assert!(worded[1].starts_with("报价文件"), "{}", worded[1]);
    assert!(worded[2].starts_with("file penawaran"), "{}", worded[2]);
    for sentence in &worded[1..] {
        assert!(!sentence.contains("saved quote"), "{sentence}");
    }
}
