//! One line of status for the user (saved, loaded, refused), announced to screen readers.

use leptos::prelude::*;

use crate::state::use_store;

/// The notice area.
#[component]
pub fn NoticeArea() -> impl IntoView {
    let store = use_store();
    view! {
        <div class="notice-area" aria-live="polite">
            {move || store.notice.get().map(|n| view! {
                <p class=if n.problem { "notice problem" } else { "notice" } role=if n.problem { "alert" } else { "status" }>
                    {n.text}
                    " "
                    <button type="button" class="link" on:click=move |_| store.notice.set(None)>"Dismiss"</button>
                </p>
            })}
        </div>
    }
}
