//! End to end: one call against a keep-alive HTTP/1.1 server on 127.0.0.1 that answers every
//! request with the complete fixture (every schema field filled).
//!
//! For each endpoint, side by side:
//! - `crate_send`: `request.send(&client)`, this crate's whole path (validate, encode, exchange,
//!   decode);
//! - `floor_default_agent`: the same request written by hand with a default `ureq::Agent` (no
//!   timeouts), `serde_json::to_vec` and `serde_json::from_slice` into the same response type;
//! - `floor_crate_config`: the same hand-written call, the agent configured as the crate's is
//!   (timeouts: what a careful hand-written call sets too);
//! - `floor_tuned_agent`: the same, plus a resolver that keeps the last DNS answer (see
//!   `CachingResolver` for why);
//! - `wire`: a raw `TcpStream` that writes the pre-built request bytes and reads the response by
//!   its `Content-Length` (no HTTP library, no JSON): the limit of this machine's loopback;
//! - `wire_split_write`: `wire` with the head and the body in two writes, as ureq sends them;
//! - `wire_then_decode`: `wire` plus `serde_json::from_slice` of the body: what a zero-cost HTTP
//!   client would give.
//!
//! Divan's `AllocProfiler` is the global allocator: it counts the allocations of the benchmark
//! thread only (the server runs on its own threads), and prints them per iteration beside the times.
//!
//! `cargo bench -p stytch-endpoint --bench send`; see BENCHMARKS.md.

mod common;

use common::server::{Setup, Wire};
use common::*;
use divan::{AllocProfiler, Bencher};
use serde::de::DeserializeOwned;
use std::sync::OnceLock;
use std::time::Duration;
use stytch_endpoint::b2b::passwords::SessionResetResponse;
use stytch_endpoint::consumer::passwords::ExistingPasswordResetResponse;
use stytch_endpoint::{Client, Endpoint};

#[global_allocator]
static ALLOC: AllocProfiler = AllocProfiler::system();

fn main() {
    pin_to_one_cpu();
    divan::main();
}

fn setup(fixture_name: &'static str, cell: &'static OnceLock<Setup>) -> &'static Setup {
    cell.get_or_init(|| Setup::start(fixture_name))
}

fn existing_minimal() -> &'static Setup {
    static CELL: OnceLock<Setup> = OnceLock::new();
    setup("existing_password_reset_minimal", &CELL)
}

fn existing_medium() -> &'static Setup {
    static CELL: OnceLock<Setup> = OnceLock::new();
    setup("existing_password_reset_medium", &CELL)
}

fn existing() -> &'static Setup {
    static CELL: OnceLock<Setup> = OnceLock::new();
    setup("existing_password_reset_complete", &CELL)
}

fn session() -> &'static Setup {
    static CELL: OnceLock<Setup> = OnceLock::new();
    setup("session_reset_complete", &CELL)
}

fn client(setup: &Setup) -> Client {
    Client::builder()
        .credentials(PROJECT_ID, SECRET)
        .base_url(setup.base_url())
        .build()
        .expect("a loopback client")
}

/// The agent configuration the crate uses (`ClientBuilder::build`): what a careful hand-written
/// call sets too, since a call without timeouts can hang forever.
fn crate_config() -> ureq::config::Config {
    ureq::Agent::config_builder()
        .http_status_as_error(false)
        .timeout_global(Some(Duration::from_secs(35)))
        .timeout_connect(Some(Duration::from_secs(10)))
        .max_redirects(0)
        .max_redirects_will_error(false)
        .no_delay(true)
        .max_response_header_size(64 * 1024)
        .max_idle_connections(64)
        .max_idle_connections_per_host(64)
        .max_idle_age(Duration::from_secs(30))
        .build()
}

/// The crate's configuration, and host names resolved once per 30 s instead of on every call.
fn tuned_agent() -> ureq::Agent {
    ureq::Agent::with_parts(
        crate_config(),
        ureq::unversioned::transport::DefaultConnector::default(),
        CachingResolver::default(),
    )
}

/// ureq resolves the host of every call before it looks in its connection pool, and when any
/// timeout is set (global, per call or resolve) it does so on a new thread, so that it can give up
/// on a slow DNS server: a thread per call even when a pooled connection is reused and the host is
/// an IP address. This resolver keeps the last answer for 30 s (new connections only ever need it).
#[derive(Debug, Default)]
struct CachingResolver {
    inner: ureq::unversioned::resolver::DefaultResolver,
    last: std::sync::Mutex<Option<Resolved>>,
}

#[derive(Debug)]
struct Resolved {
    scheme: String,
    authority: String,
    at: std::time::Instant,
    addrs: ureq::unversioned::resolver::ResolvedSocketAddrs,
}

