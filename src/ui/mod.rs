//! Components, one per file, named for what the user sees.

pub mod catalog_overview;
