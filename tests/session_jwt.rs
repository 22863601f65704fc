//! Session JWTs verified locally (`stytch_endpoint::jwt`), against hostile JWTs and hostile key
//! servers: a JWKS and `sessions/authenticate` served on 127.0.0.1, JWTs signed here with the
//! test keys of tests/fixtures/jwt/, and a fixed clock.

use ring::rand::SystemRandom;
use ring::signature::{RsaKeyPair, RsaPublicKeyComponents, RSA_PKCS1_SHA256};
use serde_json::{json, Value};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Barrier, Mutex};
use std::time::{Duration, SystemTime, UNIX_EPOCH};
use stytch_endpoint::jwt::{Authenticated, B2bSessionVerifier, KeySet, SessionVerifier, VerifiedBy};
use stytch_endpoint::{Client, Error, ErrorType, JwtError, TransportErrorKind};
use stytch_endpoint_tests::{base64url, client_for, refused_port, Recorded, Reply, TestServer, PROJECT_ID};

/// The tests' "now": 2030-03-17, seconds since the epoch.
const NOW: u64 = 1_900_000_000;
const REFRESHED_JWT: &str = "eyJhbGciOiJSUzI1NiJ9.refreshed-by-stytch.c2ln";

fn fixture_path(name: &str) -> String {
    format!("{}/tests/fixtures/jwt/{name}", env!("CARGO_MANIFEST_DIR"))
}

/// A signing key of tests/fixtures/jwt/ and the `kid` it is served under.
struct TestKey {
    pair: RsaKeyPair,
    kid: &'static str,
}

fn key_a() -> TestKey {
    test_key("rsa2048_a.pk8", "jwk-test-a")
}

fn key_b() -> TestKey {
    test_key("rsa2048_b.pk8", "jwk-test-b")
}

fn test_key(file: &str, kid: &'static str) -> TestKey {
    let der = std::fs::read(fixture_path(file)).expect("a test key");
    TestKey { pair: RsaKeyPair::from_pkcs8(&der).expect("a PKCS#8 RSA key"), kid }
}

impl TestKey {
    /// The public key as Stytch's JWKS shows it.
    fn jwk(&self) -> Value {
        self.jwk_as(self.kid)
    }

    fn jwk_as(&self, kid: &str) -> Value {
        let public = RsaPublicKeyComponents::<Vec<u8>>::from(self.pair.public());
        json!({"kty": "RSA", "use": "sig", "key_ops": ["verify"], "alg": "RS256", "kid": kid,
            "x5c": [], "x5tS256": "", "n": base64url(&public.n), "e": base64url(&public.e)})
    }

    /// `header.payload.signature`, RS256 over whatever bytes the header and payload are.
    fn sign_raw(&self, header: &[u8], payload: &[u8]) -> String {
        let signed = format!("{}.{}", base64url(header), base64url(payload));
        let mut signature = vec![0; self.pair.public().modulus_len()];
        self.pair.sign(&RSA_PKCS1_SHA256, &SystemRandom::new(), signed.as_bytes(), &mut signature).unwrap();
        format!("{signed}.{}", base64url(&signature))
    }

    fn sign(&self, header: &Value, claims: &Value) -> String {
        self.sign_raw(header.to_string().as_bytes(), claims.to_string().as_bytes())
    }

    /// A JWT as Stytch makes them: `{"alg":"RS256","kid":...,"typ":"JWT"}`.
    fn jwt(&self, claims: &Value) -> String {
        self.sign(&json!({"alg": "RS256", "kid": self.kid, "typ": "JWT"}), claims)
    }
}

/// A consumer session JWT's claims, issued ten seconds before [`NOW`].
fn claims() -> Value {
    let iat = NOW - 10;
    json!({
        "aud": [PROJECT_ID], "iss": format!("stytch.com/{PROJECT_ID}"), "sub": "user-test-ada",
        "iat": iat, "nbf": iat, "exp": iat + 300,
        "https://stytch.com/session": {
            "id": "session-test-ada", "started_at": "2030-03-17T17:46:30Z",
            "last_accessed_at": "2030-03-17T17:46:30Z", "expires_at": "2030-03-17T18:46:30Z",
            "attributes": {"ip_address": "203.0.113.7", "user_agent": "curl/8"},
            "authentication_factors": [{"type": "password", "delivery_method": "knowledge",
                "last_authenticated_at": "2030-03-17T17:46:30Z"}],
            "roles": ["stytch_user"]
        },
        "tenant": "tenant-1", "plan": {"tier": 3}
    })
}

fn with(mut claims: Value, changes: Value) -> Value {
    for (name, value) in changes.as_object().unwrap() {
        if value.is_null() {
            claims.as_object_mut().unwrap().remove(name);
        } else {
            claims[name] = value.clone();
        }
    }
    claims
}

fn b2b_claims() -> Value {
    with(
        claims(),
        json!({"sub": "member-test-grace",
            "https://stytch.com/organization": {"organization_id": "organization-test-acme", "slug": "acme"}}),
    )
}

fn jwks(keys: &[Value]) -> Value {
    json!({"keys": keys, "request_id": "request-id-test-jwks", "status_code": 200})
}

type Answer = Arc<dyn Fn() -> Reply + Send + Sync>;

/// A Stytch on 127.0.0.1 that serves a JWKS a test changes as it goes, and answers
/// `sessions/authenticate` (consumer and B2B) with a canned session and [`REFRESHED_JWT`].
struct FakeStytch {
    server: TestServer,
    jwks: Arc<Mutex<Answer>>,
    authenticate: Arc<Mutex<Answer>>,
}

