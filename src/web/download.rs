//! Saving a generated file (BOQ CSV, quote JSON, spreadsheets) through a temporary object
//! URL. The blob and URL come from web-sys calls that return a `Result` (gloo-file's
//! constructors throw on failure instead); the URL is revoked a minute later with a
//! gloo-timers `Timeout`, because revoking it right after `click()` makes some browsers
//! cancel the download before it starts.

use gloo_timers::callback::Timeout;
use wasm_bindgen::JsCast;

use super::WebError;

/// How long the object URL stays alive after the download starts.
const KEEP_URL_MS: u32 = 60_000;

/// Offers text `content` as a download named `file_name`.
pub fn download(file_name: &str, mime: &str, content: &str) -> Result<(), WebError> {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(content));
    offer(file_name, mime, &parts)
}

/// Offers binary `content` as a download named `file_name`.
pub fn download_bytes(file_name: &str, mime: &str, content: &[u8]) -> Result<(), WebError> {
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(content));
    offer(file_name, mime, &parts)
}

fn offer(file_name: &str, mime: &str, parts: &js_sys::Array) -> Result<(), WebError> {
    let fail = || WebError::DownloadRefused { file: file_name.to_string() };
    let window = web_sys::window().ok_or(WebError::NoPage)?;
    let document = window.document().ok_or(WebError::NoPage)?;
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_u8_array_sequence_and_options(parts, &options).map_err(|_| fail())?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(|_| fail())?;
    let anchor = document
        .create_element("a")
        .ok()
        .and_then(|a| a.dyn_into::<web_sys::HtmlAnchorElement>().ok())
        .ok_or_else(fail)?;
    anchor.set_href(&url);
    anchor.set_download(file_name);
    anchor.click();
    Timeout::new(KEEP_URL_MS, move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    })
    .forget();
    Ok(())
}
