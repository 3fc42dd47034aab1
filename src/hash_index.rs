//! One index type for every table of distinct values in the checks: the batch's raw domains, domains
//! and problems, and the IDN conversions remembered between calls.
//!
//! Each map type is its own copy of the hash table's code in the wasm (about 2.5 KB before gzip for
//! insert, lookup and rehash), and the checks had four. This index maps a key's hash to where the
//! caller put the entry, in a `Vec` of its own; the caller compares that entry with its key, so two keys
//! with one hash never mix up their entries: the later one only takes the slot over, and the earlier one
//! is looked up again (the batch then sends it twice, which decodes the same).

use std::hash::BuildHasher;

/// Positions of entries by their key's hash (FxHash: see Cargo.toml on `rustc-hash`), in a table of
/// its own rather than a `HashMap<u64, usize>`: at opt-level "z" the map's probing, hashing and growth
/// stayed calls per lookup, an eighth of a 10k-distinct-domain batch's time (BENCHMARKS.md, cut 39),
/// and this linear-probing table is also less code. FxHash's low bits, which pick the slot, are its
/// best mixed.
#[derive(Default)]
pub(crate) struct HashIndex {
    /// `(hash, position + 1)` per slot, `0` for an empty one; a power of two of them, or none.
    slots: Vec<(u64, usize)>,
    /// The slots taken, kept at most half of them so that a probe ends soon.
    taken: usize,
}

impl HashIndex {
    /// The hash [`HashIndex::get`] and [`HashIndex::insert`] take, of a key's text: of a domain its
    /// ASCII form, of a problem its message. One key type is one copy of the hasher's code.
    pub(crate) fn hash(key: &str) -> u64 {
        rustc_hash::FxBuildHasher.hash_one(key)
    }

    /// Where the last entry with this hash was put, if any: the caller checks that it is its key.
    pub(crate) fn get(&self, hash: u64) -> Option<usize> {
        let (_, stored) = self.slots.get(self.find(hash)?)?;
        stored.checked_sub(1)
    }

    /// Records that the entry with this hash is at `position`.
    pub(crate) fn insert(&mut self, hash: u64, position: usize) {
        if 2 * (self.taken + 1) > self.slots.len() {
            self.grow();
        }
        if let Some(slot) = self.find(hash).and_then(|at| self.slots.get_mut(at)) {
            self.taken += usize::from(slot.1 == 0);
            *slot = (hash, position + 1);
        }
    }

    /// Forgets every position (and keeps the slots).
    #[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
    pub(crate) fn clear(&mut self) {
        self.slots.fill((0, 0));
        self.taken = 0;
    }

    /// The slot that holds `hash`, or else the empty one where it goes; `None` while there are no slots.
    #[inline(always)]
    fn find(&self, hash: u64) -> Option<usize> {
        let mask = self.slots.len().checked_sub(1)?;
        // Truncated on purpose: the low bits pick the slot.
        let mut at = hash as usize & mask;
        loop {
            let (seen, stored) = *self.slots.get(at)?;
            if stored == 0 || seen == hash {
                return Some(at);
            }
            at = (at + 1) & mask;
        }
    }

    /// Twice the slots (eight to begin with), each taken one moved to its place among them.
    fn grow(&mut self) {
        let size = (2 * self.slots.len()).max(8);
        let old = std::mem::replace(&mut self.slots, vec![(0, 0); size]);
        for (hash, stored) in old {
            if stored != 0 {
                if let Some(slot) = self.find(hash).and_then(|at| self.slots.get_mut(at)) {
                    *slot = (hash, stored);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn remembers_the_last_position_per_hash_through_growth_and_clearing() {
        let mut index = HashIndex::default();
        assert_eq!(index.get(7), None);
        // Hashes that share their low bits probe past each other.
        let hashes: Vec<u64> = (0..1000u64).map(|i| (i << 40) | (i % 3)).collect();
        for (position, &hash) in hashes.iter().enumerate() {
            index.insert(hash, position);
        }
        index.insert(hashes[5], 999_999);
        for (position, &hash) in hashes.iter().enumerate() {
            let expected = if position == 5 { 999_999 } else { position };
            assert_eq!(index.get(hash), Some(expected));
        }
        assert_eq!(index.get(1 << 50), None);
        assert_eq!(index.taken, 1000);
        assert!(index.slots.len() >= 2000 && index.slots.len().is_power_of_two());
        index.clear();
        assert_eq!(index.get(hashes[1]), None);
        index.insert(hashes[1], 0);
        assert_eq!(index.get(hashes[1]), Some(0));
        assert_eq!(index.get(HashIndex::hash("a")), None);
    }
}