impl FakeStytch {
    fn start(keys: Value) -> FakeStytch {
        let body = keys.clone();
        let jwks: Arc<Mutex<Answer>> = Arc::new(Mutex::new(Arc::new(move || Reply::json(200, &body))));
        let authenticate: Arc<Mutex<Answer>> = Arc::new(Mutex::new(Arc::new(authenticated)));
        let (j, a) = (jwks.clone(), authenticate.clone());
        let server = TestServer::start(move |request| {
            let path = request.path();
            if path.contains("/sessions/jwks/") {
                let answer = j.lock().unwrap().clone();
                answer()
            } else if path.ends_with("/sessions/authenticate") {
                let answer = a.lock().unwrap().clone();
                answer()
            } else {
                Reply::json(404, &json!({"status_code": 404, "error_type": "route_not_found"}))
            }
        });
        FakeStytch { server, jwks, authenticate }
    }

    fn serve_keys(&self, keys: Value) {
        self.serve(move || Reply::json(200, &keys));
    }

    fn serve(&self, reply: impl Fn() -> Reply + Send + Sync + 'static) {
        *self.jwks.lock().unwrap() = Arc::new(reply);
    }

    fn requests_to(&self, part: &str) -> Vec<Recorded> {
        self.server.requests().into_iter().filter(|r| r.path().contains(part)).collect()
    }

    fn jwks_requests(&self) -> usize {
        self.requests_to("/sessions/jwks/").len()
    }

    fn client(&self) -> Client {
        client_for(&self.server)
    }

    /// A consumer verifier on the fixed clock.
    fn verifier(&self) -> SessionVerifier {
        SessionVerifier::builder(&self.client()).clock(fixed_clock).build().unwrap()
    }
}

/// Stytch's answer to `sessions/authenticate` (consumer and B2B fields both, each decoder takes
/// its own).
fn authenticated() -> Reply {
    Reply::json(
        200,
        &json!({
            "request_id": "request-id-test-authenticate", "status_code": 200,
            "session_token": "session-token-refreshed", "session_jwt": REFRESHED_JWT,
            "session": {"session_id": "session-test-ada", "user_id": "user-test-ada"},
            "user": {"user_id": "user-test-ada"},
            "member_session": {"member_session_id": "session-test-ada", "member_id": "member-test-grace",
                "organization_id": "organization-test-acme", "organization_slug": "acme"},
            "member": {"member_id": "member-test-grace"},
            "organization": {"organization_id": "organization-test-acme"}
        }),
    )
}

fn fixed_clock() -> SystemTime {
    UNIX_EPOCH + Duration::from_secs(NOW)
}

fn check(result: Result<impl std::fmt::Debug, JwtError>) -> &'static str {
    match result {
        Ok(claims) => panic!("expected a refusal, the JWT verified: {claims:?}"),
        Err(err) => err.check(),
    }
}

#[test]
fn a_stytch_session_jwt_verifies_and_its_claims_are_typed() {
    let (a, stytch) = (key_a(), FakeStytch::start(jwks(&[key_a().jwk()])));
    let verifier = stytch.verifier();
    assert_eq!(stytch.server.requests().len(), 0, "building a verifier makes no request");

    let verified = verifier.verify(&a.jwt(&claims())).unwrap();
    assert_eq!(verified.user_id, "user-test-ada");
    assert_eq!(verified.session_id, "session-test-ada");
    assert_eq!(verified.started_at, "2030-03-17T17:46:30Z");
    assert_eq!(verified.expires_at, "2030-03-17T18:46:30Z");
    assert_eq!(verified.roles, ["stytch_user"]);
    assert_eq!(verified.authentication_factors.len(), 1);
    assert_eq!(verified.attributes.as_ref().and_then(|a| a.ip_address.as_deref()), Some("203.0.113.7"));
    assert_eq!(
        verified.custom_claims,
        *json!({"tenant": "tenant-1", "plan": {"tier": 3}}).as_object().unwrap()
    );
    assert_eq!(verified.issued_at, UNIX_EPOCH + Duration::from_secs(NOW - 10));
    assert_eq!(verified.jwt_expires_at, UNIX_EPOCH + Duration::from_secs(NOW + 290));

    // A hundred more: the key set was fetched once, from the JWKS route.
    for _ in 0..100 {
        verifier.verify(&a.jwt(&claims())).unwrap();
    }
    let fetches = stytch.requests_to("/sessions/jwks/");
    assert_eq!(fetches.len(), 1);
    assert_eq!(
        (fetches[0].method.as_str(), fetches[0].path()),
        ("GET", &*format!("/v1/sessions/jwks/{PROJECT_ID}"))
    );
    assert_eq!(fetches[0].header("authorization"), None, "the JWKS is public: fetched without credentials");
    assert_eq!(verifier.key_fetches(), 1);
    assert_eq!(verifier.keys().kids().collect::<Vec<_>>(), ["jwk-test-a"]);

    // A clone shares the cache.
    verifier.clone().verify(&a.jwt(&claims())).unwrap();
    assert_eq!(stytch.jwks_requests(), 1);
}

