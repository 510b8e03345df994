//! The acceptance block that ends a final proposal: what signing means, until when the
//! offer stands, and a line to sign for each party (spec §10: a quote issued final).

use crate::domain::quote::QuoteStatus;

use super::facts::VALIDITY_DAYS;
use super::{Block, Context, Section, Table};

/// The acceptance section, for a quote marked final (a draft is not offered for signing).
pub(super) fn section(context: &Context<'_>) -> Option<Section> {
    let Context { session, texts, .. } = context;
    if session.quote.status != QuoteStatus::Final {
        return None;
    }
    let d = &texts.document;
    let mut section = Section::new("acceptance", 1, d.acceptance_title);
    let until = (texts.words.date)(session.profile.quote_date.add_days(VALIDITY_DAYS));
    section.blocks.push(Block::Paragraph(d.acceptance_intro.fill(until)));
    let [name, signature, date] = d.acceptance_rows;
    let customer = session.profile.customer_name.trim();
    section.blocks.push(Block::Table(Table {
        caption: d.acceptance_title.to_string(),
        header: d.acceptance_columns.map(String::from).to_vec(),
        rows: vec![
            vec![name.to_string(), String::new(), customer.to_string()],
            vec![signature.to_string(), String::new(), String::new()],
            vec![date.to_string(), String::new(), String::new()],
        ],
        numeric_columns: Vec::new(),
    }));
    Some(section)
}
