//! The options of a quote side by side (catalog-rules §10), worded once: each option
//! evaluated alone, the same item on the same row, what differs from the first option
//! marked, each option's open errors, the totals and their differences. The compare view
//! on screen renders this model and writes no wording of its own.

use std::sync::Arc;

use crate::domain::boq::{Boq, BoqRow};
use crate::domain::catalog::Catalog;
use crate::domain::compare::{CellMark, Change, Comparison, TotalKind};
use crate::domain::options::QuoteOptions;
use crate::domain::profile::CustomerProfile;
use crate::domain::quote::Quote;
use crate::domain::rules::{evaluate, Evaluation};
use crate::domain::session::Session;

use super::document::facts::{amount_text, quantity_text, term_text};
use super::text::Texts;
use super::words::Reporter;

/// An option's name as every surface writes it: "Option B", or "Option B: around the
/// clock" once named.
pub fn option_name(texts: &Texts, letter: char, name: &str) -> String {
    match name.trim() {
        "" => texts.options.letter.fill(letter),
        name => texts.options.named.fill(letter, name),
    }
}

/// How a cell compares with the first option's cell of the same item.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CellKind {
    /// The same line (or, like the first option, no line of the item).
    Same,
    /// The first option lacks the item; this one has it.
    Added,
    /// The first option has the item; this one lacks it.
    Missing,
    /// Both hold the item and it differs.
    Changed,
}

/// One option's cell of an item.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct CompareCell {
    /// How it compares with the first option.
    pub kind: CellKind,
    /// The mark that says so ("Added", "Differs: quantity and term"); `None` when the
    /// same.
    pub mark: Option<String>,
    /// The line as the BOQ words it: quantity and unit, term, discount, amount and, for a
    /// derived line, its arithmetic; or "Not in this option".
    pub facts: Vec<String>,
}

/// One item across the options.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct CompareRow {
    /// The item's display name (catalog-rules §8.14).
    pub item: String,
    /// Whether any option differs from the first on this item.
    pub differs: bool,
    /// One cell per option, in the options' order.
    pub cells: Vec<CompareCell>,
}

/// A total's label ("One-off total").
pub fn total_label(texts: &Texts, kind: TotalKind) -> &'static str {
    let [one_off, monthly, _yearly, grand_total] = texts.boq.total_labels;
    match kind {
        TotalKind::OneOff => one_off,
        TotalKind::Monthly => monthly,
        TotalKind::GrandTotal => grand_total,
    }
}

/// A row of totals, or of their differences from the first option.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct CompareTotalRow {
    /// Which total.
    pub kind: TotalKind,
    /// The total's label ("Grand total over the terms"), or the difference's ("Grand
    /// total over the terms, difference from Option A").
    pub label: String,
    /// One value per option.
    pub values: Vec<String>,
    /// Whether this row is a difference.
    pub is_difference: bool,
}

/// The compare view of a quote with several options.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CompareView {
    /// The options' names, the columns' headings.
    pub columns: Vec<String>,
    /// The position of the option being edited.
    pub edited: usize,
    /// What the marks compare with.
    pub caption: String,
    /// How many items differ, or that nothing does.
    pub summary: String,
    /// Every item any option holds, in catalog order.
    pub rows: Vec<CompareRow>,
    /// Each option's open errors ("None", "2 errors").
    pub errors: Vec<String>,
    /// One-off, per month and the grand total, each followed by its differences.
    pub totals: Vec<CompareTotalRow>,
}

/// What the comparison reads of one option: its BOQ and how many of its errors block it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OptionColumn {
    /// The option's BOQ, built from its own evaluation.
    pub boq: Arc<Boq>,
    /// How many of its findings are errors that block it.
    pub blocking_errors: usize,
}

impl OptionColumn {
    /// The column of an option's quote, evaluated alone for `profile`.
    pub fn evaluate(catalog: &Catalog, profile: &CustomerProfile, quote: &Quote) -> OptionColumn {
        let evaluation = evaluate(catalog, profile, quote);
        let boq = Arc::new(Boq::build(catalog, quote, &evaluation.lines));
        OptionColumn::of(&evaluation, boq)
    }

    /// The column of an option already evaluated (the one being edited, whose evaluation
    /// and BOQ the screen holds anyway).
    pub fn of(evaluation: &Evaluation, boq: Arc<Boq>) -> OptionColumn {
        OptionColumn { boq, blocking_errors: evaluation.findings.iter().filter(|finding| finding.blocks()).count() }
    }
}

impl CompareView {
    /// The comparison of the session's options, worded by `reporter` (its catalog and
    /// language); `None` for a quote of one option.
    pub fn of(reporter: &Reporter<'_>, session: &Session) -> Option<CompareView> {
        if session.options.count() < 2 {
            return None;
        }
        let columns: Vec<OptionColumn> = session
            .option_quotes()
            .iter()
            .map(|option| OptionColumn::evaluate(reporter.catalog, &session.profile, &option.quote))
            .collect();
        CompareView::of_columns(reporter, &session.options, &columns)
    }

