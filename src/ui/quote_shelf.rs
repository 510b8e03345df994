//! "Your quotes": the quotes kept in this browser. Pick one to open it, start a new one,
//! duplicate or delete the open one (the notice offers "Undo delete"). A quote is listed
//! under its title, which the "Quote title" field renames.

use leptos::prelude::*;

use crate::domain::library::QuoteId;
use crate::present::quote_name::quote_name;
use crate::state::use_store;

/// The quote picker and its actions (nothing when the store keeps no quotes).
#[component]
pub fn QuoteShelf() -> impl IntoView {
    let store = use_store();
    let texts = crate::state::use_texts();
    let Some(shelf) = store.shelf() else { return ().into_any() };
    let title = store.slice(move |session| quote_name(texts, session));
    // (id, name) of every quote; the open one shows its live title.
    let entries = Memo::new(move |_| {
        let live = title.get();
        shelf.library.with(|library| {
            library
                .quotes
                .iter()
                .map(|entry| {
                    let name = if entry.id == library.current { live.clone() } else { entry.name.clone() };
                    (entry.id.0.clone(), name)
                })
                .collect::<Vec<_>>()
        })
    });
    let current = Memo::new(move |_| shelf.library.with(|library| library.current.0.clone()));
    let count = Memo::new(move |_| shelf.library.with(|library| library.quotes.len()));
    view! {
        <div class="quote-shelf" role="group" aria-label=texts.shelf.heading>
            <label for="open-quote">{texts.shelf.heading}</label>
            <select id="open-quote" prop:value=move || current.get()
                on:change=move |ev| store.open_quote(&QuoteId(event_target_value(&ev)))>
                <For each=move || entries.get() key=|entry| entry.clone() let:entry>
                    <option value=entry.0.clone() selected=move || current.with(|c| *c == entry.0)>{entry.1.clone()}</option>
                </For>
            </select>
            <button type="button" on:click=move |_| store.new_quote()>{texts.shelf.buttons[0]}</button>
            <button type="button" on:click=move |_| store.duplicate_quote()>{texts.shelf.buttons[1]}</button>
            <button type="button" disabled=move || count.get() < 2
                aria-label=move || texts.shelf.delete.fill(title.get())
                on:click=move |_| store.delete_quote(&QuoteId(current.get_untracked()))>{texts.shelf.buttons[2]}</button>
        </div>
    }
    .into_any()
}
