//! The local Stytch's HTTP server under load and abuse: concurrent clients, stalled and idle
//! connections, Content-Length bombs, oversized heads, drop and restart with pooled
//! connections, panics, and clock arithmetic at its limits. Every wait is bounded: a hang fails
//! the test instead of stalling the suite.

use serde_json::Value;
use std::io::{Read, Write};
use std::net::TcpStream;
use std::sync::mpsc;
use std::time::Duration;
use stytch_endpoint::consumer::passwords::ExistingPasswordReset;
use stytch_endpoint::local::{LocalStytch, NewSession};
use stytch_endpoint::{Endpoint, Error, ErrorType, TransportErrorKind};
use stytch_endpoint_tests::{expected_authorization, PROJECT_ID, SECRET};

type TestResult = Result<(), Box<dyn std::error::Error>>;

const OLD: &str = "old password 1234!";
const NEW: &str = "correct horse battery staple";
/// Far longer than any answer here takes; only a hang reaches it.
const GENEROUS: Duration = Duration::from_secs(30);

fn fixed_credentials() -> LocalStytch {
    LocalStytch::builder().credentials(PROJECT_ID, SECRET).start().expect("start")
}

/// Sends `request` as is and reads the answer until the server closes; returns the status, the
/// head and the body. Write errors are ignored: the server may answer and close early.
fn exchange(port: u16, request: &[u8]) -> (u16, String, String) {
    let mut stream = TcpStream::connect(("127.0.0.1", port)).expect("connect");
    stream.set_read_timeout(Some(GENEROUS)).unwrap();
    stream.set_write_timeout(Some(GENEROUS)).unwrap();
    let _ = stream.write_all(request);
    let mut answer = Vec::new();
    let _ = stream.read_to_end(&mut answer);
    let text = String::from_utf8_lossy(&answer).into_owned();
    let (head, body) = text.split_once("\r\n\r\n").unwrap_or((&text, ""));
    let status = head.split_whitespace().nth(1).and_then(|s| s.parse().ok()).unwrap_or(0);
    (status, head.to_owned(), body.to_owned())
}

#[track_caller]
fn assert_stytch_error(status: u16, body: &str, expected_status: u16, error_type: &str) {
    assert_eq!(status, expected_status, "{body}");
    let body: Value = serde_json::from_str(body).expect("Stytch's error JSON");
    assert_eq!(body["status_code"], expected_status);
    assert_eq!(body["error_type"], error_type, "{body}");
    assert!(body["request_id"].as_str().unwrap().starts_with("request-id-test-"));
    assert!(body["error_message"].as_str().is_some_and(|m| !m.is_empty()));
}

/// The server still answers a well-formed call.
#[track_caller]
fn assert_still_serving(stytch: &LocalStytch) {
    let client = stytch.client_builder().timeout(GENEROUS).build().unwrap();
    let err = ExistingPasswordReset::new("nobody@example.com", OLD, NEW).send(&client).unwrap_err();
    assert_eq!(err.status(), Some(404), "{err:?}");
}

/// Runs `f` on another thread and fails the test if it does not finish within [`GENEROUS`].
fn bounded<T: Send + 'static>(what: &str, f: impl FnOnce() -> T + Send + 'static) -> T {
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        let _ = tx.send(f());
    });
    rx.recv_timeout(GENEROUS).unwrap_or_else(|_| panic!("{what} did not finish"))
}

#[test]
fn sixteen_threads_share_one_client() -> TestResult {
    let stytch = LocalStytch::start()?;
    for i in 0..16 {
        stytch.add_user(&format!("user{i}@example.com"), OLD)?;
    }
    let client = stytch.client_builder().timeout(GENEROUS).build()?;
    std::thread::scope(|scope| {
        for i in 0..16 {
            let client = &client;
            scope.spawn(move || {
                let email = format!("user{i}@example.com");
                let passwords = [OLD, NEW];
                for call in 0..64 {
                    let (from, to) = (passwords[call % 2], passwords[(call + 1) % 2]);
                    let reset = ExistingPasswordReset::new(&email, from, to);
                    reset.send(client).unwrap_or_else(|e| panic!("call {call} of thread {i}: {e:?}"));
                }
            });
        }
    });
    assert_eq!(stytch.requests_seen().len(), 16 * 64);
    assert!(stytch.requests_seen().iter().all(|r| r.status == 200));
    for i in 0..16 {
        assert!(stytch.check_password(&format!("user{i}@example.com"), OLD));
    }
    Ok(())
}

