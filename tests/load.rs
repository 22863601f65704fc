//! One `Client` shared by 16 threads making 1,024 calls against a loopback server: every call
//! succeeds, and keep-alive connections are reused (the server counts them).

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Barrier};
use std::thread;

use serde_json::json;
use stytch_endpoint::consumer::passwords::ExistingPasswordReset;
use stytch_endpoint::{Client, Error, ErrorType};
use stytch_endpoint_tests::{client_for, fixture, Reply, TestServer};

const THREADS: usize = 16;
const CALLS_PER_THREAD: usize = 64;
/// The most connections 16 threads may open: one each, with slack for a connection the server
/// happened to close while a thread was about to reuse it.
const MAX_CONNECTIONS: usize = 32;

fn reset(i: usize) -> ExistingPasswordReset {
    ExistingPasswordReset::new(
        format!("user-{i}@example.com"),
        "old correct horse",
        "a new and much longer passphrase",
    )
}

/// Runs `CALLS_PER_THREAD` calls on each of `THREADS` threads sharing clones of one client, and
/// returns every result.
fn hammer<T: Send + 'static>(
    client: &Client,
    call: impl Fn(&Client, usize) -> T + Send + Sync + 'static,
) -> Vec<T> {
    let call = Arc::new(call);
    let start = Arc::new(Barrier::new(THREADS));
    let threads: Vec<_> = (0..THREADS)
        .map(|t| {
            let (client, call, start) = (client.clone(), call.clone(), start.clone());
            thread::spawn(move || {
                start.wait();
                (0..CALLS_PER_THREAD).map(|i| call(&client, t * CALLS_PER_THREAD + i)).collect::<Vec<_>>()
            })
        })
        .collect();
    threads.into_iter().flat_map(|t| t.join().expect("no thread panics")).collect()
}

#[test]
fn sixteen_threads_share_one_client_and_its_connections() {
    let server = TestServer::json(200, fixture("existing_password_reset_complete"));
    let client = client_for(&server);
    let results = hammer(&client, |client, i| reset(i).send(client));
    assert_eq!(results.len(), THREADS * CALLS_PER_THREAD);
    for result in &results {
        let response = result.as_ref().expect("every call succeeds");
        assert_eq!(response.user_id, "user-test-4dfa732f-3acf-5ab6-be13-c7cf68bae44b");
        assert!(response.session.is_some());
    }
    let requests = server.requests();
    assert_eq!(requests.len(), 1_024);
    // Every request arrived whole and distinct.
    let mut emails: Vec<String> =
        requests.iter().map(|r| r.json()["email"].as_str().unwrap().to_owned()).collect();
    emails.sort();
    emails.dedup();
    assert_eq!(emails.len(), 1_024);
    let connections = server.connections();
    assert!((1..=MAX_CONNECTIONS).contains(&connections), "{connections} connections for 1,024 calls");
}

#[test]
fn connections_are_reused_after_error_answers_too() {
    let served = AtomicUsize::new(0);
    let server = TestServer::start(move |_| {
        if served.fetch_add(1, Ordering::SeqCst) % 4 == 3 {
            Reply::json(
                400,
                &json!({"status_code": 400, "request_id": "req-weak", "error_type": "weak_password",
                        "error_message": "Password is too weak."}),
            )
        } else {
            Reply::json(200, &fixture("existing_password_reset_minimal"))
        }
    });
    let client = client_for(&server);
    let results = hammer(&client, |client, i| reset(i).send(client));
    let weak = results
        .iter()
        .filter(|r| matches!(r, Err(e @ Error::Api(_)) if e.error_type() == Some(&ErrorType::WeakPassword)))
        .count();
    let ok = results.iter().filter(|r| r.is_ok()).count();
    assert_eq!((ok, weak), (768, 256));
    assert_eq!(server.requests().len(), 1_024);
    let connections = server.connections();
    assert!(connections <= MAX_CONNECTIONS, "{connections} connections for 1,024 calls");
}

#[test]
fn a_client_is_send_sync_and_cheap_to_clone() {
    fn assert_send_sync<T: Send + Sync + Clone + 'static>() {}
    assert_send_sync::<Client>();
    let server = TestServer::json(200, fixture("existing_password_reset_minimal"));
    let client = client_for(&server);
    let clone = client.clone();
    reset(0).send(&client).unwrap();
    reset(1).send(&clone).unwrap();
    // The clones share one pool: the second call reuses the first call's connection.
    assert_eq!(server.connections(), 1);
}
