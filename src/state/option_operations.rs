//! The changes a view makes to a quote's options (catalog-rules §10), by name: switch to
//! another option, copy the one being edited, rename, remove. Each is one undoable edit,
//! and each says in the notice area what it did.

use crate::present::compare::option_name;

use super::store::Store;

impl Store {
    /// Edits the option at `position` instead of the current one.
    pub fn switch_option(&self, position: usize) {
        self.edit(|s| s.switch_option(position));
    }

    /// Starts a variant: a copy of the option being edited, which is then edited. Says
    /// which option is the copy of which; does nothing when the quote is full.
    pub fn copy_option(&self) {
        let mut told = None;
        self.edit(|s| {
            let copied = s.options.active_option().map(|o| (o.letter, o.name.clone()));
            if s.copy_option() {
                told = copied.zip(s.options.active_option().map(|o| (o.letter, o.name.clone())));
            }
        });
        if let Some(((from_letter, from_name), (letter, name))) = told {
            let texts = self.texts();
            self.tell(
                texts
                    .options
                    .copied
                    .fill(option_name(texts, letter, &name), option_name(texts, from_letter, &from_name)),
            );
        }
    }

    /// Names the option at `position` (spaces only leave it unnamed).
    pub fn rename_option(&self, position: usize, name: &str) {
        self.edit(|s| s.options.rename(position, name));
    }

    /// Removes the option at `position` (never the last one); Undo brings it back.
    pub fn remove_option(&self, position: usize) {
        let mut removed = None;
        self.edit(|s| {
            let named = s.options.list().get(position).map(|o| (o.letter, o.name.clone()));
            if s.remove_option(position) {
                removed = named;
            }
        });
        if let Some((letter, name)) = removed {
            let texts = self.texts();
            self.tell(texts.options.removed.fill(option_name(texts, letter, &name)));
        }
    }
}
