//! Session JWTs: what local verification costs per JWT with a warm key cache, beside
//! `jsonwebtoken` (ring too) on the same JWT and key, and beside a remote `sessions/authenticate`
//! against the local Stytch; and how verification scales from one thread to eight.
//!
//! - `verify_crate`: `SessionVerifier::verify`, the whole local path (size cap, header checks,
//!   the key from the cache, RS256, claims checks, typed claims);
//! - `verify_jsonwebtoken`: `jsonwebtoken::decode::<serde_json::Value>` with RS256, audience,
//!   issuer, `exp` and `nbf` validated, the key made once (`DecodingKey::from_rsa_raw_components`);
//! - `signature_only`: ring's RS256 verification alone (`RsaPublicKeyComponents::verify`): the
//!   floor both share;
//! - `remote_authenticate` (with `--features local`): `authenticate` with a maximum token age
//!   of zero against the local Stytch, so every call is a `sessions/authenticate` round trip.
//!
//! The divan benches are pinned to one CPU like the others. Before them, `main` measures
//! throughput on all CPUs: 8,000 verifications on one thread, then on eight threads (1,000 each),
//! nine rounds interleaved with ring's signature check alone measured the same way, and prints
//! the medians and the median of the rounds' ratios (`STYTCH_BENCH_SCALING=off` skips it; under
//! `cargo test --benches` it is one round of 16, to show the code runs).
//!
//! `cargo bench -p stytch-endpoint --bench jwt --features local`; see BENCHMARKS.md.

mod common;

use divan::{black_box, Bencher};
use jsonwebtoken::{Algorithm, DecodingKey, Validation};
use ring::rand::SystemRandom;
use ring::signature::{RsaKeyPair, RsaPublicKeyComponents, RSA_PKCS1_2048_8192_SHA256, RSA_PKCS1_SHA256};
use serde_json::{json, Value};
use std::sync::{Barrier, OnceLock};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};
use stytch_endpoint::jwt::{KeySet, SessionVerifier};
use stytch_endpoint::Client;

const PROJECT_ID: &str = common::PROJECT_ID;
const KID: &str = "jwk-test-bench";

struct Fixture {
    jwt: String,
    n: Vec<u8>,
    e: Vec<u8>,
    verifier: SessionVerifier,
    key: DecodingKey,
    validation: Validation,
}

fn b64(bytes: &[u8]) -> String {
    use base64::Engine as _;
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes)
}

