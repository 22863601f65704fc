//! This crate beside the official `stytch` crate, over the same loopback server, in one process.
//!
//! The consumer `POST /v1/passwords/existing_password/reset`, with three answers: minimal (a
//! user with no email or factor), medium (a user with one email and one password, and a session)
//! and complete (every schema field filled). For each, four contenders:
//!
//! - `crate_send`: `request.send(&client)`, this crate's whole path;
//! - `ureq_floor`: the same call written by hand with a default `ureq::Agent`,
//!   `serde_json::to_vec` and `serde_json::from_slice` into this crate's response type;
//! - `official`: the official crate's `client.passwords.existing_password.reset(request)` on a
//!   tokio current-thread runtime (`block_on` per call: what a blocking program does);
//! - `raw_socket`: pre-built request bytes written to a `TcpStream`, the answer read by its
//!   `Content-Length`: no HTTP library, no JSON. The loopback's own cost.
//!
//! The process pins itself to one CPU first (see `common::pin_to_one_cpu`); run it with
//! `core/benches/official/run` (see BENCHMARKS.md).

#[path = "../common/mod.rs"]
mod common;

use common::server::{Setup, Wire};
use divan::{AllocProfiler, Bencher};
use std::sync::OnceLock;
use stytch_endpoint::consumer::passwords::ExistingPasswordResetResponse;
use stytch_endpoint::{Client, Endpoint};

#[global_allocator]
static ALLOC: AllocProfiler = AllocProfiler::system();

fn main() {
    common::pin_to_one_cpu();
    divan::main();
}

fn setup(fixture_name: &'static str, cell: &'static OnceLock<Setup>) -> &'static Setup {
    cell.get_or_init(|| Setup::start(fixture_name))
}

fn minimal() -> &'static Setup {
    static CELL: OnceLock<Setup> = OnceLock::new();
    setup("existing_password_reset_minimal", &CELL)
}

fn medium() -> &'static Setup {
    static CELL: OnceLock<Setup> = OnceLock::new();
    setup("existing_password_reset_medium", &CELL)
}

fn complete() -> &'static Setup {
    static CELL: OnceLock<Setup> = OnceLock::new();
    setup("existing_password_reset_complete", &CELL)
}

fn crate_client(setup: &Setup) -> Client {
    Client::builder()
        .credentials(common::PROJECT_ID, common::SECRET)
        .base_url(&setup.base_url())
        .build()
        .expect("a loopback client")
}

/// The same request for the official crate: every field set as in `common::existing_password_reset`.
fn official_request() -> stytch::consumer::passwords_existing_password::ResetRequest {
    let ours = common::existing_password_reset();
    stytch::consumer::passwords_existing_password::ResetRequest {
        email: ours.email,
        existing_password: ours.existing_password,
        new_password: ours.new_password,
        session_token: ours.session_token,
        session_duration_minutes: ours.session_duration_minutes,
        session_jwt: ours.session_jwt,
        session_custom_claims: ours.session_custom_claims.map(serde_json::Value::Object),
        telemetry_id: ours.telemetry_id,
    }
}

fn official_client(setup: &Setup) -> stytch::consumer::client::Client {
    let base = format!("{}/", setup.base_url()).parse().expect("a URL");
    let http = stytch::client::Client::new_with_base_url(
        common::PROJECT_ID,
        common::SECRET,
        base,
        stytch::client::Vertical::Consumer,
    )
    .expect("an official client");
    stytch::consumer::client::Client::new_with_http_client(http.clone(), http)
}

/// The hand-written call: URL and `Authorization` computed once, the body with
/// `serde_json::to_vec`, the answer read whole and decoded with `serde_json::from_slice`.
fn hand_written(
    agent: &ureq::Agent,
    url: &str,
    authorization: &str,
    request: &common::PlainExistingPasswordReset,
) -> ExistingPasswordResetResponse {
    let body = serde_json::to_vec(request).expect("encode");
    let mut response = agent
        .post(url)
        .header("Content-Type", "application/json")
        .header("Accept", "application/json")
        .header("Authorization", authorization)
        .send(&body[..])
        .expect("exchange");
    assert_eq!(response.status(), 200);
    let bytes = response.body_mut().with_config().limit(4 * 1024 * 1024).read_to_vec().expect("read");
    serde_json::from_slice(&bytes).expect("decode")
}

macro_rules! size_benches {
    ($module:ident, $setup:ident) => {
        mod $module {
            use super::*;

            #[divan::bench]
            fn crate_send(b: Bencher) {
                let client = crate_client($setup());
                let request = common::existing_password_reset();
                let expected: ExistingPasswordResetResponse = serde_json::from_slice(&$setup().body).unwrap();
                assert!(request.send(&client).unwrap() == expected, "decoded as serde_json does");
                b.bench_local(|| request.send(&client).unwrap());
            }

            #[divan::bench]
            fn ureq_floor(b: Bencher) {
                let agent = ureq::Agent::new_with_defaults();
                let url = format!("{}{}", $setup().base_url(), common::EXISTING_PASSWORD_RESET_PATH);
                let (auth, request) = (common::authorization(), common::plain_existing_password_reset());
                hand_written(&agent, &url, &auth, &request);
                b.bench_local(|| hand_written(&agent, &url, &auth, &request));
            }

            #[divan::bench]
            fn official(b: Bencher) {
                let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
                let client = official_client($setup());
                let request = official_request();
                let first = runtime.block_on(client.passwords.existing_password.reset(request.clone()));
                assert_eq!(first.expect("the official crate decodes the answer").user_id, "user-test-4dfa732f-3acf-5ab6-be13-c7cf68bae44b");
                b.bench_local(|| {
                    runtime.block_on(client.passwords.existing_password.reset(request.clone())).unwrap()
                });
            }

            #[divan::bench]
            fn raw_socket(b: Bencher) {
                let request = common::existing_password_reset();
                let mut body = Vec::new();
                request.write_body(&mut body).unwrap();
                let mut wire = Wire::new($setup(), common::EXISTING_PASSWORD_RESET_PATH, &body);
                let range = wire.exchange();
                assert_eq!(&wire.buf[range], &$setup().body[..]);
                b.bench_local(|| wire.exchange().len());
            }
        }
    };
}

size_benches!(minimal_431b, minimal);
size_benches!(medium_1_6kb, medium);
size_benches!(complete_12_4kb, complete);
