//! What the user is working on: profile, quote and mode, as one value that undo history,
//! storage and the "save quote" file share. Loading never panics: bad input is an error
//! with a reason and the current work stays as it is.

use serde::{Deserialize, Serialize};

use super::profile::CustomerProfile;
use super::quote::Quote;

/// Who is using the configurator.
#[derive(Clone, Copy, Debug, Default, Deserialize, Serialize, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum Mode {
    /// Guided, plain words, no overrides, no price editing.
    #[default]
    Customer,
    /// Full catalog, overrides, price book.
    SalesEngineer,
}

/// The whole working state.
#[derive(Clone, Debug, Default, Deserialize, Serialize, PartialEq, Eq)]
#[serde(default)]
pub struct Session {
    /// File format version.
    pub version: u32,
    /// The customer.
    pub profile: CustomerProfile,
    /// The quote.
    pub quote: Quote,
    /// The mode.
    pub mode: Mode,
}

/// Current session file format.
pub const SESSION_VERSION: u32 = 1;

impl Session {
    /// A new, empty session.
    pub fn new() -> Session {
        Session { version: SESSION_VERSION, ..Session::default() }
    }

    /// Serializes for storage or a saved-quote file.
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// Reads a stored or saved session; repeated quote lines keep their first occurrence.
    pub fn from_json(text: &str) -> Result<Session, String> {
        let mut session: Session =
            serde_json::from_str(text).map_err(|e| format!("this is not a saved quote ({e})"))?;
        if session.version > SESSION_VERSION {
            return Err(format!(
                "this quote was saved by a newer version of the configurator (format {})",
                session.version
            ));
        }
        session.version = SESSION_VERSION;
        let lines = session.quote.lines().to_vec();
        session.quote.replace_lines(lines);
        Ok(session)
    }
}
