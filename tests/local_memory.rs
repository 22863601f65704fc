//! The local Stytch's memory, as a service left running: requests without credentials keep
//! nothing but a line in the journal, the journal stays within its bounds, and a soak of mixed
//! traffic (resets, stubs, the control plane, pipelining, junk) leaves the heap where it was.
//!
//! This binary's global allocator counts every byte held by the process, every thread's (the
//! server's included); the tests run one at a time (a lock) so that their counts never mix.

use serde::{Deserialize, Serialize};
use serde_json::{json, Value};
use std::alloc::{GlobalAlloc, Layout, System};
use std::io::{Read, Write};
use std::net::TcpStream;
use std::sync::atomic::{AtomicIsize, Ordering};
use std::sync::{Barrier, Mutex};
use std::time::{Duration, Instant};
use stytch_endpoint::consumer::passwords::ExistingPasswordReset;
use stytch_endpoint::local::LocalStytch;
use stytch_endpoint::{stytch_endpoint, Endpoint, ErrorType};
use stytch_endpoint_tests::{expected_authorization, raw_request, resident_bytes, PROJECT_ID, SECRET};

struct Counting;

static HELD: AtomicIsize = AtomicIsize::new(0);
/// The most `HELD` has been since it was last reset.
static PEAK: AtomicIsize = AtomicIsize::new(0);

fn grow(by: isize) {
    let now = HELD.fetch_add(by, Ordering::Relaxed) + by;
    PEAK.fetch_max(now, Ordering::Relaxed);
}

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let ptr = unsafe { System.alloc(layout) };
        if !ptr.is_null() {
            grow(layout.size() as isize);
        }
        ptr
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) };
        HELD.fetch_sub(layout.size() as isize, Ordering::Relaxed);
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        let ptr = unsafe { System.alloc_zeroed(layout) };
        if !ptr.is_null() {
            grow(layout.size() as isize);
        }
        ptr
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let new = unsafe { System.realloc(ptr, layout, new_size) };
        if !new.is_null() {
            grow(new_size as isize - layout.size() as isize);
        }
        new
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

static ONE_AT_A_TIME: Mutex<()> = Mutex::new(());

/// The heap the whole process holds, once connection threads that just ended have let go.
fn held() -> isize {
    std::thread::sleep(Duration::from_millis(300));
    HELD.load(Ordering::SeqCst)
}

const MIB: isize = 1024 * 1024;

/// A JSON array of about `size` bytes of `[1]`s: each a few bytes of text, far more as a value.
fn tiny_values(size: usize) -> String {
    let mut body = String::with_capacity(size);
    body.push('[');
    while body.len() < size - 8 {
        body.push_str("[1],");
    }
    body.push_str("[1]]");
    body
}

#[test]
fn requests_without_credentials_keep_nothing_but_their_line() {
    let _one = ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner());
    let stytch = LocalStytch::builder().credentials(PROJECT_ID, SECRET).start().unwrap();
    let body = tiny_values(1024 * 1024);
    let path = ExistingPasswordReset::PATH;
    let json_only = [("Content-Type", "application/json")];
    assert_eq!(raw_request(stytch.port(), "POST", path, &json_only, "{}").0, 401);
    let before = held();
    for _ in 0..24 {
        let (status, _, _) = raw_request(stytch.port(), "POST", path, &json_only, &body);
        assert_eq!(status, 401);
    }
    let after = held();
    eprintln!("24 unauthenticated 1 MiB bodies: heap {before} -> {after} bytes");
    // 24 journal lines of method, path and status: a few KiB.
    assert!(after - before < 64 * 1024, "the heap grew by {} bytes", after - before);
    assert_eq!(stytch.requests_seen().len(), 25);
}

