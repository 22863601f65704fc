//! Broken and hostile servers over real loopback HTTP: every way an answer can go wrong becomes a
//! typed error that keeps what is known (status, request id), never a panic, a hang or an
//! unbounded buffer.

use std::io::{BufRead, BufReader, Write};
use std::net::TcpListener;
use std::thread;
use std::time::{Duration, Instant};

use stytch_endpoint::consumer::passwords::ExistingPasswordReset;
use stytch_endpoint::{Client, Error, TransportErrorKind};
use stytch_endpoint_tests::{
    client_for, fixture, refused_port, Reply, StreamingServer, TestServer, PROJECT_ID, SECRET,
};

fn reset() -> ExistingPasswordReset {
    ExistingPasswordReset::new("ada@example.com", "old correct horse", "a new and much longer passphrase")
}

fn client_with(
    url: &str,
    configure: impl FnOnce(stytch_endpoint::ClientBuilder) -> stytch_endpoint::ClientBuilder,
) -> Client {
    configure(Client::builder().credentials(PROJECT_ID, SECRET).base_url(url)).build().unwrap()
}

fn fixture_bytes(name: &str) -> Vec<u8> {
    serde_json::to_vec(&fixture(name)).unwrap()
}

const REQUEST_ID: &str = "request-id-test-b05c992f-ebdc-489d-a754-c7e70ba13141";

#[track_caller]
fn expect_decode(err: &Error, status: u16) -> &stytch_endpoint::DecodeError {
    match err {
        Error::Decode(decode) => {
            assert_eq!(decode.status, status, "{err:?}");
            assert_eq!(err.status(), Some(status));
            decode
        }
        other => panic!("expected a decode error with status {status}, got {other:?}"),
    }
}

#[track_caller]
fn expect_transport(err: &Error) -> &stytch_endpoint::TransportError {
    match err {
        Error::Transport(transport) => transport,
        other => panic!("expected a transport error, got {other:?}"),
    }
}

#[test]
fn gateway_errors_from_a_proxy_keep_their_status() {
    let html = "<html><head><title>502 Bad Gateway</title></head><body><center>nginx</center></body></html>";
    for status in [502, 503, 504] {
        for (what, reply) in [
            ("html", Reply::body(status, "text/html", html)),
            ("empty", Reply::body(status, "text/plain", "")),
            ("empty, no content type", Reply::Http { status, headers: vec![], body: vec![] }),
        ] {
            let reply = std::sync::Mutex::new(Some(reply));
            let server = TestServer::start(move |_| reply.lock().unwrap().take().expect("one request"));
            let err = reset().send(&client_for(&server)).unwrap_err();
            let decode = expect_decode(&err, status);
            assert_eq!(err.request_id(), None, "{what}");
            assert_eq!(err.error_type(), None, "{what}");
            assert_eq!(err.is_retryable(), status == 503, "{status} {what}");
            assert!(!err.is_timeout());
            if what == "html" {
                assert_eq!(decode.body_len(), html.len());
                assert!(decode.body_snippet().starts_with("<html><head><title>502"), "{what}");
                assert!(decode.json_error().is_some_and(|e| e.is_syntax()));
            } else {
                assert_eq!(decode.body_len(), 0);
                assert_eq!(decode.body_snippet(), "");
                assert!(decode.json_error().is_some_and(|e| e.is_eof()));
            }
            assert_eq!(server.requests().len(), 1);
        }
    }
}

#[test]
fn a_proxy_page_without_content_length_is_read_until_close() {
    let page = b"HTTP/1.1 502 Bad Gateway\r\nContent-Type: text/html\r\nConnection: close\r\n\r\n<html>bad gateway</html>";
    let server = TestServer::start(move |_| Reply::Raw(page.to_vec()));
    let err = reset().send(&client_for(&server)).unwrap_err();
    let decode = expect_decode(&err, 502);
    assert_eq!(decode.body_snippet(), "<html>bad gateway</html>");
}

#[test]
fn a_truncated_success_is_a_decode_error_with_the_request_id() {
    let full = fixture_bytes("existing_password_reset_complete");
    for cut in [1, 20, full.len() / 2, full.len() - 1] {
        let body = full[..cut].to_vec();
        let server = TestServer::start(move |_| Reply::body(200, "application/json", body.clone()));
        let err = reset().send(&client_for(&server)).unwrap_err();
        let decode = expect_decode(&err, 200);
        assert_eq!(decode.body_len(), cut);
        assert!(decode.json_error().is_some_and(|e| e.is_eof()), "cut at {cut}: {err:?}");
        if cut > 100 {
            assert_eq!(err.request_id(), Some(REQUEST_ID), "cut at {cut}");
        } else {
            assert_eq!(err.request_id(), None, "cut at {cut}");
        }
        assert!(!err.is_retryable());
    }
}

