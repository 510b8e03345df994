//! The export worker: a separate wasm bundle that writes the spreadsheet and Word files, so
//! the heavy file writers load only on the first export, never at start.
//!
//! Protocol (messages are strings and byte arrays, nothing else):
//! - the worker posts `"ready"` once its handler is installed (a message sent to a wasm
//!   worker before that is lost);
//! - the page posts a JSON request `{"id": n, "format": "xlsx" | "docx" | "csv",
//!   "session": <a saved quote>}`;
//! - the worker answers `[n, "ok", Uint8Array]` or `[n, "error", "<reason>"]`.
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
    use om_configurator::domain::catalog::Catalog;
    use om_configurator::domain::session::Session;
    use om_configurator::export::{export, Format};
    use serde::Deserialize;
    use wasm_bindgen::prelude::*;
    use wasm_bindgen::JsCast;
    use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

    /// One request from the page.
    #[derive(Deserialize)]
    struct Request {
        id: u32,
        format: String,
        session: Box<serde_json::value::RawValue>,
    }

    /// Installs the message handler and says "ready".
    pub fn start() {
        console_error_panic_hook::set_once();
        let Ok(scope) = js_sys::global().dyn_into::<DedicatedWorkerGlobalScope>() else { return };
        let catalog = Catalog::embedded();
        let reply_scope = scope.clone();
        let handler = Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
            let text = event.data().as_string().unwrap_or_default();
            let (id, outcome) = match serde_json::from_str::<Request>(&text) {
                Ok(request) => (request.id, build(&catalog, &request)),
                Err(error) => (0, Err(format!("the export request could not be read ({error})"))),
            };
            let answer = match outcome {
                Ok(bytes) => js_sys::Array::of3(&id.into(), &"ok".into(), &js_sys::Uint8Array::from(bytes.as_slice())),
                Err(reason) => js_sys::Array::of3(&id.into(), &"error".into(), &reason.into()),
            };
            // Nothing more can be done if the page is gone.
            let _ = reply_scope.post_message(&answer);
        });
        scope.set_onmessage(Some(handler.as_ref().unchecked_ref()));
        handler.forget();
        let _ = scope.post_message(&JsValue::from_str("ready"));
    }

    fn build(
        catalog: &Result<Catalog, om_configurator::domain::catalog::CatalogError>,
        request: &Request,
    ) -> Result<Vec<u8>, String> {
        let catalog = catalog.as_ref().map_err(|error| format!("the catalog could not be loaded: {error}"))?;
        let format =
            Format::parse(&request.format).ok_or_else(|| format!("unknown export format {}", request.format))?;
        let loaded = Session::from_json(request.session.get()).map_err(|error| error.to_string())?;
        export(catalog, &loaded.session, format).map_err(|error| error.to_string())
    }
}
