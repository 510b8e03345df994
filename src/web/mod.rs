//! Thin browser adapters. Every call can fail (private mode, full quota, blocked
//! downloads): each returns a `Result` with a typed [`WebError`] (worded by the message
//! catalog), never panics. Only [`error`] is compiled natively.

#[cfg(target_arch = "wasm32")]
pub mod download;
pub mod error;
#[cfg(target_arch = "wasm32")]
pub mod export_worker;
#[cfg(target_arch = "wasm32")]
pub mod fetch;
#[cfg(target_arch = "wasm32")]
pub mod files;
#[cfg(target_arch = "wasm32")]
pub mod language;
#[cfg(target_arch = "wasm32")]
pub mod language_tables;
#[cfg(target_arch = "wasm32")]
pub mod service_worker;
#[cfg(target_arch = "wasm32")]
pub mod split;
#[cfg(target_arch = "wasm32")]
pub mod storage;

#[cfg(target_arch = "wasm32")]
mod page;
#[cfg(target_arch = "wasm32")]
pub use page::*;

pub use error::{StorageError, WebError};
