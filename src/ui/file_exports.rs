//! Files to send: the BOQ as CSV (written here, it is small) and, through the export
//! worker that loads on first use, the BOQ spreadsheet (XLSX) and the proposal (Word).
//! A status line says what is happening: loading the export tools, building the file.

use leptos::prelude::*;

use crate::domain::price_book::PriceBook;
use crate::domain::revisions::IssuedAs;
use crate::export::csv::boq_csv;
use crate::export::Format;
use crate::present::text::Language;
use crate::state::{use_document_language, use_language, use_store, Store};
use crate::ui::export::with_export_tools;
use crate::web;

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

/// Writes the BOQ as CSV in the second language (the documents') and downloads it, saying
/// so in the first (the screen's). It reads the BOQ and the evaluation the page already
/// holds (the memos).
pub fn download_csv(store: Store, [language, document]: [Language; 2], status: RwSignal<Option<String>>) {
    let texts = language.texts();
    let boq = store.boq.get_untracked();
    let can_issue = store.evaluation.with_untracked(|evaluation| evaluation.can_issue());
    let (text, name) = store.with_untracked(|session| {
        (store.words(document, |words| boq_csv(session, can_issue, &boq, words)), Format::Csv.file_name(session))
    });
    match web::download::download(&name, Format::Csv.media_type(), &text) {
        Ok(()) => status.set(Some(texts.export.ready.fill(&name))),
        Err(e) => store.tell_problem((texts.screen.web_error)(&e)),
    }
}

/// Builds a file in the export worker, written in the second language (the documents'),
/// and offers it as a download, saying what happens in the first (the screen's); a Word
/// proposal whose prices differ from the book `published` with the app says so.
pub fn worker_export(
    store: Store,
    format: Format,
    [language, document]: [Language; 2],
    status: RwSignal<Option<String>>,
    busy: RwSignal<bool>,
    published: Option<PriceBook>,
) {
    // A final proposal or spreadsheet is an issue of the quote: the file is that revision.
    match format {
        Format::Docx => store.issue(IssuedAs::Proposal),
        Format::Xlsx => store.issue(IssuedAs::Spreadsheet),
        Format::Csv => {}
    }
    let (json, name) = store.with_untracked(|session| (session.to_json(), format.file_name(session)));
    let texts = language.texts();
    let [word, spreadsheet, csv] = texts.export.what;
    let what = match format {
        Format::Docx => word,
        Format::Xlsx => spreadsheet,
        Format::Csv => csv,
    };
    busy.set(true);
    status.set(Some(if web::export_worker::is_ready() {
        texts.export.building.fill(what)
    } else {
        texts.export.loading_tools.fill(what)
    }));
    leptos::task::spawn_local(async move {
        let outcome = web::export_worker::build_file(format, document, &json, published).await;
        busy.set(false);
        match outcome.and_then(|bytes| web::download::download_bytes(&name, format.media_type(), &bytes)) {
            Ok(()) => status.set(Some(texts.export.ready.fill(&name))),
            Err(reason) => {
                status.set(None);
                store.tell_problem(texts.export.failed.fill(what, (texts.screen.web_error)(&reason)));
            }
        }
    });
}
