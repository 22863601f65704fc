//! [`KeySet`]: a project's JSON Web Key Set, as the RSA keys that can verify RS256 and the ids of
//! those that cannot (and why).

use crate::consumer::session::JwkSet;
use crate::error::ConfigError;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine as _;
use serde::Deserialize;
use std::fmt;
use std::sync::Arc;

/// At most this many keys of a key set are read; the rest are ignored. Stytch serves one or two
/// (two for a month after a rotation).
pub const MAX_KEYS: usize = 64;

/// The key sizes `ring::signature::RSA_PKCS1_2048_8192_SHA256` verifies, in bytes.
const MIN_MODULUS_BYTES: usize = 2048 / 8;
const MAX_MODULUS_BYTES: usize = 8192 / 8;

/// The session-signing keys of a project, from its JSON Web Key Set
/// (`GET /v1/sessions/jwks/{project_id}`).
///
/// Only RSA keys of 2048 to 8192 bits that may verify RS256 signatures are used. A key that is
/// not RSA, is shorter, names another `alg`, `use` or `key_ops`, or shares its `kid` with another
/// key is kept as *unusable*: a JWT naming it is refused with
/// [`JwtError::UnusableKey`](crate::JwtError::UnusableKey), and the key set is not fetched again
/// for it. Cheap to clone.
///
/// Give one to a verifier to start without the network (tests, an air-gapped start), with
/// [`VerifierBuilder::keys`](super::VerifierBuilder::keys):
///
/// ```
/// use stytch_endpoint::jwt::KeySet;
///
/// let keys = KeySet::from_json(br#"{"keys": [{"kty": "EC", "kid": "jwk-test-ec", "crv": "P-256"}]}"#)?;
/// assert_eq!(keys.kids().collect::<Vec<_>>(), ["jwk-test-ec"]);
/// assert!(!keys.can_verify("jwk-test-ec"));
/// # Ok::<(), stytch_endpoint::ConfigError>(())
/// ```
#[derive(Clone, Default)]
pub struct KeySet {
    entries: Arc<[(String, Entry)]>,
}

#[derive(Clone)]
pub(crate) enum Entry {
    /// Big-endian modulus and exponent, leading zeros stripped.
    Rsa {
        n: Vec<u8>,
        e: Vec<u8>,
    },
    Unusable(&'static str),
}

/// One JWK as a JWKS holds it; every member optional, so that one odd key does not spoil the set.
#[derive(Deserialize, Default)]
#[serde(default)]
pub(crate) struct RawJwk {
    kty: Option<String>,
    kid: Option<String>,
    alg: Option<String>,
    #[serde(rename = "use")]
    use_: Option<String>,
    key_ops: Option<Vec<String>>,
    n: Option<String>,
    e: Option<String>,
}

impl RawJwk {
    /// A JWK from its members, for key sets that arrive as typed objects.
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn new(
        kty: &str,
        kid: &str,
        alg: &str,
        use_: &str,
        key_ops: &[String],
        n: &str,
        e: &str,
    ) -> RawJwk {
        let some = |s: &str| (!s.is_empty()).then(|| s.to_owned());
        RawJwk {
            kty: some(kty),
            kid: some(kid),
            alg: some(alg),
            use_: some(use_),
            key_ops: (!key_ops.is_empty()).then(|| key_ops.to_vec()),
            n: some(n),
            e: some(e),
        }
    }
}

#[derive(Deserialize)]
struct RawJwks {
    keys: Vec<serde_json::Value>,
}

impl KeySet {
    /// A JWKS document (`{"keys": [...]}`, as Stytch's JWKS routes answer). Fails only when the
    /// document is not a JSON object with a `keys` array; a key it cannot use is kept as
    /// unusable.
    pub fn from_json(jwks: &[u8]) -> Result<KeySet, ConfigError> {
        let raw: RawJwks = serde_json::from_slice(jwks)
            .map_err(|_| ConfigError::new("the key set is not a JWKS: a JSON object with a `keys` array"))?;
        let keys =
            raw.keys.into_iter().take(MAX_KEYS).map(|key| serde_json::from_value(key).unwrap_or_default());
        Ok(KeySet::from_raw(keys))
    }

