//! Session JWTs: `base64url(header).base64url(claims).base64url(signature)`.
//!
//! The signature is a keyed hash (SipHash, keyed randomly per local Stytch), not RS256: it lets
//! a local Stytch recognise the JWTs it issued and reject edited or foreign ones, which is all a
//! test double needs. Apps that verify JWTs themselves against Stytch's JWKS cannot verify these.

use serde_json::{Map, Value};
use std::collections::hash_map::RandomState;
use std::hash::{BuildHasher, Hasher};

/// The JWT header: Stytch's shape, with an algorithm name that says what this is.
const HEADER: &str = r#"{"alg":"local-siphash","kid":"local-stytch","typ":"JWT"}"#;

/// Why a JWT was not accepted.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Rejected {
    /// Not three base64url parts around a JSON object.
    Malformed,
    /// Well formed, but not issued by this local Stytch (or edited since).
    Foreign,
}

/// Signs and checks the JWTs of one local Stytch.
pub(crate) struct Signer {
    key: RandomState,
}

impl Signer {
    pub(crate) fn new() -> Signer {
        Signer { key: RandomState::new() }
    }

    /// A JWT carrying `claims`.
    pub(crate) fn sign(&self, claims: &Map<String, Value>) -> String {
        let claims = serde_json::to_vec(claims).unwrap_or_default();
        let mut jwt = base64url(HEADER.as_bytes());
        jwt.push('.');
        jwt.push_str(&base64url(&claims));
        let signature = self.signature(jwt.as_bytes());
        jwt.push('.');
        jwt.push_str(&base64url(&signature));
        jwt
    }

    /// The claims of a JWT this signer issued.
    pub(crate) fn verify(&self, jwt: &str) -> Result<Map<String, Value>, Rejected> {
        let mut parts = jwt.split('.');
        let (Some(header), Some(claims), Some(signature), None) =
            (parts.next(), parts.next(), parts.next(), parts.next())
        else {
            return Err(Rejected::Malformed);
        };
        let header = decode_base64url(header).ok_or(Rejected::Malformed)?;
        let claims = decode_base64url(claims).ok_or(Rejected::Malformed)?;
        let signature = decode_base64url(signature).ok_or(Rejected::Malformed)?;
        serde_json::from_slice::<Map<String, Value>>(&header).map_err(|_| Rejected::Malformed)?;
        let claims =
            serde_json::from_slice::<Map<String, Value>>(&claims).map_err(|_| Rejected::Malformed)?;
        let signed = &jwt[..jwt.rfind('.').unwrap_or(0)];
        if signature != self.signature(signed.as_bytes()) {
            return Err(Rejected::Foreign);
        }
        Ok(claims)
    }

    fn signature(&self, input: &[u8]) -> Vec<u8> {
        let mut out = Vec::with_capacity(32);
        for lane in 0u8..4 {
            let mut hasher = self.key.build_hasher();
            hasher.write_u8(lane);
            hasher.write(input);
            out.extend_from_slice(&hasher.finish().to_be_bytes());
        }
        out
    }
}

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// Base64url without padding (RFC 4648 §5), as JWTs use.
pub(crate) fn base64url(input: &[u8]) -> String {
    let mut out = String::with_capacity(input.len().div_ceil(3) * 4);
    for chunk in input.chunks(3) {
        let b = [chunk[0], *chunk.get(1).unwrap_or(&0), *chunk.get(2).unwrap_or(&0)];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..=chunk.len() {
            out.push(ALPHABET[(n >> (18 - 6 * i)) as usize & 63] as char);
        }
    }
    out
}

/// Decodes unpadded base64url; `None` for any other character or an impossible length.
pub(crate) fn decode_base64url(input: &str) -> Option<Vec<u8>> {
    if input.len() % 4 == 1 {
        return None;
    }
    let mut out = Vec::with_capacity(input.len() * 3 / 4);
    let (mut acc, mut bits) = (0u32, 0u32);
    for byte in input.bytes() {
        let value = ALPHABET.iter().position(|&c| c == byte)? as u32;
        acc = (acc << 6) | value;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
            acc &= (1 << bits) - 1;
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn base64url_round_trips_every_length() {
        for input in ["", "f", "fo", "foo", "foob", "fooba", "foobar", "\u{fffd}\u{ff}?>"] {
            assert_eq!(decode_base64url(&base64url(input.as_bytes())).unwrap(), input.as_bytes());
        }
        assert_eq!(base64url(b"foobar"), "Zm9vYmFy");
        assert_eq!(base64url(b"fo"), "Zm8");
        assert_eq!(base64url(&[0xfb, 0xff]), "-_8");
        assert_eq!(decode_base64url("a+b"), None);
        assert_eq!(decode_base64url("abcde"), None);
    }

    #[test]
    fn a_signer_accepts_its_own_jwts_only() {
        let signer = Signer::new();
        let claims = json!({"sub": "user-test-1", "n": 1}).as_object().unwrap().clone();
        let jwt = signer.sign(&claims);
        assert_eq!(jwt.split('.').count(), 3);
        assert_eq!(signer.verify(&jwt).unwrap(), claims);

        let other = Signer::new();
        assert_eq!(other.verify(&jwt), Err(Rejected::Foreign));

        let parts: Vec<&str> = jwt.split('.').collect();
        let edited = json!({"sub": "user-test-2", "n": 1}).to_string();
        let tampered = format!("{}.{}.{}", parts[0], base64url(edited.as_bytes()), parts[2]);
        assert_eq!(signer.verify(&tampered), Err(Rejected::Foreign));

        assert_eq!(signer.verify("not a jwt"), Err(Rejected::Malformed));
        assert_eq!(signer.verify("a.b.c.d"), Err(Rejected::Malformed));
        assert_eq!(signer.verify(&format!("{}.{}.x", parts[0], base64url(b"[1]"))), Err(Rejected::Malformed));
    }
}
