//! The export worker: a separate wasm bundle that writes the spreadsheet and Word files, so
//! the heavy file writers load only on the first export, never at start.
//!
//! Protocol: `om_configurator::export::protocol` (typed serde messages on both sides):
//! the worker posts `Ready` once its handler is installed, then answers each
//! `ExportRequest` with `[Done, Uint8Array]` or `[Failed]`.
//!
//! The session goes through the same loader as a saved file, so a worker never writes a
//! file from input the app would refuse.

// A panic in wasm kills the app: outside tests, nothing may unwrap, index out of bounds
// or panic (README "Security"); a site that truly cannot fail says why with an `allow`.
#![cfg_attr(not(test), deny(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing))]

#[cfg(target_arch = "wasm32")]
fn main() {
    worker::start();
}

/// The worker only exists in the browser.
#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("export-worker runs in the browser (trunk builds it); use `om-quote export` natively.");
}

#[cfg(target_arch = "wasm32")]
mod worker {
    use om_configurator::domain::boq::Boq;
    use om_configurator::domain::catalog::{Catalog, CatalogError};
    use om_configurator::domain::rules::evaluate;
    use om_configurator::domain::session::Session;
    use om_configurator::domain::share_link::link_fragment;
    use om_configurator::export::export_evaluated;
    use om_configurator::export::protocol::{ExportProblem, ExportRequest, Wanted, WorkerMessage};
    use om_configurator::present::document::ProposalDocument;
    use om_configurator::present::text::Language;
    use wasm_bindgen::prelude::*;
    use wasm_bindgen::JsCast;
    use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

    /// Installs the message handler and says "ready".
    pub fn start() {
        console_error_panic_hook::set_once();
        // The worker writes documents in any language: its module holds every table.
        om_configurator::present::text::installed::install_all();
        let Ok(scope) = js_sys::global().dyn_into::<DedicatedWorkerGlobalScope>() else { return };
        let catalog = Catalog::embedded();
        let reply_scope = scope.clone();
        let handler = Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
            let text = event.data().as_string().unwrap_or_default();
            let (id, language, outcome) = match ExportRequest::from_json(&text) {
                Ok(request) => {
                    let language = Language::from_tag(&request.language).unwrap_or_default();
                    (request.id, language, build(&catalog, &request))
                }
                Err(problem) => (0, Language::default(), Err(problem)),
            };
            let answer = match outcome {
                Ok(bytes) => js_sys::Array::of2(
                    &WorkerMessage::Done { id }.to_json().into(),
                    &js_sys::Uint8Array::from(bytes.as_slice()),
                ),
                Err(problem) => {
                    let reason = (language.texts().screen.export_problem)(&problem);
                    js_sys::Array::of1(&WorkerMessage::Failed { id, reason }.to_json().into())
                }
            };
            // Nothing more can be done if the page is gone.
            let _ = reply_scope.post_message(&answer);
        });
        scope.set_onmessage(Some(handler.as_ref().unchecked_ref()));
        handler.forget();
        let _ = scope.post_message(&js_sys::Array::of1(&WorkerMessage::Ready.to_json().into()));
    }

    fn build(catalog: &Result<Catalog, CatalogError>, request: &ExportRequest) -> Result<Vec<u8>, ExportProblem> {
        let catalog =
            catalog.as_ref().map_err(|error| ExportProblem::CatalogUnavailable { detail: error.to_string() })?;
        let language = Language::from_tag(&request.language)
            .ok_or_else(|| ExportProblem::UnknownLanguage { tag: request.language.clone() })?;
        let loaded = Session::from_json(&request.session).map_err(|error| ExportProblem::UnreadableQuote {
            detail: om_configurator::present::refusals::session(language.texts(), &error),
        })?;
        let session = &loaded.session;
        // The page sends the book it validated; one that does not pass here is left out.
        let published = request.published.as_ref().filter(|book| book.validate().is_ok());
        let evaluation = evaluate(catalog, &session.profile, &session.quote);
        match request.wanted {
            Wanted::File(format) => export_evaluated(catalog, session, &evaluation, format, language, published)
                .map_err(ExportProblem::Writer),
            Wanted::Proposal => {
                let boq = Boq::build(catalog, &session.quote, &evaluation.lines);
                let document = ProposalDocument::build(catalog, session, &evaluation, &boq, language);
                let document = match published {
                    Some(book) => document.with_published_prices(catalog, session, book),
                    None => document,
                };
                let document = match &request.link_base {
                    Some(base) => {
                        let link = format!("{base}{}", link_fragment(catalog, session));
                        document.with_way_back(language.texts(), &link)
                    }
                    None => document,
                };
                Ok(document.to_bytes())
            }
        }
    }
}