#[test]
fn stalled_and_idle_connections_do_not_hold_up_others() -> TestResult {
    let stytch = fixed_credentials();
    let port = stytch.port();
    let auth = expected_authorization();
    // Declared bodies that never arrive, a small one and a large one.
    let mut stalled_body = TcpStream::connect(("127.0.0.1", port))?;
    stalled_body.write_all(
        format!(
            "POST {} HTTP/1.1\r\nHost: x\r\nAuthorization: {auth}\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n{{\"email\"",
            ExistingPasswordReset::PATH
        )
        .as_bytes(),
    )?;
    let mut stalled_small = TcpStream::connect(("127.0.0.1", port))?;
    stalled_small.write_all(
        format!(
            "POST {} HTTP/1.1\r\nHost: x\r\nAuthorization: {auth}\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{{",
            ExistingPasswordReset::PATH
        )
        .as_bytes(),
    )?;
    // Half a head.
    let mut stalled_head = TcpStream::connect(("127.0.0.1", port))?;
    stalled_head.write_all(b"POST /v1/passwords/existing_password/reset HTTP/1.1\r\nHost: x\r\n")?;
    // Connections that say nothing at all.
    let idle: Vec<TcpStream> =
        (0..8).map(|_| TcpStream::connect(("127.0.0.1", port))).collect::<Result<_, _>>()?;

    stytch.add_user("ada@example.com", OLD)?;
    // Ten seconds is ages for a call on loopback; a server held up by the stalled connections
    // makes every call wait far longer.
    let client = stytch.client_builder().timeout(Duration::from_secs(10)).build()?;
    for call in 0..20 {
        let (from, to) = if call % 2 == 0 { (OLD, NEW) } else { (NEW, OLD) };
        ExistingPasswordReset::new("ada@example.com", from, to).send(&client)?;
    }
    // Dropping the server does not wait for the held connections.
    bounded("drop with held connections", move || drop(stytch));
    // ... and closes them.
    for mut held in [stalled_body, stalled_small, stalled_head].into_iter().chain(idle) {
        held.set_read_timeout(Some(GENEROUS))?;
        let mut rest = Vec::new();
        match held.read_to_end(&mut rest) {
            Ok(_) => {}
            Err(e) => assert!(
                !matches!(e.kind(), std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut),
                "a held connection stays open after drop: {e}"
            ),
        }
    }
    Ok(())
}

#[test]
fn content_length_bombs_are_refused_without_allocating() {
    let stytch = fixed_credentials();
    let auth = expected_authorization();
    let path = ExistingPasswordReset::PATH;
    let cases: &[(&[&str], u16, &str)] = &[
        (&["1000000000000"], 413, "request_too_large"),
        (&["18446744073709551615"], 413, "request_too_large"),
        (&["99999999999999999999999999"], 413, "request_too_large"),
        (&["1048577"], 413, "request_too_large"),
        (&["ten"], 400, "bad_request"),
        (&["-1"], 400, "bad_request"),
        (&["5, 6"], 400, "bad_request"),
        (&["5", "6"], 400, "bad_request"),
    ];
    for (lengths, status, error_type) in cases {
        for with_credentials in [false, true] {
            let mut head = format!("POST {path} HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n");
            if with_credentials {
                head.push_str(&format!("Authorization: {auth}\r\n"));
            }
            for length in *lengths {
                head.push_str(&format!("Content-Length: {length}\r\n"));
            }
            head.push_str("\r\n{}");
            let (got, answer_head, body) = exchange(stytch.port(), head.as_bytes());
            assert_stytch_error(got, &body, *status, error_type);
            assert!(answer_head.to_ascii_lowercase().contains("connection: close"), "{answer_head}");
        }
    }
    // Two equal lengths are one length.
    let body = r#"{"email": "nobody@example.com", "existing_password": "x", "new_password": "y"}"#;
    let request = format!(
        "POST {path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\nAuthorization: {auth}\r\nContent-Type: application/json\r\nContent-Length: {0}\r\nContent-Length: {0}\r\n\r\n{body}",
        body.len()
    );
    let (status, _, _) = exchange(stytch.port(), request.as_bytes());
    assert_eq!(status, 404);
    assert_still_serving(&stytch);
}

