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
use crate::web::language_tables::TableUnavailable;

/// The screen's language.
#[derive(Clone, Copy)]
pub struct ScreenLanguage(pub RwSignal<Language>);

/// The language to start in: the one kept in this browser, else the browser's first
/// preference the app speaks, else English; English when the wanted language's words could
/// not be fetched (the second value is then that language, for the notice).
pub fn starting_language() -> (Language, Option<Language>) {
    let wanted = wanted_language();
    if wanted.is_ready() {
        (wanted, None)
    } else {
        (Language::En, Some(wanted))
    }
}

/// The language the user wants, by the kept choice and the browser's preference list.
fn wanted_language() -> Language {
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

/// Switches the screen's language once its words are in the page (fetched the first time,
/// `web::language_tables`) and keeps the choice (a browser that cannot keep it still
/// switches: storage is only the memory of the choice). When the words cannot be fetched,
/// nothing changes and the caller tells why.
pub async fn choose_language(screen: ScreenLanguage, language: Language) -> Result<(), TableUnavailable> {
    web::language_tables::load(language).await?;
    let _ = web::language::keep_language(language.tag());
    screen.0.set(language);
    Ok(())
}

/// Fetches the words of the language to start in, when they are not in the page (called
/// before the app is mounted, so the first screen is already in that language). When they
/// cannot be fetched the app starts in English and says so ([`starting_language`]).
pub async fn load_starting_language() {
    let _ = web::language_tables::load(wanted_language()).await;
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
