//! One index type for every table of distinct values in the checks: the batch's raw domains, domains
//! and problems, and the IDN conversions remembered between calls.
//!
//! Each map type is its own copy of the hash table's code in the wasm (about 2.5 KB before gzip for
//! insert, lookup and rehash), and the checks had four. This index maps a key's hash to where the
//! caller put the entry, in a `Vec` of its own; the caller compares that entry with its key, so two keys
//! with one hash never mix up their entries: the later one only takes the slot over, and the earlier one
//! is looked up again (the batch then sends it twice, which decodes the same).

use rustc_hash::FxHashMap;
use std::hash::BuildHasher;

/// Positions of entries by their key's hash (FxHash: see Cargo.toml on `rustc-hash`).
#[derive(Default)]
pub(crate) struct HashIndex {
    positions: FxHashMap<u64, usize>,
}

impl HashIndex {
    /// The hash [`HashIndex::get`] and [`HashIndex::insert`] take, of a key's text: of a domain its
    /// ASCII form, of a problem its message. One key type is one copy of the hasher's code.
    pub(crate) fn hash(key: &str) -> u64 {
        rustc_hash::FxBuildHasher.hash_one(key)
    }

    /// Where the last entry with this hash was put, if any: the caller checks that it is its key.
    pub(crate) fn get(&self, hash: u64) -> Option<usize> {
        self.positions.get(&hash).copied()
    }

    /// Records that the entry with this hash is at `position`.
    pub(crate) fn insert(&mut self, hash: u64, position: usize) {
        self.positions.insert(hash, position);
    }

    /// Forgets every position.
    #[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
    pub(crate) fn clear(&mut self) {
        self.positions.clear();
    }
}