/// Bodies refused for their credentials are read past, never held: sixteen 1 MiB bodies at once
/// raise the heap's peak by far less than one of them.
#[test]
fn bodies_refused_for_their_credentials_are_never_held() {
    let _one = ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner());
    let stytch = LocalStytch::builder().credentials(PROJECT_ID, SECRET).start().unwrap();
    let body = tiny_values(1024 * 1024);
    let path = ExistingPasswordReset::PATH;
    let wrong = [("Content-Type", "application/json"), ("Authorization", "Basic d3Jvbmc6d3Jvbmc=")];
    assert_eq!(raw_request(stytch.port(), "POST", path, &wrong, "{}").0, 401);
    let before = held();
    PEAK.store(before, Ordering::SeqCst);
    std::thread::scope(|scope| {
        for _ in 0..16 {
            scope.spawn(|| assert_eq!(raw_request(stytch.port(), "POST", path, &wrong, &body).0, 401));
        }
    });
    let peak = PEAK.load(Ordering::SeqCst);
    eprintln!("16 refused 1 MiB bodies at once: heap {before}, peak {peak} bytes");
    assert!(peak - before < 1024 * 1024, "the peak rose by {} bytes", peak - before);
    // With credentials, a body is held as ever.
    let stub = stytch.stub::<AddThing>().reply_json(json!({}));
    let auth = expected_authorization();
    let headers = [("Authorization", auth.as_str()), ("Content-Type", "application/json")];
    assert_eq!(raw_request(stytch.port(), "POST", AddThing::PATH, &headers, r#"{"name": "n"}"#).0, 200);
    assert_eq!(stub.hits(), 1);
    assert_eq!(stytch.requests_seen().last().unwrap().body, Some(json!({"name": "n"})));
}

/// A JSON array of `count` strings of `len` letters.
fn strings(count: usize, len: usize) -> String {
    let one = format!("\"{}\"", "x".repeat(len));
    format!("[{}]", vec![one; count].join(","))
}

/// `POST /v1/things`: any JSON, answered by a stub.
#[stytch_endpoint(POST, "/v1/things", response = Value)]
#[derive(Clone)]
pub struct AddThing {
    pub name: String,
}

#[test]
fn the_journal_stays_within_its_byte_bound() {
    let _one = ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner());
    let stytch = LocalStytch::builder()
        .credentials(PROJECT_ID, SECRET)
        .journal_limits(1000, 1024 * 1024)
        .start()
        .unwrap();
    stytch.stub::<AddThing>().reply_json(json!({}));
    let auth = expected_authorization();
    let headers = [("Authorization", auth.as_str()), ("Content-Type", "application/json")];
    // About 100 KB each, as text and as JSON values: some ten fit in the bound.
    let body = strings(100, 1000);
    assert_eq!(raw_request(stytch.port(), "POST", AddThing::PATH, &headers, "{}").0, 200);
    let before = held();
    for _ in 0..40 {
        assert_eq!(raw_request(stytch.port(), "POST", AddThing::PATH, &headers, &body).0, 200);
    }
    let after = held();
    eprintln!("40 authenticated 100 KB bodies, a 1 MiB journal: heap {before} -> {after} bytes");
    // The bound is on an estimate of what the entries hold: within a quarter of it.
    assert!(after - before < MIB + MIB / 4, "the heap grew by {} bytes", after - before);
    let seen = stytch.requests_seen();
    assert!(seen.len() > 1 && seen.len() < 41, "{}", seen.len());
    let last = seen.last().unwrap();
    assert_eq!(last.sequence, 40, "the latest are kept");
    assert!(last.body.is_some());
    // An entry larger than the whole bound is kept without its body.
    let huge = strings(1000, 1000);
    assert_eq!(raw_request(stytch.port(), "POST", AddThing::PATH, &headers, &huge).0, 200);
    let last = stytch.requests_seen().pop().unwrap();
    assert_eq!((last.sequence, last.body), (41, None));
}

/// An authenticated 1 MiB body of tiny values is decoded for matchers and the journal within a
/// budget (four times its size): past it, the request is seen as having no JSON body, and the
/// stub still answers. Decoded whole, it would take about 40 MiB.
#[test]
fn a_body_of_tiny_values_is_decoded_within_a_budget() {
    let _one = ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner());
    let stytch = LocalStytch::builder().credentials(PROJECT_ID, SECRET).start().unwrap();
    let stub = stytch.stub::<AddThing>().reply_json(json!({}));
    let auth = expected_authorization();
    let headers = [("Authorization", auth.as_str()), ("Content-Type", "application/json")];
    let body = tiny_values(1024 * 1024);
    assert_eq!(raw_request(stytch.port(), "POST", AddThing::PATH, &headers, "{}").0, 200);
    let before = held();
    PEAK.store(before, Ordering::SeqCst);
    assert_eq!(raw_request(stytch.port(), "POST", AddThing::PATH, &headers, &body).0, 200);
    let peak = PEAK.load(Ordering::SeqCst);
    eprintln!("an authenticated 1 MiB body of tiny values: heap {before}, peak {peak} bytes");
    assert!(peak - before < 7 * MIB, "the peak rose by {} bytes", peak - before);
    assert_eq!(stub.hits(), 2);
    assert_eq!(stytch.requests_seen().pop().unwrap().body, None);
}

