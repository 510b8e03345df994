//! The page's side of the export worker (`src/bin/export-worker.rs`): started on the first
//! export, never at load. Requests wait until the worker says `Ready` (a message sent to a
//! wasm worker before that is lost); each request is a promise resolved by the answer
//! with its id. Both sides speak `export::protocol`. A worker that fails to load (offline
//! before it was ever fetched, a blocked script) rejects what waits and is started afresh
//! next time.

use std::cell::RefCell;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{MessageEvent, Worker};

use super::WebError;
use crate::domain::fasthash::IdMap;
use crate::domain::price_book::PriceBook;
use crate::export::protocol::{ExportRequest, Wanted, WorkerMessage};
use crate::export::Format;
use crate::present::document::ProposalDocument;
use crate::present::text::Language;

/// Where the built worker is: the release build writes its versioned loader's path into
/// this meta tag (`scripts/version-worker`, a Trunk post-build hook).
const WORKER_META: &str = "meta[name=export-worker]";

/// The worker and what waits for it.
struct Running {
    worker: Worker,
    ready: bool,
    /// Requests posted once the worker is ready.
    queued: Vec<String>,
    /// Promise settlers by request id.
    waiting: IdMap<u32, (js_sys::Function, js_sys::Function)>,
    next_id: u32,
    _on_message: Closure<dyn FnMut(MessageEvent)>,
    _on_error: Closure<dyn FnMut(web_sys::Event)>,
}

thread_local! {
    static RUNNING: RefCell<Option<Running>> = const { RefCell::new(None) };
}

/// Whether the worker has said "ready" (for progress messages).
pub fn is_ready() -> bool {
    RUNNING.with(|running| running.borrow().as_ref().is_some_and(|r| r.ready))
}

/// Asks the worker for a file of a saved quote (`session_json`) in a language. Resolves
/// to the file's bytes.
/// With the price book `published` with the app, a Word proposal whose prices differ from
/// it says so.
pub async fn build_file(
    format: Format,
    language: Language,
    session_json: &str,
    published: Option<PriceBook>,
) -> Result<Vec<u8>, WebError> {
    ask(Wanted::File(format), language, session_json, None, published).await
}

/// Asks the worker for the proposal document of a saved quote, for the print view, with
/// the link back to the quote made from `link_base` (the page's address) when given, and
/// saying so when its prices differ from the book `published` with the app.
pub async fn build_proposal(
    language: Language,
    session_json: &str,
    link_base: Option<String>,
    published: Option<PriceBook>,
) -> Result<ProposalDocument, WebError> {
    let bytes = ask(Wanted::Proposal, language, session_json, link_base, published).await?;
    ProposalDocument::from_bytes(&bytes).ok_or(WebError::ExportToolsUnavailable)
}

async fn ask(
    wanted: Wanted,
    language: Language,
    session_json: &str,
    link_base: Option<String>,
    published: Option<PriceBook>,
) -> Result<Vec<u8>, WebError> {
    let mut failure: Option<WebError> = None;
    let promise = js_sys::Promise::new(&mut |resolve, reject| {
        if let Err(problem) =
            enqueue(wanted, language, session_json, link_base.clone(), published.clone(), resolve, reject)
        {
            failure = Some(problem);
        }
    });
    if let Some(problem) = failure {
        return Err(problem);
    }
    match wasm_bindgen_futures::JsFuture::from(promise).await {
        Ok(value) => Ok(js_sys::Uint8Array::new(&value).to_vec()),
        // A rejection carries the worker's `Failed` message, or nothing when the worker
        // itself could not be loaded.
        Err(reason) => Err(reason
            .as_string()
            .and_then(|text| WorkerMessage::from_json(&text))
            .and_then(|message| match message {
                WorkerMessage::Failed { reason, .. } => Some(WebError::Export(reason)),
                _ => None,
            })
            .unwrap_or(WebError::ExportToolsUnavailable)),
    }
}

