//! The language of the proposal, the spreadsheet and the CSV: the screen's unless another
//! is chosen here (a sales engineer reading Chinese can issue an Indonesian proposal).

use leptos::prelude::*;

use crate::present::text::Language;
use crate::state::{use_document_language, use_language, DocumentLanguage};
use crate::ui::language_menu::language_options;

/// The menu of the documents' language.
#[component]
pub fn DocumentLanguageMenu() -> impl IntoView {
    let texts = crate::state::use_texts();
    let screen = use_language();
    let chosen = use_context::<DocumentLanguage>();
    let current = use_document_language().get_untracked();
    let change = move |ev: leptos::ev::Event| {
        let Some(chosen) = chosen else { return };
        let Some(language) = Language::from_tag(&event_target_value(&ev)) else { return };
        // The screen's language is kept as "follow the screen", so a later switch of the
        // screen carries the documents with it.
        chosen.0.set((language != screen.get_untracked()).then_some(language));
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
