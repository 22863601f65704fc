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

use common::*;
use divan::{AllocProfiler, Bencher};
use serde::de::DeserializeOwned;
use std::io::{ErrorKind, Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::sync::{Arc, OnceLock};
use std::thread;
use std::time::Duration;
use stytch_endpoint::b2b::passwords::SessionResetResponse;
use stytch_endpoint::consumer::passwords::ExistingPasswordResetResponse;
use stytch_endpoint::{Client, Endpoint};

#[global_allocator]
static ALLOC: AllocProfiler = AllocProfiler::system();

fn main() {
    divan::main();
}

/// A server for one endpoint's benches, started once.
struct Setup {
    addr: SocketAddr,
    /// The body the server answers with.
    body: Vec<u8>,
}

fn setup(fixture_name: &'static str, cell: &'static OnceLock<Setup>) -> &'static Setup {
    cell.get_or_init(|| {
        let body = fixture(fixture_name);
        let addr = serve(&body);
        Setup { addr, body }
    })
}

fn existing() -> &'static Setup {
    static CELL: OnceLock<Setup> = OnceLock::new();
    setup("existing_password_reset_complete", &CELL)
}

fn session() -> &'static Setup {
    static CELL: OnceLock<Setup> = OnceLock::new();
    setup("session_reset_complete", &CELL)
}

/// Starts a keep-alive server that answers every request with `body`, one thread per connection.
/// It reads each request by its `Content-Length` and writes the pre-built response in one write.
/// The threads end with the process.
fn serve(body: &[u8]) -> SocketAddr {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind 127.0.0.1");
    let addr = listener.local_addr().unwrap();
    let mut response = format!(
        "HTTP/1.1 200 OK\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: {}\r\n\
         Date: Mon, 29 Dec 2025 12:33:09 GMT\r\nConnection: keep-alive\r\n\r\n",
        body.len()
    )
    .into_bytes();
    response.extend_from_slice(body);
    let response: Arc<[u8]> = response.into();
    thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(stream) = stream else { continue };
            let response = Arc::clone(&response);
            thread::spawn(move || answer(stream, &response));
        }
    });
    addr
}

fn answer(mut stream: TcpStream, response: &[u8]) {
    let _ = stream.set_nodelay(true);
    let mut buf = vec![0u8; 64 * 1024];
    let mut filled = 0;
    loop {
        let Some(total) = read_message(&mut stream, &mut buf, &mut filled) else { return };
        if stream.write_all(response).is_err() {
            return;
        }
        buf.copy_within(total..filled, 0);
        filled -= total;
    }
}

/// Reads until `buf[..filled]` holds one whole message (head and `Content-Length` body); returns
/// its length. `None` when the peer closed or the message does not fit.
fn read_message(stream: &mut TcpStream, buf: &mut Vec<u8>, filled: &mut usize) -> Option<usize> {
    let total = loop {
        if let Some(end) = buf[..*filled].windows(4).position(|w| w == b"\r\n\r\n") {
            break end + 4 + content_length(&buf[..end])?;
        }
        fill(stream, buf, filled)?;
    };
    if total > buf.len() {
        buf.resize(total, 0);
    }
    while *filled < total {
        fill(stream, buf, filled)?;
    }
    Some(total)
}

fn fill(stream: &mut TcpStream, buf: &mut [u8], filled: &mut usize) -> Option<()> {
    if *filled == buf.len() {
        return None;
    }
    loop {
        match stream.read(&mut buf[*filled..]) {
            Ok(0) => return None,
            Ok(n) => {
                *filled += n;
                return Some(());
            }
            Err(e) if e.kind() == ErrorKind::Interrupted => {}
            Err(_) => return None,
        }
    }
}

fn content_length(head: &[u8]) -> Option<usize> {
    let head = std::str::from_utf8(head).ok()?;
    for line in head.split("\r\n").skip(1) {
        let (name, value) = line.split_once(':')?;
        if name.eq_ignore_ascii_case("content-length") {
            return value.trim().parse().ok();
        }
    }
    Some(0)
}

fn client(setup: &Setup) -> Client {
    Client::builder()
        .credentials(PROJECT_ID, SECRET)
        .base_url(&format!("http://{}", setup.addr))
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

/// One persistent connection that writes pre-built request bytes and reads the whole response.
struct Wire {
    stream: TcpStream,
    request: Vec<u8>,
    /// Where the request's head ends and its body starts.
    head_len: usize,
    buf: Vec<u8>,
}

impl Wire {
    fn new<E: Endpoint>(setup: &Setup, request: &E) -> Wire {
        let mut body = Vec::new();
        request.write_body(&mut body).unwrap();
        let mut bytes = format!(
            "POST {} HTTP/1.1\r\nHost: {}\r\nContent-Type: application/json\r\nAccept: application/json\r\n\
             Authorization: {}\r\nUser-Agent: stytch-endpoint/0.1.0 (Rust; ureq)\r\nContent-Length: {}\r\n\r\n",
            E::PATH,
            setup.addr,
            authorization(),
            body.len()
        )
        .into_bytes();
        let head_len = bytes.len();
        bytes.extend_from_slice(&body);
        let stream = TcpStream::connect(setup.addr).unwrap();
        stream.set_nodelay(true).unwrap();
        Wire { stream, request: bytes, head_len, buf: vec![0; 64 * 1024] }
    }

    /// One exchange, the request in one write; returns the body's range in `self.buf`.
    fn exchange(&mut self) -> std::ops::Range<usize> {
        self.stream.write_all(&self.request).unwrap();
        self.read_response()
    }

    /// One exchange, the request's head and body in two writes, as ureq sends them.
    fn exchange_split(&mut self) -> std::ops::Range<usize> {
        self.stream.write_all(&self.request[..self.head_len]).unwrap();
        self.stream.write_all(&self.request[self.head_len..]).unwrap();
        self.read_response()
    }

    fn read_response(&mut self) -> std::ops::Range<usize> {
        let mut filled = 0;
        let total = read_message(&mut self.stream, &mut self.buf, &mut filled).expect("a response");
        assert_eq!(filled, total, "one response per request");
        let head = self.buf.windows(4).position(|w| w == b"\r\n\r\n").unwrap() + 4;
        head..total
    }
}

fn path_of<E: Endpoint>(_: &E) -> &'static str {
    E::PATH
}

macro_rules! endpoint_benches {
    ($module:ident, $setup:ident, $request:ident, $plain:ident, $response:ty) => {
        mod $module {
            use super::*;

            fn url() -> String {
                format!("http://{}{}", $setup().addr, path_of(&common::$request()))
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
                let mut wire = Wire::new($setup(), &common::$request());
                let range = wire.exchange();
                assert_eq!(&wire.buf[range], &$setup().body[..]);
                b.bench_local(|| wire.exchange().len());
            }

            #[divan::bench]
            fn wire_split_write(b: Bencher) {
                let mut wire = Wire::new($setup(), &common::$request());
                b.bench_local(|| wire.exchange_split().len());
            }

            #[divan::bench]
            fn wire_then_decode(b: Bencher) {
                let mut wire = Wire::new($setup(), &common::$request());
                b.bench_local(|| {
                    let range = wire.exchange();
                    serde_json::from_slice::<$response>(&wire.buf[range]).unwrap()
                });
            }
        }
    };
}

endpoint_benches!(
    existing_password_reset,
    existing,
    existing_password_reset,
    plain_existing_password_reset,
    ExistingPasswordResetResponse
);
endpoint_benches!(session_reset, session, session_reset, plain_session_reset, SessionResetResponse);
