//! Files to send: the buttons for the BOQ as CSV and, through the export worker that
//! loads on first use, the BOQ spreadsheet (XLSX) and the proposal (Word); the code that
//! writes them is the export tools' chunk (`ui::export_tools`). A status line says what is
//! happening: loading the export tools, building the file.

use leptos::prelude::*;

use crate::export::Format;
use crate::state::{use_document_language, use_language, use_store};
use crate::ui::export_tools::with_export_tools;

/// The export buttons and their progress.
#[component]
pub fn FileExports() -> impl IntoView {
    let store = use_store();
    let texts = crate::state::use_texts();
    let language = use_language();
    let document_language = use_document_language();
    let status = RwSignal::new(None::<String>);
    let busy = RwSignal::new(false);
    // Taken now: contexts are not reachable from inside an event handler.
    let published = crate::ui::published_prices::use_published_book();
    let published_book = move || published.and_then(|book| book.0.get_untracked());
    let languages = move || [language.get_untracked(), document_language.get_untracked()];
    // Each button runs its tool from the exports chunk (fetched on the first export).
    let csv = move |_| {
        let languages = languages();
        with_export_tools(store, texts, move |tools| (tools.csv)(store, languages, status));
    };
    let file = move |format: Format| {
        let (languages, published) = (languages(), published_book());
        with_export_tools(store, texts, move |tools| (tools.file)(store, format, languages, status, busy, published));
    };
    view! {
        <div class="file-exports" role="group" aria-label=texts.export.files>
            <button type="button" on:click=csv>{texts.export.downloads[0]}</button>
            <button type="button" disabled=move || busy.get() on:click=move |_| file(Format::Xlsx)>
                {texts.export.downloads[1]}
            </button>
            <button type="button" disabled=move || busy.get() on:click=move |_| file(Format::Docx)>
                {texts.export.downloads[2]}
            </button>
            <p class="export-status" role="status" aria-live="polite">{move || status.get()}</p>
        </div>
    }
}