#[test]
fn only_rs256_is_accepted_and_the_header_cannot_bring_its_own_key() {
    let (a, b) = (key_a(), key_b());
    let stytch = FakeStytch::start(jwks(&[a.jwk()]));
    let verifier = stytch.verifier();
    let payload = claims().to_string();
    let kid = a.kid;

    // `alg: none`, with and without a signature.
    let none = format!(
        "{}.{}.",
        base64url(json!({"alg": "none", "kid": kid}).to_string().as_bytes()),
        base64url(payload.as_bytes())
    );
    assert_eq!(check(verifier.verify(&none)), "algorithm");
    let none_signed = a.sign(&json!({"alg": "none", "kid": kid}), &claims());
    assert_eq!(check(verifier.verify(&none_signed)), "algorithm");

    // HS256 keyed with the public key (the classic confusion), ES256, PS256, RS512, and no alg.
    let hs_header = base64url(json!({"alg": "HS256", "kid": kid, "typ": "JWT"}).to_string().as_bytes());
    let signed = format!("{hs_header}.{}", base64url(payload.as_bytes()));
    let public = RsaPublicKeyComponents::<Vec<u8>>::from(a.pair.public());
    let mac = ring::hmac::sign(&ring::hmac::Key::new(ring::hmac::HMAC_SHA256, &public.n), signed.as_bytes());
    let hs256 = format!("{signed}.{}", base64url(mac.as_ref()));
    assert!(matches!(verifier.verify(&hs256), Err(JwtError::Algorithm(alg)) if alg == "HS256"));
    for alg in ["HS512", "ES256", "PS256", "RS512", "EdDSA"] {
        assert_eq!(
            check(verifier.verify(&a.sign(&json!({"alg": alg, "kid": kid}), &claims()))),
            "algorithm",
            "{alg}"
        );
    }
    assert_eq!(check(verifier.verify(&a.sign(&json!({"kid": kid}), &claims()))), "algorithm");

    // Critical extensions are refused even when the signature holds.
    let crit = a.sign(&json!({"alg": "RS256", "kid": kid, "crit": ["exp"], "exp": 1}), &claims());
    assert_eq!(check(verifier.verify(&crit)), "critical_header");
    assert_eq!(check(verifier.verify(&a.sign(&json!({"alg": "RS256"}), &claims()))), "missing_key_id");

    // `jku`, `x5u` and `jwk` point at the attacker's key: never fetched, never used.
    let attacker = TestServer::json(200, jwks(&[b.jwk_as("jwk-test-evil")]));
    for header in [
        json!({"alg": "RS256", "kid": "jwk-test-evil", "jku": format!("{}/jwks", attacker.url())}),
        json!({"alg": "RS256", "kid": "jwk-test-evil", "x5u": format!("{}/cert.pem", attacker.url())}),
        json!({"alg": "RS256", "kid": "jwk-test-evil", "jwk": b.jwk_as("jwk-test-evil")}),
    ] {
        assert_eq!(check(verifier.verify(&b.sign(&header, &claims()))), "unknown_key", "{header}");
    }
    // Naming the project's key with the attacker's signature fails the signature.
    let jku = json!({"alg": "RS256", "kid": kid, "jku": format!("{}/jwks", attacker.url())});
    assert_eq!(check(verifier.verify(&b.sign(&jku, &claims()))), "signature");
    assert_eq!(attacker.requests().len(), 0, "the attacker's server was never asked");
    assert!(verifier.verify(&a.jwt(&claims())).is_ok());
}

#[test]
fn a_tampered_header_payload_or_signature_fails_the_signature() {
    let (a, b) = (key_a(), key_b());
    let stytch = FakeStytch::start(jwks(&[a.jwk(), b.jwk()]));
    let verifier = stytch.verifier();
    let jwt = a.jwt(&claims());
    let parts: Vec<&str> = jwt.split('.').collect();
    let header = json!({"alg": "RS256", "kid": a.kid, "typ": "jwt"}).to_string();

    let edited_header = format!("{}.{}.{}", base64url(header.as_bytes()), parts[1], parts[2]);
    let promoted = with(claims(), json!({"sub": "user-test-admin"}));
    let edited_payload = format!("{}.{}.{}", parts[0], base64url(promoted.to_string().as_bytes()), parts[2]);
    let mut flipped = stytch_endpoint_tests::decode_base64url(parts[2]);
    flipped[17] ^= 0x01;
    let edited_signature = format!("{}.{}.{}", parts[0], parts[1], base64url(&flipped));
    let truncated = format!("{}.{}.{}", parts[0], parts[1], base64url(&flipped[..255]));
    let other_key = b.jwt(&claims()).rsplit('.').next().unwrap().to_owned();
    let swapped = format!("{}.{}.{other_key}", parts[0], parts[1]);
    for forged in [edited_header, edited_payload, edited_signature, truncated, swapped] {
        assert_eq!(check(verifier.verify(&forged)), "signature");
    }
    assert!(verifier.verify(&jwt).is_ok());
}

#[test]
fn the_audience_and_issuer_must_be_this_projects() {
    let a = key_a();
    let stytch = FakeStytch::start(jwks(&[a.jwk()]));
    let verifier = stytch.verifier();
    let verdict =
        |changes: Value| verifier.verify(&a.jwt(&with(claims(), changes))).map(|_| ()).map_err(|e| e.check());

    assert_eq!(verdict(json!({"aud": PROJECT_ID})), Ok(()), "a string audience");
    assert_eq!(verdict(json!({"aud": ["project-test-other", PROJECT_ID]})), Ok(()), "a list containing it");
    assert_eq!(verdict(json!({"aud": ["project-test-other"]})), Err("audience"), "a JWT for another project");
    assert_eq!(verdict(json!({"aud": "project-test-other"})), Err("audience"));
    assert_eq!(verdict(json!({"aud": null})), Err("claim"));
    // A custom domain: the client's base URL without its trailing slash.
    assert_eq!(verdict(json!({"iss": stytch.server.url()})), Ok(()));
    assert_eq!(verdict(json!({"iss": format!("{}/", stytch.server.url())})), Err("issuer"));
    assert_eq!(verdict(json!({"iss": "stytch.com/project-test-other"})), Err("issuer"));
    assert_eq!(verdict(json!({"iss": "https://stytch.com"})), Err("issuer"));
    assert_eq!(verdict(json!({"iss": null})), Err("claim"));
    assert_eq!(verdict(json!({"sub": null})), Err("claim"));
    assert_eq!(verdict(json!({"https://stytch.com/session": null})), Err("claim"));

    // Another project's verifier refuses this project's JWT.
    let other = SessionVerifier::builder(&stytch.client())
        .project_id("project-test-other")
        .keys(KeySet::from_json(jwks(&[a.jwk()]).to_string().as_bytes()).unwrap())
        .clock(fixed_clock)
        .build()
        .unwrap();
    assert_eq!(check(other.verify(&a.jwt(&claims()))), "audience");
}

