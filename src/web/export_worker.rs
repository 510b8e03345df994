//! The page's side of the export worker (`src/bin/export-worker.rs`): started on the first
//! export, never at load. Requests wait until the worker says "ready" (a message sent to a
//! wasm worker before that is lost); each request is a promise resolved by the answer
//! with its id. A worker that fails to load (offline before it was ever fetched, a
//! blocked script) rejects what waits with a reason and is started afresh next time.

use std::cell::RefCell;
use std::collections::HashMap;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{MessageEvent, Worker};

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
    waiting: HashMap<u32, (js_sys::Function, js_sys::Function)>,
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

/// Asks the worker for a file: `format` is `xlsx`, `docx` or `csv`, `session_json` a saved
/// quote. Resolves to the file's bytes, or a reason a user can read.
pub async fn build_file(format: &str, session_json: &str) -> Result<Vec<u8>, String> {
    let mut failure: Option<String> = None;
    let promise = js_sys::Promise::new(&mut |resolve, reject| {
        if let Err(reason) = enqueue(format, session_json, resolve, reject) {
            failure = Some(reason);
        }
    });
    if let Some(reason) = failure {
        return Err(reason);
    }
    match wasm_bindgen_futures::JsFuture::from(promise).await {
        Ok(value) => Ok(js_sys::Uint8Array::new(&value).to_vec()),
        Err(reason) => Err(reason.as_string().unwrap_or_else(|| "the export failed".to_string())),
    }
}

fn enqueue(
    format: &str,
    session_json: &str,
    resolve: js_sys::Function,
    reject: js_sys::Function,
) -> Result<(), String> {
    RUNNING.with(|cell| {
        let mut running = cell.borrow_mut();
        if running.is_none() {
            *running = Some(start()?);
        }
        let Some(running) = running.as_mut() else { return Err("the export tools could not be started".to_string()) };
        let id = running.next_id;
        running.next_id = running.next_id.wrapping_add(1);
        running.waiting.insert(id, (resolve, reject));
        let request = format!("{{\"id\":{id},\"format\":\"{format}\",\"session\":{session_json}}}");
        if running.ready {
            running
                .worker
                .post_message(&JsValue::from_str(&request))
                .map_err(|_| "the export tools did not take the request".to_string())?;
        } else {
            running.queued.push(request);
        }
        Ok(())
    })
}

/// The worker's URL: the versioned loader named by the meta tag, relative to the page.
fn worker_url() -> Result<String, String> {
    let document = web_sys::window().and_then(|w| w.document()).ok_or("no document")?;
    let path = document
        .query_selector(WORKER_META)
        .ok()
        .flatten()
        .and_then(|meta| meta.get_attribute("content"))
        .ok_or("this build has no export worker (use the release build)")?;
    let base = document.base_uri().ok().flatten().unwrap_or_default();
    web_sys::Url::new_with_base(&path, &base).map(|url| url.href()).map_err(|_| format!("bad worker path {path}"))
}

fn start() -> Result<Running, String> {
    let url = worker_url()?;
    let worker = Worker::new(&url).map_err(|_| "the browser refused to start the export tools".to_string())?;
    let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| on_message(event.data()));
    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    let on_error = Closure::<dyn FnMut(web_sys::Event)>::new(move |_event: web_sys::Event| {
        fail_all("the export tools could not be loaded (are you offline before ever exporting?)")
    });
    worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    Ok(Running {
        worker,
        ready: false,
        queued: Vec::new(),
        waiting: HashMap::new(),
        next_id: 1,
        _on_message: on_message,
        _on_error: on_error,
    })
}

fn on_message(data: JsValue) {
    if data.as_string().as_deref() == Some("ready") {
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
    let answer = js_sys::Array::from(&data);
    let id = answer.get(0).as_f64().map(|id| id as u32);
    let ok = answer.get(1).as_string().as_deref() == Some("ok");
    let payload = answer.get(2);
    let settle = RUNNING.with(|cell| id.and_then(|id| cell.borrow_mut().as_mut().and_then(|r| r.waiting.remove(&id))));
    if let Some((resolve, reject)) = settle {
        let _ = if ok { resolve.call1(&JsValue::NULL, &payload) } else { reject.call1(&JsValue::NULL, &payload) };
    }
}

/// Rejects everything waiting and forgets the worker, so the next export starts afresh.
fn fail_all(reason: &str) {
    let running = RUNNING.with(|cell| cell.borrow_mut().take());
    if let Some(mut running) = running {
        running.worker.terminate();
        for (_, (_, reject)) in running.waiting.drain() {
            let _ = reject.call1(&JsValue::NULL, &JsValue::from_str(reason));
        }
        // This runs inside the worker's error handler, a closure `running` owns: drop it
        // once the handler has returned, not while it runs.
        gloo_timers::callback::Timeout::new(0, move || drop(running)).forget();
    }
}
