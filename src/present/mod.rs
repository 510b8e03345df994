//! Presentation: the words the app writes itself, built once from domain data and shared
//! by every surface (screen, print, Word, spreadsheet, CSV, the command line). Pure Rust,
//! tested natively. Seed texts are not here: they stay data, verbatim, in the catalog.
//!
//! - [`text`]: the message catalog (keys with typed parameters, one table per language);
//! - [`words`]: the reporter that words the rules engine's data (findings, fixes, reasons);
//! - [`summary`]: the proposal's judgement of a quote (errors, risks, exceptions,
//!   decisions), shown by the screen's summary and the proposal alike;
//! - [`document`]: the proposal document model and its builders;
//! - [`report`]: what a saved quote amounts to, for the command line;
//! - [`hints`]: the sizing hints, worded from the rule book's numbers;
//! - [`quote_name`]: the name a quote is listed under;
//! - [`suggestions`]: why a suggestion is made;
//! - [`refusals`]: why a file, a link or a typed value was refused;
//! - [`prices`]: how carried prices differ from the published ones;
//! - [`compare`]: the options of a quote side by side;
//! - [`revisions`]: what changed between two issued revisions.

pub mod compare;
pub mod document;
pub mod hints;
pub mod prices;
pub mod quote_name;
pub mod refusals;
pub mod report;
pub mod revisions;
pub mod suggestions;
pub mod summary;
pub mod text;
pub mod words;