#[test]
fn exp_nbf_tolerance_and_the_maximum_token_age() {
    let a = key_a();
    let stytch = FakeStytch::start(jwks(&[a.jwk()]));
    let now = Arc::new(AtomicU64::new(NOW));
    let clock = now.clone();
    let builder = || {
        let clock = clock.clone();
        SessionVerifier::builder(&stytch.client())
            .clock(move || UNIX_EPOCH + Duration::from_secs(clock.load(Ordering::SeqCst)))
    };
    let strict = builder().build().unwrap();
    let lenient = builder().clock_tolerance(Duration::from_secs(30)).build().unwrap();
    let jwt = a.jwt(&claims()); // iat = nbf = NOW - 10, exp = NOW + 290

    now.store(NOW + 289, Ordering::SeqCst);
    assert!(strict.verify(&jwt).is_ok());
    now.store(NOW + 290, Ordering::SeqCst);
    let expired = strict.verify(&jwt).unwrap_err();
    assert!(
        matches!(expired, JwtError::Expired { expired_at } if expired_at == UNIX_EPOCH + Duration::from_secs(NOW + 290))
    );
    assert!(expired.could_be_refreshed());
    assert!(lenient.verify(&jwt).is_ok());
    now.store(NOW + 320, Ordering::SeqCst);
    assert_eq!(check(lenient.verify(&jwt)), "expired");

    now.store(NOW - 11, Ordering::SeqCst);
    let early = strict.verify(&jwt).unwrap_err();
    assert_eq!(early.check(), "not_yet_valid");
    assert!(!early.could_be_refreshed());
    assert!(lenient.verify(&jwt).is_ok());

    now.store(NOW, Ordering::SeqCst);
    let zero = builder().max_token_age(Duration::ZERO).build().unwrap();
    let too_old = zero.verify(&jwt).unwrap_err();
    assert!(
        matches!(too_old, JwtError::TooOld { age, max_age } if age == Duration::from_secs(10) && max_age.is_zero())
    );
    assert!(too_old.could_be_refreshed());
    let fresh = a.jwt(&with(claims(), json!({"iat": NOW})));
    assert_eq!(check(zero.verify(&fresh)), "too_old", "0 means every JWT is too old, even one issued now");
    let minute = builder().max_token_age(Duration::from_secs(60)).build().unwrap();
    assert!(minute.verify(&jwt).is_ok());
    assert_eq!(check(minute.verify(&a.jwt(&with(claims(), json!({"iat": NOW - 60}))))), "too_old");
    assert_eq!(check(minute.verify(&a.jwt(&with(claims(), json!({"iat": null}))))), "claim");
    assert_eq!(check(strict.verify(&a.jwt(&with(claims(), json!({"exp": null}))))), "claim");
}

#[test]
fn keys_that_cannot_verify_rs256_are_refused_without_refetching() {
    let a = key_a();
    let short_jwk: Value =
        serde_json::from_str(&std::fs::read_to_string(fixture_path("rsa1024.jwk.json")).unwrap()).unwrap();
    let short_jwt = std::fs::read_to_string(fixture_path("rsa1024.jwt")).unwrap();
    let ec = json!({"kty": "EC", "kid": "jwk-test-ec", "crv": "P-256", "alg": "ES256", "use": "sig",
        "x": "f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU", "y": "x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0"});
    let stytch = FakeStytch::start(jwks(&[
        a.jwk(),
        ec,
        short_jwk,
        a.jwk_as("jwk-test-twice"),
        key_b().jwk_as("jwk-test-twice"),
    ]));
    let verifier = SessionVerifier::builder(&stytch.client())
        .clock(|| UNIX_EPOCH + Duration::from_secs(1_893_456_010))
        .build()
        .unwrap();

    let claims_then =
        with(claims(), json!({"iat": 1_893_456_000u64, "nbf": 1_893_456_000u64, "exp": 1_893_456_300u64}));
    assert!(verifier.verify(&a.jwt(&claims_then)).is_ok());
    let ec_named = a.sign(&json!({"alg": "RS256", "kid": "jwk-test-ec"}), &claims_then);
    assert!(
        matches!(verifier.verify(&ec_named), Err(JwtError::UnusableKey { reason, .. }) if reason.contains("not an RSA"))
    );
    assert!(
        matches!(verifier.verify(&short_jwt), Err(JwtError::UnusableKey { reason, .. }) if reason.contains("2048"))
    );
    let twice = a.sign(&json!({"alg": "RS256", "kid": "jwk-test-twice"}), &claims_then);
    assert!(
        matches!(verifier.verify(&twice), Err(JwtError::UnusableKey { reason, .. }) if reason.contains("two keys"))
    );
    assert_eq!(stytch.jwks_requests(), 1, "an unusable key is no reason to fetch again");

    // The 1024-bit JWT is otherwise fine: with its key trusted by a lax verifier it would pass.
    let short_claims = stytch_endpoint_tests::jwt_claims(&short_jwt);
    assert_eq!(short_claims["aud"], json!([PROJECT_ID]));
}

