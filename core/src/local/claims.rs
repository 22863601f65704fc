//! Session custom claims, as Stytch's custom-claims guide describes them: an update merges into
//! the session's claims deeply (a nested object updates the object already there, key by key),
//! `null` deletes a key at any depth, and the 4 KB limit applies to the claims after the merge.
//!
//! Which keys may be set at all (`iss`, `sub`, ... and `https://stytch.com/*` are refused) is the
//! request types' own `validate()`, which the local Stytch runs on every request.

use serde_json::{Map, Value};

/// Stytch's limit on a session's custom claims, as JSON.
pub(crate) const MAX_BYTES: usize = 4096;

/// The merged claims are larger than [`MAX_BYTES`]; the session's claims stay as they were.
#[derive(Debug, PartialEq, Eq)]
pub(crate) struct TooLarge {
    /// The size of the merged claims, as JSON.
    pub(crate) bytes: usize,
}

/// The claims Stytch keeps for itself, beside everything under `https://stytch.com/`.
const RESERVED: [&str; 7] = ["iss", "sub", "aud", "exp", "nbf", "iat", "jti"];

/// A seeded session's claims, held to what a request may set: no reserved claim, no key under
/// `https://stytch.com/`, at most [`MAX_BYTES`]; nulls are dropped. The error says what is wrong.
pub(crate) fn seeded(claims: &Map<String, Value>) -> Result<Map<String, Value>, String> {
    if let Some(key) = claims.keys().find(|k| RESERVED.contains(&k.as_str())) {
        return Err(format!("must not contain the reserved claim `{key}`"));
    }
    if let Some(key) = claims.keys().find(|k| k.starts_with(crate::validate::STYTCH_CLAIMS_PREFIX)) {
        return Err(format!("must not contain `{key}`: keys under https://stytch.com/ are Stytch's"));
    }
    merged(&Map::new(), Some(claims))
        .map_err(|e| format!("must be at most {MAX_BYTES} bytes of JSON, not {}", e.bytes))
}

/// The claims after applying `changes` to `current`, if they fit in [`MAX_BYTES`].
pub(crate) fn merged(
    current: &Map<String, Value>,
    changes: Option<&Map<String, Value>>,
) -> Result<Map<String, Value>, TooLarge> {
    let mut claims = current.clone();
    if let Some(changes) = changes {
        merge_into(&mut claims, changes);
    }
    let bytes = serde_json::to_vec(&claims).map_or(usize::MAX, |json| json.len());
    if bytes > MAX_BYTES {
        return Err(TooLarge { bytes });
    }
    Ok(claims)
}

/// Applies `changes` key by key: `null` deletes, an object merges into an object already there,
/// anything else replaces. Nulls inside a new object are deletions too, so none is stored.
fn merge_into(target: &mut Map<String, Value>, changes: &Map<String, Value>) {
    for (key, change) in changes {
        match change {
            Value::Null => {
                target.remove(key);
            }
            Value::Object(nested) => {
                let slot = target.entry(key.clone()).or_insert_with(|| Value::Object(Map::new()));
                if !slot.is_object() {
                    *slot = Value::Object(Map::new());
                }
                if let Value::Object(existing) = slot {
                    merge_into(existing, nested);
                }
            }
            value => {
                target.insert(key.clone(), value.clone());
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn map(value: Value) -> Map<String, Value> {
        value.as_object().expect("an object").clone()
    }

    #[test]
    fn the_guides_examples() {
        let first = merged(&Map::new(), Some(&map(json!({"key_1": 1, "key_2": 2})))).unwrap();
        let second = merged(&first, Some(&map(json!({"key_1": 9})))).unwrap();
        assert_eq!(Value::Object(second.clone()), json!({"key_1": 9, "key_2": 2}));
        let third = merged(&second, Some(&map(json!({"key_1": null})))).unwrap();
        assert_eq!(Value::Object(third), json!({"key_2": 2}));

        let start = map(json!({"b": 2, "d": 4}));
        let update = map(json!({"b": null, "c": 3.5, "e": {"nested1": "val1", "nested2": "val2"}}));
        let next = merged(&start, Some(&update)).unwrap();
        assert_eq!(
            Value::Object(next.clone()),
            json!({"c": 3.5, "d": 4, "e": {"nested1": "val1", "nested2": "val2"}})
        );
        let nested = map(json!({"e": {"nested1": null, "nested3": "val3"}}));
        let last = merged(&next, Some(&nested)).unwrap();
        assert_eq!(
            Value::Object(last),
            json!({"c": 3.5, "d": 4, "e": {"nested2": "val2", "nested3": "val3"}})
        );
    }

    #[test]
    fn objects_replace_scalars_and_nulls_are_never_stored() {
        let start = map(json!({"a": 1, "list": [1, 2]}));
        let update = map(json!({"a": {"x": 1, "y": null}, "list": [3], "new": {"z": null}}));
        let result = merged(&start, Some(&update)).unwrap();
        assert_eq!(Value::Object(result), json!({"a": {"x": 1}, "list": [3], "new": {}}));
    }

    #[test]
    fn the_limit_is_on_the_merged_claims() {
        let half = "x".repeat(3000);
        let first = merged(&Map::new(), Some(&map(json!({"a": half})))).unwrap();
        let err = merged(&first, Some(&map(json!({"b": half})))).unwrap_err();
        assert!(err.bytes > MAX_BYTES);
        // Replacing the big claim keeps the total within the limit.
        assert!(merged(&first, Some(&map(json!({"a": null, "b": half})))).is_ok());
    }
}
