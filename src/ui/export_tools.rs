//! The export tools: the CSV, the worker's files and the printed proposal, with the
//! worker's client, the proposal's decoder and its print view. They are a chunk of their
//! own (`exports`, `web::split`), fetched on the first export; the export panel and the
//! file buttons run them through [`with_export_tools`].

use leptos::prelude::*;

use crate::domain::price_book::PriceBook;
use crate::domain::revisions::IssuedAs;
use crate::export::csv::boq_csv;
use crate::export::Format;
use crate::present::document::facts::content_id;
use crate::present::text::{Language, Texts};
use crate::state::Store;
use crate::ui::lazy_part::with_chunk;
use crate::ui::print_document::{render_document, PreparedProposal, PrintRequest};
use crate::web;

/// The export tools, as the chunk brings them.
#[derive(Clone, Copy)]
pub struct ExportTools {
    /// Writes and downloads the CSV ([`download_csv`]).
    pub csv: fn(Store, [Language; 2], RwSignal<Option<String>>),
    /// Builds a spreadsheet or Word file in the worker and downloads it ([`worker_export`]).
    pub file: FileExport,
    /// Prepares the printed proposal and opens the print dialog ([`print_proposal`]).
    pub print: fn(Store, Option<PrintRequest>, Language, Language, Option<PriceBook>),
}

/// Builds a file: the store, the format, the screen's and the documents' languages, the
/// status line, the busy flag and the published price book ([`worker_export`]).
type FileExport = fn(Store, Format, [Language; 2], RwSignal<Option<String>>, RwSignal<bool>, Option<PriceBook>);

crate::split_point! {
    /// The export tools, in the chunk `exports`.
    export_tools in exports -> ExportTools {
        ExportTools { csv: download_csv, file: worker_export, print: print_proposal }
    }
}

/// Runs `run` with the export tools once their chunk is here (at once after the first
/// export), or says the exports could not be loaded.
pub fn with_export_tools(store: Store, texts: &'static Texts, run: impl FnOnce(ExportTools) + 'static) {
    with_chunk(store, texts, export_tools(), run);
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

/// Prepares the printed proposal, then opens the browser's print dialog once it is on the
/// page (the view is built when asked for, so it is not rebuilt on every edit). The
/// proposal is written in `document`; problems are told in the screen's `language`. With
/// the price book `published` with the app, a proposal whose prices differ says so.
pub fn print_proposal(
    store: Store,
    request: Option<PrintRequest>,
    language: Language,
    document: Language,
    published: Option<PriceBook>,
) {
    let Some(request) = request else { return };
    store.issue(IssuedAs::Proposal);
    let (json, content_id) = store.with_untracked(|session| (session.to_json(), content_id(session)));
    leptos::task::spawn_local(async move {
        match web::export_worker::build_proposal(document, &json, web::page_address(), published).await {
            Ok(document) => {
                request.prepared.set(Some(PreparedProposal { content_id, document, render: render_document }));
                request.stale.set(false);
                // Once the print view is on the page, open the browser's print dialog.
                gloo_timers::callback::Timeout::new(100, move || {
                    if let Err(e) = web::print() {
                        store.tell_problem((language.texts().screen.web_error)(&e))
                    }
                })
                .forget();
            }
            Err(e) => store.tell_problem((language.texts().screen.web_error)(&e)),
        }
    });
}