#[test]
fn a_failed_refresh_keeps_the_held_keys() {
    let (a, b) = (key_a(), key_b());
    let stytch = FakeStytch::start(jwks(&[a.jwk()]));
    // Every verification finds the keys stale and refreshes them.
    let verifier = SessionVerifier::builder(&stytch.client())
        .clock(fixed_clock)
        .refresh_interval(Duration::ZERO)
        .refetch_interval(Duration::ZERO)
        .build()
        .unwrap();
    let jwt = a.jwt(&claims());
    verifier.verify(&jwt).unwrap();
    assert_eq!(stytch.jwks_requests(), 1);

    let hostile: Vec<(&str, Answer)> = vec![
        (
            "a 500",
            Arc::new(|| {
                Reply::json(500, &json!({"status_code": 500, "error_type": "internal_server_error"}))
            }),
        ),
        (
            "an HTML page",
            Arc::new(|| Reply::body(200, "text/html", "<html><body>Sign in to the Wi-Fi</body></html>")),
        ),
        ("a body over the client's limit", Arc::new(|| Reply::Endless { status: 200, total: 5 << 20 })),
        ("no keys", Arc::new(|| Reply::json(200, &jwks(&[])))),
        ("keys of the wrong type", Arc::new(|| Reply::json(200, &json!({"keys": "jwk-test-a"})))),
        (
            "truncated JSON",
            Arc::new(|| Reply::body(200, "application/json", "{\"keys\": [{\"kty\": \"RSA\"")),
        ),
        ("a closed connection", Arc::new(|| Reply::Raw(Vec::new()))),
    ];
    for (i, (what, answer)) in hostile.into_iter().enumerate() {
        stytch.serve(move || answer());
        let verified = verifier.verify(&jwt).unwrap_or_else(|e| panic!("{what}: {e}"));
        assert_eq!(verified.session_id, "session-test-ada", "{what}");
        assert_eq!(stytch.jwks_requests(), i + 2, "{what}: the refresh was tried");
        assert!(verifier.keys().can_verify(a.kid), "{what}: the held keys are kept");
    }

    // Once the JWKS answers again, the next refresh takes the new set.
    stytch.serve_keys(jwks(&[a.jwk(), b.jwk()]));
    verifier.verify(&jwt).unwrap();
    assert!(verifier.keys().can_verify(b.kid));
    verifier.verify(&b.jwt(&claims())).unwrap();
}

#[test]
fn with_no_keys_held_a_failed_fetch_is_the_error() {
    let a = key_a();
    let stytch = FakeStytch::start(jwks(&[a.jwk()]));
    stytch.serve(|| Reply::body(502, "text/html", "<html>Bad gateway</html>"));
    let verifier = stytch.verifier();
    let err = verifier.verify(&a.jwt(&claims())).unwrap_err();
    let JwtError::KeysUnavailable(cause) = &err else { panic!("{err:?}") };
    assert_eq!(cause.status(), Some(502));
    assert!(err.could_be_refreshed());
    // Not fetched again within the refetch interval: the same error, no request.
    assert_eq!(check(verifier.verify(&a.jwt(&claims()))), "keys_unavailable");
    assert_eq!(stytch.jwks_requests(), 1);

    // Nothing listening: building still works (start-up needs no network); verifying says why.
    let client = Client::builder()
        .credentials(PROJECT_ID, "secret-test-1")
        .base_url(format!("http://127.0.0.1:{}", refused_port()))
        .build()
        .unwrap();
    let offline = SessionVerifier::builder(&client).clock(fixed_clock).build().unwrap();
    let err = offline.verify(&a.jwt(&claims())).unwrap_err();
    assert!(
        matches!(&err, JwtError::KeysUnavailable(e) if matches!(e.as_ref(), Error::Transport(t) if t.kind == TransportErrorKind::Connect)),
        "{err:?}"
    );

    // A given key set and no fetching: verifies with nothing listening (air-gapped).
    let keys = KeySet::from_json(jwks(&[a.jwk()]).to_string().as_bytes()).unwrap();
    let air_gapped =
        SessionVerifier::builder(&client).keys(keys).fetch_keys(false).clock(fixed_clock).build().unwrap();
    assert!(air_gapped.verify(&a.jwt(&claims())).is_ok());
    assert_eq!(check(air_gapped.verify(&key_b().jwt(&claims()))), "unknown_key");
    air_gapped.set_keys(KeySet::from_json(jwks(&[key_b().jwk()]).to_string().as_bytes()).unwrap());
    assert!(air_gapped.verify(&key_b().jwt(&claims())).is_ok());
    assert_eq!(air_gapped.key_fetches(), 0);

    // A gateway client names no project: the verifier must be told.
    let gateway = Client::gateway(stytch.server.url()).unwrap();
    assert!(SessionVerifier::new(&gateway).is_err());
    let told = SessionVerifier::builder(&gateway).project_id(PROJECT_ID).clock(fixed_clock).build().unwrap();
    stytch.serve_keys(jwks(&[a.jwk()]));
    assert!(told.verify(&a.jwt(&claims())).is_ok());
}

