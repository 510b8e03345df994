//! An item's seed texts: content, scenario, deliverables, acceptance report, and what an
//! edition includes. Shown verbatim; collapsed until asked for, and fetched then
//! (`ui::seed_details`).

use leptos::prelude::*;

use crate::domain::catalog::{Item, ItemId};
use crate::ui::disclosure::Disclosure;
use crate::ui::seed_details::from_seed_details;

/// The detail disclosure of an item.
#[component]
pub fn ItemDetail(
    /// The item.
    item: ItemId,
    /// Its seed name (the disclosure's name for screen readers).
    name: String,
    /// Out of the Tab order: the item has another control that is its tab stop.
    #[prop(into)]
    secondary: Signal<bool>,
) -> impl IntoView {
    let texts = crate::state::use_texts();
    let summary_hidden = texts.quote.of_item.fill(&name);
    view! {
        <Disclosure class="item-detail" summary=texts.catalog.details summary_hidden=summary_hidden secondary=secondary>
            {
                let item = item.clone();
                from_seed_details(move |catalog| catalog.item(&item).map(item_texts).into_any())
            }
        </Disclosure>
    }
}

/// The item's texts, as the disclosure shows them.
fn item_texts(item: &Item) -> AnyView {
    let texts = crate::state::use_texts();
    let paragraphs = |text: &str| {
        text.split('\n')
            .filter(|line| !line.trim().is_empty())
            .map(|line| view! { <p>{line.to_string()}</p> })
            .collect_view()
    };
    let content = paragraphs(&item.content);
    let scenario = (!item.scenario.is_empty()).then(|| paragraphs(&item.scenario));
    let deliverables = (!item.deliverables.is_empty())
        .then(|| item.deliverables.iter().map(|d| view! { <li>{d.clone()}</li> }).collect_view());
    let includes = (!item.includes.is_empty()).then(|| {
        item.includes
            .iter()
            .map(|i| view! { <li><strong>{format!("{}: {}", i.phase, i.item)}</strong>" \u{2014} "{i.content.clone()}</li> })
            .collect_view()
    });
    let acceptance = (!item.acceptance_report.is_empty()).then(|| item.acceptance_report.clone());
    view! {
            <h4>{texts.catalog.item_parts[0]}</h4>
            {content}
            {scenario.map(|s| view! { <h4>{texts.catalog.item_parts[1]}</h4> {s} })}
            {includes.map(|i| view! { <h4>{texts.catalog.item_parts[2]}</h4> <ul>{i}</ul> })}
            {deliverables.map(|d| view! { <h4>{texts.catalog.item_parts[3]}</h4> <ul>{d}</ul> })}
            {acceptance.map(|a| view! { <h4>{texts.catalog.item_parts[4]}</h4> <p>{a}</p> })}
    }
    .into_any()
}
