//! The proposal's revision (catalog-rules §11): a proposal of a quote as it was issued
//! says which revision it is on its cover and, from revision 2, what changed since the
//! revision before, a sentence each. A quote changed since its last issue (a draft being
//! reworked) is no revision yet: its proposal has neither.

use crate::present::revisions::change_sentences;

use super::{Block, Context, KeyValue, Section};

/// The cover's "Revision" fact.
pub(super) fn cover_fact(context: &Context<'_>) -> Option<KeyValue> {
    let revision = context.session.current_revision()?;
    let r = &context.texts.revisions;
    Some(KeyValue::new(r.cover_key, r.cover_value.fill(revision.number, (context.texts.words.date)(revision.date))))
}

/// "Changes since revision N", from revision 2 on (when the revision before is kept).
pub(super) fn changes_section(context: &Context<'_>) -> Option<Section> {
    let revision = context.session.current_revision()?;
    let revisions = &context.session.revisions.list;
    let previous = revisions.iter().rev().find(|before| before.number < revision.number)?;
    let r = &context.texts.revisions;
    let mut section = Section::new("changes", 1, r.changes_title.fill(previous.number));
    let sentences = change_sentences(
        &context.words,
        &previous.content.boq(context.catalog),
        &revision.content.boq(context.catalog),
    );
    section.blocks.push(match sentences.is_empty() {
        true => Block::Paragraph(r.no_changes.fill(previous.number)),
        false => Block::Bullets(sentences),
    });
    Some(section)
}
