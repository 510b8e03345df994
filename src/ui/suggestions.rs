//! Suggested packages from the answers: each says which answer produced it; accept all,
//! some, or none.

use leptos::prelude::*;

use crate::state::{use_store, Store};
use crate::web;

/// After the list changed: the first suggestion left, or the quote when none is left, so
/// the keyboard never falls back to the top of the page.
fn focus_after_accepting(store: Store) {
    request_animation_frame(move || {
        let next = store.suggestions.with_untracked(|left| left.first().map(|s| accept_id(&s.item)));
        if !next.is_some_and(|id| web::focus(&id)) {
            web::focus("quote-heading");
        }
    });
}

/// The id of a suggestion's accept button.
fn accept_id(item: &str) -> String {
    format!("accept-{item}")
}

/// The suggestions list.
#[component]
pub fn Suggestions() -> impl IntoView {
    let store = use_store();
    let texts = crate::state::use_texts();
    let catalog = store.catalog();
    let list = move || {
        let suggestions = store.suggestions.get();
        if suggestions.is_empty() {
            return view! { <p class="muted">{texts.catalog.no_suggestions}</p> }.into_any();
        }
        let all: Vec<String> = suggestions.iter().map(|s| s.item.clone()).collect();
        let rows = suggestions
            .into_iter()
            .map(|s| {
                let name = catalog.name_of(&s.item).to_string();
                let item = s.item.clone();
                let label = texts.catalog.accept_item.fill(&name);
                let id = accept_id(&item);
                let added = texts.catalog.accepted.fill(&name);
                view! {
                    <li class="suggestion">
                        <span class="suggestion-name">{name}</span>
                        <span class="because">{texts.catalog.because.fill(crate::present::suggestions::because(texts, &s.because))}</span>
                        <button type="button" id=id aria-label=label on:click=move |_| {
                            store.add_item(item.clone());
                            store.tell(added.clone());
                            focus_after_accepting(store);
                        }>{texts.catalog.accept}</button>
                    </li>
                }
            })
            .collect_view();
        view! {
            <ul class="plain suggestions-list" aria-label=texts.catalog.suggested>{rows}</ul>
            <button type="button" class="primary" on:click=move |_| {
                let all = all.clone();
                let count = all.len();
                store.add_items(all);
                store.tell(texts.catalog.accepted_all.fill(texts.words.service.count_of(count)));
                focus_after_accepting(store);
            }>{texts.catalog.accept_all}</button>
        }
        .into_any()
    };
    view! {
        <section class="panel suggestions" aria-labelledby="suggestions-heading">
            <h2 id="suggestions-heading" tabindex="-1">{texts.catalog.suggested_heading}</h2>
            {list}
        </section>
    }
}
