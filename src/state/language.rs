//! The language the screen speaks, as one signal in context. Every view reads its words
//! through [`use_texts`], so a change of language re-renders the words and nothing else.

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

/// The screen's words, tracked: read inside a reactive closure, it re-renders on a change
/// of language.
pub fn use_texts() -> impl Fn() -> &'static Texts + Copy {
    let language = use_language();
    move || language.get().texts()
}
