//! The quotes kept in this browser: several named quotes (new, duplicate, delete with
//! undo), the open one autosaved a moment after each change. Each quote's session is
//! stored under its own key, the list under another. Storage can be missing (private mode)
//! or full: the work in memory is never touched, and the app says so with "Save quote
//! (file)" as the way out.

use gloo_timers::callback::Timeout;
use leptos::prelude::*;

use super::store::{Notice, NoticeAction, Store};
use crate::domain::library::{QuoteId, QuoteLibrary, Removed, UNTITLED};
use crate::domain::session::{LoadedSession, Mode, Session};
use crate::present::text::Texts;
use crate::web;
use crate::web::storage::StorageError;

/// localStorage key of the list of quotes.
pub const LIBRARY_KEY: &str = "om-configurator/library/v1";

/// localStorage key of the single session kept before there was a list (read once, then
/// moved into the list).
pub const LEGACY_SESSION_KEY: &str = "om-configurator/session/v1";

/// How long after the last change the open quote is saved (a burst of edits saves once).
const AUTOSAVE_AFTER_MS: u32 = 300;

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
    deleted: StoredValue<Option<(Removed, Option<String>)>>,
    /// The autosave waiting to run (dropping a `Timeout` cancels it).
    pending_save: StoredValue<Option<Timeout>, LocalStorage>,
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
                library: QuoteLibrary::default(),
                session: fresh(),
                notice: None,
                problem: Some(problem),
            }
        }
        Ok(Some(text)) => match QuoteLibrary::from_json(&text) {
            Ok(library) => Some(library),
            Err(reason) => {
                notice = Some(Notice::problem(texts.shelf.list_unreadable.fill(reason)));
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
                .map(|loaded| display_name(&loaded.session))
                .unwrap_or_else(|| UNTITLED.to_string());
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
            if let Some(upgraded) = upgraded {
                notice = Some(Notice::info(upgraded));
            }
            // A customer applies today; a sales engineer's quote date is kept as set.
            if session.mode == Mode::Customer {
                session.profile.quote_date = web::today();
            }
            session
        }
        Some((Err(reason), text)) => {
            notice = Some(Notice::problem(
                texts.shelf.restore_failed.fill(reason, keep_unreadable(texts, &current_key, &text)),
            ));
            fresh()
        }
    };
    Restored { library, session, notice, problem: None }
}

/// The name a quote is listed under: its title, or "Untitled quote".
pub fn display_name(session: &Session) -> String {
    let title = session.quote.title.trim();
    if title.is_empty() {
        UNTITLED.to_string()
    } else {
        title.to_string()
    }
}

impl Store {
    /// Saves the open quote (and the list when its name changed). A failure is shown once
    /// as the storage problem; the work in memory is untouched.
    pub fn save_now(&self) {
        let Some(shelf) = self.shelf() else { return };
        shelf.pending_save.set_value(None);
        let (json, name) = self.with_untracked(|s| (s.to_json(), display_name(s)));
        let library = shelf.library.get_untracked();
        if library.current_entry().is_some_and(|entry| entry.name != name) {
            shelf.library.update(|library| {
                let current = library.current.clone();
                let _ = library.rename(&current, &name);
            });
        }
        let saved = web::storage::save(&quote_key(&library.current), &json)
            .and_then(|()| web::storage::save(LIBRARY_KEY, &shelf.library.with_untracked(QuoteLibrary::to_json)));
        match saved {
            Ok(()) => {
                if shelf.storage_problem.get_untracked().is_some() {
                    shelf.storage_problem.set(None);
                }
            }
            Err(problem) => {
                if shelf.storage_problem.get_untracked().as_ref() != Some(&problem) {
                    shelf.storage_problem.set(Some(problem));
                }
            }
        }
    }

    /// Saves the open quote a moment from now, replacing a save already waiting.
    pub fn save_soon(&self) {
        let Some(shelf) = self.shelf() else { return };
        let store = *self;
        let timeout = Timeout::new(AUTOSAVE_AFTER_MS, move || store.save_now());
        // Replacing the old `Timeout` drops it, which cancels it.
        shelf.pending_save.set_value(Some(timeout));
    }