fn enqueue(
    wanted: Wanted,
    language: Language,
    session_json: &str,
    link_base: Option<String>,
    published: Option<PriceBook>,
    resolve: js_sys::Function,
    reject: js_sys::Function,
) -> Result<(), WebError> {
    RUNNING.with(|cell| {
        let mut running = cell.borrow_mut();
        if running.is_none() {
            *running = Some(start()?);
        }
        let Some(running) = running.as_mut() else { return Err(WebError::ExportToolsUnavailable) };
        let id = running.next_id;
        running.next_id = running.next_id.wrapping_add(1);
        running.waiting.insert(id, (resolve, reject));
        let request = ExportRequest {
            id,
            wanted,
            language: language.tag().to_string(),
            session: session_json.to_string(),
            link_base,
            published,
        }
        .to_json();
        if running.ready {
            running.worker.post_message(&JsValue::from_str(&request)).map_err(|_| WebError::ExportToolsUnavailable)?;
        } else {
            running.queued.push(request);
        }
        Ok(())
    })
}

/// The worker's URL: the versioned loader named by the meta tag, relative to the page.
fn worker_url() -> Result<String, WebError> {
    let document = web_sys::window().and_then(|w| w.document()).ok_or(WebError::NoPage)?;
    let path = document
        .query_selector(WORKER_META)
        .ok()
        .flatten()
        .and_then(|meta| meta.get_attribute("content"))
        .ok_or(WebError::NoExportWorker)?;
    let base = document.base_uri().ok().flatten().unwrap_or_default();
    web_sys::Url::new_with_base(&path, &base).map(|url| url.href()).map_err(|_| WebError::NoExportWorker)
}

fn start() -> Result<Running, WebError> {
    let url = worker_url()?;
    let worker = Worker::new(&url).map_err(|_| WebError::ExportToolsUnavailable)?;
    let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| on_message(event.data()));
    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    let on_error = Closure::<dyn FnMut(web_sys::Event)>::new(move |_event: web_sys::Event| fail_all());
    worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    Ok(Running {
        worker,
        ready: false,
        queued: Vec::new(),
        waiting: IdMap::default(),
        next_id: 1,
        _on_message: on_message,
        _on_error: on_error,
    })
}

fn on_message(data: JsValue) {
    let answer = js_sys::Array::from(&data);
    let header = answer.get(0).as_string().unwrap_or_default();
    let Some(message) = WorkerMessage::from_json(&header) else { return };
    let (id, settled_ok) = match &message {
        WorkerMessage::Ready => {
            RUNNING.with(|cell| {
                if let Some(running) = cell.borrow_mut().as_mut() {
                    running.ready = true;
                    for request in running.queued.drain(..) {
                        let _ = running.worker.post_message(&JsValue::from_str(&request));
                    }
                }
            });
            return;
        }
        WorkerMessage::Done { id } => (*id, true),
        WorkerMessage::Failed { id, .. } => (*id, false),
    };
    let settle = RUNNING.with(|cell| cell.borrow_mut().as_mut().and_then(|r| r.waiting.remove(&id)));
    if let Some((resolve, reject)) = settle {
        let _ = if settled_ok {
            resolve.call1(&JsValue::NULL, &answer.get(1))
        } else {
            reject.call1(&JsValue::NULL, &JsValue::from_str(&header))
        };
    }
    // A request the worker could not read names no id (0): nothing waits for it by that id.
    if let WorkerMessage::Failed { id: 0, .. } = message {
        fail_all();
    }
}

/// Rejects everything waiting and forgets the worker, so the next export starts afresh.
fn fail_all() {
    let running = RUNNING.with(|cell| cell.borrow_mut().take());
    if let Some(mut running) = running {
        running.worker.terminate();
        for (_, (_, reject)) in running.waiting.drain() {
            let _ = reject.call1(&JsValue::NULL, &JsValue::UNDEFINED);
        }
        // This runs inside the worker's error handler, a closure `running` owns: drop it
        // once the handler has returned, not while it runs.
        gloo_timers::callback::Timeout::new(0, move || drop(running)).forget();
    }
}
