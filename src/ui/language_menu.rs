//! The header's language menu: each language listed in itself, the choice kept.

use leptos::prelude::*;

use crate::present::text::Language;
use crate::state::{choose_language, use_store, ScreenLanguage};

/// The id of the menu (focus returns to it once the views are built in the new language).
const MENU_ID: &str = "language-menu";

/// The language menu.
#[component]
pub fn LanguageMenu() -> impl IntoView {
    let texts = crate::state::use_texts();
    let screen = use_context::<ScreenLanguage>();
    let current = screen.map(|screen| screen.0.get_untracked()).unwrap_or_default();
    let store = use_store();
    let change = move |ev: leptos::ev::Event| {
        let Some(screen) = screen else { return };
        let Some(language) = Language::from_tag(&event_target_value(&ev)) else { return };
        if language == screen.0.get_untracked() {
            return;
        }
        let menu = event_target::<web_sys::HtmlSelectElement>(&ev);
        leptos::task::spawn_local(async move {
            match choose_language(screen, language).await {
                // The menu itself is built again in the new language: the keyboard stays on it.
                Ok(()) => request_animation_frame(|| {
                    crate::web::focus(MENU_ID);
                }),
                Err(_) => {
                    menu.set_value(current.tag());
                    store.tell_problem(texts.app.language_unavailable.fill(language.own_name()));
                }
            }
        });
    };
    view! {
        <div class="language-menu">
            <label for=MENU_ID>{texts.app.language}</label>
            <select id=MENU_ID on:change=change>
                {language_options(current)}
            </select>
        </div>
    }
}

/// The options of a language menu, each language named in itself (and marked as written in
/// it, for screen readers), `current` selected.
pub fn language_options(current: Language) -> impl IntoView {
    Language::ALL
        .into_iter()
        .map(|language| {
            view! {
                <option value=language.tag() lang=language.tag() selected=language == current>
                    {language.own_name()}
                </option>
            }
        })
        .collect_view()
}