    /// Runs a waiting autosave now (the page is being hidden or closed); nothing when no
    /// change is waiting, so a page that only looked writes nothing.
    pub fn flush_save(&self) {
        let Some(shelf) = self.shelf() else { return };
        if shelf.pending_save.with_value(Option::is_some) {
            self.save_now();
        }
    }

    /// Opens another stored quote (its own undo history starts empty).
    pub fn open_quote(&self, id: &QuoteId) {
        let Some(shelf) = self.shelf() else { return };
        if shelf.library.with_untracked(|l| l.current == *id || l.entry(id).is_none()) {
            return;
        }
        self.save_now();
        let session = self.stored_session(id);
        shelf.library.update(|library| library.current = id.clone());
        self.start_over(session);
        self.save_now();
    }

    /// Starts a new, empty quote next to the open one, in the same mode.
    pub fn new_quote(&self) {
        let Some(shelf) = self.shelf() else { return };
        self.save_now();
        let mut session = Session::new();
        session.profile.quote_date = web::today();
        session.mode = self.with_untracked(|s| s.mode);
        shelf.library.update(|library| {
            library.add(UNTITLED);
        });
        self.start_over(session);
        self.save_now();
        self.tell(self.texts().shelf.started);
    }

    /// Copies the open quote into a new one and opens the copy.
    pub fn duplicate_quote(&self) {
        let Some(shelf) = self.shelf() else { return };
        self.save_now();
        let mut copy = self.with_untracked(Session::clone);
        let name =
            shelf.library.with_untracked(|l| l.unique_name(&self.texts().shelf.copy_name.fill(display_name(&copy))));
        copy.quote.title = name.clone();
        shelf.library.update(|library| {
            library.add(&name);
        });
        self.start_over(copy);
        self.save_now();
        self.tell(self.texts().shelf.copied.fill(&name));
    }

    /// Deletes a stored quote; "Undo delete" in the notice brings it back.
    pub fn delete_quote(&self, id: &QuoteId) {
        let Some(shelf) = self.shelf() else { return };
        self.save_now();
        let was_current = shelf.library.with_untracked(|l| l.current == *id);
        let mut removed = None;
        shelf.library.update(|library| removed = library.remove(id));
        let Some(removed) = removed else {
            self.tell_problem(self.texts().shelf.last);
            return;
        };
        let saved = web::storage::load(&quote_key(id)).ok().flatten();
        let _ = web::storage::remove(&quote_key(id));
        let name = removed.entry.name.clone();
        shelf.deleted.set_value(Some((removed, saved)));
        if was_current {
            let next = shelf.library.with_untracked(|l| l.current.clone());
            let session = self.stored_session(&next);
            self.start_over(session);
        }
        self.save_now();
        self.notice.set(Some(Notice {
            text: self.texts().shelf.deleted.fill(&name),
            problem: false,
            action: Some(NoticeAction::UndoDelete),
        }));
    }

    /// Brings back the last deleted quote and opens it.
    pub fn undo_delete(&self) {
        let Some(shelf) = self.shelf() else { return };
        let Some((removed, saved)) = shelf.deleted.try_update_value(Option::take).flatten() else { return };
        self.save_now();
        let id = removed.entry.id.clone();
        if let Some(text) = &saved {
            let _ = web::storage::save(&quote_key(&id), text);
        }
        shelf.library.update(|library| library.restore(removed));
        let session = self.stored_session(&id);
        self.start_over(session);
        self.save_now();
        self.tell(self.texts().shelf.restored);
    }

    /// A stored quote's session, or a new one when it cannot be read (said in a notice).
    fn stored_session(&self, id: &QuoteId) -> Session {
        let key = quote_key(id);
        match web::storage::load(&key).ok().flatten().map(|text| (Session::from_json(&text), text)) {
            Some((Ok(loaded), _)) => loaded.session,
            Some((Err(reason), text)) => {
                let texts = self.texts();
                let kept = keep_unreadable(texts, &key, &text);
                self.tell_problem(texts.shelf.unreadable.fill(reason, kept));
                fresh_session()
            }
            None => fresh_session(),
        }
    }
}

/// Keeps the text of a stored quote this version cannot read under a key of its own,
/// before the new quote that replaces it is saved over it (a later version, or a fix,
/// may read it again). Returns the sentence that tells the user, or "" when the browser
/// could not keep it.
fn keep_unreadable(texts: &Texts, key: &str, text: &str) -> &'static str {
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
