//! Session JWTs: RS256, signed with a fixed test key, and the JWKS that verifies them.
//!
//! The key is `test_key.pem` beside this file: a **public test key**, published with the crate
//! and never to be trusted for anything else. Every local Stytch signs with it and serves its
//! public half at Stytch's JWKS routes, so any RS256 verifier (Stytch's SDKs, `jsonwebtoken`,
//! `jose`, ...) accepts a local JWT when it fetches the keys from the local Stytch. Because the key
//! is shared, a JWT names a session only on the local Stytch that started that session.

use base64::engine::general_purpose::{STANDARD, URL_SAFE_NO_PAD};
use base64::Engine as _;
use ring::rand::SystemRandom;
use ring::signature::{RsaKeyPair, RsaPublicKeyComponents, RSA_PKCS1_2048_8192_SHA256, RSA_PKCS1_SHA256};
use serde_json::{json, Map, Value};
use std::sync::OnceLock;

/// The test key and its certificate, PEM, with the comment that says what they are.
const TEST_KEY_PEM: &str = include_str!("test_key.pem");
/// The key id in the JWT header and the JWKS, in Stytch's `jwk-test-...` shape.
pub(crate) const KEY_ID: &str = "jwk-test-local-stytch-2026";

/// Why a JWT was not accepted.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Rejected {
    /// Not three base64url parts around a JSON object.
    Malformed,
    /// Well formed, but not signed RS256 with the test key (or edited since).
    Foreign,
}

/// The parsed test key: the key pair, and the public parts the JWKS shows.
struct TestKey {
    pair: RsaKeyPair,
    public: RsaPublicKeyComponents<Vec<u8>>,
    certificate: Vec<u8>,
}

/// The test key, parsed once per process. It is a constant of this crate (a unit test parses
/// it), so failing to parse it is a bug in the crate, not a condition a caller can meet.
fn test_key() -> &'static TestKey {
    static KEY: OnceLock<TestKey> = OnceLock::new();
    KEY.get_or_init(|| {
        let pkcs8 = pem_block(TEST_KEY_PEM, "PRIVATE KEY").expect("test_key.pem has a PRIVATE KEY block");
        let certificate =
            pem_block(TEST_KEY_PEM, "CERTIFICATE").expect("test_key.pem has a CERTIFICATE block");
        let pair = RsaKeyPair::from_pkcs8(&pkcs8).expect("test_key.pem holds an RSA PKCS#8 key");
        let public = RsaPublicKeyComponents::<Vec<u8>>::from(pair.public());
        TestKey { pair, public, certificate }
    })
}

/// The DER bytes of the first PEM block with this label.
fn pem_block(pem: &str, label: &str) -> Option<Vec<u8>> {
    let begin = format!("-----BEGIN {label}-----");
    let end = format!("-----END {label}-----");
    let body = &pem[pem.find(&begin)? + begin.len()..];
    let body = &body[..body.find(&end)?];
    let base64: String = body.chars().filter(|c| !c.is_whitespace()).collect();
    STANDARD.decode(base64).ok()
}

/// Signs and checks the session JWTs of a local Stytch.
pub(crate) struct Signer {
    rng: SystemRandom,
}

impl Signer {
    pub(crate) fn new() -> Signer {
        Signer { rng: SystemRandom::new() }
    }

    /// A JWT carrying `claims`: `{"alg":"RS256","kid":KEY_ID,"typ":"JWT"}`, RS256-signed.
    pub(crate) fn sign(&self, claims: &Map<String, Value>) -> String {
        let key = test_key();
        let header = json!({"alg": "RS256", "kid": KEY_ID, "typ": "JWT"}).to_string();
        let claims = serde_json::to_vec(claims).unwrap_or_default();
        let mut jwt = URL_SAFE_NO_PAD.encode(header.as_bytes());
        jwt.push('.');
        jwt.push_str(&URL_SAFE_NO_PAD.encode(&claims));
        let mut signature = vec![0; key.pair.public().modulus_len()];
        // RSASSA-PKCS1-v1_5 fails only for a signature buffer of the wrong length, made right above.
        let _ = key.pair.sign(&RSA_PKCS1_SHA256, &self.rng, jwt.as_bytes(), &mut signature);
        jwt.push('.');
        jwt.push_str(&URL_SAFE_NO_PAD.encode(&signature));
        jwt
    }

