//! A small FNV-1a hasher for the engine's id lookups: ids are short strings from our own
//! catalog, so HashDoS resistance (std's SipHash) buys nothing and costs time on
//! 10,000-line quotes. Iteration order of these maps never reaches the output.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

/// FNV-1a, 64 bit.
#[derive(Clone, Copy, Debug)]
pub struct FnvHasher(u64);

impl Default for FnvHasher {
    fn default() -> Self {
        FnvHasher(0xcbf2_9ce4_8422_2325)
    }
}

impl Hasher for FnvHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for byte in bytes {
            self.0 ^= u64::from(*byte);
            self.0 = self.0.wrapping_mul(0x0100_0000_01b3);
        }
    }
}

/// A `HashMap` keyed by catalog ids.
pub type IdMap<K, V> = HashMap<K, V, BuildHasherDefault<FnvHasher>>;
/// A `HashSet` of catalog ids.
pub type IdSet<K> = HashSet<K, BuildHasherDefault<FnvHasher>>;
