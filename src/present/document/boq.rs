//! The bill of quantities and the totals, as the proposal prints them.

use super::facts::{amount_text, money, quantity_text, term_text, totals_key_values};
use super::{Block, Context, Section, Table};

/// The "Bill of quantities" part: the lines and the subtotals per offering.
pub(super) fn boq_section(context: &Context<'_>) -> Section {
    let Context { boq, texts, .. } = context;
    let b = &texts.boq;
    let mut section = Section::new("boq", 1, b.title);
    let currency = boq.currency.as_deref().unwrap_or("");
    let priced = boq.currency.is_some();
    if boq.illustrative {
        section.blocks.push(Block::Paragraph(b.illustrative_note.to_string()));
    }
    if !priced {
        section.blocks.push(Block::Paragraph(b.no_prices.to_string()));
    }
    let rows = boq
        .rows
        .iter()
        .map(|row| {
            vec![
                row.no.to_string(),
                row.name.clone(),
                quantity_text(texts, row),
                term_text(texts, row),
                money(texts, currency, row.unit_price),
                b.discount.fill(texts.percent(row.discount)),
                money(texts, currency, row.monthly),
                amount_text(texts, boq, row),
            ]
        })
        .collect();
    let caption = if priced { b.caption_priced.fill(currency) } else { b.title.to_string() };
    section.blocks.push(Block::Table(Table {
        caption,
        header: b.columns.map(String::from).to_vec(),
        rows,
        numeric_columns: vec![0, 4, 5, 6, 7],
    }));
    if !boq.subtotals.is_empty() {
        section.blocks.push(Block::Table(Table {
            caption: b.subtotals.into(),
            header: b.subtotal_columns.map(String::from).to_vec(),
            rows: boq
                .subtotals
                .iter()
                .map(|s| {
                    vec![
                        s.offering.clone(),
                        s.lines.to_string(),
                        texts.amount(currency, s.one_off),
                        texts.amount(currency, s.monthly),
                        texts.amount(currency, s.total),
                    ]
                })
                .collect(),
            numeric_columns: vec![1, 2, 3, 4],
        }));
    }
    section
}

/// The "Totals" part.
pub(super) fn totals_section(context: &Context<'_>) -> Section {
    let Context { boq, texts, words, .. } = context;
    let mut section = Section::new("totals", 1, texts.document.totals);
    if let Some(refused) = &boq.refused {
        section.blocks.push(Block::Paragraph(words.refused(refused)));
    } else if boq.totals.is_some() {
        section.blocks.push(Block::KeyValues(totals_key_values(texts, boq)));
    } else {
        section.blocks.push(Block::Paragraph(texts.boq.no_prices.to_string()));
    }
    if boq.illustrative {
        section.blocks.push(Block::Paragraph(texts.boq.illustrative_note.to_string()));
    }
    section
}
