//! CPU only, no I/O: what the crate adds around the network, beside plain serde_json on the same
//! data.
//!
//! For each endpoint:
//! - `validate`: the declared field rules (`request.validate()`); plain serde has no counterpart;
//! - `encode`: `Endpoint::write_body` (the generated wire struct of references) beside
//!   `serde_json::to_vec` of a plain `#[derive(Serialize)]` struct with the same fields;
//! - `decode`: the complete fixture through the crate's decoding path (`decode_response`: its
//!   `#[stytch_object]` tolerance, the JSON-object check, the memory budget) into its response
//!   type, beside `serde_json::from_slice` into plain `#[derive(Deserialize)]` copies of those
//!   types (`plain/mod.rs`, generated);
//! - `all`: validate + encode + decode, the crate's whole CPU path in `Client::send`, beside
//!   encode + decode with plain serde.
//!
//! `cargo bench -p stytch-endpoint --bench cpu`; see BENCHMARKS.md.

mod common;
mod plain;

use common::*;
use divan::{black_box, Bencher};
use serde::de::DeserializeOwned;
use serde::Serialize;
use stytch_endpoint::Endpoint;

fn main() {
    common::pin_to_one_cpu();
    divan::main();
}

/// Before timing: the crate's and the plain path encode the same bytes and decode the same data,
/// and neither type drops a field of the complete fixture.
fn check<E: Endpoint, P: Serialize, R: Serialize + DeserializeOwned>(request: &E, plain: &P, body: &[u8])
where
    E::Response: Serialize,
{
    let mut ours = Vec::new();
    request.write_body(&mut ours).unwrap();
    assert!(ours == serde_json::to_vec(plain).unwrap(), "the crate and plain serde encode different bodies");
    let fixture: serde_json::Value = serde_json::from_slice(body).unwrap();
    let crate_decoded = serde_json::from_slice::<E::Response>(body).unwrap();
    let plain_decoded = serde_json::from_slice::<R>(body).unwrap();
    assert!(
        without_nulls(serde_json::to_value(crate_decoded).unwrap()) == fixture,
        "the crate's response type does not keep every field of the fixture"
    );
    assert!(
        without_nulls(serde_json::to_value(plain_decoded).unwrap()) == fixture,
        "the plain copy does not keep every field of the fixture: run core/benches/plain/generate.py"
    );
}

/// Drops object members that are `null` (an `Option` the fixture leaves out, such as the
/// `*_factor` fields that do not match a factor's type).
fn without_nulls(value: serde_json::Value) -> serde_json::Value {
    use serde_json::Value;
    match value {
        Value::Object(map) => Value::Object(
            map.into_iter().filter(|(_, v)| !v.is_null()).map(|(k, v)| (k, without_nulls(v))).collect(),
        ),
        Value::Array(items) => Value::Array(items.into_iter().map(without_nulls).collect()),
        other => other,
    }
}

/// The crate's CPU path in `Client::send`: validate, encode into a fresh buffer, decode.
fn crate_path<E: Endpoint>(request: &E, response: &[u8]) -> E::Response {
    request.validate().unwrap();
    let mut body = Vec::with_capacity(256);
    request.write_body(&mut body).unwrap();
    black_box(&body);
    stytch_endpoint::__private::decode_response(200, None, response).unwrap()
}

/// The same with plain serde: encode, decode.
fn plain_path<P: Serialize, R: DeserializeOwned>(request: &P, response: &[u8]) -> R {
    let body = serde_json::to_vec(request).unwrap();
    black_box(&body);
    serde_json::from_slice(response).unwrap()
}

macro_rules! endpoint_benches {
    ($module:ident, $fixture:literal, $plain:ident, $response:ty, $plain_response:ty) => {
        mod $module {
            use super::*;

            fn body() -> Vec<u8> {
                fixture($fixture)
            }

            #[divan::bench]
            fn validate(b: Bencher) {
                let request = common::$module();
                b.bench_local(|| black_box(&request).validate().unwrap());
            }

            #[divan::bench]
            fn encode_crate(b: Bencher) {
                let request = common::$module();
                b.bench_local(|| {
                    let mut out = Vec::with_capacity(256);
                    black_box(&request).write_body(&mut out).unwrap();
                    out
                });
            }

            #[divan::bench]
            fn encode_serde(b: Bencher) {
                let request = common::$plain();
                b.bench_local(|| serde_json::to_vec(black_box(&request)).unwrap());
            }

            #[divan::bench]
            fn decode_crate(b: Bencher) {
                let body = body();
                b.bench_local(|| {
                    stytch_endpoint::__private::decode_response::<$response>(200, None, black_box(&body))
                        .unwrap()
                });
            }

            #[divan::bench]
            fn decode_serde(b: Bencher) {
                let body = body();
                b.bench_local(|| serde_json::from_slice::<$plain_response>(black_box(&body)).unwrap());
            }

            #[divan::bench]
            fn all_crate(b: Bencher) {
                let (request, body) = (common::$module(), body());
                check::<_, _, $plain_response>(&request, &common::$plain(), &body);
                b.bench_local(|| crate_path(black_box(&request), black_box(&body)));
            }

            #[divan::bench]
            fn all_serde(b: Bencher) {
                let (request, body) = (common::$plain(), body());
                b.bench_local(|| plain_path::<_, $plain_response>(black_box(&request), black_box(&body)));
            }
        }
    };
}

endpoint_benches!(
    existing_password_reset,
    "existing_password_reset_complete",
    plain_existing_password_reset,
    stytch_endpoint::consumer::passwords::ExistingPasswordResetResponse,
    plain::consumer::passwords::ExistingPasswordResetResponse
);
endpoint_benches!(
    session_reset,
    "session_reset_complete",
    plain_session_reset,
    stytch_endpoint::b2b::passwords::SessionResetResponse,
    plain::b2b::passwords::SessionResetResponse
);
