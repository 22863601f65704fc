//! Decoding within a memory budget: a response can never make the client hold much more memory
//! than its own size.
//!
//! A few bytes of JSON can become many bytes of Rust: `{}` (two bytes) in an array of objects is
//! a whole struct, `1` in a `serde_json::Value` array is a 32-byte value, and growing vectors
//! keep up to twice their length. A hostile body of many tiny values therefore decodes into 30 to
//! 50 times its size. [`from_slice`] decodes as `serde_json::from_slice` does, through a
//! deserializer that charges each value that will own memory against a budget and stops with an
//! error once it is spent:
//!
//! - an element of a sequence: three times the element's size (a growing `Vec` holds up to twice
//!   its length, and three times while it moves);
//! - an entry of a map (a key that is not a struct's field name): twice the key's and the value's
//!   sizes, plus the map's bookkeeping;
//! - a string: its length plus the allocator's overhead, unless it is a field name, or it is
//!   skipped (an unknown field's value is never stored);
//! - a map's first entry: also the map's first allocation (room for 11 entries).
//!
//! The charges are upper bounds of what serde's and serde_json's collections allocate, so the
//! memory held by the decoded value stays under the budget.

use serde::de::{self, DeserializeSeed, Deserializer, Visitor};
use std::cell::Cell;
use std::fmt;
use std::mem::size_of;

/// What a map entry costs beyond its key and value (a B-tree node's share of bookkeeping).
const ENTRY_OVERHEAD: usize = 16;
/// How many entries a map's first allocation holds (a B-tree leaf of std's `BTreeMap`, which
/// `serde_json::Map` is).
const NODE_ENTRIES: usize = 11;
/// What a heap allocation costs beyond its bytes (malloc's header).
const ALLOCATION_OVERHEAD: usize = 8;
/// What an element of a sequence costs, in element sizes: a growing `Vec` holds up to twice its
/// length, and three times while it moves to a larger allocation.
const ELEMENT_FACTOR: usize = 3;

/// The memory budget of one decoding.
pub(crate) struct Budget {
    left: Cell<usize>,
    spent: Cell<bool>,
}

impl Budget {
    pub(crate) fn new(bytes: usize) -> Budget {
        Budget { left: Cell::new(bytes), spent: Cell::new(false) }
    }

    /// Whether decoding stopped because the budget ran out.
    pub(crate) fn is_spent(&self) -> bool {
        self.spent.get()
    }

    fn charge<E: de::Error>(&self, bytes: usize) -> Result<(), E> {
        match self.left.get().checked_sub(bytes) {
            Some(left) => {
                self.left.set(left);
                Ok(())
            }
            None => {
                self.spent.set(true);
                Err(E::custom("the response would take too much memory to decode"))
            }
        }
    }

    /// A string of `text` bytes: what malloc takes for it (its header, rounded to 16 bytes, at
    /// least 32), nothing for an empty one.
    fn charge_str<E: de::Error>(&self, text: usize) -> Result<(), E> {
        if text == 0 {
            Ok(())
        } else {
            self.charge(((text + ALLOCATION_OVERHEAD + 15) & !15).max(32))
        }
    }
}

/// `serde_json::from_slice` within `budget`: the whole input must be one JSON value.
pub(crate) fn from_slice<'de, T: de::Deserialize<'de>>(
    body: &'de [u8],
    budget: &Budget,
) -> Result<T, serde_json::Error> {
    // Valid UTF-8 as a whole (every real answer), the strings need no check of their own.
    match std::str::from_utf8(body) {
        Ok(text) => decode(serde_json::Deserializer::from_str(text), budget),
        Err(_) => decode(serde_json::Deserializer::from_slice(body), budget),
    }
}

fn decode<'de, R: serde_json::de::Read<'de>, T: de::Deserialize<'de>>(
    mut json: serde_json::Deserializer<R>,
    budget: &Budget,
) -> Result<T, serde_json::Error> {
    let value = T::deserialize(Budgeted { inner: &mut json, budget, key: None })?;
    json.end()?;
    Ok(value)
}

