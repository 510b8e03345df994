//! Reactive glue: the session store with undo history, and memos over the domain
//! (evaluation, BOQ, suggestions). Views read these; only `Store` methods change state.

mod history;
mod store;

pub use history::History;
pub use store::{provide_memory_store, provide_store, use_store, Notice, Store, STORAGE_KEY};
