//! Session JWTs: RS256, signed with public test keys, and the JWKS that verifies them.
//!
//! The keys are `test_keys.pem` beside this file: eight **public test keys**, published with the
//! crate and never to be trusted for anything else. Each local Stytch takes two of them, one for
//! consumer sessions and one for B2B sessions, each under a fresh random key id
//! (`jwk-test-{uuid}`), and serves their public halves at Stytch's two JWKS routes. So any RS256
//! verifier (Stytch's SDKs, `jsonwebtoken`, `jose`, ...) accepts a local JWT when it fetches the
//! keys from the local Stytch that issued it, and refuses it with another local Stytch's keys:
//! the key id is unknown there, and within one process the key itself differs too (the keys are
//! handed out in turn from a random start, so eight key sets go round before one repeats).

use super::rng::Rng;
use base64::engine::general_purpose::{STANDARD, URL_SAFE_NO_PAD};
use base64::Engine as _;
use ring::rand::SystemRandom;
use ring::signature::{RsaKeyPair, RsaPublicKeyComponents, RSA_PKCS1_2048_8192_SHA256, RSA_PKCS1_SHA256};
use serde_json::{json, Map, Value};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::OnceLock;

/// The test keys and their certificates, PEM, with the comment that says what they are.
const TEST_KEYS_PEM: &str = include_str!("test_keys.pem");

/// Which of a project's two key sets: the consumer one (`/v1/sessions/jwks/...`) or the B2B one
/// (`/v1/b2b/sessions/jwks/...`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum KeySet {
    Consumer,
    B2b,
}

/// Why a JWT was not accepted.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Rejected {
    /// Not three base64url parts around a JSON object.
    Malformed,
    /// Well formed, but not signed RS256 with one of this local Stytch's keys under its key id
    /// (another local Stytch's JWT, or one edited since).
    Foreign,
}

/// A parsed test key: the key pair, and the public parts the JWKS shows.
struct TestKey {
    pair: RsaKeyPair,
    public: RsaPublicKeyComponents<Vec<u8>>,
    certificate: Vec<u8>,
}

/// The test keys, parsed once per process. They are constants of this crate (a unit test parses
/// them), so failing to parse one is a bug in the crate, not a condition a caller can meet.
fn test_keys() -> &'static [TestKey] {
    static KEYS: OnceLock<Vec<TestKey>> = OnceLock::new();
    KEYS.get_or_init(|| {
        let keys = pem_blocks(TEST_KEYS_PEM, "PRIVATE KEY");
        let certificates = pem_blocks(TEST_KEYS_PEM, "CERTIFICATE");
        assert!(
            keys.len() >= 2 && keys.len() == certificates.len(),
            "test_keys.pem pairs keys and certificates"
        );
        keys.into_iter()
            .zip(certificates)
            .map(|(pkcs8, certificate)| {
                let pair = RsaKeyPair::from_pkcs8(&pkcs8).expect("test_keys.pem holds RSA PKCS#8 keys");
                let public = RsaPublicKeyComponents::<Vec<u8>>::from(pair.public());
                TestKey { pair, public, certificate }
            })
            .collect()
    })
}

/// The DER bytes of every PEM block with this label, in order.
fn pem_blocks(pem: &str, label: &str) -> Vec<Vec<u8>> {
    let begin = format!("-----BEGIN {label}-----");
    let end = format!("-----END {label}-----");
    let mut blocks = Vec::new();
    let mut rest = pem;
    while let Some(start) = rest.find(&begin) {
        let body = &rest[start + begin.len()..];
        let Some(stop) = body.find(&end) else { break };
        let base64: String = body[..stop].chars().filter(|c| !c.is_whitespace()).collect();
        if let Ok(der) = STANDARD.decode(base64) {
            blocks.push(der);
        }
        rest = &body[stop + end.len()..];
    }
    blocks
}

/// One signing key of a local Stytch: which test key, under which key id.
#[derive(Clone)]
struct SigningKey {
    key: usize,
    kid: String,
}

impl SigningKey {
    fn key(&self) -> &'static TestKey {
        &test_keys()[self.key]
    }
}