/// A JWT shaped like Stytch's (one password factor, two custom claims, about 1 KB), signed with
/// the test key `benches/fixtures/jwt/rsa2048_a.pk8` (in the repository, `tests/fixtures/jwt/`), valid for an hour of wall-clock time.
fn fixture() -> &'static Fixture {
    static FIXTURE: OnceLock<Fixture> = OnceLock::new();
    FIXTURE.get_or_init(|| {
        let manifest = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let der = std::fs::read(manifest.join("benches/fixtures/jwt/rsa2048_a.pk8")).expect("the test key");
        let pair = RsaKeyPair::from_pkcs8(&der).expect("an RSA key");
        let public = RsaPublicKeyComponents::<Vec<u8>>::from(pair.public());
        let now = SystemTime::now().duration_since(UNIX_EPOCH).unwrap().as_secs();
        let claims = json!({
            "aud": [PROJECT_ID], "exp": now + 3600, "iat": now, "nbf": now,
            "iss": format!("stytch.com/{PROJECT_ID}"), "sub": "user-test-16d9ba61-97a1-4ba4-9720-b03761dc50c6",
            "https://stytch.com/session": {
                "id": "session-test-fe6c042b-6286-479f-8a4f-b046a6c46509",
                "started_at": "2026-12-03T06:00:00Z", "last_accessed_at": "2026-12-03T06:00:00Z",
                "expires_at": "2026-12-03T07:00:00Z",
                "attributes": {"ip_address": "203.0.113.7", "user_agent": "Mozilla/5.0"},
                "authentication_factors": [{"type": "password", "delivery_method": "knowledge",
                    "last_authenticated_at": "2026-12-03T06:00:00Z"}],
                "roles": ["stytch_user"]
            },
            "tenant": "tenant-4dfa732f-3acf-5ab6-be13-c7cf68bae44b", "level": 3
        });
        let header = json!({"alg": "RS256", "kid": KID, "typ": "JWT"});
        let signed = format!("{}.{}", b64(header.to_string().as_bytes()), b64(claims.to_string().as_bytes()));
        let mut signature = vec![0; pair.public().modulus_len()];
        pair.sign(&RSA_PKCS1_SHA256, &SystemRandom::new(), signed.as_bytes(), &mut signature).unwrap();
        let jwt = format!("{signed}.{}", b64(&signature));

        let jwks = json!({"keys": [{"kty": "RSA", "alg": "RS256", "use": "sig", "kid": KID,
            "n": b64(&public.n), "e": b64(&public.e)}]});
        let keys = KeySet::from_json(jwks.to_string().as_bytes()).unwrap();
        let client = Client::new(PROJECT_ID, common::SECRET);
        let verifier = SessionVerifier::builder(&client).keys(keys).fetch_keys(false).build().unwrap();

        let key = DecodingKey::from_rsa_raw_components(&public.n, &public.e);
        let mut validation = Validation::new(Algorithm::RS256);
        validation.set_audience(&[PROJECT_ID]);
        validation.set_issuer(&[format!("stytch.com/{PROJECT_ID}")]);
        validation.validate_nbf = true;
        validation.leeway = 0;

        // Before timing: both accept the JWT, and both refuse it edited.
        assert!(verifier.verify(&jwt).is_ok());
        assert!(jsonwebtoken::decode::<Value>(&jwt, &key, &validation).is_ok());
        let edited = jwt.replacen(".ey", ".ez", 1);
        assert!(verifier.verify(&edited).is_err());
        assert!(jsonwebtoken::decode::<Value>(&edited, &key, &validation).is_err());
        eprintln!("jwt bench: a session JWT of {} bytes", jwt.len());
        Fixture { jwt, n: public.n, e: public.e, verifier, key, validation }
    })
}

#[divan::bench]
fn verify_crate(bencher: Bencher) {
    let f = fixture();
    bencher.bench(|| f.verifier.verify(black_box(&f.jwt)).unwrap());
}

#[divan::bench]
fn verify_jsonwebtoken(bencher: Bencher) {
    let f = fixture();
    bencher.bench(|| jsonwebtoken::decode::<Value>(black_box(&f.jwt), &f.key, &f.validation).unwrap());
}

#[divan::bench]
fn signature_only(bencher: Bencher) {
    let f = fixture();
    let (signed, signature) = f.jwt.rsplit_once('.').unwrap();
    let signature = {
        use base64::Engine as _;
        base64::engine::general_purpose::URL_SAFE_NO_PAD.decode(signature).unwrap()
    };
    let key = RsaPublicKeyComponents { n: &f.n[..], e: &f.e[..] };
    bencher
        .bench(|| key.verify(&RSA_PKCS1_2048_8192_SHA256, black_box(signed.as_bytes()), &signature).unwrap());
}

#[cfg(feature = "local")]
#[divan::bench]
fn remote_authenticate(bencher: Bencher) {
    use stytch_endpoint::local::{LocalStytch, NewSession};
    let stytch = LocalStytch::start().unwrap();
    let ada = stytch.add_user("ada@example.com", "old password 1234!").unwrap();
    let jwt = stytch.add_session(&ada.user_id, NewSession::new()).unwrap().session_jwt;
    let verifier = SessionVerifier::builder(&stytch.client()).max_token_age(Duration::ZERO).build().unwrap();
    let first = verifier.authenticate(&jwt).unwrap();
    assert_eq!(first.verified_by(), stytch_endpoint::jwt::VerifiedBy::Remote);
    bencher.bench(|| verifier.authenticate(black_box(&jwt)).unwrap());
}

