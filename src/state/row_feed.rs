//! Per-row values fed from one computation over the quote: each row of a long list (a
//! quote line, a catalog item, a BOQ row) reads a signal of its own, and an edit wakes
//! only the rows whose values changed.
//!
//! Why not a memo per row: every memo that reads the evaluation or the BOQ sits downstream
//! of every edit, and the reactive graph visits each of them (copying its list of
//! subscribers) and re-runs it on each edit, however little changed. With the whole
//! catalog that was hundreds of memos and about a third of an edit's work. A feed is one
//! effect downstream of the edit; the rows' signals are not, and are set only when their
//! value differs.

use std::collections::HashMap;
use std::hash::Hash;

use leptos::prelude::*;

/// The rows' signals of one list, keyed by row (an item id, an offering id), and the
/// latest values they were fed, which a row created later starts from.
pub struct RowFeed<K, V>
where
    K: Send + Sync + 'static,
    V: Send + Sync + 'static,
{
    rows: StoredValue<HashMap<K, ArcRwSignal<Option<V>>>>,
    latest: StoredValue<HashMap<K, V>>,
}

impl<K, V> Clone for RowFeed<K, V>
where
    K: Send + Sync + 'static,
    V: Send + Sync + 'static,
{
    fn clone(&self) -> Self {
        *self
    }
}

impl<K, V> Copy for RowFeed<K, V>
where
    K: Send + Sync + 'static,
    V: Send + Sync + 'static,
{
}

impl<K, V> RowFeed<K, V>
where
    K: Eq + Hash + Clone + Send + Sync + 'static,
    V: PartialEq + Clone + Send + Sync + 'static,
{
    /// A feed of the values `values` computes for every row at once (a row it leaves out
    /// reads `None`). `values` reads reactive state (the evaluation, the BOQ); it re-runs
    /// when that changes, in one effect owned by the calling component.
    pub fn new(values: impl Fn() -> Vec<(K, V)> + 'static) -> Self {
        let first: HashMap<K, V> = untrack(&values).into_iter().collect();
        let feed = RowFeed { rows: StoredValue::new(HashMap::new()), latest: StoredValue::new(first) };
        Effect::new(move |_| {
            let fresh: HashMap<K, V> = values().into_iter().collect();
            feed.feed(&fresh);
            feed.latest.set_value(fresh);
        });
        feed
    }

    /// Sets the signal of each row whose value differs from what it holds. The signals
    /// are set after the rows' map is released: a row's effects may ask for another row.
    fn feed(&self, fresh: &HashMap<K, V>) {
        let changed: Vec<(ArcRwSignal<Option<V>>, Option<V>)> = self.rows.with_value(|rows| {
            rows.iter()
                .filter_map(|(key, signal)| {
                    let value = fresh.get(key);
                    signal.with_untracked(|held| held.as_ref() != value).then(|| (signal.clone(), value.cloned()))
                })
                .collect()
        });
        for (signal, value) in changed {
            signal.set(value);
        }
    }

    /// The signal of the row `key` (made on first request, starting from the latest
    /// values). Signals are kept for the feed's lifetime: keys come from the catalog, so
    /// there are at most as many as it has items or offerings.
    pub fn row(&self, key: &K) -> ReadSignal<Option<V>> {
        let signal = self.rows.try_update_value(|rows| {
            rows.entry(key.clone())
                .or_insert_with(|| ArcRwSignal::new(self.latest.with_value(|latest| latest.get(key).cloned())))
                .clone()
        });
        // A disposed feed (its list is gone) has no rows: a lone signal reads `None`.
        let signal = signal.unwrap_or_else(|| ArcRwSignal::new(None));
        RwSignal::from(signal).read_only()
    }
}
