//! Reactive glue: the session store with undo history, and memos over the domain
//! (evaluation, BOQ, suggestions). Views read these; only `Store` methods change state.

mod answers;
mod history;
mod language;
mod notice;
mod operations;
mod option_operations;
mod refused_inputs;
mod revision_operations;
mod row_feed;
mod seed_details;
mod shelf;
mod shelf_operations;
mod store;

pub use history::History;
pub use language::{
    choose_language, load_starting_language, provide_document_language, provide_language, starting_language,
    use_document_language, use_language, use_texts, DocumentLanguage, ScreenLanguage,
};
pub use notice::{Notice, NoticeAction};
pub use refused_inputs::{provide_refused_inputs, use_refused_inputs, RefusedInputs};
pub use row_feed::{FedRow, RowFeed};
pub use seed_details::{use_seed_details, DetailedCatalog};
pub use shelf::{quote_key, Shelf, LEGACY_SESSION_KEY, LIBRARY_KEY};
pub use store::{provide_memory_store, provide_store, use_store, Store};
