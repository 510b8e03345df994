//! Sorting by rank, with one sort routine for the whole crate.
//!
//! Each `sort_by_key` on a new element or key type makes the compiler emit another copy of
//! the standard library's sort (1-3 KB of wasm each; `twiggy` counted about 50 KB of them
//! in the app's module, README "Performance"). [`sort_by_rank`] ranks the elements first
//! and sorts the ranks, always the one concrete type [`Rank`], so the app carries one sort
//! however many kinds of list it orders. The permutation that follows is a plain loop.

use std::collections::{BTreeMap, BTreeSet};

use super::catalog::Catalog;

/// Where an element goes: by `primary`, then by `text`, then by its current position.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Default)]
pub struct Rank {
    /// The first sort key (catalog ordinal, severity, section number...).
    pub primary: u64,
    /// The tie-break among equal `primary` ranks, compared as text.
    pub text: String,
}

impl Rank {
    /// A rank by a number alone.
    pub fn number(primary: u64) -> Rank {
        Rank { primary, text: String::new() }
    }

    /// A rank by a number, then by text.
    pub fn number_then_text(primary: u64, text: impl Into<String>) -> Rank {
        Rank { primary, text: text.into() }
    }
}

/// A catalog ordinal as a rank number; an id missing from the catalog (`usize::MAX`)
/// sorts last.
pub fn ordinal_rank(ordinal: usize) -> u64 {
    u64::try_from(ordinal).unwrap_or(u64::MAX)
}

/// The rank of a catalog id: its place in the catalog, unknown ids last.
pub fn catalog_rank(catalog: &Catalog, id: &str) -> Rank {
    Rank::number(ordinal_rank(catalog.ordinal(id)))
}

/// Sorts `items` by the rank `rank_of` gives each, keeping elements of equal rank in their
/// current order (a stable sort). `rank_of` is called once per element.
pub fn sort_by_rank<T>(items: &mut Vec<T>, rank_of: impl Fn(&T) -> Rank) {
    if items.len() < 2 {
        return;
    }
    let mut ranked: Vec<(Rank, usize)> = items.iter().map(&rank_of).zip(0..).collect();
    // Positions are unique, so the unstable sort of the pairs is stable for the elements.
    ranked.sort_unstable();
    let mut slots: Vec<Option<T>> = items.drain(..).map(Some).collect();
    items.extend(ranked.iter().filter_map(|(_, position)| slots.get_mut(*position).and_then(Option::take)));
}

/// A set of `items`, built by inserting them one by one. `collect()` into a `BTreeSet`
/// sorts its input first, with one more copy of the sort per element type; the sets here
/// hold a few dozen elements at most, where inserting costs nothing noticeable.
pub fn set_of<T: Ord>(items: impl IntoIterator<Item = T>) -> BTreeSet<T> {
    let mut set = BTreeSet::new();
    set.extend(items);
    set
}

/// A map of `entries`, built by inserting them one by one (why: see [`set_of`]); a later
/// entry for a key replaces an earlier one, as with `collect()`.
pub fn map_of<K: Ord, V>(entries: impl IntoIterator<Item = (K, V)>) -> BTreeMap<K, V> {
    let mut map = BTreeMap::new();
    map.extend(entries);
    map
}

/// [`sort_by_rank`] for a fixed-size array (pairs and the like), in place.
pub fn sort_array_by_rank<T: Copy, const N: usize>(items: &mut [T; N], rank_of: impl Fn(&T) -> Rank) {
    let mut sorted: Vec<T> = items.to_vec();
    sort_by_rank(&mut sorted, rank_of);
    for (slot, value) in items.iter_mut().zip(sorted) {
        *slot = value;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn sorts_by_number_then_text_and_keeps_ties_in_order() {
        let mut items = vec![(2, "b", 'x'), (1, "z", 'y'), (2, "a", 'z'), (2, "b", 'w'), (1, "z", 'v')];
        sort_by_rank(&mut items, |(n, t, _)| Rank::number_then_text(*n, *t));
        assert_eq!(items, vec![(1, "z", 'y'), (1, "z", 'v'), (2, "a", 'z'), (2, "b", 'x'), (2, "b", 'w')]);
    }

    #[test]
    fn sorts_a_pair_in_place() {
        let mut pair = ["late", "early"];
        sort_array_by_rank(&mut pair, |s| Rank::number(if *s == "early" { 0 } else { 1 }));
        assert_eq!(pair, ["early", "late"]);
    }

    #[test]
    fn sets_and_maps_match_collect() {
        let items = [5, 1, 5, 3];
        assert_eq!(set_of(items), items.into_iter().collect::<BTreeSet<_>>());
        let entries = [("b", 1), ("a", 2), ("b", 3)];
        assert_eq!(map_of(entries), entries.into_iter().collect::<BTreeMap<_, _>>());
    }

    #[test]
    fn missing_ordinals_sort_last() {
        assert_eq!(ordinal_rank(usize::MAX), u64::MAX);
        assert!(ordinal_rank(3) < ordinal_rank(usize::MAX));
    }

    proptest! {
        /// The oracle is the standard library's stable sort by the same key.
        #[test]
        fn equals_the_standard_stable_sort(items in proptest::collection::vec((0u64..6, "[ab]{0,2}", any::<u16>()), 0..40)) {
            let mut ours = items.clone();
            sort_by_rank(&mut ours, |(n, t, _)| Rank::number_then_text(*n, t.clone()));
            let mut oracle = items;
            oracle.sort_by(|a, b| (a.0, &a.1).cmp(&(b.0, &b.1)));
            prop_assert_eq!(ours, oracle);
        }
    }
}