/// A deserializer that charges what its visitors will keep.
struct Budgeted<'b, D> {
    inner: D,
    budget: &'b Budget,
    /// In a map's key position: set when the key turns out to be a real key (not a field name),
    /// so that the map charges the entry.
    key: Option<&'b Cell<bool>>,
}

/// A visitor that charges what it is given, then hands it on, its nested parts budgeted too.
struct Charging<'b, V> {
    inner: V,
    budget: &'b Budget,
}

impl<'b, V> Charging<'b, V> {
    fn new(inner: V, budget: &'b Budget) -> Self {
        Charging { inner, budget }
    }
}

macro_rules! forward_budgeted {
    ($($method:ident $(($($arg:ident : $ty:ty),*))?),* $(,)?) => {
        $(
            fn $method<V: Visitor<'de>>(self $($(, $arg: $ty)*)?, visitor: V) -> Result<V::Value, D::Error> {
                self.mark_key();
                self.inner.$method($($($arg,)*)? Charging::new(visitor, self.budget))
            }
        )*
    };
}

impl<D> Budgeted<'_, D> {
    /// A key deserialized as anything but an identifier is a map's key: the map charges an entry.
    fn mark_key(&self) {
        if let Some(key) = self.key {
            key.set(true);
        }
    }
}

impl<'de, D: Deserializer<'de>> Deserializer<'de> for Budgeted<'_, D> {
    type Error = D::Error;

    forward_budgeted! {
        deserialize_any, deserialize_bool, deserialize_i8, deserialize_i16, deserialize_i32,
        deserialize_i64, deserialize_i128, deserialize_u8, deserialize_u16, deserialize_u32,
        deserialize_u64, deserialize_u128, deserialize_f32, deserialize_f64, deserialize_char,
        deserialize_str, deserialize_string, deserialize_bytes, deserialize_byte_buf,
        deserialize_option, deserialize_unit, deserialize_seq, deserialize_map,
        deserialize_unit_struct(name: &'static str),
        deserialize_newtype_struct(name: &'static str),
        deserialize_tuple(len: usize),
        deserialize_tuple_struct(name: &'static str, len: usize),
        deserialize_struct(name: &'static str, fields: &'static [&'static str]),
        deserialize_enum(name: &'static str, variants: &'static [&'static str]),
    }

    /// A field name or variant name: never kept as a string.
    fn deserialize_identifier<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, D::Error> {
        self.inner.deserialize_identifier(visitor)
    }

    /// Skipped, so never kept.
    fn deserialize_ignored_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, D::Error> {
        self.inner.deserialize_ignored_any(visitor)
    }

    fn is_human_readable(&self) -> bool {
        self.inner.is_human_readable()
    }
}

macro_rules! forward_visit {
    ($($method:ident($ty:ty)),* $(,)?) => {
        $(
            fn $method<E: de::Error>(self, value: $ty) -> Result<Self::Value, E> {
                self.inner.$method(value)
            }
        )*
    };
}

impl<'de, V: Visitor<'de>> Visitor<'de> for Charging<'_, V> {
    type Value = V::Value;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.inner.expecting(f)
    }

    forward_visit! {
        visit_bool(bool), visit_i8(i8), visit_i16(i16), visit_i32(i32), visit_i64(i64),
        visit_i128(i128), visit_u8(u8), visit_u16(u16), visit_u32(u32), visit_u64(u64),
        visit_u128(u128), visit_f32(f32), visit_f64(f64), visit_char(char),
    }

    fn visit_str<E: de::Error>(self, value: &str) -> Result<Self::Value, E> {
        self.budget.charge_str(value.len())?;
        self.inner.visit_str(value)
    }

    fn visit_borrowed_str<E: de::Error>(self, value: &'de str) -> Result<Self::Value, E> {
        self.budget.charge_str(value.len())?;
        self.inner.visit_borrowed_str(value)
    }

    fn visit_string<E: de::Error>(self, value: String) -> Result<Self::Value, E> {
        self.budget.charge_str(value.len())?;
        self.inner.visit_string(value)
    }

    fn visit_bytes<E: de::Error>(self, value: &[u8]) -> Result<Self::Value, E> {
        self.budget.charge_str(value.len())?;
        self.inner.visit_bytes(value)
    }

    fn visit_borrowed_bytes<E: de::Error>(self, value: &'de [u8]) -> Result<Self::Value, E> {
        self.budget.charge_str(value.len())?;
        self.inner.visit_borrowed_bytes(value)
    }

    fn visit_byte_buf<E: de::Error>(self, value: Vec<u8>) -> Result<Self::Value, E> {
        self.budget.charge_str(value.len())?;
        self.inner.visit_byte_buf(value)
    }

    fn visit_none<E: de::Error>(self) -> Result<Self::Value, E> {
        self.inner.visit_none()
    }

    fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
        self.inner.visit_unit()
    }

    fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        self.inner.visit_some(Budgeted { inner: deserializer, budget: self.budget, key: None })
    }

    fn visit_newtype_struct<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        self.inner.visit_newtype_struct(Budgeted { inner: deserializer, budget: self.budget, key: None })
    }

    fn visit_seq<A: de::SeqAccess<'de>>(self, seq: A) -> Result<Self::Value, A::Error> {
        self.inner.visit_seq(Seq { inner: seq, budget: self.budget, started: false })
    }

    fn visit_map<A: de::MapAccess<'de>>(self, map: A) -> Result<Self::Value, A::Error> {
        self.inner.visit_map(Map { inner: map, budget: self.budget, entry: Cell::new(false), started: false })
    }

    fn visit_enum<A: de::EnumAccess<'de>>(self, data: A) -> Result<Self::Value, A::Error> {
        self.inner.visit_enum(Enum { inner: data, budget: self.budget })
    }
}

