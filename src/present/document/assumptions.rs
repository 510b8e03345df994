//! "Assumptions and risks": the open errors, the risks, the recorded exceptions, the §8
//! decisions applied, the notes and the configurator's own assumptions, all taken from
//! the [`ProposalSummary`](crate::present::summary::ProposalSummary) that the screen's
//! summary shows too.

use super::facts::validity;
use super::{bullets_or_nothing, Block, Context, Cover, Section, Table};

/// The "Assumptions and risks" part.
pub(super) fn section(context: &Context<'_>, cover: &Cover) -> Section {
    let Context { session, texts, summary, .. } = context;
    let d = &texts.document;
    let mut section = Section::new("assumptions", 1, d.part_titles[3]);
    let blocks = &mut section.blocks;
    if cover.draft {
        blocks.push(Block::Heading(d.open_errors.into()));
        blocks.push(Block::Paragraph(d.draft_paragraph.into()));
        blocks.push(Block::Bullets(summary.open_errors.clone()));
    }
    blocks.push(Block::Heading(d.risks.into()));
    if summary.risks.is_empty() {
        blocks.push(Block::Paragraph(d.no_warning.into()));
    } else {
        let [caption, risk, source] = d.risks_table;
        blocks.push(Block::Table(Table {
            caption: caption.into(),
            header: vec![risk.into(), source.into()],
            rows: summary.risks.iter().map(|r| vec![r.text.clone(), r.sources.clone()]).collect(),
            numeric_columns: Vec::new(),
        }));
    }
    if !summary.exceptions.is_empty() {
        let [caption, severity, finding, reason] = d.exceptions_table;
        blocks.push(Block::Heading(texts.summary.exceptions.into()));
        blocks.push(Block::Table(Table {
            caption: caption.into(),
            header: vec![severity.into(), finding.into(), reason.into()],
            rows: summary
                .exceptions
                .iter()
                .map(|e| vec![e.severity.clone(), e.finding.clone(), e.reason.clone()])
                .collect(),
            numeric_columns: Vec::new(),
        }));
    }
    if !summary.decisions.is_empty() {
        let [caption, decision, assumption] = d.decisions_table;
        blocks.push(Block::Heading(texts.summary.decisions.into()));
        blocks.push(Block::Table(Table {
            caption: caption.into(),
            header: vec![decision.into(), assumption.into()],
            rows: summary.decisions.iter().map(|x| vec![x.section.clone(), x.text.clone()]).collect(),
            numeric_columns: Vec::new(),
        }));
    }
    bullets_or_nothing(blocks, d.notes, &summary.notes);
    let mut ours = vec![d.validity_assumption.fill(validity(texts, session.profile.quote_date))];
    if session.quote.price_book.is_some() {
        ours.push(d.amounts_assumption.into());
    }
    if cover.illustrative {
        ours.push(texts.boq.illustrative_note.to_string());
    }
    blocks.push(Block::Heading(d.own_assumptions.into()));
    blocks.push(Block::Bullets(ours));
    section
}