    /// The keys of a JWKS answer ([`GetJwks`](crate::consumer::session::GetJwks) or
    /// [`GetB2bJwks`](crate::b2b::session::GetB2bJwks)).
    pub fn from_jwk_set(set: &JwkSet) -> KeySet {
        KeySet::from_raw(
            set.keys
                .iter()
                .take(MAX_KEYS)
                .map(|k| RawJwk::new(&k.kty, &k.kid, &k.alg, &k.key_use, &k.key_ops, &k.n, &k.e)),
        )
    }

    pub(crate) fn from_raw(keys: impl IntoIterator<Item = RawJwk>) -> KeySet {
        let mut entries: Vec<(String, Entry)> = Vec::new();
        for jwk in keys.into_iter().take(MAX_KEYS) {
            let Some(kid) = jwk.kid.clone().filter(|kid| !kid.is_empty()) else { continue };
            let entry = usable(&jwk).map_or_else(Entry::Unusable, |(n, e)| Entry::Rsa { n, e });
            match entries.iter_mut().find(|(k, _)| *k == kid) {
                // Which of two keys with one id signed a JWT cannot be told: neither is used.
                Some((_, existing)) => *existing = Entry::Unusable("two keys in the key set have this id"),
                None => entries.push((kid, entry)),
            }
        }
        KeySet { entries: entries.into() }
    }

    /// The key ids, usable or not, in the set's order.
    pub fn kids(&self) -> impl Iterator<Item = &str> {
        self.entries.iter().map(|(kid, _)| kid.as_str())
    }

    /// How many keys (usable or not) the set holds.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether the set holds no key.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Whether the set has a key with this id that can verify an RS256 signature.
    pub fn can_verify(&self, kid: &str) -> bool {
        matches!(self.get(kid), Some(Entry::Rsa { .. }))
    }

    pub(crate) fn get(&self, kid: &str) -> Option<&Entry> {
        self.position(kid).map(|(_, entry)| entry)
    }

    pub(crate) fn position(&self, kid: &str) -> Option<(usize, &Entry)> {
        self.entries.iter().enumerate().find(|(_, (k, _))| k == kid).map(|(i, (_, entry))| (i, entry))
    }

    pub(crate) fn get_index(&self, index: usize) -> Option<&Entry> {
        self.entries.get(index).map(|(_, entry)| entry)
    }
}

/// The key's modulus and exponent, if it may verify RS256; otherwise why not.
fn usable(jwk: &RawJwk) -> Result<(Vec<u8>, Vec<u8>), &'static str> {
    if jwk.kty.as_deref() != Some("RSA") {
        return Err("not an RSA key");
    }
    if jwk.alg.as_deref().is_some_and(|alg| alg != "RS256") {
        return Err("the key is for another algorithm than RS256");
    }
    if jwk.use_.as_deref().is_some_and(|use_| use_ != "sig") {
        return Err("the key is not for signatures");
    }
    if jwk.key_ops.as_ref().is_some_and(|ops| !ops.iter().any(|op| op == "verify")) {
        return Err("the key's `key_ops` do not include verify");
    }
    let decode = |part: &Option<String>| {
        let bytes = URL_SAFE_NO_PAD.decode(part.as_deref().unwrap_or_default()).ok()?;
        let start = bytes.iter().position(|&b| b != 0).unwrap_or(bytes.len());
        Some(bytes[start..].to_vec())
    };
    let (Some(n), Some(e)) = (decode(&jwk.n), decode(&jwk.e)) else {
        return Err("`n` or `e` is not base64url");
    };
    if n.len() < MIN_MODULUS_BYTES || (n.len() == MIN_MODULUS_BYTES && n[0] < 0x80) {
        return Err("the RSA key is shorter than 2048 bits");
    }
    if n.len() > MAX_MODULUS_BYTES {
        return Err("the RSA key is longer than 8192 bits");
    }
    // ring's range for the public exponent: odd, at least 3, below 2^33.
    let exponent = (e.len() <= 5).then(|| e.iter().fold(0u64, |acc, &b| (acc << 8) | u64::from(b)));
    if !exponent.is_some_and(|e| e >= 3 && e % 2 == 1 && e < 1 << 33) {
        return Err("the RSA exponent is out of range");
    }
    Ok((n, e))
}