/// `GET /v1/users/{user_id}`, declared as an app would.
#[stytch_endpoint(GET, "/v1/users/{user_id}", response = GetUserResponse)]
#[derive(Clone)]
pub struct GetUser {
    pub user_id: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GetUserResponse {
    pub request_id: String,
    pub user_id: String,
}

const CLIENTS: usize = 6;
const ROUNDS: usize = 40;
const PIPELINED: usize = 10;

/// One client's round: typed stub calls, control-plane calls, pipelined requests, junk without
/// credentials, and emptying the journal; every legitimate answer checked. Returns the latency
/// of each single request (the pipelined batch and the junk are not timed).
fn round(stytch: &LocalStytch, client: &stytch_endpoint::Client, me: usize, round: usize) -> Vec<Duration> {
    let port = stytch.port();
    let auth = expected_authorization();
    let mut latencies = Vec::with_capacity(64);
    let mut timed = |f: &mut dyn FnMut()| {
        let start = Instant::now();
        f();
        latencies.push(start.elapsed());
    };
    let user_id = format!("user-test-{me}");
    for _ in 0..8 {
        timed(&mut || {
            let answer = GetUser { user_id: user_id.clone() }.send(client).expect("the stub answers");
            assert_eq!(answer.user_id, user_id);
        });
    }
    timed(&mut || {
        let err = ExistingPasswordReset::new("nobody@example.com", "x", "y").send(client).unwrap_err();
        assert_eq!(err.error_type(), Some(&ErrorType::EmailNotFound));
    });
    let credentialed = [("Authorization", auth.as_str()), ("Content-Type", "application/json")];
    timed(&mut || {
        let user = json!({"email": format!("c{me}r{round}@example.com"), "password": "old password 1234!"});
        let (status, _, answer) =
            raw_request(port, "POST", "/__local/users", &credentialed, &user.to_string());
        assert_eq!(status, 200, "{answer}");
    });
    timed(&mut || {
        let (status, _, answer) = raw_request(port, "GET", "/__local/clock", &credentialed[..1], "");
        assert_eq!((status, answer["offset_seconds"].is_u64()), (200, true));
    });
    timed(&mut || {
        let (status, _, answer) = raw_request(port, "GET", "/__local/stubs", &credentialed[..1], "");
        assert!(status == 200 && answer.is_array());
    });
    // Pipelined: ten requests in one write, ten answers in order (not timed: latencies are of
    // single requests).
    {
        let one = format!("GET /__local/clock HTTP/1.1\r\nHost: x\r\nAuthorization: {auth}\r\n\r\n");
        let mut stream = TcpStream::connect(("127.0.0.1", port)).unwrap();
        stream.set_read_timeout(Some(Duration::from_secs(30))).unwrap();
        stream.write_all(one.repeat(PIPELINED - 1).as_bytes()).unwrap();
        stream
            .write_all(
                format!("GET /__local/clock HTTP/1.1\r\nHost: x\r\nAuthorization: {auth}\r\nConnection: close\r\n\r\n")
                    .as_bytes(),
            )
            .unwrap();
        let mut all = String::new();
        stream.read_to_string(&mut all).unwrap();
        assert_eq!(all.matches("HTTP/1.1 200 OK").count(), PIPELINED, "{all}");
    }
    // Junk: no credentials, a wrong secret, a broken head (not timed either).
    {
        let json_only = [("Content-Type", "application/json")];
        let (status, _, _) = raw_request(port, "POST", "/v1/users/x", &json_only, &tiny_values(64 * 1024));
        assert_eq!(status, 401);
        let wrong = [("Authorization", "Basic d3Jvbmc6d3Jvbmc="), ("Content-Type", "application/json")];
        assert_eq!(raw_request(port, "POST", ExistingPasswordReset::PATH, &wrong, "{}").0, 401);
        let mut stream = TcpStream::connect(("127.0.0.1", port)).unwrap();
        stream.set_read_timeout(Some(Duration::from_secs(30))).unwrap();
        stream.write_all(b"NOT HTTP AT ALL\r\n\x00\x01\r\n\r\n").unwrap();
        let mut answer = String::new();
        let _ = stream.read_to_string(&mut answer);
        assert!(answer.starts_with("HTTP/1.1 400"), "{answer}");
    }
    if me % 2 == 0 {
        timed(&mut || {
            let (status, _, _) = raw_request(port, "DELETE", "/__local/requests", &credentialed[..1], "");
            assert_eq!(status, 200);
        });
    }
    latencies
}

/// Adds every client's stub (after a reset forgot them).
fn stub_all(stytch: &LocalStytch) {
    for me in 0..CLIENTS {
        let user_id = format!("user-test-{me}");
        let reply = GetUserResponse { request_id: String::new(), user_id: user_id.clone() };
        stytch.stub::<GetUser>().when(move |req| req.param("user_id") == Some(user_id.as_str())).reply(reply);
    }
}

#[test]
fn a_soak_of_mixed_traffic_leaves_the_heap_where_it_was() {
    let _one = ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner());
    let journal_bytes = 2 * 1024 * 1024;
    let stytch = LocalStytch::builder()
        .credentials(PROJECT_ID, SECRET)
        .journal_limits(100_000, journal_bytes)
        .start()
        .unwrap();
    let clients: Vec<stytch_endpoint::Client> = (0..CLIENTS).map(|_| stytch.client()).collect();
    // A round to warm up: every pool, buffer and thread the soak will use.
    stub_all(&stytch);
    std::thread::scope(|scope| {
        for (me, client) in clients.iter().enumerate() {
            let stytch = &stytch;
            scope.spawn(move || round(stytch, client, me, 0));
        }
    });
    stytch.reset();
    stub_all(&stytch);
    let before = held();
    let rss_before = resident_bytes(std::process::id()).unwrap_or(0);

