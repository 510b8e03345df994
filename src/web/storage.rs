//! localStorage, which may be missing (private mode, disabled) or full: both are normal.

use std::fmt;

/// Why storage did not work.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StorageError {
    /// The browser offers no storage here (private mode, disabled, sandboxed).
    Unavailable,
    /// The storage quota is full.
    Full,
}

impl fmt::Display for StorageError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StorageError::Unavailable => write!(
                f,
                "this browser does not allow saving here (private mode?): your work is kept only until the tab closes"
            ),
            StorageError::Full => write!(
                f,
                "the browser's storage is full: your latest changes are not saved; download the quote to keep it"
            ),
        }
    }
}

fn local_storage() -> Result<web_sys::Storage, StorageError> {
    web_sys::window().and_then(|w| w.local_storage().ok().flatten()).ok_or(StorageError::Unavailable)
}

/// Reads a value.
pub fn load(key: &str) -> Result<Option<String>, StorageError> {
    local_storage()?.get_item(key).map_err(|_| StorageError::Unavailable)
}

/// Writes a value.
pub fn save(key: &str, value: &str) -> Result<(), StorageError> {
    local_storage()?.set_item(key, value).map_err(|_| StorageError::Full)
}
