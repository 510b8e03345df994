//! The browser's side of the screen language: its preference list, the kept choice, and
//! the page's `lang` and title.

use super::storage;
use super::StorageError;

/// Where the chosen language is kept (a BCP 47 tag).
pub const LANGUAGE_KEY: &str = "om-configurator/language/v1";

/// The browser's preferred languages, most preferred first (`navigator.languages`, else
/// `navigator.language`); empty when the browser does not say.
pub fn browser_languages() -> Vec<String> {
    let Some(navigator) = web_sys::window().map(|window| window.navigator()) else { return Vec::new() };
    let listed: Vec<String> = navigator.languages().iter().filter_map(|tag| tag.as_string()).collect();
    if listed.is_empty() {
        navigator.language().into_iter().collect()
    } else {
        listed
    }
}

/// The language chosen earlier in this browser (`None` when none was, or storage is off).
pub fn kept_language() -> Option<String> {
    storage::load(LANGUAGE_KEY).ok().flatten()
}

/// Keeps the chosen language for the next visit.
pub fn keep_language(tag: &str) -> Result<(), StorageError> {
    storage::save(LANGUAGE_KEY, tag)
}

/// Sets `<html lang>` and the document title (so a screen reader speaks the right
/// language and the tab reads in it).
pub fn set_page_language(tag: &str, title: &str) {
    let Some(document) = web_sys::window().and_then(|window| window.document()) else { return };
    if let Some(root) = document.document_element() {
        let _ = root.set_attribute("lang", tag);
    }
    document.set_title(title);
}
