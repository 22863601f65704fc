//! Session JWTs: `base64url(header).base64url(claims).base64url(signature)`.
//!
//! The signature is a keyed hash (SipHash, keyed randomly per local Stytch), not RS256: it lets
//! a local Stytch recognise the JWTs it issued and reject edited or foreign ones, which is all a
//! test double needs. Apps that verify JWTs themselves against Stytch's JWKS cannot verify these.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine as _;
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
        let mut jwt = URL_SAFE_NO_PAD.encode(HEADER);
        jwt.push('.');
        jwt.push_str(&URL_SAFE_NO_PAD.encode(claims));
        let signature = self.signature(jwt.as_bytes());
        jwt.push('.');
        jwt.push_str(&URL_SAFE_NO_PAD.encode(signature));
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
        let header = URL_SAFE_NO_PAD.decode(header).map_err(|_| Rejected::Malformed)?;
        let claims = URL_SAFE_NO_PAD.decode(claims).map_err(|_| Rejected::Malformed)?;
        let signature = URL_SAFE_NO_PAD.decode(signature).map_err(|_| Rejected::Malformed)?;
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

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

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
        let tampered = format!("{}.{}.{}", parts[0], URL_SAFE_NO_PAD.encode(edited), parts[2]);
        assert_eq!(signer.verify(&tampered), Err(Rejected::Foreign));

        assert_eq!(signer.verify("not a jwt"), Err(Rejected::Malformed));
        assert_eq!(signer.verify("a.b.c.d"), Err(Rejected::Malformed));
        // Not base64url: another alphabet, or an impossible length.
        assert_eq!(signer.verify(&format!("{}.{}.a+b", parts[0], parts[1])), Err(Rejected::Malformed));
        assert_eq!(signer.verify(&format!("{}.{}.abcde", parts[0], parts[1])), Err(Rejected::Malformed));
        assert_eq!(
            signer.verify(&format!("{}.{}.x", parts[0], URL_SAFE_NO_PAD.encode(b"[1]"))),
            Err(Rejected::Malformed)
        );
    }
}
