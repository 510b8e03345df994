//! Reading a file the user picked (price books, saved quotes).

use wasm_bindgen_futures::JsFuture;

/// The first file of a file input, if any.
pub fn picked_file(input: &web_sys::HtmlInputElement) -> Option<web_sys::File> {
    input.files().and_then(|files| files.get(0))
}

/// Reads a file as text.
pub async fn read_text(file: web_sys::File) -> Result<String, String> {
    let name = file.name();
    let text = JsFuture::from(file.text()).await.map_err(|_| format!("could not read {name}"))?;
    text.as_string().ok_or_else(|| format!("{name} is not a text file"))
}

/// Reads a file as text, refusing it before reading when it is larger than `max_bytes`
/// (catalog-rules §8.13: a file over the bound is not loaded at all).
pub async fn read_text_limited(file: web_sys::File, max_bytes: usize) -> Result<String, String> {
    let size = file.size();
    // `size` is a JS number of bytes; compared as f64 because that is what the API gives.
    if size > max_bytes as f64 {
        return Err(format!(
            "{} is larger than the limit of {} bytes (1 MB)",
            file.name(),
            crate::domain::bounds::grouped(max_bytes as u64)
        ));
    }
    read_text(file).await
}