impl fmt::Debug for KeySet {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut list = f.debug_map();
        for (kid, entry) in self.entries.iter() {
            match entry {
                Entry::Rsa { n, .. } => list.entry(kid, &format_args!("RSA {} bits", n.len() * 8)),
                Entry::Unusable(why) => list.entry(kid, &format_args!("unusable: {why}")),
            };
        }
        list.finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn rsa(kid: &str, n_bytes: usize) -> serde_json::Value {
        let mut n = vec![0xc5; n_bytes];
        n[n_bytes - 1] = 0x01;
        json!({"kty": "RSA", "kid": kid, "alg": "RS256", "use": "sig", "n": URL_SAFE_NO_PAD.encode(&n), "e": "AQAB"})
    }

    #[test]
    fn only_rsa_keys_of_2048_to_8192_bits_for_rs256_signatures_are_usable() {
        let mut odd = rsa("bad-e", 256);
        odd["e"] = json!("AAE"); // 1
        let mut padded = rsa("padded", 256);
        padded["n"] = json!(URL_SAFE_NO_PAD.encode([&[0u8, 0][..], &[0xc5; 256]].concat()));
        let jwks = json!({"keys": [
            rsa("ok", 256), padded, rsa("short", 128), rsa("huge", 1025), odd,
            {"kty": "EC", "kid": "ec", "crv": "P-256", "x": "AA", "y": "AA"},
            {"kty": "oct", "kid": "hmac", "k": "c2VjcmV0"},
            {"kty": "RSA", "kid": "hs", "alg": "HS256", "n": "AA", "e": "AQAB"},
            {"kty": "RSA", "kid": "enc", "use": "enc", "n": "AA", "e": "AQAB"},
            {"kty": "RSA", "kid": "not-b64", "n": "a+b/", "e": "AQAB"},
            {"kty": "RSA", "n": "AA", "e": "AQAB"},
            "not an object",
        ]});
        let keys = KeySet::from_json(jwks.to_string().as_bytes()).unwrap();
        assert!(keys.can_verify("ok") && keys.can_verify("padded"));
        for kid in ["short", "huge", "bad-e", "ec", "hmac", "hs", "enc", "not-b64"] {
            assert!(matches!(keys.get(kid), Some(Entry::Unusable(_))), "{kid}");
        }
        assert_eq!(keys.len(), 10, "a key without an id cannot be named and is left out");
        let shown = format!("{keys:?}");
        assert!(shown.contains("\"ok\": RSA 2048 bits") && shown.contains("shorter than 2048"), "{shown}");
    }

    #[test]
    fn two_keys_with_one_id_make_that_id_unusable() {
        let jwks = json!({"keys": [rsa("twice", 256), rsa("once", 256), rsa("twice", 256)]});
        let keys = KeySet::from_json(jwks.to_string().as_bytes()).unwrap();
        assert!(matches!(keys.get("twice"), Some(Entry::Unusable(why)) if why.contains("two keys")));
        assert!(keys.can_verify("once"));
        assert_eq!(keys.kids().collect::<Vec<_>>(), ["twice", "once"]);
    }

    #[test]
    fn a_key_set_is_bounded_and_must_be_a_jwks() {
        let many: Vec<_> = (0..200).map(|i| rsa(&format!("k{i}"), 256)).collect();
        let keys = KeySet::from_json(json!({ "keys": many }).to_string().as_bytes()).unwrap();
        assert_eq!(keys.len(), MAX_KEYS);
        for bad in [&b"<html>"[..], b"[]", b"{}", b"{\"keys\": 1}", b""] {
            assert!(KeySet::from_json(bad).is_err());
        }
    }
}
