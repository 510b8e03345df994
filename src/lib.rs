//! O&M Services Configurator: a browser-only configurator for Huawei Cloud's O&M
//! professional-services catalog. `domain` is pure Rust (tested natively); the web shell
//! (`app`, `state`, `ui`, `web`) exists only on wasm32.

#![deny(missing_docs)]

pub mod domain;
pub mod export;

#[cfg(target_arch = "wasm32")]
mod app;
#[cfg(target_arch = "wasm32")]
pub mod state;
#[cfg(target_arch = "wasm32")]
pub mod ui;
#[cfg(target_arch = "wasm32")]
pub mod web;

#[cfg(target_arch = "wasm32")]
pub use app::App;
