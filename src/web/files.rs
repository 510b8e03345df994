//! Reading a file the user picked (price books, saved quotes) with gloo-file, after
//! checking its size so an oversized file is refused without being read.

/// The first file of a file input, if any.
pub fn picked_file(input: &web_sys::HtmlInputElement) -> Option<web_sys::File> {
    input.files().and_then(|files| files.get(0))
}

/// Reads a file's bytes (a saved quote may be JSON, a spreadsheet or a Word file),
/// refusing it before reading when it is larger than `max_bytes` (catalog-rules §8.13: a
/// file over the bound is not loaded at all).
pub async fn read_bytes_limited(file: web_sys::File, max_bytes: usize) -> Result<Vec<u8>, super::WebError> {
    let file = gloo_file::File::from(file);
    let name = file.name();
    let max_bytes = u64::try_from(max_bytes).unwrap_or(u64::MAX);
    if file.size() > max_bytes {
        return Err(super::WebError::FileTooLarge { file: name, max_bytes });
    }
    gloo_file::futures::read_as_bytes(&file).await.map_err(|_| super::WebError::FileUnreadable { file: name })
}

/// Reads a file as UTF-8 text, refusing it before reading when it is larger than
/// `max_bytes`.
pub async fn read_text_limited(file: web_sys::File, max_bytes: usize) -> Result<String, super::WebError> {
    let file = gloo_file::File::from(file);
    let name = file.name();
    let max_bytes = u64::try_from(max_bytes).unwrap_or(u64::MAX);
    // The size is a JS number of bytes; u64 holds any real file size.
    if file.size() > max_bytes {
        return Err(super::WebError::FileTooLarge { file: name, max_bytes });
    }
    gloo_file::futures::read_as_text(&file).await.map_err(|_| super::WebError::FileUnreadable { file: name })
}