#[test]
fn a_key_rotation_needs_no_restart_and_old_jwts_stay_valid_until_they_expire() {
    let (a, b) = (key_a(), key_b());
    let stytch = FakeStytch::start(jwks(&[a.jwk()]));
    let now = Arc::new(AtomicU64::new(NOW));
    let clock = now.clone();
    let verifier = SessionVerifier::builder(&stytch.client())
        .clock(move || UNIX_EPOCH + Duration::from_secs(clock.load(Ordering::SeqCst)))
        .build()
        .unwrap();
    let old = a.jwt(&claims());
    verifier.verify(&old).unwrap();

    // Stytch rotates: the new key is served beside the old one, new JWTs name it.
    stytch.serve_keys(jwks(&[b.jwk(), a.jwk()]));
    let new = b.jwt(&claims());
    assert_eq!(verifier.verify(&new).unwrap().session_id, "session-test-ada");
    assert_eq!(stytch.jwks_requests(), 2, "one refetch for the new kid");
    assert!(verifier.verify(&old).is_ok(), "a JWT of the old key is still valid");
    now.store(NOW + 290, Ordering::SeqCst);
    assert_eq!(check(verifier.verify(&old)), "expired", "until it expires");

    // Unknown kids make no other fetch within the refetch interval of the one for b.
    let c = test_key("rsa2048_a.pk8", "jwk-test-c");
    now.store(NOW, Ordering::SeqCst);
    assert_eq!(check(verifier.verify(&c.jwt(&claims()))), "unknown_key");
    assert_eq!(check(verifier.verify(&c.jwt(&claims()))), "unknown_key");
    assert_eq!(stytch.jwks_requests(), 2);

    // With a short interval: one fetch for c, none for c again or for d, one more once it passed.
    let short = SessionVerifier::builder(&stytch.client())
        .clock(fixed_clock)
        .refetch_interval(Duration::from_millis(300))
        .keys(verifier.keys())
        .build()
        .unwrap();
    let d = test_key("rsa2048_a.pk8", "jwk-test-d");
    assert_eq!(check(short.verify(&c.jwt(&claims()))), "unknown_key");
    assert_eq!(check(short.verify(&c.jwt(&claims()))), "unknown_key");
    assert_eq!(check(short.verify(&d.jwt(&claims()))), "unknown_key");
    assert_eq!(short.key_fetches(), 1);
    std::thread::sleep(Duration::from_millis(350));
    assert_eq!(check(short.verify(&d.jwt(&claims()))), "unknown_key");
    assert_eq!(short.key_fetches(), 2);
    assert_eq!(stytch.jwks_requests(), 4);
}

#[test]
fn eight_threads_meeting_a_new_kid_at_once_make_one_fetch() {
    let (a, b) = (key_a(), key_b());
    let stytch = FakeStytch::start(jwks(&[a.jwk()]));
    let verifier = stytch.verifier();
    verifier.verify(&a.jwt(&claims())).unwrap();
    let rotated = jwks(&[a.jwk(), b.jwk()]);
    stytch.serve(move || {
        std::thread::sleep(Duration::from_millis(300)); // long enough for every thread to arrive
        Reply::json(200, &rotated)
    });
    let jwt = b.jwt(&claims());
    let barrier = Arc::new(Barrier::new(8));
    let threads: Vec<_> = (0..8)
        .map(|_| {
            let (verifier, jwt, barrier) = (verifier.clone(), jwt.clone(), barrier.clone());
            std::thread::spawn(move || {
                barrier.wait();
                verifier.verify(&jwt).map(|claims| claims.session_id)
            })
        })
        .collect();
    for thread in threads {
        assert_eq!(thread.join().unwrap().unwrap(), "session-test-ada");
    }
    assert_eq!(stytch.jwks_requests(), 2, "the first fetch, and one for all eight threads");
}

