//! The language the screen speaks, as one signal in context. A view takes its words once,
//! when it is built ([`use_texts`]); a change of language builds the views below the
//! language choice again (`App`), from the same store, so the work is kept and no label
//! needs a reactive closure of its own.

use leptos::prelude::*;

use crate::present::text::{Language, Texts};

/// The screen's language.
#[derive(Clone, Copy)]
pub struct ScreenLanguage(pub RwSignal<Language>);

/// Provides the screen's language (call once, at the root).
pub fn provide_language(language: Language) -> ScreenLanguage {
    let screen = ScreenLanguage(RwSignal::new(language));
    provide_context(screen);
    screen
}

/// The screen's language (English when none was provided, as in a component test).
pub fn use_language() -> Signal<Language> {
    match use_context::<ScreenLanguage>() {
        Some(ScreenLanguage(language)) => language.into(),
        None => Signal::stored(Language::default()),
    }
}

/// The screen's words, as the view is built.
pub fn use_texts() -> &'static Texts {
    use_language().get_untracked().texts()
}