    let barrier = Barrier::new(CLIENTS);
    let started = Instant::now();
    let mut latencies: Vec<Duration> = std::thread::scope(|scope| {
        let handles: Vec<_> = clients
            .iter()
            .enumerate()
            .map(|(me, client)| {
                let (stytch, barrier) = (&stytch, &barrier);
                scope.spawn(move || {
                    let mut mine = Vec::new();
                    for r in 1..=ROUNDS {
                        mine.extend(round(stytch, client, me, r));
                        // Between rounds, one client starts the store over, by HTTP or from Rust,
                        // and stubs again; the others wait for it.
                        if barrier.wait().is_leader() {
                            if r % 2 == 0 {
                                let auth = expected_authorization();
                                let (status, _, _) = raw_request(
                                    stytch.port(),
                                    "POST",
                                    "/__local/reset",
                                    &[("Authorization", &auth)],
                                    "",
                                );
                                assert_eq!(status, 200);
                            } else {
                                stytch.reset();
                            }
                            stub_all(stytch);
                        }
                        barrier.wait();
                    }
                    mine
                })
            })
            .collect();
        handles.into_iter().flat_map(|h| h.join().unwrap()).collect()
    });
    let elapsed = started.elapsed();
    latencies.sort();
    let calls = latencies.len();
    let p50 = latencies[calls / 2];
    let p99 = latencies[calls * 99 / 100];
    drop(latencies);
    // Every request sent, timed or not.
    let requests = CLIENTS * ROUNDS * (8 + 1 + 3 + PIPELINED + 3) + CLIENTS.div_ceil(2) * ROUNDS;
    let after = held();
    let rss_after = resident_bytes(std::process::id()).unwrap_or(0);
    eprintln!(
        "soak: {CLIENTS} clients x {ROUNDS} rounds, {requests} requests in {elapsed:.2?} ({:.0} requests/s); \
         per request p50 {p50:.2?}, p99 {p99:.2?}; heap {before} -> {after} bytes; resident {rss_before} -> {rss_after} bytes",
        requests as f64 / elapsed.as_secs_f64()
    );
    // The journal may fill up to its bound; past that, nothing may stay.
    let bound = journal_bytes as isize + 2 * MIB;
    assert!(after - before < bound, "the heap grew by {} bytes, over {bound}", after - before);
    // Still answering.
    GetUser { user_id: "user-test-0".into() }.send(&clients[0]).expect("still serving");
}