#[test]
fn no_byte_string_makes_the_verifier_panic() {
    let a = key_a();
    let stytch = FakeStytch::start(jwks(&[a.jwk()]));
    let verifier = stytch.verifier();
    let jwt = a.jwt(&claims());
    verifier.verify(&jwt).unwrap();

    let mut seed = 0x2545_f491_4f6c_dd1d_u64;
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    // Random bytes, random base64url-ish text, and the real JWT with one byte changed.
    const ALPHABET: &[u8] =
        b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.=+/ \x00\xc3\xa9";
    for round in 0..3000 {
        let len = (next() % 600) as usize;
        let bytes: Vec<u8> = if round % 2 == 0 {
            (0..len).map(|_| next() as u8).collect()
        } else {
            (0..len).map(|_| ALPHABET[(next() % ALPHABET.len() as u64) as usize]).collect()
        };
        let text = String::from_utf8_lossy(&bytes);
        assert!(verifier.verify(&text).is_err());
        assert!(verifier.verify(&format!("eyJhbGciOiJSUzI1NiIsImtpZCI6Imp3ay10ZXN0LWEifQ.{text}")).is_err());
    }
    for position in (0..jwt.len()).step_by(5) {
        let mut bytes = jwt.clone().into_bytes();
        bytes[position] = if bytes[position] == b'A' { b'B' } else { b'A' };
        let mutated = String::from_utf8(bytes).unwrap();
        assert!(verifier.verify(&mutated).is_err(), "a JWT changed at byte {position} still verified");
    }
    // Nested JSON, huge numbers, many parts, and the size cap.
    let deep = a.sign_raw(br#"{"alg":"RS256","kid":"jwk-test-a"}"#, "[".repeat(5000).as_bytes());
    assert_eq!(check(verifier.verify(&deep)), "malformed");
    let huge_exp = a.sign_raw(br#"{"alg":"RS256","kid":"jwk-test-a"}"#, br#"{"exp": 1e999999}"#);
    assert!(verifier.verify(&huge_exp).is_err());
    assert_eq!(check(verifier.verify(&".".repeat(10_000))), "malformed");
    let long = "a".repeat(20_000);
    assert!(matches!(verifier.verify(&long), Err(JwtError::TooLong { len: 20_000, limit: 16_384 })));
    let small = SessionVerifier::builder(&stytch.client()).max_token_bytes(100).build().unwrap();
    assert_eq!(check(small.verify(&jwt)), "too_long");
    // A changed `kid` is an unknown key: one refetch, and none more within the refetch interval.
    assert!(stytch.jwks_requests() <= 2, "hostile JWTs made {} fetches", stytch.jwks_requests());
}

#[test]
fn authenticate_verifies_locally_and_asks_stytch_only_for_what_it_could_fix() {
    let (a, b) = (key_a(), key_b());
    let stytch = FakeStytch::start(jwks(&[a.jwk()]));
    let verifier = stytch.verifier();

    let fresh = a.jwt(&claims());
    let local = verifier.authenticate(&fresh).unwrap();
    assert_eq!(local.verified_by(), VerifiedBy::Local);
    assert_eq!(
        (local.session_id(), local.user_id(), local.refreshed_jwt()),
        ("session-test-ada", "user-test-ada", None)
    );
    assert!(stytch.requests_to("/sessions/authenticate").is_empty());

    // Expired, too old, signed by a key the set lacks: Stytch decides, and answers with a new JWT.
    let expired = a.jwt(&with(claims(), json!({"iat": NOW - 400, "nbf": NOW - 400, "exp": NOW - 100})));
    let zero_age = SessionVerifier::builder(&stytch.client())
        .clock(fixed_clock)
        .max_token_age(Duration::ZERO)
        .build()
        .unwrap();
    let new_key = b.jwt(&claims());
    for (what, verifier, jwt, check) in [
        ("expired", &verifier, &expired, "expired"),
        ("too old", &zero_age, &fresh, "too_old"),
        ("unknown key", &verifier, &new_key, "unknown_key"),
    ] {
        let seen = stytch.requests_to("/sessions/authenticate").len();
        let remote = verifier.authenticate(jwt).unwrap();
        assert_eq!(remote.verified_by(), VerifiedBy::Remote, "{what}");
        assert_eq!(remote.refreshed_jwt(), Some(REFRESHED_JWT));
        assert_eq!(remote.session_id(), "session-test-ada");
        let Authenticated::Remote { response, reason } = &remote else { unreachable!() };
        assert_eq!(reason.check(), check);
        assert_eq!(response.session_token, "session-token-refreshed");
        let sent = stytch.requests_to("/sessions/authenticate");
        assert_eq!(sent.len(), seen + 1);
        let request = sent.last().unwrap();
        assert_eq!((request.method.as_str(), request.path()), ("POST", "/v1/sessions/authenticate"));
        assert_eq!(request.json(), json!({ "session_jwt": jwt }), "{what}: exactly the JWT, nothing else");
        assert_eq!(request.header("authorization"), Some(&*stytch_endpoint_tests::expected_authorization()));
        let printed = format!("{remote:?}");
        assert!(
            !printed.contains(REFRESHED_JWT) && !printed.contains("session-token-refreshed"),
            "{printed}"
        );
    }

    // `authenticate_with`: the request sent when it goes to Stytch, its JWT verified first.
    let extend = stytch_endpoint::consumer::session::AuthenticateSession {
        session_duration_minutes: Some(60),
        ..stytch_endpoint::consumer::session::AuthenticateSession::with_session_jwt(expired.clone())
    };
    assert_eq!(verifier.authenticate_with(&extend).unwrap().verified_by(), VerifiedBy::Remote);
    let sent = stytch.requests_to("/sessions/authenticate");
    assert_eq!(sent.last().unwrap().json(), json!({"session_jwt": expired, "session_duration_minutes": 60}));
    let local = stytch_endpoint::consumer::session::AuthenticateSession {
        session_duration_minutes: Some(60),
        ..stytch_endpoint::consumer::session::AuthenticateSession::with_session_jwt(fresh.clone())
    };
    assert_eq!(verifier.authenticate_with(&local).unwrap().verified_by(), VerifiedBy::Local);
    let token_only =
        stytch_endpoint::consumer::session::AuthenticateSession::with_session_token("session-token-x");
    assert!(matches!(verifier.authenticate_with(&token_only), Err(Error::Jwt(JwtError::Malformed(_)))));

    // A forged, foreign or malformed JWT is refused without asking Stytch.
    let sent = stytch.requests_to("/sessions/authenticate").len();
    let forged = format!(
        "{}.{}.{}",
        fresh.split('.').next().unwrap(),
        base64url(with(claims(), json!({"sub": "user-test-admin"})).to_string().as_bytes()),
        fresh.rsplit('.').next().unwrap()
    );
    let foreign = a.jwt(&with(claims(), json!({"aud": ["project-test-other"]})));
    let early = a.jwt(&with(claims(), json!({"nbf": NOW + 60})));
    for (jwt, check) in [
        (&forged, "signature"),
        (&foreign, "audience"),
        (&early, "not_yet_valid"),
        (&"not a jwt".to_owned(), "malformed"),
    ] {
        let err = verifier.authenticate(jwt).unwrap_err();
        assert!(matches!(&err, Error::Jwt(e) if e.check() == check), "{err:?}");
        assert_eq!((err.status(), err.is_retryable()), (None, false));
    }
    assert_eq!(stytch.requests_to("/sessions/authenticate").len(), sent);

    // A session Stytch no longer has.
    *stytch.authenticate.lock().unwrap() = Arc::new(|| {
        Reply::json(
            404,
            &json!({"status_code": 404, "request_id": "request-id-test-gone", "error_type": "session_not_found",
            "error_message": "Session could not be found.", "error_url": "https://stytch.com/docs/api/errors/404"}),
        )
    });
    let err = verifier.authenticate(&expired).unwrap_err();
    assert_eq!(err.error_type(), Some(&ErrorType::SessionNotFound));
    assert!(!format!("{err} {err:?}").contains(&expired));
}

#[test]
fn b2b_member_session_jwts_need_the_organization() {
    let a = key_a();
    let stytch = FakeStytch::start(jwks(&[a.jwk()]));
    let verifier = B2bSessionVerifier::builder(&stytch.client()).clock(fixed_clock).build().unwrap();
    let member = verifier.verify(&a.jwt(&b2b_claims())).unwrap();
    assert_eq!(
        (member.member_id.as_str(), member.member_session_id.as_str()),
        ("member-test-grace", "session-test-ada")
    );
    assert_eq!(
        (member.organization_id.as_str(), member.organization_slug.as_str()),
        ("organization-test-acme", "acme")
    );
    assert_eq!(member.custom_claims["tenant"], "tenant-1");
    assert_eq!(stytch.requests_to("/v1/b2b/sessions/jwks/").len(), 1);
    assert_eq!(check(verifier.verify(&a.jwt(&claims()))), "claim");

    let expired = a.jwt(&with(b2b_claims(), json!({"exp": NOW - 1})));
    let remote = verifier.authenticate(&expired).unwrap();
    assert_eq!(remote.verified_by(), VerifiedBy::Remote);
    assert_eq!(
        (remote.member_id(), remote.organization_id()),
        ("member-test-grace", "organization-test-acme")
    );
    assert_eq!(remote.refreshed_jwt(), Some(REFRESHED_JWT));
    let sent = stytch.requests_to("/sessions/authenticate");
    assert_eq!(sent.iter().map(|r| r.path()).collect::<Vec<_>>(), ["/v1/b2b/sessions/authenticate"]);
    let local = verifier.authenticate(&a.jwt(&b2b_claims())).unwrap();
    assert_eq!((local.verified_by(), local.member_session_id()), (VerifiedBy::Local, "session-test-ada"));
}

#[test]
fn nothing_printed_holds_the_jwt() {
    let (a, b) = (key_a(), key_b());
    let stytch = FakeStytch::start(jwks(&[a.jwk()]));
    let verifier = stytch.verifier();
    let jwts = [
        a.jwt(&with(claims(), json!({"exp": NOW - 1}))),
        a.jwt(&with(claims(), json!({"aud": "x"}))),
        b.jwt(&claims()),
        a.sign(&json!({"alg": "HS256", "kid": "jwk-test-a"}), &claims()),
        format!("{}x", a.jwt(&claims())),
    ];
    for jwt in &jwts {
        let err = verifier.verify(jwt).unwrap_err();
        let printed = format!("{err} {err:?} {:?}", Error::from(err.clone()));
        for part in jwt.split('.') {
            assert!(!printed.contains(part), "{printed}");
        }
    }
    // A `kid` or `alg` from the header is shown cut short and printable.
    let hostile =
        a.sign(&json!({"alg": "RS256", "kid": format!("evil\n\u{1b}[31m{}", "k".repeat(500))}), &claims());
    let err = verifier.verify(&hostile).unwrap_err();
    let JwtError::UnknownKey(kid) = &err else { panic!("{err:?}") };
    assert!(kid.chars().count() <= 64 && !stytch_endpoint_tests::has_control(&err.to_string()), "{err}");
    let printed = format!("{verifier:?}");
    assert!(printed.contains("jwk-test-a") && !printed.contains(stytch_endpoint_tests::SECRET), "{printed}");
}

#[test]
fn a_scheduled_refresh_keeps_other_threads_on_the_held_keys() {
    let a = key_a();
    let stytch = FakeStytch::start(jwks(&[a.jwk()]));
    let verifier = SessionVerifier::builder(&stytch.client())
        .clock(fixed_clock)
        .refresh_interval(Duration::ZERO)
        .refetch_interval(Duration::ZERO)
        .build()
        .unwrap();
    let jwt = a.jwt(&claims());
    verifier.verify(&jwt).unwrap();

    // The refresh's answer waits until another thread has verified (or 10 s pass).
    let (release, released) = std::sync::mpsc::channel::<()>();
    let released = Mutex::new(released);
    let waited_out = Arc::new(std::sync::atomic::AtomicBool::new(false));
    let (keys, timed_out) = (jwks(&[a.jwk()]), waited_out.clone());
    stytch.serve(move || {
        if released.lock().unwrap().recv_timeout(Duration::from_secs(10)).is_err() {
            timed_out.store(true, Ordering::SeqCst);
        }
        Reply::json(200, &keys)
    });
    let refreshing = {
        let (verifier, jwt) = (verifier.clone(), jwt.clone());
        std::thread::spawn(move || verifier.verify(&jwt).map(|c| c.session_id))
    };
    while stytch.jwks_requests() < 2 {
        std::thread::sleep(Duration::from_millis(5));
    }
    // The refresh is in flight: this thread finds the keys stale too, and goes on with them.
    assert_eq!(verifier.verify(&jwt).unwrap().session_id, "session-test-ada");
    release.send(()).unwrap();
    assert_eq!(refreshing.join().unwrap().unwrap(), "session-test-ada");
    assert!(!waited_out.load(Ordering::SeqCst), "the second verification waited for the refresh");
    assert_eq!(stytch.jwks_requests(), 2, "one refresh at a time");
}
