//! Presentation: the words the app writes itself, built once from domain data and shared
//! by every surface (screen, print, Word, spreadsheet, CSV). Pure Rust, tested natively.
//! Seed texts are not here: they stay data, verbatim, in the catalog.

pub mod hints;
pub mod plural;
