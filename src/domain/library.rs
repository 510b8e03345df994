//! The quotes kept in the browser: several named quotes, one of them open. This is the
//! index (names and ids); each quote's session is stored on its own under its id. Pure
//! data and operations, so the rules (names, ids, delete and undo) are tested natively.

use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};

use super::bounds::{check_text, BoundError, ShapeProblem, MAX_FILE_BYTES};
use super::order::set_of;

/// Identifies a stored quote ("q1", "q2", ...); never reused while the library lives.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct QuoteId(pub String);

/// One stored quote.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct LibraryEntry {
    /// Its id (storage key suffix).
    pub id: QuoteId,
    /// The name the user gave it.
    pub name: String,
}

/// A quote taken out of the library, kept so the deletion can be undone.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Removed {
    /// The entry.
    pub entry: LibraryEntry,
    /// Where it was in the list.
    pub position: usize,
}

/// The index of stored quotes.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct QuoteLibrary {
    /// The quotes, in the order the user sees them.
    pub quotes: Vec<LibraryEntry>,
    /// The open quote (always one of `quotes`).
    pub current: QuoteId,
    /// The next id number (ids are never reused, so an undone delete gets its own back).
    pub next: u32,
}

impl QuoteLibrary {
    /// A library holding one quote.
    pub fn with_first(name: &str) -> QuoteLibrary {
        let id = QuoteId("q1".into());
        QuoteLibrary { quotes: vec![LibraryEntry { id: id.clone(), name: name.to_string() }], current: id, next: 2 }
    }

    /// Reads a stored index; a damaged one is refused (the caller starts afresh and says so).
    pub fn from_json(text: &str) -> Result<QuoteLibrary, LibraryError> {
        if text.len() > MAX_FILE_BYTES {
            return Err(LibraryError::TooLarge);
        }
        let library: QuoteLibrary =
            serde_json::from_str(text).map_err(|e| LibraryError::NotAnIndex(ShapeProblem::Reader(e.to_string())))?;
        if library.quotes.is_empty() || library.entry(&library.current).is_none() {
            return Err(LibraryError::NoOpenQuote);
        }
        let mut ids = BTreeSet::new();
        for entry in &library.quotes {
            check_text("a quote name", &entry.name)?;
            check_text("a quote id", &entry.id.0)?;
            // Two entries with one id would share one stored session (found by
            // tests/fuzz.rs).
            if !ids.insert(&entry.id) {
                return Err(LibraryError::DuplicateId(entry.id.clone()));
            }
        }
        Ok(library)
    }

    /// Serializes the index for storage.
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// The entry of an id.
    pub fn entry(&self, id: &QuoteId) -> Option<&LibraryEntry> {
        self.quotes.iter().find(|entry| entry.id == *id)
    }

    /// The open quote's entry.
    pub fn current_entry(&self) -> Option<&LibraryEntry> {
        self.entry(&self.current)
    }

    /// The id for a new quote: `q<next>`, or the first number after it that no quote
    /// holds. `next` is normally above every id; a stored index edited by hand (or at the
    /// last number) may say otherwise, and an id in use must never be handed out again:
    /// both quotes would share one stored session (found by tests/fuzz.rs).
    fn fresh_id(&mut self) -> QuoteId {
        // Numbers read leniently ("q01" counts as 1): skipping a free number is harmless.
        let taken: BTreeSet<u32> =
            set_of(self.quotes.iter().filter_map(|entry| entry.id.0.strip_prefix('q')?.parse().ok()));
        // A stored index holds far fewer than u32::MAX quotes, so a free number is found
        // within `taken.len() + 1` steps.
        let n = (self.next..=u32::MAX).chain(1..self.next).find(|n| !taken.contains(n)).unwrap_or(self.next);
        self.next = n.saturating_add(1);
        QuoteId(format!("q{n}"))
    }

    /// A name not used yet: `name`, else `name (2)`, `name (3)`, ...
    pub fn unique_name(&self, name: &str) -> String {
        let taken = |candidate: &str| self.quotes.iter().any(|entry| entry.name == candidate);
        if !taken(name) {
            return name.to_string();
        }
        (2..).map(|n| format!("{name} ({n})")).find(|candidate| !taken(candidate)).unwrap_or_default()
    }

    /// Adds a quote after the open one and opens it; returns its id.
    pub fn add(&mut self, name: &str) -> QuoteId {
        let id = self.fresh_id();
        let name = self.unique_name(name);
        let position = self.quotes.iter().position(|e| e.id == self.current).map_or(self.quotes.len(), |p| p + 1);
        self.quotes.insert(position, LibraryEntry { id: id.clone(), name });
        self.current = id.clone();
        id
    }

    /// Renames a quote: the name is trimmed, must not be empty and is at most 500
    /// characters (catalog-rules §8.13).
    pub fn rename(&mut self, id: &QuoteId, name: &str) -> Result<(), RenameError> {
        let name = name.trim();
        if name.is_empty() {
            return Err(RenameError::Empty);
        }
        check_text("The name", name).map_err(RenameError::TooLong)?;
        let entry = self.quotes.iter_mut().find(|entry| entry.id == *id).ok_or(RenameError::NoSuchQuote)?;
        entry.name = name.to_string();
        Ok(())
    }

    /// Takes a quote out of the list. The last quote cannot be removed (there is always
    /// an open quote); removing the open one opens its neighbour.
    pub fn remove(&mut self, id: &QuoteId) -> Option<Removed> {
        if self.quotes.len() < 2 {
            return None;
        }
        let position = self.quotes.iter().position(|entry| entry.id == *id)?;
        let entry = self.quotes.remove(position);
        if self.current == *id {
            let neighbour = self.quotes.get(position).or_else(|| self.quotes.last()).map(|e| e.id.clone());
            if let Some(neighbour) = neighbour {
                self.current = neighbour;
            }
        }
        Some(Removed { entry, position })
    }

    /// Puts a removed quote back where it was and opens it.
    pub fn restore(&mut self, removed: Removed) {
        if self.entry(&removed.entry.id).is_some() {
            return;
        }
        let position = removed.position.min(self.quotes.len());
        self.current = removed.entry.id.clone();
        self.quotes.insert(position, removed.entry);
    }
}

/// Why a stored index of quotes was refused. `Display` gives the reason shown to the
/// user inside "The list of saved quotes could not be read (...)".
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LibraryError {
    /// The stored text is larger than [`MAX_FILE_BYTES`].
    TooLarge,
    /// Not JSON, or not the shape of the index (an unknown field included): the JSON
    /// reader's reason.
    NotAnIndex(ShapeProblem),
    /// No quotes, or the open quote is not one of them.
    NoOpenQuote,
    /// Two quotes with one id (they would share one stored session).
    DuplicateId(QuoteId),
    /// A value outside its bound (a quote name or id above 500 characters).
    OutOfBounds(BoundError),
}

impl From<BoundError> for LibraryError {
    fn from(error: BoundError) -> Self {
        LibraryError::OutOfBounds(error)
    }
}

/// Why a name was refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RenameError {
    /// Only spaces.
    Empty,
    /// Over the text bound.
    TooLong(BoundError),
    /// The quote is gone.
    NoSuchQuote,
}
