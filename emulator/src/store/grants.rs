//! The grants collection: kept in creation order (so listing 100k accounts walks a B-tree, no hashing)
//! with an id index; serialized as a map from id to grant.

use serde::de::Deserializer;
use serde::ser::{SerializeMap, Serializer};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashMap};

use super::model::Grant;

/// Grants by creation sequence, with lookups by id.
#[derive(Debug, Clone, Default)]
pub struct Grants {
    by_seq: BTreeMap<u64, Grant>,
    seq_of: HashMap<String, u64>,
}

impl Grants {
    /// The grant with this id.
    pub fn get(&self, id: &str) -> Option<&Grant> {
        self.seq_of.get(id).and_then(|s| self.by_seq.get(s))
    }

    /// The grant with this id, to change it.
    pub fn get_mut(&mut self, id: &str) -> Option<&mut Grant> {
        let seq = *self.seq_of.get(id)?;
        self.by_seq.get_mut(&seq)
    }

    /// Whether a grant has this id.
    pub fn contains_key(&self, id: &str) -> bool {
        self.seq_of.contains_key(id)
    }

    /// How many grants there are.
    pub fn len(&self) -> usize {
        self.by_seq.len()
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.by_seq.is_empty()
    }

    /// All grants, oldest first (`.rev()` for newest first).
    pub fn values(&self) -> impl DoubleEndedIterator<Item = &Grant> {
        self.by_seq.values()
    }

    /// All grants, to change them.
    pub fn values_mut(&mut self) -> impl Iterator<Item = &mut Grant> {
        self.by_seq.values_mut()
    }

    /// Adds a grant under its `seq`.
    pub fn insert(&mut self, grant: Grant) {
        self.seq_of.insert(grant.id.clone(), grant.seq);
        self.by_seq.insert(grant.seq, grant);
    }

    /// Removes a grant by id.
    pub fn remove(&mut self, id: &str) -> Option<Grant> {
        let seq = self.seq_of.remove(id)?;
        self.by_seq.remove(&seq)
    }
}

impl Serialize for Grants {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.by_seq.len()))?;
        for g in self.by_seq.values() {
            map.serialize_entry(&g.id, g)?;
        }
        map.end()
    }
}

impl<'de> Deserialize<'de> for Grants {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let map = HashMap::<String, Grant>::deserialize(deserializer)?;
        let mut grants = Self::default();
        for g in map.into_values() {
            grants.insert(g);
        }
        Ok(grants)
    }
}
