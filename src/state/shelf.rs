//! The quotes kept in this browser: several named quotes (new, duplicate, delete with
//! undo), the open one autosaved a moment after each change. Each quote's session is
//! stored under its own key, the list under another. Storage can be missing (private mode)
//! or full: the work in memory is never touched, and the app says so with "Save quote
//! (file)" as the way out.

use gloo_timers::callback::Timeout;
use leptos::prelude::*;

use super::notice::Notice;
use crate::domain::library::{QuoteId, QuoteLibrary, Removed};
use crate::domain::session::{LoadedSession, Mode, Session};
use crate::present::quote_name::quote_name;
use crate::present::refusals;
use crate::present::text::Texts;
use crate::web;
use crate::web::storage::StorageError;

/// localStorage key of the list of quotes.
pub const LIBRARY_KEY: &str = "om-configurator/library/v1";

/// localStorage key of the single session kept before there was a list (read once, then
/// moved into the list).
pub const LEGACY_SESSION_KEY: &str = "om-configurator/session/v1";

/// How long after the last change the open quote is saved (a burst of edits saves once).
pub(super) const AUTOSAVE_AFTER_MS: u32 = 300;

/// localStorage key of one quote's session.
pub fn quote_key(id: &QuoteId) -> String {
    format!("om-configurator/quote/{}", id.0)
}

/// The list of quotes and the state of saving them.
#[derive(Clone, Copy)]
pub struct Shelf {
    /// The list (names, ids, the open one).
    pub library: RwSignal<QuoteLibrary>,
    /// Why the browser does not keep the work, when it does not.
    pub storage_problem: RwSignal<Option<StorageError>>,
    /// The last deleted quote and its saved session, for "Undo delete".
    pub(super) deleted: StoredValue<Option<(Removed, Option<String>)>>,
    /// The autosave waiting to run (dropping a `Timeout` cancels it).
    pub(super) pending_save: StoredValue<Option<Timeout>, LocalStorage>,
}

impl Shelf {
    /// A shelf over a library (nothing is read or written here).
    pub fn new(library: QuoteLibrary, problem: Option<StorageError>) -> Shelf {
        Shelf {
            library: RwSignal::new(library),
            storage_problem: RwSignal::new(problem),
            deleted: StoredValue::new(None),
            pending_save: StoredValue::new_local(None),
        }
    }
}

/// What the app starts with: the list, the open quote's session and what to tell.
pub struct Restored {
    /// The list of quotes.
    pub library: QuoteLibrary,
    /// The open quote.
    pub session: Session,
    /// A notice for the user, if any.
    pub notice: Option<Notice>,
    /// Why storage does not work, if it does not.
    pub problem: Option<StorageError>,
}

/// Reads the list and the open quote; moves the pre-list single session into the list.
pub fn restore(texts: &Texts, fresh: impl Fn() -> Session) -> Restored {
    let mut notice = None;
    let library = match web::storage::load(LIBRARY_KEY) {
        Err(problem) => {
            return Restored {
                library: QuoteLibrary::with_first(texts.shelf.untitled),
                session: fresh(),
                notice: None,
                problem: Some(problem),
            }
        }
        Ok(Some(text)) => match QuoteLibrary::from_json(&text) {
            Ok(library) => Some(library),
            Err(reason) => {
                notice = Some(Notice::problem(texts.shelf.list_unreadable.fill(refusals::library(texts, &reason))));
                None
            }
        },
        Ok(None) => None,
    };
    let (library, text) = match library {
        Some(library) => {
            let text = web::storage::load(&quote_key(&library.current)).ok().flatten();
            (library, text)
        }
        // First start with a list: the single session of earlier versions becomes its
        // first quote (named after its title).
        None => {
            let legacy = web::storage::load(LEGACY_SESSION_KEY).ok().flatten();
            let name = legacy
                .as_deref()
                .and_then(|text| Session::from_json(text).ok())
                .map(|loaded| quote_name(texts, &loaded.session))
                .unwrap_or_else(|| texts.shelf.untitled.to_string());
            let library = QuoteLibrary::with_first(&name);
            if let Some(text) = &legacy {
                if web::storage::save(&quote_key(&library.current), text).is_ok() {
                    let _ = web::storage::remove(LEGACY_SESSION_KEY);
                }
            }
            let _ = web::storage::save(LIBRARY_KEY, &library.to_json());
            (library, legacy)
        }
    };
    let current_key = quote_key(&library.current);
    let session = match text.map(|text| (Session::from_json(&text), text)) {
        None => fresh(),
        Some((Ok(LoadedSession { mut session, upgraded }), _)) => {
            if let Some(told) = upgraded.and_then(|upgraded| refusals::upgrade_told(texts, &upgraded, true)) {
                notice = Some(Notice::info(told));
            }
            // A customer applies today; a sales engineer's quote date is kept as set.
            if session.mode == Mode::Customer {
                session.profile.quote_date = web::today();
            }
            session
        }
        Some((Err(reason), text)) => {
            notice = Some(Notice::problem(
                texts
                    .shelf
                    .restore_failed
                    .fill(refusals::session(texts, &reason), keep_unreadable(texts, &current_key, &text)),
            ));
            fresh()
        }
    };
    Restored { library, session, notice, problem: None }
}

/// Keeps the text of a stored quote this version cannot read under a key of its own,
/// before the new quote that replaces it is saved over it (a later version, or a fix,
/// may read it again). Returns the sentence that tells the user, or "" when the browser
/// could not keep it.
pub(super) fn keep_unreadable(texts: &Texts, key: &str, text: &str) -> &'static str {
    match web::storage::save(&format!("{key}/unreadable"), text) {
        Ok(()) => texts.shelf.copy_kept,
        Err(_) => "",
    }
}

/// An empty session dated today.
pub fn fresh_session() -> Session {
    let mut session = Session::new();
    session.profile.quote_date = web::today();
    session
}
