//! The catalog as `build.rs` reads it from the data files and the binary embeds it.
//! Shared by the build script (through `#[path]`) and the library, so both agree on it.

use serde::{Deserialize, Serialize};

use super::model::SeedDocument;
use super::rulebook::RuleBook;

/// Every seed document and the rule book.
#[derive(Clone, Debug, Default, Deserialize, Serialize, PartialEq)]
pub struct CatalogBundle {
    /// Seed documents in file-name order.
    pub documents: Vec<SeedDocument>,
    /// The rules.
    pub rules: RuleBook,
}
