//! The answers typed but not taken (a number field showing "“three” is not a whole
//! number"): each field says so here, so the quote summary bar counts them with the errors
//! instead of saying "no open errors" over a refused answer. Screen state only; the
//! session never holds a refused text.

use std::collections::BTreeSet;

use leptos::prelude::*;

/// The ids of the fields whose typed text is refused, in id order.
#[derive(Clone, Copy, Debug)]
pub struct RefusedInputs(RwSignal<BTreeSet<String>>);

impl RefusedInputs {
    /// Marks a field as refusing its text, or as taking it again.
    /// (`try_`: a field cleaned up after the whole screen finds the register gone.)
    pub fn set(&self, field: &str, refused: bool) {
        let Some(already) = self.0.try_with_untracked(|ids| ids.contains(field)) else { return };
        if refused && !already {
            self.0.try_update(|ids| ids.insert(field.to_string()));
        } else if !refused && already {
            self.0.try_update(|ids| ids.remove(field));
        }
    }

    /// The first refused field (the bar links to it), if any.
    pub fn first(&self) -> Option<String> {
        self.0.with(|ids| ids.iter().next().cloned())
    }

    /// How many fields refuse their text.
    pub fn count(&self) -> usize {
        self.0.with(BTreeSet::len)
    }
}

/// Provides the register for the views below (the configurator does, once).
pub fn provide_refused_inputs() -> RefusedInputs {
    let refused = RefusedInputs(RwSignal::new(BTreeSet::new()));
    provide_context(refused);
    refused
}

/// The register, when a configurator provides one (a field mounted alone has none).
pub fn use_refused_inputs() -> Option<RefusedInputs> {
    use_context::<RefusedInputs>()
}
