//! The language the screen speaks, as one signal in context. A view takes its words once,
//! when it is built ([`use_texts`]); a change of language builds the views below the
//! language choice again (`App`), from the same store, so the work is kept and no label
//! needs a reactive closure of its own.
//!
//! The first visit follows the browser's preference list; a choice in the header is kept
//! in this browser and wins from then on. The page's `lang` and title follow the signal.

use leptos::prelude::*;

use crate::present::text::{Language, Texts};
use crate::web;

/// The screen's language.
#[derive(Clone, Copy)]
pub struct ScreenLanguage(pub RwSignal<Language>);

/// The language to start in: the one kept in this browser, else the browser's first
/// preference the app speaks, else English.
pub fn starting_language() -> Language {
    web::language::kept_language()
        .and_then(|tag| Language::from_tag(&tag))
        .or_else(|| Language::preferred(web::language::browser_languages().iter().map(String::as_str)))
        .unwrap_or_default()
}

/// Provides the screen's language (call once, at the root) and keeps the page's `lang`
/// and title in step with it.
pub fn provide_language(language: Language) -> ScreenLanguage {
    let screen = ScreenLanguage(RwSignal::new(language));
    provide_context(screen);
    Effect::new(move |_| {
        let language = screen.0.get();
        web::language::set_page_language(language.tag(), language.texts().app.title);
    });
    screen
}

/// Switches the screen's language and keeps the choice (a browser that cannot keep it
/// still switches: storage is only the memory of the choice).
pub fn choose_language(screen: ScreenLanguage, language: Language) {
    let _ = web::language::keep_language(language.tag());
    screen.0.set(language);
}

/// The language of the proposal, the spreadsheet and the CSV when it is not the screen's
/// (`None`: the screen's). Provided at the root, so it outlives a change of language.
#[derive(Clone, Copy)]
pub struct DocumentLanguage(pub RwSignal<Option<Language>>);

/// Provides the documents' language choice (call once, at the root).
pub fn provide_document_language() {
    provide_context(DocumentLanguage(RwSignal::new(None)));
}

/// The language the documents are written in: the one chosen for them, else the screen's.
pub fn use_document_language() -> Signal<Language> {
    let screen = use_language();
    let chosen = use_context::<DocumentLanguage>();
    Signal::derive(move || chosen.and_then(|chosen| chosen.0.get()).unwrap_or_else(|| screen.get()))
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
