//! The store's operations on the list of quotes kept in the browser: save the open quote,
//! start, open, copy and delete quotes, bring a deleted one back. Its own file so that the
//! shelf (storage of the list) and the store (the session and its memos) do not import
//! each other: this file uses both.

use gloo_timers::callback::Timeout;
use leptos::prelude::*;

use super::notice::{Notice, NoticeAction};
use super::shelf::{fresh_session, keep_unreadable, quote_key, AUTOSAVE_AFTER_MS, LIBRARY_KEY};
use super::store::Store;
use crate::domain::library::{QuoteId, QuoteLibrary};
use crate::domain::session::Session;
use crate::present::quote_name::quote_name;
use crate::present::refusals;
use crate::web;

impl Store {
    /// Saves the open quote (and the list when its name changed). A failure is shown once
    /// as the storage problem; the work in memory is untouched.
    pub fn save_now(&self) {
        let Some(shelf) = self.shelf() else { return };
        shelf.pending_save.set_value(None);
        let texts = self.texts();
        let (json, name) = self.with_untracked(|s| (s.to_json(), quote_name(texts, s)));
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
            library.add(self.texts().shelf.untitled);
        });
        self.start_over(session);
        self.save_now();
        self.tell(self.texts().shelf.started);
    }

    /// Copies the open quote into a new one and opens the copy.
    pub fn duplicate_quote(&self) {
        let Some(shelf) = self.shelf() else { return };
        self.save_now();
        let texts = self.texts();
        let mut copy = self.with_untracked(Session::clone);
        // The copy's title says it is one; a number keeps its listed name apart from
        // earlier copies ("ACME · Event (copy) (2)").
        let title = copy.quote.title.trim();
        let copied = texts.shelf.copy_name.fill(if title.is_empty() { texts.shelf.untitled } else { title });
        let free = |title: &str| {
            let mut candidate = copy.clone();
            candidate.quote.title = title.to_string();
            let name = quote_name(texts, &candidate);
            shelf.library.with_untracked(|l| l.unique_name(&name) == name)
        };
        let title = std::iter::once(copied.clone())
            .chain((2..100).map(|n| format!("{copied} ({n})")))
            .find(|title| free(title))
            .unwrap_or(copied);
        copy.quote.title = title;
        let name = quote_name(texts, &copy);
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
                self.tell_problem(texts.shelf.unreadable.fill(refusals::session(texts, &reason), kept));
                fresh_session()
            }
            None => fresh_session(),
        }
    }
}
