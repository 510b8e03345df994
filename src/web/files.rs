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
