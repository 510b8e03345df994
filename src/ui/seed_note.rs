//! The line saying that service texts stay in the service documents' English
//! (catalog-rules §12), shown where they appear in Chinese and Indonesian; nothing in
//! English.

use leptos::prelude::*;

/// The note, or nothing when the screen speaks English.
#[component]
pub fn SeedTextsNote() -> impl IntoView {
    let note = crate::state::use_texts().words.seed_texts_english;
    (!note.is_empty()).then(|| view! { <p class="seed-note muted">{note}</p> })
}
