//! The proposal's part on the quote's options (catalog-rules §10). A draft with several
//! options compares them side by side (the compare view's model, as a table) before the
//! services of the option being edited; a final proposal holds the chosen option alone
//! and says which options it was compared with. A quote of one option has no such part.

use crate::domain::quote::QuoteStatus;
use crate::present::compare::{option_name, CompareView};

use super::{Block, Context, Section, Table};

/// The "Options compared" part, or nothing for a quote of one option.
pub(super) fn section(context: &Context<'_>) -> Option<Section> {
    let Context { session, texts, words, .. } = context;
    if session.options.count() < 2 {
        return None;
    }
    let o = &texts.options;
    let mut section = Section::new("options", 1, o.section_title);
    if session.quote.status == QuoteStatus::Final {
        let options = session.option_quotes();
        let chosen = options.iter().find(|option| option.active)?;
        let others: Vec<String> =
            options.iter().filter(|option| !option.active).map(|o| option_name(texts, o.letter, &o.name)).collect();
        let others: Vec<&str> = others.iter().map(String::as_str).collect();
        section.blocks.push(Block::Paragraph(
            o.chosen.fill(option_name(texts, chosen.letter, &chosen.name), texts.join(&others, texts.words.and)),
        ));
        return Some(section);
    }
    let view = CompareView::of(words, session)?;
    section.blocks.push(Block::Paragraph(view.summary.clone()));
    let width = view.columns.len();
    let mut header = Vec::with_capacity(width + 1);
    header.push(o.item_column.to_string());
    header.extend(view.columns.iter().cloned());
    let mut rows: Vec<Vec<String>> = view
        .rows
        .iter()
        .map(|row| {
            let mut cells = vec![row.item.clone()];
            cells.extend(
                row.cells
                    .iter()
                    .map(|cell| cell.mark.iter().chain(&cell.facts).cloned().collect::<Vec<_>>().join("\n")),
            );
            cells
        })
        .collect();
    let mut errors = vec![o.errors_row.to_string()];
    errors.extend(view.errors.iter().cloned());
    rows.push(errors);
    rows.extend(view.totals.iter().map(|total| {
        let mut cells = vec![total.label.clone()];
        cells.extend(total.values.iter().cloned());
        cells
    }));
    section.blocks.push(Block::Table(Table { caption: view.caption, header, rows, numeric_columns: Vec::new() }));
    Some(section)
}