/// A seed whose value is decoded within the budget (`key`: see [`Budgeted::key`]).
struct Seed<'b, S> {
    inner: S,
    budget: &'b Budget,
    key: Option<&'b Cell<bool>>,
}

impl<'de, S: DeserializeSeed<'de>> DeserializeSeed<'de> for Seed<'_, S> {
    type Value = S::Value;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<S::Value, D::Error> {
        self.inner.deserialize(Budgeted { inner: deserializer, budget: self.budget, key: self.key })
    }
}

struct Seq<'b, A> {
    inner: A,
    budget: &'b Budget,
    /// Whether an element was decoded already.
    started: bool,
}

impl<'de, A: de::SeqAccess<'de>> de::SeqAccess<'de> for Seq<'_, A> {
    type Error = A::Error;

    fn next_element_seed<S: DeserializeSeed<'de>>(&mut self, seed: S) -> Result<Option<S::Value>, A::Error> {
        let element = self.inner.next_element_seed(Seed { inner: seed, budget: self.budget, key: None })?;
        if element.is_some() {
            // Before the sequence's `Vec` grows to hold it. A `Vec`'s first allocation has room
            // for 4 elements (of up to 1 KiB).
            let factor = if std::mem::replace(&mut self.started, true) { ELEMENT_FACTOR } else { 4 };
            self.budget.charge(factor * size_of::<S::Value>())?;
        }
        Ok(element)
    }

    fn size_hint(&self) -> Option<usize> {
        self.inner.size_hint()
    }
}

/// A map or a struct. Struct fields live inside their struct, which its owner already paid for;
/// a map's entries are allocated, so a key that is not a field name makes the entry charged.
struct Map<'b, A> {
    inner: A,
    budget: &'b Budget,
    /// Whether the last key was a real key (see [`Budgeted::key`]).
    entry: Cell<bool>,
    /// Whether the map already holds an entry: the first one also pays for the map's first
    /// allocation (a B-tree node of [`NODE_ENTRIES`] entries, or a hash table's first buckets).
    started: bool,
}

