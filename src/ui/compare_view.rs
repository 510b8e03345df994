//! The options side by side (catalog-rules §10): the same item on the same row, each
//! option's line in its column with what differs from the first option marked, each
//! option's open errors, the totals and their differences. Shown once a quote has
//! several options; it renders `present::compare` and writes no wording of its own.

use leptos::prelude::*;

use crate::present::compare::{CellKind, CompareCell, CompareView};
use crate::present::words::Reporter;
use crate::state::{use_language, use_store, use_texts};

/// The compare view.
#[component]
pub fn CompareOptions() -> impl IntoView {
    let store = use_store();
    let texts = use_texts();
    let catalog = store.catalog();
    let language = use_language().get_untracked();
    // One memo: each option evaluated alone, compared and worded once per edit.
    let compared = store.slice(move |s| CompareView::of(&Reporter::new(&catalog, language), s));
    move || {
        compared.get().map(|view_model| {
            let CompareView { columns, edited, caption, summary, rows, errors, totals } = view_model;
            view! {
                <section class="panel compare" aria-labelledby="compare-heading">
                    <h2 id="compare-heading" tabindex="-1">{texts.options.compare_heading}</h2>
                    <p class="compare-summary">{summary}</p>
                    <div class="table-scroll" role="region" aria-labelledby="compare-heading" tabindex="0">
                        <table>
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
                            <tbody>
                                {rows
                                    .into_iter()
                                    .map(|row| {
                                        view! {
                                            <tr class:differs=row.differs>
                                                <th scope="row">{row.item}</th>
                                                {row.cells.into_iter().map(cell).collect_view()}
                                            </tr>
                                        }
                                    })
                                    .collect_view()}
                                <tr class="errors-row">
                                    <th scope="row">{texts.options.errors_row}</th>
                                    {errors.into_iter().map(|text| view! { <td>{text}</td> }).collect_view()}
                                </tr>
                            </tbody>
                            <tfoot>
                                {totals
                                    .into_iter()
                                    .map(|total| {
                                        view! {
                                            <tr class:difference=total.is_difference>
                                                <th scope="row">{total.label}</th>
                                                {total.values.into_iter().map(|value| view! { <td class="num">{value}</td> }).collect_view()}
                                            </tr>
                                        }
                                    })
                                    .collect_view()}
                            </tfoot>
                        </table>
                    </div>
                </section>
            }
        })
    }
}

/// One option's cell of an item: its mark first, then the line's facts.
fn cell(cell: CompareCell) -> impl IntoView {
    let class = match cell.kind {
        CellKind::Same => "same",
        CellKind::Added => "added",
        CellKind::Missing => "missing",
        CellKind::Changed => "changed",
    };
    view! {
        <td class=class>
            {cell.mark.map(|mark| view! { <strong class="mark">{mark}</strong> })}
            {cell.facts.into_iter().map(|fact| view! { <span class="fact">{fact}</span> }).collect_view()}
        </td>
    }
}
