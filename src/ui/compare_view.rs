//! The options side by side (catalog-rules §10): the same item on the same row, each
//! option's line in its column with what differs from the first option marked, each
//! option's open errors, the totals and their differences. Shown once a quote has
//! several options; it renders `present::compare` and writes no wording of its own.
//!
//! Rows are keyed by their content: an edit redraws the rows whose words changed (the
//! edited line, the totals), not the whole table. On a phone each row is a card whose
//! cells name their option (`data-label`), so two or three options fit a 320 px screen.

use std::sync::Arc;

use leptos::prelude::*;

use crate::domain::profile::CustomerProfile;
use crate::domain::quote::Quote;
use crate::present::compare::{CellKind, CompareCell, CompareRow, CompareTotalRow, CompareView, OptionColumn};
use crate::present::words::Reporter;
use crate::state::{use_language, use_store, use_texts};
use crate::ui::lazy_part::{lazy_part, PartBuilder};

/// The compare view: its code is a chunk of its own, fetched once a quote has several
/// options (`lazy_part`).
#[component]
pub fn CompareOptions() -> impl IntoView {
    let store = use_store();
    let several = store.slice(|s| !s.options.is_single());
    lazy_part(several, compare_chunk)
}

crate::split_point! {
    /// The compare view's builder, in the chunk `compare`.
    compare_chunk in compare -> PartBuilder { || compare_options().into_any() }
}

/// The compare view, built from the chunk.
fn compare_options() -> impl IntoView {
    let store = use_store();
    let texts = use_texts();
    let catalog = store.catalog();
    let language = use_language().get_untracked();
    // Each option's column, evaluated alone. An edit changes the option being edited, whose
    // evaluation and BOQ the store holds already; the other options' columns are kept
    // while their quotes and the profile stay as they were.
    let quotes = store.slice(|s| (s.profile.clone(), s.option_quotes()));
    let columns = {
        let catalog = catalog.clone();
        Memo::new(move |kept: Option<&KeptColumns>| {
            let evaluation = store.evaluation.get();
            let boq = store.boq.get();
            quotes.with(|(profile, options)| {
                let columns = options
                    .iter()
                    .map(|option| {
                        if option.active {
                            return (option.quote.clone(), Arc::new(OptionColumn::of(&evaluation, boq.clone())));
                        }
                        let column = kept
                            .filter(|kept| kept.profile == *profile)
                            .and_then(|kept| kept.columns.iter().find(|(quote, _)| *quote == option.quote))
                            .map(|(_, column)| column.clone())
                            .unwrap_or_else(|| Arc::new(OptionColumn::evaluate(&catalog, profile, &option.quote)));
                        (option.quote.clone(), column)
                    })
                    .collect();
                KeptColumns { profile: profile.clone(), columns }
            })
        })
    };
    // The comparison, worded once per change of a column or of the options' names.
    let compared = store.slice(move |s| {
        columns.with(|kept| {
            let columns: Vec<OptionColumn> = kept.columns.iter().map(|(_, column)| column.as_ref().clone()).collect();
            CompareView::of_columns(&Reporter::new(&catalog, language), &s.options, &columns)
        })
    });
    let shown = Memo::new(move |_| compared.with(Option::is_some));
    let head = Memo::new(move |_| {
        compared
            .with(|view| view.as_ref().map(|v| (v.columns.clone(), v.edited, v.caption.clone())).unwrap_or_default())
    });
    let summary =
        Memo::new(move |_| compared.with(|view| view.as_ref().map(|v| v.summary.clone()).unwrap_or_default()));
    let rows = Memo::new(move |_| compared.with(|view| view.as_ref().map(|v| v.rows.clone()).unwrap_or_default()));
    let errors = Memo::new(move |_| compared.with(|view| view.as_ref().map(|v| v.errors.clone()).unwrap_or_default()));
    let totals = Memo::new(move |_| compared.with(|view| view.as_ref().map(|v| v.totals.clone()).unwrap_or_default()));
    let columns = Memo::new(move |_| head.with(|(columns, _, _)| columns.clone()));
    move || {
        shown.get().then(|| {
            view! {
                <section class="panel compare" aria-labelledby="compare-heading">
                    <h2 id="compare-heading" tabindex="-1">{texts.options.compare_heading}</h2>
                    <p class="compare-summary">{summary}</p>
                    <div class="table-scroll" role="region" aria-labelledby="compare-heading" tabindex="0">
                        <table>
                            {move || {
                                let (columns, edited, caption) = head.get();
                                view! {
                                    <caption>{caption}</caption>
                                    <thead>
                                        <tr>
                                            <th scope="col">{texts.options.item_column}</th>
                                            {columns
                                                .into_iter()
                                                .enumerate()
                                                .map(|(n, name)| view! { <th scope="col" class:edited=n == edited>{name}</th> })
                                                .collect_view()}
                                        </tr>
                                    </thead>
                                }
                            }}
                            <tbody>
                                <For each=move || labelled(rows.get(), columns.get()) key=|pair| pair.clone() let:pair>
                                    <ItemRow row=pair.0 columns=pair.1 />
                                </For>
                                <tr class="errors-row">
                                    <th scope="row">{texts.options.errors_row}</th>
                                    {move || {
                                        errors
                                            .get()
                                            .into_iter()
                                            .zip(columns.get())
                                            .map(|(text, label)| view! { <td data-label=label>{text}</td> })
                                            .collect_view()
                                    }}
                                </tr>
                            </tbody>
                            <tfoot>
                                <For each=move || labelled(totals.get(), columns.get()) key=|pair| pair.clone() let:pair>
                                    <TotalRow total=pair.0 columns=pair.1 />
                                </For>
                            </tfoot>
                        </table>
                    </div>
                </section>
            }
        })
    }
}