    /// The comparison of `options` whose columns (one per option, in order) are made
    /// already; `None` for fewer than two.
    pub fn of_columns(
        reporter: &Reporter<'_>,
        options: &QuoteOptions,
        columns: &[OptionColumn],
    ) -> Option<CompareView> {
        if columns.len() < 2 || columns.len() != options.count() {
            return None;
        }
        let (catalog, texts) = (reporter.catalog, reporter.texts);
        let errors: Vec<String> = columns
            .iter()
            .map(|column| match column.blocking_errors {
                0 => texts.options.no_errors.to_string(),
                n => texts.words.error.count_of(n),
            })
            .collect();
        let boqs: Vec<&Boq> = columns.iter().map(|column| column.boq.as_ref()).collect();
        let comparison = Comparison::of(catalog, &boqs);
        let names: Vec<String> =
            options.list().iter().map(|option| option_name(texts, option.letter, &option.name)).collect();
        let first = names.first().cloned().unwrap_or_default();
        let rows: Vec<CompareRow> = comparison
            .rows
            .iter()
            .map(|row| CompareRow {
                item: row.cells.iter().flatten().next().map(|cell| cell.name.clone()).unwrap_or_default(),
                differs: row.differs(),
                cells: row
                    .cells
                    .iter()
                    .zip(&row.marks)
                    .zip(&boqs)
                    .map(|((cell, mark), boq)| compare_cell(texts, reporter, boq, cell.as_ref(), mark))
                    .collect(),
            })
            .collect();
        let differing = rows.iter().filter(|row| row.differs).count();
        let summary = match differing {
            0 if comparison.is_same() => texts.options.all_same.to_string(),
            n => format!("{}{}", texts.options.differing.count_of(n), texts.words.full_stop),
        };
        Some(CompareView {
            caption: texts.options.compare_caption.fill(&first),
            totals: total_rows(texts, &comparison, &first),
            edited: options.active(),
            columns: names,
            summary,
            rows,
            errors,
        })
    }
}

/// The words of one cell.
fn compare_cell(
    texts: &Texts,
    reporter: &Reporter<'_>,
    boq: &Boq,
    cell: Option<&BoqRow>,
    mark: &CellMark,
) -> CompareCell {
    let o = &texts.options;
    let (kind, mark) = match mark {
        CellMark::Same => (CellKind::Same, None),
        CellMark::Added => (CellKind::Added, Some(o.added.to_string())),
        CellMark::Missing => (CellKind::Missing, Some(o.missing.to_string())),
        CellMark::Changed(changes) => {
            let ways: Vec<&str> = changes.iter().map(|change| change_word(texts, *change)).collect();
            (CellKind::Changed, Some(o.differs.fill(texts.join(&ways, texts.words.and))))
        }
    };
    let facts = match cell {
        None => vec![o.not_in.to_string()],
        Some(row) => {
            let mut facts = vec![quantity_text(texts, row), term_text(texts, row)];
            if row.discount.0 > 0 {
                facts.push(texts.boq.discount.fill(texts.percent(row.discount)));
            }
            let amount = amount_text(texts, boq, row);
            if !amount.is_empty() {
                facts.push(amount);
            }
            if let Some(because) = &row.because {
                facts.push(reporter.because(because));
            }
            facts
        }
    };
    CompareCell { kind, mark, facts }
}

/// The name of one way a line differs ("quantity").
fn change_word(texts: &Texts, change: Change) -> &'static str {
    let [quantity, term, discount, price] = texts.options.changes;
    match change {
        Change::Quantity => quantity,
        Change::Term => term,
        Change::Discount => discount,
        Change::Price => price,
    }
}

/// One-off, per month and the grand total of each option, each followed by its
/// difference from the first option (empty in the first column, and where an option is
/// not priced in the first one's currency).
fn total_rows(texts: &Texts, comparison: &Comparison, first: &str) -> Vec<CompareTotalRow> {
    let mut rows = Vec::with_capacity(2 * TotalKind::ALL.len());
    for kind in TotalKind::ALL {
        let label = total_label(texts, kind);
        rows.push(CompareTotalRow {
            kind,
            label: label.to_string(),
            values: comparison
                .totals
                .iter()
                .map(|column| match &column.totals {
                    Some(totals) => texts.amount(&totals.currency, kind.of(totals)),
                    None => texts.options.no_totals.to_string(),
                })
                .collect(),
            is_difference: false,
        });
        rows.push(CompareTotalRow {
            kind,
            label: texts.options.difference_row.fill(label, first),
            values: comparison
                .totals
                .iter()
                .enumerate()
                .map(|(n, column)| match (n, &column.totals, &column.difference) {
                    (0, _, _) | (_, None, _) | (_, _, None) => texts.words.none.to_string(),
                    (_, Some(totals), Some(d)) => texts.amount(&totals.currency, kind.of_difference(d)),
                })
                .collect(),
            is_difference: true,
        });
    }
    rows
}
