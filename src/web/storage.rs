//! localStorage through `gloo-storage`, which may be missing (private mode, disabled) or
//! full: both are normal. gloo's `LocalStorage` panics when the browser offers no storage,
//! so availability is checked first and every failure is a typed error.

use gloo_storage::{LocalStorage, Storage};

pub use super::StorageError;

/// Whether localStorage can be used at all (gloo would panic otherwise). Reading the
/// property itself can throw (a sandboxed frame), which counts as unavailable.
fn available() -> Result<(), StorageError> {
    match web_sys::window().map(|w| w.local_storage()) {
        Some(Ok(Some(_))) => Ok(()),
        _ => Err(StorageError::Unavailable),
    }
}

/// Reads a value (`None` when the key is absent).
pub fn load(key: &str) -> Result<Option<String>, StorageError> {
    available()?;
    match LocalStorage::raw().get_item(key) {
        Ok(value) => Ok(value),
        Err(_) => Err(StorageError::Unavailable),
    }
}

/// Writes a value; a refusal by the browser is a full quota.
pub fn save(key: &str, value: &str) -> Result<(), StorageError> {
    available()?;
    LocalStorage::raw().set_item(key, value).map_err(|_| StorageError::Full)
}

/// Removes a value (absent is fine).
pub fn remove(key: &str) -> Result<(), StorageError> {
    available()?;
    LocalStorage::delete(key);
    Ok(())
}
