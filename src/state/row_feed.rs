//! Per-row values fed from one computation over the quote: each row of a long list (a
//! quote line, a catalog item, a BOQ row) is woken by a trigger of its own, and an edit
//! wakes only the rows whose values changed.
//!
//! Why not a memo per row: every memo that reads the evaluation or the BOQ sits downstream
//! of every edit, and the reactive graph visits each of them (copying its list of
//! subscribers) and re-runs it on each edit, however little changed. With the whole
//! catalog that was hundreds of memos and about a third of an edit's work. A feed is one
//! effect downstream of the edit; the rows' triggers are not, and fire only when their
//! row's value differs.
//!
//! Why the values are type-erased: the reactive types are generic, and a signal per row
//! of each value type compiled its own copy of the signal machinery into the page's module
//! (about 9 KB gzip for the five lists). Here one concrete feed serves every list; a value
//! type adds only its comparison and the cast back.

use std::any::Any;
use std::marker::PhantomData;
use std::sync::Arc;

use leptos::prelude::*;

use crate::domain::fasthash::IdMap;

/// A row's value, compared and cast back without knowing its type.
trait RowValue: Any + Send + Sync {
    /// Whether `other` is the same value.
    fn same_as(&self, other: &dyn RowValue) -> bool;
    /// The value, to cast back.
    fn as_any(&self) -> &dyn Any;
}

impl<T: PartialEq + Send + Sync + 'static> RowValue for T {
    fn same_as(&self, other: &dyn RowValue) -> bool {
        other.as_any().downcast_ref::<T>() == Some(self)
    }

    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// A value a feed holds.
type Held = Arc<dyn RowValue>;

/// Every row's value, as one run of a feed's computation gives them.
type Values = IdMap<String, Held>;

/// What one list's feed keeps: each row asked for (its slot), the value each row shows and
/// the trigger that wakes it, and the latest values of all rows, which a row asked for
/// later starts from.
#[derive(Default)]
struct FeedState {
    slots: IdMap<String, usize>,
    shown: Vec<Option<Held>>,
    triggers: Vec<ArcTrigger>,
    latest: Values,
}

impl FeedState {
    /// Takes `fresh` as the latest values and returns the triggers of the rows whose value
    /// changed, with their new values set.
    fn take(&mut self, fresh: Values) -> Vec<ArcTrigger> {
        let mut woken = Vec::new();
        for (key, slot) in &self.slots {
            let value = fresh.get(key);
            let Some(shown) = self.shown.get_mut(*slot) else { continue };
            let same = match (shown.as_deref(), value) {
                (None, None) => true,
                (Some(shown), Some(value)) => shown.same_as(value.as_ref()),
                _ => false,
            };
            if !same {
                *shown = value.cloned();
                woken.extend(self.triggers.get(*slot).cloned());
            }
        }
        self.latest = fresh;
        woken
    }

    /// The slot of row `key`, made on first request.
    fn slot(&mut self, key: &str) -> usize {
        if let Some(slot) = self.slots.get(key) {
            return *slot;
        }
        let slot = self.shown.len();
        self.shown.push(self.latest.get(key).cloned());
        self.triggers.push(ArcTrigger::new());
        self.slots.insert(key.to_string(), slot);
        slot
    }
}

/// The rows of one list and the values they are fed, of type `V`, keyed by row (an item
/// id, an offering id).
pub struct RowFeed<V> {
    state: StoredValue<FeedState>,
    value: PhantomData<fn() -> V>,
}

impl<V> Clone for RowFeed<V> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<V> Copy for RowFeed<V> {}

impl<V: PartialEq + Send + Sync + 'static> RowFeed<V> {
    /// A feed of the values `values` computes for every row at once (a row it leaves out
    /// reads `None`). `values` reads reactive state (the evaluation, the BOQ); it re-runs
    /// when that changes, in one effect owned by the calling component.
    pub fn new(values: impl Fn() -> Vec<(String, V)> + 'static) -> Self {
        let erased = move || -> Values {
            let values = values();
            let mut erased = Values::with_capacity_and_hasher(values.len(), Default::default());
            for (key, value) in values {
                erased.insert(key, Arc::new(value));
            }
            erased
        };
        RowFeed { state: feed_state(Box::new(erased)), value: PhantomData }
    }

    /// The row `key` (its slot is made on first request, starting from the latest values).
    /// Slots are kept for the feed's lifetime: keys come from the catalog, so there are at
    /// most as many as it has items or offerings.
    pub fn row(&self, key: &str) -> FedRow<V> {
        FedRow { state: self.state, slot: slot_of(self.state, key), value: PhantomData }
    }
}

/// The feed's state and the effect that feeds it: not generic, so it is compiled once.
fn feed_state(values: Box<dyn Fn() -> Values>) -> StoredValue<FeedState> {
    let state = StoredValue::new(FeedState { latest: untrack(&values), ..FeedState::default() });
    Effect::new(move |_| {
        let fresh = values();
        // The triggers fire once the state is released: a woken row may read it.
        let woken = state.try_update_value(|state| state.take(fresh)).unwrap_or_default();
        for trigger in woken {
            trigger.notify();
        }
    });
    state
}

/// The slot of row `key`; a disposed feed (its list is gone) has no rows, and a slot past
/// the end reads `None`.
fn slot_of(state: StoredValue<FeedState>, key: &str) -> usize {
    state.try_update_value(|state| state.slot(key)).unwrap_or(usize::MAX)
}

/// The value row `slot` shows, tracked (subscribes to the row's trigger alone).
fn shown(state: StoredValue<FeedState>, slot: usize) -> Option<Held> {
    let (trigger, held) = state
        .try_with_value(|state| (state.triggers.get(slot).cloned(), state.shown.get(slot).cloned().flatten()))
        .unwrap_or_default();
    if let Some(trigger) = trigger {
        trigger.track();
    }
    held
}

/// One row of a feed: reading it subscribes to this row alone.
pub struct FedRow<V> {
    state: StoredValue<FeedState>,
    slot: usize,
    value: PhantomData<fn() -> V>,
}

impl<V> Clone for FedRow<V> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<V> Copy for FedRow<V> {}

impl<V: 'static> FedRow<V> {
    /// Runs `f` with the row's value (`None` while the row is not in the list), tracked.
    pub fn with<R>(&self, f: impl FnOnce(Option<&V>) -> R) -> R {
        let held = shown(self.state, self.slot);
        f(held.as_deref().and_then(|value| value.as_any().downcast_ref::<V>()))
    }

    /// The row's value, tracked.
    pub fn get(&self) -> Option<V>
    where
        V: Clone,
    {
        self.with(|value| value.cloned())
    }
}
