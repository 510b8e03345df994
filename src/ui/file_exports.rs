//! Files to send: the BOQ as CSV (written here, it is small) and, through the export
//! worker that loads on first use, the BOQ spreadsheet (XLSX) and the proposal (Word).
//! A status line says what is happening: loading the export tools, building the file.

use leptos::prelude::*;

use crate::domain::boq::Boq;
use crate::domain::rules::evaluate;
use crate::export::csv::boq_csv;
use crate::export::Format;
use crate::state::{use_store, Store};
use crate::web;

/// The export buttons and their progress.
#[component]
pub fn FileExports() -> impl IntoView {
    let store = use_store();
    let status = RwSignal::new(None::<String>);
    let busy = RwSignal::new(false);
    let csv = move |_| {
        let catalog = store.catalog();
        let (text, name) = store.with_untracked(|session| {
            let evaluation = evaluate(&catalog, &session.profile, &session.quote);
            let boq = Boq::build(&catalog, &session.quote, &evaluation.lines);
            (boq_csv(session, &evaluation, &boq), Format::Csv.file_name(session))
        });
        match web::download::download(&name, Format::Csv.media_type(), &text) {
            Ok(()) => status.set(Some(format!("{name} is ready (see your downloads)."))),
            Err(e) => store.tell(e, true),
        }
    };
    view! {
        <div class="file-exports" role="group" aria-label="Files to send">
            <button type="button" on:click=csv>"Download BOQ (CSV)"</button>
            <button type="button" disabled=move || busy.get() on:click=move |_| worker_export(store, Format::Xlsx, status, busy)>
                "Download BOQ (Excel)"
            </button>
            <button type="button" disabled=move || busy.get() on:click=move |_| worker_export(store, Format::Docx, status, busy)>
                "Download proposal (Word)"
            </button>
            <p class="export-status" role="status" aria-live="polite">{move || status.get()}</p>
        </div>
    }
}

/// Builds a file in the export worker and offers it as a download, saying what happens.
fn worker_export(store: Store, format: Format, status: RwSignal<Option<String>>, busy: RwSignal<bool>) {
    let (json, name) = store.with_untracked(|session| (session.to_json(), format.file_name(session)));
    let what = match format {
        Format::Docx => "the proposal (Word)",
        Format::Xlsx => "the spreadsheet",
        Format::Csv => "the CSV file",
    };
    busy.set(true);
    status.set(Some(if web::export_worker::is_ready() {
        format!("Building {what}\u{2026}")
    } else {
        format!("Loading the export tools, then building {what}\u{2026}")
    }));
    leptos::task::spawn_local(async move {
        let outcome = web::export_worker::build_file(format.extension(), &json).await;
        busy.set(false);
        match outcome.and_then(|bytes| web::download::download_bytes(&name, format.media_type(), &bytes)) {
            Ok(()) => status.set(Some(format!("{name} is ready (see your downloads)."))),
            Err(reason) => {
                status.set(None);
                store.tell(format!("{what} could not be made: {reason}"), true);
            }
        }
    });
}