impl<'de, A: de::MapAccess<'de>> de::MapAccess<'de> for Map<'_, A> {
    type Error = A::Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(&mut self, seed: K) -> Result<Option<K::Value>, A::Error> {
        self.entry.set(false);
        let key =
            self.inner.next_key_seed(Seed { inner: seed, budget: self.budget, key: Some(&self.entry) })?;
        if key.is_some() && self.entry.get() {
            self.budget.charge(2 * size_of::<K::Value>() + ENTRY_OVERHEAD)?;
        }
        Ok(key)
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, A::Error> {
        if self.entry.get() {
            self.budget.charge(2 * size_of::<V::Value>())?;
            if !std::mem::replace(&mut self.started, true) {
                // JSON keys are strings: the node holds `String` keys beside the values.
                self.budget.charge(NODE_ENTRIES * (size_of::<String>() + size_of::<V::Value>()))?;
            }
        }
        self.inner.next_value_seed(Seed { inner: seed, budget: self.budget, key: None })
    }

    fn size_hint(&self) -> Option<usize> {
        self.inner.size_hint()
    }
}

struct Enum<'b, A> {
    inner: A,
    budget: &'b Budget,
}

impl<'de, 'b, A: de::EnumAccess<'de>> de::EnumAccess<'de> for Enum<'b, A> {
    type Error = A::Error;
    type Variant = Variant<'b, A::Variant>;

    fn variant_seed<S: DeserializeSeed<'de>>(self, seed: S) -> Result<(S::Value, Self::Variant), A::Error> {
        let (value, variant) =
            self.inner.variant_seed(Seed { inner: seed, budget: self.budget, key: None })?;
        Ok((value, Variant { inner: variant, budget: self.budget }))
    }
}

struct Variant<'b, A> {
    inner: A,
    budget: &'b Budget,
}

impl<'de, A: de::VariantAccess<'de>> de::VariantAccess<'de> for Variant<'_, A> {
    type Error = A::Error;

    fn unit_variant(self) -> Result<(), A::Error> {
        self.inner.unit_variant()
    }

    fn newtype_variant_seed<S: DeserializeSeed<'de>>(self, seed: S) -> Result<S::Value, A::Error> {
        self.inner.newtype_variant_seed(Seed { inner: seed, budget: self.budget, key: None })
    }

    fn tuple_variant<V: Visitor<'de>>(self, len: usize, visitor: V) -> Result<V::Value, A::Error> {
        self.inner.tuple_variant(len, Charging::new(visitor, self.budget))
    }

    fn struct_variant<V: Visitor<'de>>(
        self,
        fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, A::Error> {
        self.inner.struct_variant(fields, Charging::new(visitor, self.budget))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::Value;

    #[derive(serde::Deserialize, Debug, PartialEq)]
    struct Item {
        name: String,
        tags: Vec<String>,
        extra: Option<Value>,
    }

    #[test]
    fn decodes_as_serde_json_does_within_the_budget() {
        let body = br#"{"name":"a","tags":["x","y"],"extra":{"k":[1,2,{"z":null}]},"unknown":[1,2,3]}"#;
        let budget = Budget::new(64 * 1024);
        let got: Item = from_slice(body, &budget).unwrap();
        assert_eq!(got, serde_json::from_slice::<Item>(body).unwrap());
        assert!(!budget.is_spent());
        let trailing = from_slice::<Item>(br#"{"name":"a","tags":[],"extra":null} x"#, &budget);
        assert!(trailing.is_err() && !budget.is_spent());
    }

    #[test]
    fn many_tiny_values_spend_the_budget() {
        for body in [&b"[1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1]"[..], b"[[],[],[],[],[],[],[],[],[],[]]"] {
            let budget = Budget::new(8 * body.len());
            assert!(from_slice::<Value>(body, &budget).is_err());
            assert!(budget.is_spent());
        }
        let keys = br#"{"a":1,"b":2,"c":3,"d":4,"e":5,"f":6}"#;
        let budget = Budget::new(4 * keys.len());
        assert!(from_slice::<Value>(keys, &budget).is_err() && budget.is_spent());
    }

    #[test]
    fn field_names_and_skipped_values_cost_nothing() {
        let body = br#"{"name":"","tags":[],"extra":null,"unknown":["a long string that is never kept"]}"#;
        let budget = Budget::new(0);
        from_slice::<Item>(body, &budget).unwrap();
    }
}