    /// The claims of a JWT signed RS256 with the test key. The time claims are not checked here:
    /// as on Stytch, a JWT past its `exp` still names its session while the session lives.
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
        let header =
            serde_json::from_slice::<Map<String, Value>>(&header).map_err(|_| Rejected::Malformed)?;
        let claims =
            serde_json::from_slice::<Map<String, Value>>(&claims).map_err(|_| Rejected::Malformed)?;
        // Only RS256 with this key: `none`, HS256 and other keys are someone else's JWT.
        if header.get("alg").and_then(Value::as_str) != Some("RS256")
            || header.get("kid").is_some_and(|kid| kid.as_str() != Some(KEY_ID))
        {
            return Err(Rejected::Foreign);
        }
        let signed = &jwt[..jwt.rfind('.').unwrap_or(0)];
        test_key()
            .public
            .verify(&RSA_PKCS1_2048_8192_SHA256, signed.as_bytes(), &signature)
            .map_err(|_| Rejected::Foreign)?;
        Ok(claims)
    }
}

/// The JSON Web Key Set of `GET /v1/sessions/jwks/{project_id}` (and the B2B route), in Stytch's
/// shape: one RS256 key with `n` and `e` in unpadded base64url, its certificate in `x5c`
/// (standard base64, RFC 7517 §4.7) and the certificate's SHA-256 in `x5tS256`.
pub(crate) fn jwks(request_id: &str) -> Value {
    let key = test_key();
    let thumbprint = ring::digest::digest(&ring::digest::SHA256, &key.certificate);
    json!({
        "keys": [{
            "alg": "RS256",
            "e": URL_SAFE_NO_PAD.encode(&key.public.e),
            "key_ops": ["verify"],
            "kid": KEY_ID,
            "kty": "RSA",
            "n": URL_SAFE_NO_PAD.encode(&key.public.n),
            "use": "sig",
            "x5c": [STANDARD.encode(&key.certificate)],
            "x5tS256": STANDARD.encode(thumbprint.as_ref()),
        }],
        "request_id": request_id,
        "status_code": 200,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn the_test_key_parses_and_the_jwks_describes_it() {
        let key = test_key();
        assert_eq!(key.pair.public().modulus_len(), 256);
        let jwks = jwks("request-id-test-1");
        let jwk = &jwks["keys"][0];
        assert_eq!(jwk["e"], "AQAB");
        assert_eq!(URL_SAFE_NO_PAD.decode(jwk["n"].as_str().unwrap()).unwrap(), key.public.n);
        assert_eq!(jwk["kid"], KEY_ID);
        assert!(!jwk["n"].as_str().unwrap().contains('='));
    }

    #[test]
    fn a_signer_accepts_rs256_jwts_of_the_test_key_only() {
        let signer = Signer::new();
        let claims = json!({"sub": "user-test-1", "n": 1}).as_object().unwrap().clone();
        let jwt = signer.sign(&claims);
        assert_eq!(jwt.split('.').count(), 3);
        assert_eq!(signer.verify(&jwt).unwrap(), claims);
        let parts: Vec<&str> = jwt.split('.').collect();
        let header: Value = serde_json::from_slice(&URL_SAFE_NO_PAD.decode(parts[0]).unwrap()).unwrap();
        assert_eq!(header, json!({"alg": "RS256", "kid": KEY_ID, "typ": "JWT"}));

        let edited = json!({"sub": "user-test-2", "n": 1}).to_string();
        let tampered = format!("{}.{}.{}", parts[0], URL_SAFE_NO_PAD.encode(edited.as_bytes()), parts[2]);
        assert_eq!(signer.verify(&tampered), Err(Rejected::Foreign));
        // `alg: none` with the signature stripped, and a header naming another algorithm.
        let none = URL_SAFE_NO_PAD.encode(br#"{"alg":"none","typ":"JWT"}"#);
        assert_eq!(signer.verify(&format!("{none}.{}.", parts[1])), Err(Rejected::Foreign));
        let hs256 = URL_SAFE_NO_PAD.encode(br#"{"alg":"HS256","kid":"jwk-test-local-stytch-2026"}"#);
        assert_eq!(signer.verify(&format!("{hs256}.{}.{}", parts[1], parts[2])), Err(Rejected::Foreign));

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
