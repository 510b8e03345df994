//! O&M Services Configurator: a browser-only configurator for Huawei Cloud's O&M
//! professional-services catalog. `domain` is pure Rust (tested natively); the web shell
//! (`app`, `state`, `ui`, `web`) exists only on wasm32.

// A panic in wasm kills the app: outside tests, nothing may unwrap, index out of bounds
// or panic (README "Security"); a site that truly cannot fail says why with an `allow`.
#![cfg_attr(not(test), deny(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing))]
#![deny(missing_docs)]

pub mod domain;
pub mod export;
pub mod present;

#[cfg(target_arch = "wasm32")]
mod app;
#[cfg(target_arch = "wasm32")]
pub mod state;
#[cfg(target_arch = "wasm32")]
pub mod ui;
pub mod web;

#[cfg(target_arch = "wasm32")]
pub use app::{App, AppProps};
