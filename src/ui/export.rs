//! Getting the quote out and back: print / save as PDF (the print stylesheet makes it a
//! proposal), download the BOQ as CSV, save and load the whole quote, start a new one.

use leptos::prelude::*;

use crate::domain::bounds::MAX_FILE_BYTES;
use crate::domain::price_book::{price_differences, PriceBook};
use crate::domain::session::{LoadedSession, Session};
use crate::present::prices::{difference_lines, PriceWordings};
use crate::present::refusals;
use crate::present::text::{Language, Texts};
use crate::state::{use_document_language, use_language, use_store, Store};
use crate::ui::document_language::DocumentLanguageMenu;
use crate::ui::export_tools::with_export_tools;
use crate::ui::file_exports::FileExports;
use crate::ui::lazy_part::with_chunk;
use crate::ui::print_document::PrintRequest;
use crate::web;
use crate::web::files::{picked_file, read_bytes_limited};

/// The export actions.
#[component]
pub fn ExportActions() -> impl IntoView {
    let store = use_store();
    let texts = crate::state::use_texts();
    let language = use_language();
    let document_language = use_document_language();
    // Taken now: contexts are not reachable from inside an event handler.
    let print_request = use_context::<PrintRequest>();
    let published = crate::ui::published_prices::use_published_book();
    let load = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        let Some(file) = picked_file(&input) else { return };
        input.set_value("");
        leptos::task::spawn_local(async move {
            let language = language.get_untracked();
            let bytes = match read_bytes_limited(file, MAX_FILE_BYTES).await {
                Ok(bytes) => bytes,
                Err(e) => {
                    return store.tell_problem(texts.export.refused.fill((language.texts().screen.web_error)(&e)))
                }
            };
            // Reading a quote file (the archive of a spreadsheet or Word file, the checks)
            // is a chunk of its own, fetched on the first file.
            let published = published.and_then(|book| book.0.get_untracked());
            with_chunk(store, texts, file_loading(), move |load| {
                load(FileLoad { store, texts, language, published, bytes })
            });
        });
    };
    let print = move |_| {
        let (screen, document) = (language.get_untracked(), document_language.get_untracked());
        let published = published.and_then(|book| book.0.get_untracked());
        with_export_tools(store, texts, move |tools| (tools.print)(store, print_request, screen, document, published));
    };
    view! {
        <section class="panel export" aria-labelledby="export-heading">
            <h2 id="export-heading" tabindex="-1">{texts.export.heading}</h2>
            <div class="export-actions">
                <button type="button" on:click=print>{texts.export.print}</button>
                <DocumentLanguageMenu />
                <FileExports />
                <button type="button" on:click=move |_| save_quote_file(store, language.get_untracked())>{texts.app.save_quote_file}</button>
                <div class="field">
                    <label for="load-quote">{texts.export.load}</label>
                    <input id="load-quote" type="file" on:change=load
                        accept=".json,.xlsx,.docx,application/json,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/vnd.openxmlformats-officedocument.wordprocessingml.document" />
                </div>
                <button type="button" class="link" on:click=move |_| store.new_quote()>{texts.export.start_new}</button>
            </div>
        </section>
    }
}

/// A file picked in "Load a saved quote", with what loading it needs.
struct FileLoad {
    store: Store,
    /// The words of the panel (the screen's when it was built).
    texts: &'static Texts,
    /// The screen's language.
    language: Language,
    /// The price book published with the app, if any.
    published: Option<PriceBook>,
    /// The file's bytes (within `MAX_FILE_BYTES`).
    bytes: Vec<u8>,
}

crate::split_point! {
    /// Loading a quote file, in the chunk `quote_file_load`.
    file_loading in quote_file_load -> fn(FileLoad) { load_file }
}

/// Opens a picked quote file in place of the current work (one undo step brings the work
/// back), saying what it changes, or says why it is refused and leaves the work alone.
fn load_file(FileLoad { store, texts, language, published, bytes }: FileLoad) {
    match Session::from_saved_file(&bytes).map_err(|e| refusals::session(texts, &e)) {
        Ok(LoadedSession { session, upgraded }) => {
            let prices = published.map(|book| prices_note(store, texts, &book, &session)).unwrap_or_default();
            // A file of a quote this browser keeps says what it changes against the kept
            // revision (Undo brings the previous work back).
            let since_kept = store
                .changes_since_kept(&session, language)
                .map(|(kept, sentences)| format!(" {kept} {}", sentences.join(" ")))
                .unwrap_or_default();
            store.replace(session);
            let told = upgraded
                .and_then(|u| refusals::upgrade_told(texts, &u, false))
                .map(|u| format!(" {u}"))
                .unwrap_or_default();
            store.tell(texts.export.loaded.fill(format!("{told}{prices}{since_kept}")));
        }
        Err(error) => store.tell_problem(texts.export.refused.fill(error)),
    }
}

/// What a loaded file's prices differ in from the price book published with the app, for
/// its quoted lines (nothing when they agree, or when no book is published).
fn prices_note(store: Store, texts: &'static Texts, published: &PriceBook, session: &Session) -> String {
    let catalog = store.catalog();
    let quoted: Vec<_> = crate::domain::rules::evaluate(&catalog, &session.profile, &session.quote)
        .lines
        .into_iter()
        .map(|line| line.item)
        .collect();
    let differences = price_differences(published, session.quote.price_book.as_ref(), &quoted);
    let wordings = PriceWordings { currency: &texts.export.price_currency, price: &texts.export.price_differs };
    let lines = difference_lines(texts, &catalog, published, &differences, wordings);
    if lines.is_empty() {
        return String::new();
    }
    texts
        .export
        .prices_differ
        .fill(crate::present::prices::dated_name(texts, published), lines.join(texts.words.semicolon))
}

/// Downloads the whole quote as a JSON file (the way out when the browser cannot keep it).
pub fn save_quote_file(store: Store, language: Language) {
    let (json, stem) = store.with_untracked(|s| (s.to_json(), s.file_stem()));
    if let Err(e) = web::download::download(&format!("{stem}.quote.json"), "application/json", &json) {
        store.tell_problem((language.texts().screen.web_error)(&e))
    }
}