/// The options' columns with the quotes and the profile they were made from, which an
/// edit compares to keep the columns of the options it did not change.
struct KeptColumns {
    /// The customer profile the options share.
    profile: CustomerProfile,
    /// Each option's quote and its column, in the options' order.
    columns: Vec<(Quote, Arc<OptionColumn>)>,
}

impl PartialEq for KeptColumns {
    /// The same columns, made once: a column made again is a change.
    fn eq(&self, other: &Self) -> bool {
        self.columns.len() == other.columns.len()
            && self.columns.iter().zip(&other.columns).all(|((_, a), (_, b))| Arc::ptr_eq(a, b))
    }
}

/// Each row with the options' names that label its cells (a renamed option redraws the
/// rows; an edit redraws only the rows whose words changed).
fn labelled<T>(rows: Vec<T>, columns: Vec<String>) -> Vec<(T, Vec<String>)> {
    rows.into_iter().map(|row| (row, columns.clone())).collect()
}

/// One item across the options.
#[component]
fn ItemRow(
    /// The row.
    row: CompareRow,
    /// The options' names, which label the cells on a phone.
    columns: Vec<String>,
) -> impl IntoView {
    view! {
        <tr class:differs=row.differs>
            <th scope="row">{row.item}</th>
            {row.cells.into_iter().zip(columns).map(|(c, label)| cell(c, label)).collect_view()}
        </tr>
    }
}

/// A total, or its differences, across the options.
#[component]
fn TotalRow(
    /// The row.
    total: CompareTotalRow,
    /// The options' names, which label the cells on a phone.
    columns: Vec<String>,
) -> impl IntoView {
    view! {
        <tr class:difference=total.is_difference>
            <th scope="row">{total.label}</th>
            {total
                .values
                .into_iter()
                .zip(columns)
                .map(|(value, label)| view! { <td class="num" data-label=label>{value}</td> })
                .collect_view()}
        </tr>
    }
}

/// One option's cell of an item (`label`: its option's name): its mark first, then the
/// line's facts.
fn cell(cell: CompareCell, label: String) -> impl IntoView {
    let class = match cell.kind {
        CellKind::Same => "same",
        CellKind::Added => "added",
        CellKind::Missing => "missing",
        CellKind::Changed => "changed",
    };
    view! {
        <td class=class data-label=label>
            {cell.mark.map(|mark| view! { <strong class="mark">{mark}</strong> })}
            {cell.facts.into_iter().map(|fact| view! { <span class="fact">{fact}</span> }).collect_view()}
        </td>
    }
}
