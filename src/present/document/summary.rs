//! The proposal's first part: status, lines, term, price book, totals and the list of
//! services.

use std::collections::BTreeSet;

use crate::domain::order::set_of;

use super::facts::{quantity_text, totals_key_values};
use super::{Block, Context, Cover, KeyValue, Section};

/// The "Summary" part.
pub(super) fn section(context: &Context<'_>, cover: &Cover) -> Section {
    let Context { session, evaluation, boq, texts, words, .. } = context;
    let d = &texts.document;
    let [status_key, lines_key, term_key, book_key] = d.summary_keys;
    let mut section = Section::new("summary", 1, d.part_titles[0]);
    let chosen = boq.rows.iter().filter(|row| !row.derived).count();
    let derived = boq.rows.len() - chosen;
    let offerings: BTreeSet<&str> = set_of(boq.rows.iter().map(|row| row.offering_id.as_str()));
    let status = super::facts::status_text(texts, session.quote.status, evaluation.can_issue());
    let mut facts = vec![
        KeyValue::new(status_key, status),
        KeyValue::new(
            lines_key,
            d.lines_value.fill(boq.rows.len(), chosen, derived, texts.words.offering.count_of(offerings.len())),
        ),
        KeyValue::new(term_key, texts.words.month.count(session.quote.term_months)),
    ];
    match &session.quote.price_book {
        Some(book) => facts.push(KeyValue::new(book_key, d.price_book_value.fill(&book.name, &book.currency))),
        None => facts.push(KeyValue::new(book_key, d.price_book_none)),
    }
    facts.extend(totals_key_values(texts, boq));
    section.blocks.push(Block::KeyValues(facts));
    if let Some(refused) = &boq.refused {
        section.blocks.push(Block::Paragraph(words.refused(refused)));
    }
    if session.quote.price_book.is_none() {
        section.blocks.push(Block::Paragraph(texts.boq.no_prices.to_string()));
    }
    if cover.illustrative {
        section.blocks.push(Block::Paragraph(texts.boq.illustrative_note.to_string()));
    }
    if boq.rows.is_empty() {
        section.blocks.push(Block::Paragraph(d.no_services.into()));
    } else {
        section.blocks.push(Block::Heading(d.services_in_proposal.into()));
        section.blocks.push(Block::Bullets(
            boq.rows.iter().map(|row| d.service_entry.fill(&row.name, quantity_text(texts, row))).collect(),
        ));
    }
    section
}