/// Signs and checks the session JWTs of a local Stytch, with its two keys.
#[derive(Clone)]
pub(crate) struct Signer {
    rng: SystemRandom,
    consumer: SigningKey,
    b2b: SigningKey,
}

impl Signer {
    /// Two test keys not used by the last few local Stytches of this process, under fresh key ids.
    pub(crate) fn new() -> Signer {
        let mut rng = Rng::new();
        static NEXT: AtomicUsize = AtomicUsize::new(usize::MAX);
        let pool = test_keys().len();
        // The first local Stytch of the process starts at a random key; the rest follow in turn.
        let random_start = usize::try_from(rng.next_u64() % pool as u64).unwrap_or_default();
        let _ = NEXT.compare_exchange(usize::MAX, random_start, Ordering::Relaxed, Ordering::Relaxed);
        let first = NEXT.fetch_add(2, Ordering::Relaxed) % pool;
        Signer {
            rng: SystemRandom::new(),
            consumer: SigningKey { key: first, kid: format!("jwk-test-{}", rng.uuid()) },
            b2b: SigningKey { key: (first + 1) % pool, kid: format!("jwk-test-{}", rng.uuid()) },
        }
    }

    fn signing_key(&self, set: KeySet) -> &SigningKey {
        match set {
            KeySet::Consumer => &self.consumer,
            KeySet::B2b => &self.b2b,
        }
    }

    /// The key id of one key set.
    pub(crate) fn kid(&self, set: KeySet) -> &str {
        &self.signing_key(set).kid
    }