#[test]
fn an_oversized_head_is_cut_off_at_the_bound() {
    let stytch = fixed_credentials();
    // One header line of a mebibyte: answered once the bound is passed, the rest never stored.
    let mut request = b"GET /v1/passwords/existing_password/reset HTTP/1.1\r\nHost: x\r\nX-Big: ".to_vec();
    request.resize(request.len() + 1024 * 1024, b'a');
    request.extend_from_slice(b"\r\n\r\n");
    let (status, head, body) = exchange(stytch.port(), &request);
    assert_stytch_error(status, &body, 431, "request_header_fields_too_large");
    assert!(head.to_ascii_lowercase().contains("connection: close"), "{head}");
    // Many short lines.
    let mut request = String::from("GET / HTTP/1.1\r\nHost: x\r\n");
    for i in 0..10_000 {
        request.push_str(&format!("X-{i}: y\r\n"));
    }
    request.push_str("\r\n");
    let (status, _, body) = exchange(stytch.port(), request.as_bytes());
    assert_stytch_error(status, &body, 431, "request_header_fields_too_large");
    // Not HTTP at all.
    let (status, _, body) = exchange(stytch.port(), b"\x16\x03\x01 hello\r\n\r\n");
    assert_stytch_error(status, &body, 400, "bad_request");
    assert_still_serving(&stytch);
}

#[test]
fn a_pooled_client_fails_fast_after_drop_and_reconnects_after_restart() -> TestResult {
    let stytch = fixed_credentials();
    let port = stytch.port();
    let client = stytch.client_builder().timeout(GENEROUS).build()?;
    let reset = ExistingPasswordReset::new("nobody@example.com", OLD, NEW);
    // Fill the client's pool with several connections.
    std::thread::scope(|scope| {
        for _ in 0..4 {
            scope.spawn(|| assert_eq!(reset.send(&client).unwrap_err().status(), Some(404)));
        }
    });
    bounded("drop with pooled connections", move || drop(stytch));
    let err = reset.send(&client).unwrap_err();
    let Error::Transport(transport) = &err else { panic!("nothing answers: {err:?}") };
    assert_ne!(transport.kind, TransportErrorKind::Timeout, "{err:?}");

    // A new local Stytch on the same port: the same client reaches it, with at most one stale
    // pooled connection failing fast on the way.
    let again = LocalStytch::builder().port(port).credentials(PROJECT_ID, SECRET).start()?;
    let mut answers = Vec::new();
    for _ in 0..3 {
        let answer = reset.send(&client);
        if let Err(Error::Transport(t)) = &answer {
            assert_ne!(t.kind, TransportErrorKind::Timeout, "{answer:?}");
        }
        answers.push(answer.map_err(|e| e.status()));
    }
    assert!(answers.iter().any(|a| matches!(a, Err(Some(404)))), "{answers:?}");
    assert_eq!(again.requests_seen().last().map(|r| r.status), Some(404));
    Ok(())
}

#[test]
fn a_panicking_handler_is_answered_500_and_the_server_goes_on() -> TestResult {
    let stytch = LocalStytch::start()?;
    stytch.stub::<ExistingPasswordReset>().when(|_| panic!("a matcher that panics")).reply_json(Value::Null);
    let client = stytch.client_builder().timeout(GENEROUS).build()?;
    let err = ExistingPasswordReset::new("ada@example.com", OLD, NEW).send(&client).unwrap_err();
    assert_eq!(err.status(), Some(500), "{err:?}");
    assert_eq!(err.error_type(), Some(&ErrorType::InternalServerError));
    stytch.clear_stubs();
    stytch.add_user("ada@example.com", OLD)?;
    ExistingPasswordReset::new("ada@example.com", OLD, NEW).send(&client)?;
    Ok(())
}