/// Throughput on every CPU: `total` runs of `work` on one thread, then on `threads` threads.
fn scaling(threads: usize, total: usize, work: &(dyn Fn() + Sync)) -> (Duration, Duration) {
    let one = {
        let start = Instant::now();
        for _ in 0..total {
            work();
        }
        start.elapsed()
    };
    let barrier = Barrier::new(threads + 1);
    let start = std::thread::scope(|scope| {
        for _ in 0..threads {
            scope.spawn(|| {
                barrier.wait();
                for _ in 0..total / threads {
                    work();
                }
            });
        }
        barrier.wait();
        Instant::now()
    });
    (one, start.elapsed())
}

/// `ROUNDS` rounds of [`scaling`] over `total` runs for each of `works`, interleaved so that each
/// sees the machine as it is at that moment; printed: the median times and the median of the
/// rounds' ratios.
fn report_scaling<const ROUNDS: usize>(total: usize, works: &[(&str, &(dyn Fn() + Sync))]) {
    let cpus = std::thread::available_parallelism().map_or(1, |n| n.get());
    let mut rounds: Vec<Vec<(f64, f64)>> = vec![Vec::new(); works.len()];
    for _ in 0..ROUNDS {
        for (i, (_, work)) in works.iter().enumerate() {
            let (one, eight) = scaling(8, total, *work);
            rounds[i].push((one.as_secs_f64() * 1e3, eight.as_secs_f64() * 1e3));
        }
    }
    let median = |mut values: Vec<f64>| {
        values.sort_by(f64::total_cmp);
        values[values.len() / 2]
    };
    for ((name, _), rounds) in works.iter().zip(rounds) {
        let ratios: Vec<f64> = rounds.iter().map(|(one, eight)| one / eight).collect();
        println!(
            "scaling {name}: on {cpus} CPUs, {total} in {:.1} ms on 1 thread, {:.1} ms on 8 threads (medians); \
             throughput ratio, median of {ROUNDS} rounds: {:.2}x (rounds {:.2}-{:.2})",
            median(rounds.iter().map(|r| r.0).collect()),
            median(rounds.iter().map(|r| r.1).collect()),
            median(ratios.clone()),
            ratios.iter().copied().fold(f64::INFINITY, f64::min),
            ratios.iter().copied().fold(0.0, f64::max),
        );
    }
}

/// Lets this thread (and the threads it starts) run on every CPU again.
fn unpin() {
    let cpus = std::thread::available_parallelism().map_or(1, |n| n.get());
    // SAFETY: as in `common::pin_to_one_cpu`: a zeroed set, CPU_SET within it, its size passed.
    unsafe {
        let mut set: libc::cpu_set_t = std::mem::zeroed();
        for cpu in 0..cpus {
            libc::CPU_SET(cpu, &mut set);
        }
        libc::sched_setaffinity(0, std::mem::size_of::<libc::cpu_set_t>(), &set);
    }
}

fn main() {
    if std::env::var("STYTCH_BENCH_SCALING").as_deref() != Ok("off") {
        unpin();
        let f = fixture();
        // A clone per thread, as a server's handlers hold one: they share the key cache.
        let verifier = f.verifier.clone();
        let (signed, signature) = f.jwt.rsplit_once('.').unwrap();
        let signature = {
            use base64::Engine as _;
            base64::engine::general_purpose::URL_SAFE_NO_PAD.decode(signature).unwrap()
        };
        let ours = || {
            black_box(verifier.clone().verify(black_box(&f.jwt)).unwrap());
        };
        let ring_alone = || {
            let key = RsaPublicKeyComponents { n: &f.n[..], e: &f.e[..] };
            key.verify(&RSA_PKCS1_2048_8192_SHA256, black_box(signed.as_bytes()), &signature).unwrap();
        };
        let works: [(&str, &(dyn Fn() + Sync)); 2] =
            [("verify_crate", &ours), ("signature_only", &ring_alone)];
        // `cargo bench` passes `--bench`; under `cargo test --benches` (divan's test mode, each
        // bench run once) one small round shows that the code runs, not what it costs.
        let args: Vec<String> = std::env::args().collect();
        if args.iter().any(|a| a == "--bench") && !args.iter().any(|a| a == "--test") {
            report_scaling::<9>(8000, &works);
        } else {
            report_scaling::<1>(16, &works);
        }
    }
    common::pin_to_one_cpu();
    divan::main();
}
