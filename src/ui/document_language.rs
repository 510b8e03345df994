//! The language of the proposal, the spreadsheet and the CSV: the screen's unless another
//! is chosen here (a sales engineer reading Chinese can issue an Indonesian proposal).

use leptos::prelude::*;

use crate::present::text::Language;
use crate::state::{use_document_language, use_language, use_store, DocumentLanguage};
use crate::web::language_tables::load;

/// The documents' language as chosen before a change (the screen's when none was).
fn documents_language_before(chosen: DocumentLanguage, screen: Signal<Language>) -> Language {
    chosen.0.get_untracked().unwrap_or_else(|| screen.get_untracked())
}
use crate::ui::language_menu::language_options;

/// The menu of the documents' language.
#[component]
pub fn DocumentLanguageMenu() -> impl IntoView {
    let texts = crate::state::use_texts();
    let screen = use_language();
    let chosen = use_context::<DocumentLanguage>();
    let current = use_document_language().get_untracked();
    let store = use_store();
    let change = move |ev: leptos::ev::Event| {
        let Some(chosen) = chosen else { return };
        let Some(language) = Language::from_tag(&event_target_value(&ev)) else { return };
        let menu = event_target::<web_sys::HtmlSelectElement>(&ev);
        leptos::task::spawn_local(async move {
            // The spreadsheet's CSV and the screen's notices are written here in that
            // language, so its words must be in the page first.
            if load(language).await.is_err() {
                menu.set_value(documents_language_before(chosen, screen).tag());
                store.tell_problem(texts.app.language_unavailable.fill(language.own_name()));
                return;
            }
            // The screen's language is kept as "follow the screen", so a later switch of
            // the screen carries the documents with it.
            chosen.0.set((language != screen.get_untracked()).then_some(language));
        });
    };
    view! {
        <div class="field document-language">
            <label for="document-language">{texts.export.document_language}</label>
            <select id="document-language" on:change=change>
                {language_options(current)}
            </select>
        </div>
    }
}
