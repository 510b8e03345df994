//! The session store: one signal holding profile + quote + mode, edits that record undo
//! history, memos that derive evaluation, BOQ and suggestions, and an effect that saves
//! to localStorage (a failure becomes a notice; the work in memory is untouched).
//!
//! Views never subscribe to the whole session: they read a memo of the slice they show
//! ([`Store::slice`], [`Store::is_sales`]), so an edit re-runs only the views whose slice
//! changed, and local UI state (a half-typed reason, a refused-input message, a chosen
//! option) survives edits elsewhere.

use std::sync::Arc;

use leptos::prelude::*;

use super::notice::Notice;
use super::shelf::{fresh_session, restore, Shelf};
use super::History;
use crate::domain::boq::Boq;
use crate::domain::catalog::Catalog;
use crate::domain::profile::SHARED_PLATFORM_MEASURES;
use crate::domain::rules::{apply_fix, evaluate, Evaluation, FixAction};
use crate::domain::session::{Mode, Session};
use crate::domain::suggest::{suggest, Suggestion};
use crate::present::text::{Language, Texts};
use crate::present::words::Reporter;
use crate::web;

/// Handles to the state; `Copy`, so closures can take it freely.
#[derive(Clone, Copy)]
pub struct Store {
    catalog: StoredValue<Arc<Catalog>>,
    session: RwSignal<Session>,
    history: StoredValue<History>,
    depth: RwSignal<(usize, usize)>,
    /// The mode, as its own memo: mode-dependent views re-render only on a mode switch.
    mode: Memo<Mode>,
    /// The quotes kept in the browser (`None` for an in-memory store).
    shelf: Option<Shelf>,
    /// The screen's language, for the notices the store words itself.
    language: Signal<Language>,
    /// The latest notice.
    pub notice: RwSignal<Option<Notice>>,
    /// Rules evaluated over the session.
    pub evaluation: Memo<Arc<Evaluation>>,
    /// The priced BOQ.
    pub boq: Memo<Arc<Boq>>,
    /// Suggestions from the profile.
    pub suggestions: Memo<Vec<Suggestion>>,
}

impl Store {
    /// The catalog.
    pub fn catalog(&self) -> Arc<Catalog> {
        self.catalog.get_value()
    }

