//! Undo / redo of whole sessions: every edit is one step, and undo restores the previous
//! quote and profile exactly. Each step knows whether it replaced the quote with another
//! (a loaded file or link), so what belongs to one quote across its steps, its issued
//! revisions, can be kept on all of them (an issue is not an edit: what was sent stays
//! sent, catalog-rules §11).

use crate::domain::session::Session;

/// How many steps are kept.
const LIMIT: usize = 200;

/// How the state after a kept state was reached.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Step {
    /// An edit of the same quote.
    Edit,
    /// Another quote replaced it.
    Replace,
}

/// Undo and redo stacks: each state with the step that leads from it (undo) or to it
/// (redo).
#[derive(Clone, Debug, Default)]
pub struct History {
    undo: Vec<(Session, Step)>,
    redo: Vec<(Session, Step)>,
}

impl History {
    /// Records the state before an edit (and forgets the redo branch).
    pub fn record(&mut self, before: Session) {
        self.push(before, Step::Edit);
    }

    /// Records the state before another quote replaced it (a loaded file or link).
    pub fn record_replacement(&mut self, before: Session) {
        self.push(before, Step::Replace);
    }

    fn push(&mut self, before: Session, step: Step) {
        self.undo.push((before, step));
        if self.undo.len() > LIMIT {
            self.undo.remove(0);
        }
        self.redo.clear();
    }

    /// Steps back from `current`; returns the state to show.
    pub fn undo(&mut self, current: Session) -> Option<Session> {
        let (previous, step) = self.undo.pop()?;
        self.redo.push((current, step));
        Some(previous)
    }

    /// Steps forward from `current`.
    pub fn redo(&mut self, current: Session) -> Option<Session> {
        let (next, step) = self.redo.pop()?;
        self.undo.push((current, step));
        Some(next)
    }

    /// Changes every kept state of the quote being edited (back to the step that brought
    /// it in, forward to the step that would replace it), not those of other quotes.
    pub fn for_this_quote(&mut self, mut change: impl FnMut(&mut Session)) {
        for stack in [&mut self.undo, &mut self.redo] {
            for (session, step) in stack.iter_mut().rev() {
                if *step == Step::Replace {
                    break;
                }
                change(session);
            }
        }
    }

    /// Steps available (undo, redo).
    pub fn depth(&self) -> (usize, usize) {
        (self.undo.len(), self.redo.len())
    }
}
