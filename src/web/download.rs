//! Saving a generated file (BOQ CSV, quote JSON, spreadsheets) through a temporary object
//! URL. The blob and URL come from web-sys calls that return a `Result` (gloo-file's
//! constructors throw on failure instead); the URL is revoked a minute later with a
//! gloo-timers `Timeout`, because revoking it right after `click()` makes some browsers
//! cancel the download before it starts.

use gloo_timers::callback::Timeout;
use wasm_bindgen::JsCast;

/// How long the object URL stays alive after the download starts.
const KEEP_URL_MS: u32 = 60_000;

/// Offers text `content` as a download named `file_name`.
pub fn download(file_name: &str, mime: &str, content: &str) -> Result<(), String> {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(content));
    offer(file_name, mime, &parts)
}

/// Offers binary `content` as a download named `file_name`.
pub fn download_bytes(file_name: &str, mime: &str, content: &[u8]) -> Result<(), String> {
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(content));
    offer(file_name, mime, &parts)
}

fn offer(file_name: &str, mime: &str, parts: &js_sys::Array) -> Result<(), String> {
    let fail = |what: &str| format!("could not download {file_name}: {what}");
    let window = web_sys::window().ok_or_else(|| fail("no window"))?;
    let document = window.document().ok_or_else(|| fail("no document"))?;
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_u8_array_sequence_and_options(parts, &options)
        .map_err(|_| fail("the browser refused the file"))?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(|_| fail("the browser refused the file"))?;
    let anchor = document
        .create_element("a")
        .ok()
        .and_then(|a| a.dyn_into::<web_sys::HtmlAnchorElement>().ok())
        .ok_or_else(|| fail("no link element"))?;
    anchor.set_href(&url);
    anchor.set_download(file_name);
    anchor.click();
    Timeout::new(KEEP_URL_MS, move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    })
    .forget();
    Ok(())
}
