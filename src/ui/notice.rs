//! One line of status for the user (saved, loaded, refused), announced to screen readers,
//! with its action ("Undo delete"); and, while the browser cannot keep the work, a banner
//! that says so with "Save quote (file)" as the way out.

use leptos::prelude::*;

use crate::state::{use_language, use_store, NoticeAction};
use crate::ui::export::save_quote_file;

/// The notice area.
#[component]
pub fn NoticeArea() -> impl IntoView {
    let store = use_store();
    let language = use_language();
    let texts = crate::state::use_texts();
    let storage_problem = move || store.shelf().and_then(|shelf| shelf.storage_problem.get());
    view! {
        <div class="notice-area" aria-live="polite">
            {move || storage_problem().map(|problem| view! {
                <p class="notice problem storage-problem" role="alert">
                    {texts.app.not_saved.fill((texts.screen.storage_error)(&problem))}
                    " "
                    <button type="button" on:click=move |_| save_quote_file(store, language.get_untracked())>{texts.app.save_quote_file}</button>
                </p>
            })}
            {move || store.notice.get().map(|n| view! {
                <p class=if n.problem { "notice problem" } else { "notice" } role=if n.problem { "alert" } else { "status" }>
                    {n.text}
                    " "
                    {n.action.map(|action| match action {
                        NoticeAction::UndoDelete => view! {
                            <button type="button" on:click=move |_| { store.notice.set(None); store.undo_delete() }>{texts.app.undo_delete}</button>
                        },
                    })}
                    <button type="button" class="link" on:click=move |_| store.notice.set(None)>{texts.app.dismiss}</button>
                </p>
            })}
        </div>
    }
}
