//! Suggested packages from the answers: each says which answer produced it; accept all,
//! some, or none.

use leptos::prelude::*;

use crate::state::use_store;

/// The suggestions list.
#[component]
pub fn Suggestions() -> impl IntoView {
    let store = use_store();
    let catalog = store.catalog();
    let list = move || {
        let suggestions = store.suggestions.get();
        if suggestions.is_empty() {
            return view! { <p class="muted">"Answer the questions above and matching services appear here."</p> }
                .into_any();
        }
        let all: Vec<String> = suggestions.iter().map(|s| s.item.clone()).collect();
        let rows = suggestions
            .into_iter()
            .map(|s| {
                let name = catalog.name_of(&s.item).to_string();
                let item = s.item.clone();
                let label = format!("Accept {name}");
                view! {
                    <li class="suggestion">
                        <span class="suggestion-name">{name}</span>
                        <span class="because">{format!("Because: {}", s.because)}</span>
                        <button type="button" aria-label=label on:click=move |_| { let item = item.clone(); store.edit(move |s| s.quote.add(item)) }>"Accept"</button>
                    </li>
                }
            })
            .collect_view();
        view! {
            <ul class="plain suggestions-list" aria-label="Suggested services">{rows}</ul>
            <button type="button" class="primary" on:click=move |_| {
                let all = all.clone();
                store.edit(move |s| { for item in all { s.quote.add(item); } })
            }>"Accept all suggestions"</button>
        }
        .into_any()
    };
    view! {
        <section class="panel suggestions" aria-labelledby="suggestions-heading">
            <h2 id="suggestions-heading">"Suggested for you"</h2>
            {list}
        </section>
    }
}