    /// The screen's words (the notices of the store and the shelf).
    pub fn texts(&self) -> &'static Texts {
        self.language.get_untracked().texts()
    }

    /// Runs `f` with a reporter in `language` (words findings, fixes, reasons).
    pub fn words<R>(&self, language: Language, f: impl FnOnce(&Reporter<'_>) -> R) -> R {
        let catalog = self.catalog();
        f(&Reporter::new(&catalog, language))
    }

    /// Reads the session without subscribing (event handlers, one-off reads).
    pub fn with_untracked<T>(&self, f: impl FnOnce(&Session) -> T) -> T {
        self.session.with_untracked(f)
    }

    /// A memo of one slice of the session: views that read it re-run only when that slice
    /// changes, not on every edit.
    pub fn slice<T>(&self, f: impl Fn(&Session) -> T + Send + Sync + 'static) -> Memo<T>
    where
        T: PartialEq + Clone + Send + Sync + 'static,
    {
        self.slice_shared(Arc::new(f))
    }

    /// [`Store::slice`] behind one pointer type, so the memo machinery is compiled once per
    /// slice type rather than once per call site (a smaller wasm module).
    fn slice_shared<T>(&self, f: Arc<dyn Fn(&Session) -> T + Send + Sync>) -> Memo<T>
    where
        T: PartialEq + Clone + Send + Sync + 'static,
    {
        let session = self.session;
        Memo::new(move |_| session.with(|s| f(s)))
    }

    /// The mode (tracked; changes only on a mode switch).
    pub fn mode(&self) -> Mode {
        self.mode.get()
    }

    /// Whether sales-engineer controls are shown (tracked).
    pub fn is_sales(&self) -> bool {
        self.mode() == Mode::SalesEngineer
    }

    /// Applies an edit as one undoable step (no step when nothing changed).
    pub fn edit(&self, change: impl FnOnce(&mut Session)) {
        let mut after = self.session.get_untracked();
        change(&mut after);
        self.step(after, History::record);
    }

    /// Shows `after` as one undoable step, kept by `record` (no step when nothing changed).
    fn step(&self, after: Session, record: fn(&mut History, Session)) {
        let before = self.session.get_untracked();
        if after == before {
            return;
        }
        self.history.update_value(|h| record(h, before));
        self.depth.set(self.history.with_value(History::depth));
        self.session.set(after);
    }

    /// Changes the session without an undo step while there is nothing to undo or redo
    /// (a quote just opened or started), so Undo never takes away what the user did not
    /// do; with a history it is an ordinary step.
    pub(super) fn settle(&self, change: impl FnOnce(&mut Session)) {
        if self.depth.get_untracked() != (0, 0) {
            return self.edit(change);
        }
        self.session.update(change);
    }

    /// Undoes the last edit.
    pub fn undo(&self) {
        let current = self.session.get_untracked();
        if let Some(previous) = self.history.try_update_value(|h| h.undo(current)).flatten() {
            self.session.set(previous);
        }
        self.depth.set(self.history.with_value(History::depth));
    }

    /// Redoes the last undone edit.
    pub fn redo(&self) {
        let current = self.session.get_untracked();
        if let Some(next) = self.history.try_update_value(|h| h.redo(current)).flatten() {
            self.session.set(next);
        }
        self.depth.set(self.history.with_value(History::depth));
    }

    /// Whether undo / redo are possible (tracked).
    pub fn can_undo(&self) -> bool {
        self.depth.get().0 > 0
    }

    /// Whether redo is possible (tracked).
    pub fn can_redo(&self) -> bool {
        self.depth.get().1 > 0
    }

    /// Applies a fix: a change (one undoable step) or, for "enter X", focus on the field.
    pub fn fix(&self, action: &FixAction) {
        match action {
            FixAction::EnterNumber { input } => {
                // Customer mode may show one question for both platforms' inputs.
                if !web::focus(&format!("input-{}", input.key())) {
                    if let Some([om, _]) = SHARED_PLATFORM_MEASURES.iter().find(|pair| pair.contains(input)) {
                        web::focus(&format!("input-both-{}", om.key()));
                    }
                }
            }
            FixAction::EnterDate { input } => {
                web::focus(&format!("input-{}", input.key()));
            }
            FixAction::EnterRegion => {
                web::focus("input-region");
            }
            action => {
                let catalog = self.catalog();
                self.edit(|s| {
                    apply_fix(&catalog, &mut s.profile, &mut s.quote, action);
                });
            }
        }
    }

    /// Shows a notice that something was done.
    pub fn tell(&self, text: impl Into<String>) {
        self.notice.set(Some(Notice { text: text.into(), problem: false, action: None }));
    }

    /// Shows a notice that something went wrong (announced as an alert).
    pub fn tell_problem(&self, text: impl Into<String>) {
        self.notice.set(Some(Notice { text: text.into(), problem: true, action: None }));
    }

    /// The quotes kept in the browser (`None` for an in-memory store).
    pub fn shelf(&self) -> Option<Shelf> {
        self.shelf
    }

    /// Shows another session with an empty history (opening another stored quote).
    pub(super) fn start_over(&self, session: Session) {
        self.history.set_value(History::default());
        self.depth.set((0, 0));
        self.session.set(session);
    }

    /// Replaces the whole session (loading a saved quote) as one undoable step.
    pub fn replace(&self, session: Session) {
        self.step(session, History::record_replacement);
    }

    /// Changes the quote without an undo step, in its current state and in every state of
    /// it that undo or redo can bring back (issuing: what was sent stays sent).
    pub(super) fn change_for_good(&self, change: impl Fn(&mut Session)) {
        self.session.update(&change);
        self.history.update_value(|h| h.for_this_quote(&change));
    }
}

/// Creates the store with the quotes kept in the browser, opens the last one, and
/// provides it. Saving is the only effect: a moment after each change, and when the page
/// is hidden (closing the tab).
pub fn provide_store(catalog: Catalog) -> Store {
    let restored = restore(super::use_texts(), fresh_session);
    let notice = RwSignal::new(restored.notice);
    let shelf = Shelf::new(restored.library, restored.problem);
    let store = build(catalog, restored.session, notice, Some(shelf));
    let session = store.session;
    Effect::new(move |first: Option<()>| {
        session.track();
        // The restored session is already stored.
        if first.is_some() {
            store.save_soon();
        }
    });
    let _ = window_event_listener(leptos::ev::pagehide, move |_| store.flush_save());
    provide_context(store);
    store
}

/// Creates and provides a store that is not saved anywhere (component tests).
pub fn provide_memory_store(catalog: Catalog, initial: Session) -> Store {
    let store = build(catalog, initial, RwSignal::new(None), None);
    provide_context(store);
    store
}

fn build(catalog: Catalog, initial: Session, notice: RwSignal<Option<Notice>>, shelf: Option<Shelf>) -> Store {
    let catalog = Arc::new(catalog);
    super::seed_details::provide_seed_details(&catalog);
    let catalog = StoredValue::new(catalog);
    let session = RwSignal::new(initial);
    let evaluation = Memo::new(move |_| {
        let catalog = catalog.get_value();
        session.with(|s| Arc::new(evaluate(&catalog, &s.profile, &s.quote)))
    });
    let boq = Memo::new(move |_| {
        let catalog = catalog.get_value();
        let evaluation = evaluation.get();
        session.with(|s| Arc::new(Boq::build(&catalog, &s.quote, &evaluation.lines)))
    });
    let mode = Memo::new(move |_| session.with(|s| s.mode));
    let suggestions = Memo::new(move |_| {
        let catalog = catalog.get_value();
        session.with(|s| suggest(&catalog, &s.profile, &s.quote))
    });
    Store {
        catalog,
        session,
        history: StoredValue::new(History::default()),
        depth: RwSignal::new((0, 0)),
        mode,
        shelf,
        language: super::use_language(),
        notice,
        evaluation,
        boq,
        suggestions,
    }
}

/// The store provided by the app.
pub fn use_store() -> Store {
    expect_context::<Store>()
}
