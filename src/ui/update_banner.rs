//! "A new version is available": registers the offline service worker on start and, when
//! a new deployment has installed, offers to reload into it. The open quote is saved first,
//! so work in progress survives the reload; while the browser cannot keep it, the reload
//! is refused with the way out (save the quote as a file).

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::state::{use_language, use_store, Notice};
use crate::web::service_worker;

/// The update offer (nothing until a new version waits).
#[component]
pub fn UpdateBanner() -> impl IntoView {
    let store = use_store();
    let language = use_language();
    let texts = crate::state::use_texts();
    let update_waiting = RwSignal::new(false);
    // Registered once the page is drawn, as is usual for a service worker: its set-up is
    // not on the way to the first screen.
    crate::ui::deferred::after_deferred_parts(move || {
        spawn_local(async move {
            // No service worker (debug build, `trunk serve`, insecure context) is normal: the
            // app works online as before. A refused registration is worth one quiet line.
            if let Err(problem) = service_worker::register(move || update_waiting.set(true)).await {
                let problem = (language.get_untracked().texts().screen.web_error)(&problem);
                leptos::logging::warn!("{}", texts.app.offline_unavailable.fill(problem));
            }
        });
    });
    let reload = move |_| {
        store.flush_save();
        let screen = &language.get_untracked().texts().screen;
        if let Some(problem) = store.shelf().and_then(|shelf| shelf.storage_problem.get_untracked()) {
            let problem = (screen.storage_error)(&problem);
            store.notice.set(Some(Notice::problem(texts.app.not_reloaded.fill(problem))));
            return;
        }
        spawn_local(async move {
            if let Err(problem) = service_worker::activate_update().await {
                let problem = (screen.web_error)(&problem);
                store.notice.set(Some(Notice::problem(texts.app.update_failed.fill(problem))));
            }
        });
    };
    view! {
        <Show when=move || update_waiting.get()>
            <p class="update-banner" role="status">
                {texts.app.update_available}
                " "
                <button type="button" on:click=reload>{texts.app.reload}</button>
            </p>
        </Show>
    }
}
