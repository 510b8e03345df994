//! Reading a file deployed beside the app (the shipped price book).

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// The text of `url` (relative to the page), or `None` when the deployment has no such
/// file (any status but 200) or neither the network nor the offline cache has it: a
/// deployment without the file is normal, not a failure.
pub async fn deployed_text(url: &str) -> Option<String> {
    let window = web_sys::window()?;
    let response = JsFuture::from(window.fetch_with_str(url)).await.ok()?;
    let response: web_sys::Response = response.dyn_into().ok()?;
    if response.status() != 200 {
        return None;
    }
    JsFuture::from(response.text().ok()?).await.ok()?.as_string()
}