#[test]
fn clock_arithmetic_saturates() -> TestResult {
    let stytch = LocalStytch::start()?;
    let ada = stytch.add_user("ada@example.com", OLD)?;
    let forever = stytch.add_session(&ada.user_id, NewSession::new().lasting(Duration::MAX))?;
    assert!(stytch.session_is_active(&forever.session_token));
    stytch.advance(Duration::MAX);
    stytch.advance(Duration::MAX);
    let _ = stytch.now();
    // The server still answers, and a session with no end outlives the end of time only as far as
    // the clock can go.
    let reset = ExistingPasswordReset {
        session_duration_minutes: Some(60),
        ..ExistingPasswordReset::new("ada@example.com", OLD, NEW)
    };
    let response = reset.send(&stytch.client())?;
    assert!(!response.session_token.is_empty());
    assert_eq!(stytch.active_sessions(&ada.user_id), 0, "at the end of time, nothing is still live");
    Ok(())
}

/// Reads one answer (head and `Content-Length` body) from a kept-alive connection.
fn read_one(stream: &mut TcpStream) -> (String, String) {
    let mut bytes = Vec::new();
    let mut byte = [0u8; 1];
    while !bytes.ends_with(b"\r\n\r\n") {
        assert_eq!(stream.read(&mut byte).expect("an answer"), 1, "closed mid-head: {bytes:?}");
        bytes.push(byte[0]);
    }
    let head = String::from_utf8(bytes).unwrap();
    let length: usize = head
        .lines()
        .find_map(|l| {
            l.to_ascii_lowercase().strip_prefix("content-length:").map(|v| v.trim().parse().unwrap())
        })
        .unwrap_or(0);
    let mut body = vec![0u8; length];
    stream.read_exact(&mut body).unwrap();
    (head, String::from_utf8(body).unwrap())
}

#[test]
fn keep_alive_pipelining_expect_continue_and_http_1_0() -> TestResult {
    let stytch = fixed_credentials();
    let auth = expected_authorization();
    let path = ExistingPasswordReset::PATH;
    let body = r#"{"email": "nobody@example.com", "existing_password": "x", "new_password": "y"}"#;
    let request = format!(
        "POST {path} HTTP/1.1\r\nHost: x\r\nAuthorization: {auth}\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n{body}",
        body.len()
    );
    let mut stream = TcpStream::connect(("127.0.0.1", stytch.port()))?;
    stream.set_read_timeout(Some(GENEROUS))?;
    // Two requests in one write, answered in order on the same connection.
    stream.write_all(format!("{request}{request}").as_bytes())?;
    for _ in 0..2 {
        let (head, body) = read_one(&mut stream);
        assert!(head.starts_with("HTTP/1.1 404"), "{head}");
        assert!(!head.to_ascii_lowercase().contains("connection: close"), "{head}");
        assert_eq!(serde_json::from_str::<Value>(&body)?["error_type"], "email_not_found");
    }
    // `Expect: 100-continue` (curl sends it for larger bodies): the body follows the go-ahead.
    stream.write_all(
        format!(
            "POST {path} HTTP/1.1\r\nHost: x\r\nAuthorization: {auth}\r\nContent-Type: application/json\r\nExpect: 100-continue\r\nContent-Length: {}\r\n\r\n",
            body.len()
        )
        .as_bytes(),
    )?;
    let (head, _) = read_one(&mut stream);
    assert!(head.starts_with("HTTP/1.1 100"), "{head}");
    stream.write_all(body.as_bytes())?;
    let (head, _) = read_one(&mut stream);
    assert!(head.starts_with("HTTP/1.1 404"), "{head}");
    // A chunked body is not read: 411, and the connection closes.
    stream.write_all(
        format!("POST {path} HTTP/1.1\r\nHost: x\r\nAuthorization: {auth}\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n").as_bytes(),
    )?;
    let (head, body) = read_one(&mut stream);
    assert!(head.starts_with("HTTP/1.1 411"), "{head}");
    assert_eq!(serde_json::from_str::<Value>(&body)?["status_code"], 411);
    let mut rest = Vec::new();
    stream.read_to_end(&mut rest)?;
    // HTTP/1.0 closes after the answer unless asked to keep the connection.
    let (status, head, _) =
        exchange(stytch.port(), format!("GET {path} HTTP/1.0\r\nAuthorization: {auth}\r\n\r\n").as_bytes());
    assert_eq!(status, 405);
    assert!(head.to_ascii_lowercase().contains("connection: close"), "{head}");
    Ok(())
}