#[test]
fn an_empty_success_is_a_decode_error() {
    let server = TestServer::start(|_| Reply::body(200, "application/json", ""));
    let err = reset().send(&client_for(&server)).unwrap_err();
    let decode = expect_decode(&err, 200);
    assert_eq!(decode.body_len(), 0);
    assert_eq!(err.request_id(), None);
    assert!(err.to_string().contains("empty"), "{err}");
}

#[test]
fn a_success_of_the_wrong_shape_is_a_decode_error() {
    for (body, request_id) in [
        (r#"[]"#, None),
        // The id is found wherever it is: it is only ever a hint for Stytch support.
        (r#"[{"request_id": "request-id-test-in-array"}]"#, Some("request-id-test-in-array")),
        (r#"{"user": 5, "request_id": "request-id-test-wrong-shape"}"#, Some("request-id-test-wrong-shape")),
        (
            r#"{"request_id": "request-id-test-wrong-type", "status_code": "two hundred"}"#,
            Some("request-id-test-wrong-type"),
        ),
        (
            r#"{"request_id": "request-id-test-bool-user", "user": {"emails": true}}"#,
            Some("request-id-test-bool-user"),
        ),
        (r#""just a string""#, None),
        ("null", None),
        ("42", None),
        ("true", None),
    ] {
        let server = TestServer::start(move |_| Reply::body(200, "application/json", body));
        let err = reset().send(&client_for(&server)).unwrap_err();
        let decode = expect_decode(&err, 200);
        assert_eq!(err.request_id(), request_id, "{body}");
        assert_eq!(decode.body_len(), body.len());
        assert!(!err.is_retryable());
    }
}

#[test]
fn a_nested_object_sent_as_an_array_is_a_decode_error() {
    // `user` as an array would fill User's fields in declaration order: a session token where the
    // user id belongs.
    let body = r#"{"request_id": "request-id-test-array", "user": ["tok-positional", [], "active"]}"#;
    let server = TestServer::start(move |_| Reply::body(200, "application/json", body));
    let result = reset().send(&client_for(&server));
    let err = result.expect_err("an array is not a User");
    expect_decode(&err, 200);
    assert_eq!(err.request_id(), Some("request-id-test-array"));
}

#[test]
fn a_success_that_is_not_utf8_is_a_decode_error() {
    // A stray byte inside a string value, after the request id.
    let mut body = fixture_bytes("existing_password_reset_minimal");
    let at = body.windows(7).position(|w| w == b"\"active").unwrap() + 1;
    body.insert(at, 0xff);
    // Latin-1 text and raw binary.
    let latin1 = b"{\"request_id\": \"r\xe9q\"}".to_vec();
    let binary: Vec<u8> = (0..=255u8).rev().collect();
    for (body, request_id) in [(body, Some(REQUEST_ID)), (latin1, None), (binary, None)] {
        let len = body.len();
        let server = TestServer::start(move |_| Reply::body(200, "application/json", body.clone()));
        let err = reset().send(&client_for(&server)).unwrap_err();
        let decode = expect_decode(&err, 200);
        assert_eq!(decode.body_len(), len);
        assert_eq!(err.request_id(), request_id);
    }
}

#[test]
fn an_error_body_that_is_not_utf8_keeps_its_status() {
    let server = TestServer::start(|_| {
        Reply::body(400, "application/json", b"{\"error_type\": \"\xff\xfe\"}".to_vec())
    });
    let err = reset().send(&client_for(&server)).unwrap_err();
    expect_decode(&err, 400);
}

#[test]
fn an_oversized_body_fails_at_the_limit_without_being_read_to_the_end() {
    const TOTAL: usize = 50 * 1024 * 1024;
    for status in [200, 503] {
        let server = StreamingServer::start(status, TOTAL);
        let client = client_with(&server.url(), |b| b.max_response_bytes(64 * 1024));
        let err = reset().send(&client).unwrap_err();
        let transport = expect_transport(&err);
        assert_eq!(transport.kind, TransportErrorKind::BodyTooLarge, "{err:?}");
        assert_eq!(err.status(), Some(status));
        assert!(!err.is_retryable());
        assert!(err.to_string().contains("65536"), "{err}");
        // The client hung up: the server's writes fail long before the 50 MiB are out. What it
        // did write sits in the loopback socket buffers (a few MiB at most).
        assert!(server.wait_finished(Duration::from_secs(20)), "the server is still writing");
        let written = server.written();
        assert!(written < TOTAL / 4, "the server wrote {written} of {TOTAL} bytes");
    }
}

#[test]
fn the_default_limit_applies_without_configuration() {
    const TOTAL: usize = 64 * 1024 * 1024;
    let server = StreamingServer::start(200, TOTAL);
    let err = reset().send(&client_with(&server.url(), |b| b)).unwrap_err();
    assert_eq!(expect_transport(&err).kind, TransportErrorKind::BodyTooLarge, "{err:?}");
    assert!(server.wait_finished(Duration::from_secs(20)));
    assert!(server.written() < TOTAL / 4, "the server wrote {} bytes", server.written());
}

#[test]
fn a_body_at_exactly_the_limit_is_accepted() {
    let body = fixture_bytes("existing_password_reset_minimal");
    let limit = body.len() as u64;
    let server = TestServer::start(move |_| Reply::body(200, "application/json", body.clone()));
    let ok = reset().send(&client_with(&server.url(), |b| b.max_response_bytes(limit)));
    assert!(ok.is_ok(), "{ok:?}");
    let err = reset().send(&client_with(&server.url(), |b| b.max_response_bytes(limit - 1))).unwrap_err();
    assert_eq!(expect_transport(&err).kind, TransportErrorKind::BodyTooLarge);
}

#[test]
fn a_server_that_never_answers_times_out_on_time() {
    let server = TestServer::start(|_| Reply::Hang);
    let client = client_with(&server.url(), |b| b.timeout(Duration::from_millis(500)));
    let start = Instant::now();
    let err = reset().send(&client).unwrap_err();
    let elapsed = start.elapsed();
    assert!(err.is_timeout(), "{err:?}");
    assert_eq!(expect_transport(&err).kind, TransportErrorKind::Timeout);
    assert_eq!(err.status(), None);
    assert!(!err.is_retryable());
    assert!(
        elapsed >= Duration::from_millis(400) && elapsed <= Duration::from_secs(3),
        "timed out after {elapsed:?}"
    );
    assert_eq!(server.requests().len(), 1);
}

/// A server that sends a response head and part of the body, then stalls for `stall`.
fn stalling_server(stall: Duration) -> String {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    thread::spawn(move || {
        let Ok((stream, _)) = listener.accept() else { return };
        let mut writer = stream.try_clone().unwrap();
        let mut reader = BufReader::new(stream);
        let mut line = String::new();
        while reader.read_line(&mut line).is_ok_and(|n| n > 2) {
            line.clear();
        }
        let _ = writer.write_all(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{\"request_id\": \"request-id-test-stalled\"");
        let _ = writer.flush();
        thread::sleep(stall);
    });
    url
}

#[test]
fn a_server_that_stalls_mid_body_times_out_with_the_status() {
    let url = stalling_server(Duration::from_secs(10));
    let client = client_with(&url, |b| b.timeout(Duration::from_millis(500)));
    let start = Instant::now();
    let err = reset().send(&client).unwrap_err();
    let elapsed = start.elapsed();
    assert!(err.is_timeout(), "{err:?}");
    assert_eq!(err.status(), Some(200));
    assert!(elapsed >= Duration::from_millis(400) && elapsed <= Duration::from_secs(3), "{elapsed:?}");
}

#[test]
fn a_connection_cut_mid_body_is_a_transport_error_with_the_status() {
    let full = fixture_bytes("existing_password_reset_complete");
    for status in [200, 400, 503] {
        let body = full[..100].to_vec();
        let announced = full.len();
        let server = TestServer::start(move |_| Reply::Cut { status, announced, body: body.clone() });
        let err = reset().send(&client_for(&server)).unwrap_err();
        let transport = expect_transport(&err);
        assert!(matches!(transport.kind, TransportErrorKind::Io | TransportErrorKind::Protocol), "{err:?}");
        assert_eq!(err.status(), Some(status));
        assert!(!err.is_timeout());
        // The request arrived; it may have been processed.
        assert!(!err.is_retryable());
        assert_eq!(server.requests().len(), 1);
    }
}

#[test]
fn a_chunked_body_cut_mid_chunk_is_a_transport_error() {
    let raw = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n100\r\n{\"request_id\": \"request-id-test-cut\"".to_vec();
    let server = TestServer::start(move |_| Reply::Raw(raw.clone()));
    let err = reset().send(&client_for(&server)).unwrap_err();
    let transport = expect_transport(&err);
    assert!(matches!(transport.kind, TransportErrorKind::Io | TransportErrorKind::Protocol), "{err:?}");
    assert_eq!(err.status(), Some(200));
}

#[test]
fn a_connection_closed_before_any_answer_is_a_transport_error() {
    let server = TestServer::start(|_| Reply::Raw(Vec::new()));
    let err = reset().send(&client_for(&server)).unwrap_err();
    let transport = expect_transport(&err);
    assert!(matches!(transport.kind, TransportErrorKind::Io | TransportErrorKind::Protocol), "{err:?}");
    assert_eq!(err.status(), None);
    // The request was sent: it may have been processed, so it is not safe to send again.
    assert!(!err.is_retryable());
}

#[test]
fn a_server_that_does_not_speak_http_is_a_protocol_error() {
    for raw in
        [&b"SSH-2.0-OpenSSH_9.6\r\n"[..], b"HTTP/1.1 abc OK\r\n\r\n", b"\x16\x03\x01\x00\xa5\x01\x00\x00"]
    {
        let raw = raw.to_vec();
        let server = TestServer::start(move |_| Reply::Raw(raw.clone()));
        let err = reset().send(&client_for(&server)).unwrap_err();
        let transport = expect_transport(&err);
        assert!(matches!(transport.kind, TransportErrorKind::Protocol | TransportErrorKind::Io), "{err:?}");
        assert_eq!(err.status(), None);
        assert!(!err.is_retryable());
    }
}

#[test]
fn a_refused_connection_is_a_retryable_connect_error() {
    let url = format!("http://127.0.0.1:{}", refused_port());
    let err = reset().send(&client_with(&url, |b| b)).unwrap_err();
    let transport = expect_transport(&err);
    assert_eq!(transport.kind, TransportErrorKind::Connect, "{err:?}");
    assert_eq!(err.status(), None);
    assert!(err.is_retryable());
    assert!(!err.is_timeout());
}

#[test]
fn an_invalid_request_opens_no_connection() {
    let server = TestServer::start(|_| Reply::Hang);
    let err = ExistingPasswordReset::new("", "", "").send(&client_for(&server)).unwrap_err();
    assert!(matches!(err, Error::Validation(_)), "{err:?}");
    assert_eq!(err.status(), None);
    thread::sleep(Duration::from_millis(50));
    assert_eq!(server.connections(), 0);
}

#[test]
fn a_success_without_what_makes_it_one_is_a_decode_error() {
    use stytch_endpoint::b2b::passwords::SessionReset;
    let consumer_id = "user-test-4dfa732f-3acf-5ab6-be13-c7cf68bae44b";
    let member_id = "member-test-3da2d501-5560-566d-ad16-8aed192b68db";
    let consumer_cases = [
        (serde_json::json!({}), None),
        (serde_json::json!({"status_code": 200}), None),
        (serde_json::json!({"request_id": REQUEST_ID}), Some(REQUEST_ID)),
        (serde_json::json!({"request_id": REQUEST_ID, "user_id": ""}), Some(REQUEST_ID)),
        (serde_json::json!({"request_id": REQUEST_ID, "user_id": null}), Some(REQUEST_ID)),
        (serde_json::json!({"request_id": "", "user_id": consumer_id}), None),
        (serde_json::json!({"user_id": consumer_id}), None),
    ];
    for (body, request_id) in consumer_cases {
        for status in [200, 201] {
            let server = TestServer::json(status, body.clone());
            let err = reset().send(&client_for(&server)).expect_err(&body.to_string());
            expect_decode(&err, status);
            assert_eq!(err.request_id(), request_id, "{body}");
            assert!(!err.is_retryable());
        }
    }
    let b2b =
        || SessionReset::with_session_token("organization-test-1", "a new and much longer passphrase", "t");
    for body in [
        serde_json::json!({}),
        serde_json::json!({"request_id": REQUEST_ID, "member_id": ""}),
        serde_json::json!({"request_id": REQUEST_ID, "user_id": consumer_id}),
        serde_json::json!({"member_id": member_id}),
    ] {
        let server = TestServer::json(200, body.clone());
        let err = b2b().send(&client_for(&server)).expect_err(&body.to_string());
        expect_decode(&err, 200);
    }
    // The least a success carries is enough.
    let server = TestServer::json(200, serde_json::json!({"request_id": REQUEST_ID, "user_id": consumer_id}));
    assert_eq!(reset().send(&client_for(&server)).unwrap().user_id, consumer_id);
    let server = TestServer::json(200, serde_json::json!({"request_id": REQUEST_ID, "member_id": member_id}));
    assert_eq!(b2b().send(&client_for(&server)).unwrap().member_id, member_id);
}
