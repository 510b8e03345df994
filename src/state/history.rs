//! Undo / redo of whole sessions: every edit is one step, and undo restores the previous
//! quote and profile exactly.

use crate::domain::session::Session;

/// How many steps are kept.
const LIMIT: usize = 200;

/// Undo and redo stacks.
#[derive(Clone, Debug, Default)]
pub struct History {
    undo: Vec<Session>,
    redo: Vec<Session>,
}

impl History {
    /// Records the state before an edit (and forgets the redo branch).
    pub fn record(&mut self, before: Session) {
        self.undo.push(before);
        if self.undo.len() > LIMIT {
            self.undo.remove(0);
        }
        self.redo.clear();
    }

    /// Steps back from `current`; returns the state to show.
    pub fn undo(&mut self, current: Session) -> Option<Session> {
        let previous = self.undo.pop()?;
        self.redo.push(current);
        Some(previous)
    }

    /// Steps forward from `current`.
    pub fn redo(&mut self, current: Session) -> Option<Session> {
        let next = self.redo.pop()?;
        self.undo.push(current);
        Some(next)
    }

    /// Steps available (undo, redo).
    pub fn depth(&self) -> (usize, usize) {
        (self.undo.len(), self.redo.len())
    }
}