impl ureq::unversioned::resolver::Resolver for CachingResolver {
    fn resolve(
        &self,
        uri: &ureq::http::Uri,
        config: &ureq::config::Config,
        timeout: ureq::unversioned::transport::NextTimeout,
    ) -> Result<ureq::unversioned::resolver::ResolvedSocketAddrs, ureq::Error> {
        const TTL: Duration = Duration::from_secs(30);
        let scheme = uri.scheme_str().unwrap_or_default();
        let authority = uri.authority().map_or("", |a| a.as_str());
        if let Some(last) = &*self.last.lock().unwrap() {
            if last.scheme == scheme && last.authority == authority && last.at.elapsed() < TTL {
                return Ok(last.addrs.clone());
            }
        }
        let addrs = self.inner.resolve(uri, config, timeout)?;
        *self.last.lock().unwrap() = Some(Resolved {
            scheme: scheme.to_owned(),
            authority: authority.to_owned(),
            at: std::time::Instant::now(),
            addrs: addrs.clone(),
        });
        Ok(addrs)
    }
}

/// The call as a careful user writes it by hand: URL and `Authorization` computed once, the body
/// with `serde_json::to_vec`, the answer read whole and decoded with `serde_json::from_slice`.
fn hand_written<T: serde::Serialize, R: DeserializeOwned>(
    agent: &ureq::Agent,
    url: &str,
    authorization: &str,
    request: &T,
) -> R {
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

fn path_of<E: Endpoint>(_: &E) -> &'static str {
    E::PATH
}

macro_rules! endpoint_benches {
    ($module:ident, $setup:ident, $request:ident, $plain:ident, $response:ty) => {
        mod $module {
            use super::*;

            fn url() -> String {
                format!("{}{}", $setup().base_url(), path_of(&common::$request()))
            }

            fn connect_wire() -> Wire {
                let request = common::$request();
                let mut body = Vec::new();
                request.write_body(&mut body).unwrap();
                Wire::new($setup(), path_of(&request), &body)
            }

            /// Once, before timing: every contender sends the same body and decodes the same answer.
            fn check(got: &$response) {
                let expected: $response = serde_json::from_slice(&$setup().body).unwrap();
                assert!(got == &expected, "the response decoded differently");
            }

            #[divan::bench]
            fn crate_send(b: Bencher) {
                let client = client($setup());
                let request = common::$request();
                let mut body = Vec::new();
                request.write_body(&mut body).unwrap();
                assert_eq!(body, serde_json::to_vec(&common::$plain()).unwrap(), "the same body");
                check(&request.send(&client).unwrap());
                b.bench_local(|| request.send(&client).unwrap());
            }

            #[divan::bench]
            fn floor_default_agent(b: Bencher) {
                let agent = ureq::Agent::new_with_defaults();
                let (url, auth, request) = (url(), authorization(), common::$plain());
                check(&hand_written::<_, $response>(&agent, &url, &auth, &request));
                b.bench_local(|| hand_written::<_, $response>(&agent, &url, &auth, &request));
            }

            #[divan::bench]
            fn floor_crate_config(b: Bencher) {
                let agent = ureq::Agent::new_with_config(crate_config());
                let (url, auth, request) = (url(), authorization(), common::$plain());
                check(&hand_written::<_, $response>(&agent, &url, &auth, &request));
                b.bench_local(|| hand_written::<_, $response>(&agent, &url, &auth, &request));
            }

            #[divan::bench]
            fn floor_tuned_agent(b: Bencher) {
                let agent = tuned_agent();
                let (url, auth, request) = (url(), authorization(), common::$plain());
                check(&hand_written::<_, $response>(&agent, &url, &auth, &request));
                b.bench_local(|| hand_written::<_, $response>(&agent, &url, &auth, &request));
            }

            #[divan::bench]
            fn wire(b: Bencher) {
                let mut wire = connect_wire();
                let range = wire.exchange();
                assert_eq!(&wire.buf[range], &$setup().body[..]);
                b.bench_local(|| wire.exchange().len());
            }

            #[divan::bench]
            fn wire_split_write(b: Bencher) {
                let mut wire = connect_wire();
                b.bench_local(|| wire.exchange_split().len());
            }

            #[divan::bench]
            fn wire_then_decode(b: Bencher) {
                let mut wire = connect_wire();
                b.bench_local(|| {
                    let range = wire.exchange();
                    serde_json::from_slice::<$response>(&wire.buf[range]).unwrap()
                });
            }
        }
    };
}

endpoint_benches!(
    existing_password_reset_minimal,
    existing_minimal,
    existing_password_reset,
    plain_existing_password_reset,
    ExistingPasswordResetResponse
);
endpoint_benches!(
    existing_password_reset_medium,
    existing_medium,
    existing_password_reset,
    plain_existing_password_reset,
    ExistingPasswordResetResponse
);
endpoint_benches!(
    existing_password_reset,
    existing,
    existing_password_reset,
    plain_existing_password_reset,
    ExistingPasswordResetResponse
);
endpoint_benches!(session_reset, session, session_reset, plain_session_reset, SessionResetResponse);