    /// A JWT carrying `claims`, `{"alg":"RS256","kid":...,"typ":"JWT"}`, RS256-signed with the key
    /// of `set`.
    pub(crate) fn sign(&self, set: KeySet, claims: &Map<String, Value>) -> String {
        let signing = self.signing_key(set);
        let key = signing.key();
        let header = json!({"alg": "RS256", "kid": signing.kid, "typ": "JWT"}).to_string();
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

    /// The claims of a JWT signed RS256 with one of this local Stytch's keys, the header naming
    /// that key's id, and which key set signed it. The time claims are not checked here: as on
    /// Stytch, a JWT past its `exp` still names its session while the session lives.
    pub(crate) fn verify(&self, jwt: &str) -> Result<(KeySet, Map<String, Value>), Rejected> {
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
        // Only RS256 under one of this local Stytch's key ids: `none`, HS256, a missing `kid` and
        // other local Stytches' keys are someone else's JWT.
        if header.get("alg").and_then(Value::as_str) != Some("RS256") {
            return Err(Rejected::Foreign);
        }
        let kid = header.get("kid").and_then(Value::as_str);
        let set = [KeySet::Consumer, KeySet::B2b]
            .into_iter()
            .find(|set| Some(self.kid(*set)) == kid)
            .ok_or(Rejected::Foreign)?;
        let signed = &jwt[..jwt.rfind('.').unwrap_or(0)];
        self.signing_key(set)
            .key()
            .public
            .verify(&RSA_PKCS1_2048_8192_SHA256, signed.as_bytes(), &signature)
            .map_err(|_| Rejected::Foreign)?;
        Ok((set, claims))
    }

    /// The JSON Web Key Set of one JWKS route, in Stytch's shape: one RS256 key with `n` and `e`
    /// in unpadded base64url, its certificate in `x5c` (standard base64, RFC 7517 §4.7) and the
    /// certificate's SHA-256 in `x5tS256`.
    pub(crate) fn jwks(&self, set: KeySet, request_id: &str) -> Value {
        let signing = self.signing_key(set);
        let key = signing.key();
        let thumbprint = ring::digest::digest(&ring::digest::SHA256, &key.certificate);
        json!({
            "keys": [{
                "alg": "RS256",
                "e": URL_SAFE_NO_PAD.encode(&key.public.e),
                "key_ops": ["verify"],
                "kid": signing.kid,
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
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn the_test_keys_parse_and_the_jwks_describes_them() {
        assert_eq!(test_keys().len(), 8);
        for key in test_keys() {
            assert_eq!(key.pair.public().modulus_len(), 256);
        }
        let signer = Signer::new();
        for set in [KeySet::Consumer, KeySet::B2b] {
            let jwks = signer.jwks(set, "request-id-test-1");
            let jwk = &jwks["keys"][0];
            assert_eq!(jwk["e"], "AQAB");
            let n = URL_SAFE_NO_PAD.decode(jwk["n"].as_str().unwrap()).unwrap();
            assert_eq!(n, signer.signing_key(set).key().public.n);
            assert_eq!(jwk["kid"], signer.kid(set));
            assert!(signer.kid(set).starts_with("jwk-test-") && signer.kid(set).len() == 45);
            assert!(!jwk["n"].as_str().unwrap().contains('='));
        }
        assert_ne!(
            signer.jwks(KeySet::Consumer, "r")["keys"][0]["n"],
            signer.jwks(KeySet::B2b, "r")["keys"][0]["n"]
        );
    }

    #[test]
    fn each_signer_has_its_own_key_ids_and_the_next_keys() {
        let (a, b) = (Signer::new(), Signer::new());
        assert_ne!(a.kid(KeySet::Consumer), b.kid(KeySet::Consumer));
        assert_ne!(a.kid(KeySet::Consumer), a.kid(KeySet::B2b));
        let claims = json!({"sub": "user-test-1"}).as_object().unwrap().clone();
        let jwt = b.sign(KeySet::Consumer, &claims);
        assert_eq!(a.verify(&jwt), Err(Rejected::Foreign));
        assert_eq!(b.verify(&jwt), Ok((KeySet::Consumer, claims.clone())));
        assert_eq!(b.verify(&b.sign(KeySet::B2b, &claims)), Ok((KeySet::B2b, claims)));
    }

    #[test]
    fn a_signer_accepts_rs256_jwts_of_its_own_keys_only() {
        let signer = Signer::new();
        let claims = json!({"sub": "user-test-1", "n": 1}).as_object().unwrap().clone();
        let jwt = signer.sign(KeySet::Consumer, &claims);
        assert_eq!(jwt.split('.').count(), 3);
        assert_eq!(signer.verify(&jwt).unwrap(), (KeySet::Consumer, claims));
        let parts: Vec<&str> = jwt.split('.').collect();
        let header: Value = serde_json::from_slice(&URL_SAFE_NO_PAD.decode(parts[0]).unwrap()).unwrap();
        assert_eq!(header, json!({"alg": "RS256", "kid": signer.kid(KeySet::Consumer), "typ": "JWT"}));

        let edited = json!({"sub": "user-test-2", "n": 1}).to_string();
        let tampered = format!("{}.{}.{}", parts[0], URL_SAFE_NO_PAD.encode(edited.as_bytes()), parts[2]);
        assert_eq!(signer.verify(&tampered), Err(Rejected::Foreign));
        // `alg: none` with the signature stripped, a header naming another algorithm, no `kid`,
        // and the B2B key id on a consumer signature.
        let none = URL_SAFE_NO_PAD.encode(br#"{"alg":"none","typ":"JWT"}"#);
        assert_eq!(signer.verify(&format!("{none}.{}.", parts[1])), Err(Rejected::Foreign));
        let kid = signer.kid(KeySet::Consumer);
        let hs256 = URL_SAFE_NO_PAD.encode(format!(r#"{{"alg":"HS256","kid":"{kid}"}}"#).as_bytes());
        assert_eq!(signer.verify(&format!("{hs256}.{}.{}", parts[1], parts[2])), Err(Rejected::Foreign));
        let no_kid = URL_SAFE_NO_PAD.encode(br#"{"alg":"RS256","typ":"JWT"}"#);
        assert_eq!(signer.verify(&format!("{no_kid}.{}.{}", parts[1], parts[2])), Err(Rejected::Foreign));
        let b2b_kid = signer.kid(KeySet::B2b);
        let other =
            URL_SAFE_NO_PAD.encode(format!(r#"{{"alg":"RS256","kid":"{b2b_kid}","typ":"JWT"}}"#).as_bytes());
        assert_eq!(signer.verify(&format!("{other}.{}.{}", parts[1], parts[2])), Err(Rejected::Foreign));

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
