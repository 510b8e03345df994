//! Undo / redo, always visible, also on Ctrl+Z / Ctrl+Shift+Z (or Ctrl+Y) outside text fields.

use leptos::prelude::*;

use crate::state::use_store;

/// Undo and redo buttons.
#[component]
pub fn HistoryControls() -> impl IntoView {
    let store = use_store();
    let texts = crate::state::use_texts();
    view! {
        <div class="history" role="group" aria-label=texts.app.history[0]>
            <button type="button" on:click=move |_| store.undo() disabled=move || !store.can_undo()>{texts.app.history[1]}</button>
            <button type="button" on:click=move |_| store.redo() disabled=move || !store.can_redo()>{texts.app.history[2]}</button>
        </div>
    }
}

/// Ctrl+Z undoes, Ctrl+Shift+Z or Ctrl+Y redoes, outside text fields, for as long as the
/// calling view lives: also on a phone whose header has not drawn its buttons yet.
pub fn history_shortcuts() {
    let store = use_store();
    let handle = window_event_listener(leptos::ev::keydown, move |ev| {
        let in_field = crate::web::typing_in_field(&ev);
        if in_field || !(ev.ctrl_key() || ev.meta_key()) {
            return;
        }
        match ev.key().as_str() {
            "z" if !ev.shift_key() => {
                ev.prevent_default();
                store.undo();
            }
            "Z" | "y" => {
                ev.prevent_default();
                store.redo();
            }
            _ => {}
        }
    });
    on_cleanup(move || handle.remove());
}
