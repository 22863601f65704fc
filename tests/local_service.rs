//! The local Stytch as a service left running: pipelined requests, the connection cap with
//! requests in progress, secrets in the journal whichever stub answered, stubs that would write
//! invalid HTTP, duplicate `Content-Length`s, typed replies with any 2xx, the journal by
//! endpoint, and endpoints that take no project credentials.

use serde::{Deserialize, Serialize};
use serde_json::{json, Value};
use std::io::{Read, Write};
use std::net::TcpStream;
use std::time::Duration;
use stytch_endpoint::consumer::passwords::ExistingPasswordReset;
use stytch_endpoint::local::{Fault, LocalError, LocalStytch};
use stytch_endpoint::{stytch_endpoint, Endpoint, ErrorType};
use stytch_endpoint_tests::{expected_authorization, raw_request, PROJECT_ID, SECRET};

type TestResult = Result<(), Box<dyn std::error::Error>>;

const GENEROUS: Duration = Duration::from_secs(30);

fn fixed_credentials() -> LocalStytch {
    LocalStytch::builder().credentials(PROJECT_ID, SECRET).start().expect("start")
}

/// `POST /v1/totps/authenticate`, with a secret field whose name Stytch's well-known list lacks.
#[stytch_endpoint(POST, "/v1/totps/authenticate", response = Value)]
#[derive(Clone)]
pub struct AuthenticateTotp {
    pub user_id: String,
    #[stytch(secret)]
    pub totp_code: String,
}

/// A secret header field, as B2B endpoints that act for a member declare it.
#[stytch_endpoint(DELETE, "/v1/b2b/organizations/{organization_id}/members/{member_id}", response = Ack)]
#[derive(Clone)]
pub struct DeleteMember {
    pub organization_id: String,
    pub member_id: String,
    #[stytch(header = "X-Stytch-Member-Session", secret)]
    pub member_session: Option<String>,
    #[stytch(header = "X-Acme-Assertion", secret)]
    pub assertion: Option<String>,
}

#[derive(Debug, Serialize, Deserialize, PartialEq)]
pub struct Ack {
    pub request_id: String,
}

/// `POST /v1/m2m/clients`: Stytch answers 201.
#[stytch_endpoint(POST, "/v1/m2m/clients", response = M2mClient)]
#[derive(Clone)]
pub struct CreateM2mClient {
    pub client_name: String,
    pub scopes: Vec<String>,
}

#[derive(Debug, Serialize, Deserialize, PartialEq)]
pub struct M2mClient {
    pub request_id: String,
    pub client_id: String,
}

/// Reads one answer (head and `Content-Length` body) from a kept-alive connection; `None` when
/// the connection closed or failed first.
fn read_one(stream: &mut TcpStream) -> Option<(String, String)> {
    let mut bytes = Vec::new();
    let mut byte = [0u8; 1];
    while !bytes.ends_with(b"\r\n\r\n") {
        match stream.read(&mut byte) {
            Ok(1) => bytes.push(byte[0]),
            _ => return None,
        }
    }
    let head = String::from_utf8(bytes).ok()?;
    let length: usize = head
        .lines()
        .find_map(|l| {
            l.to_ascii_lowercase().strip_prefix("content-length:").map(|v| v.trim().parse().unwrap())
        })
        .unwrap_or(0);
    let mut body = vec![0u8; length];
    stream.read_exact(&mut body).ok()?;
    Some((head, String::from_utf8(body).ok()?))
}

fn clock_request() -> String {
    format!("GET /__local/clock HTTP/1.1\r\nHost: x\r\nAuthorization: {}\r\n\r\n", expected_authorization())
}

/// Writes `bytes` in pieces of `piece` bytes (pausing between them when `pause`), while another
/// thread reads `count` answers; returns how many arrived whole and right.
fn pipelined(port: u16, bytes: Vec<u8>, piece: usize, pause: Duration, count: usize) -> usize {
    let mut stream = TcpStream::connect(("127.0.0.1", port)).unwrap();
    stream.set_read_timeout(Some(GENEROUS)).unwrap();
    let mut reader = stream.try_clone().unwrap();
    let answers = std::thread::spawn(move || {
        (0..count)
            .map_while(|_| read_one(&mut reader))
            .filter(|(head, body)| head.starts_with("HTTP/1.1 200") && body.contains("offset_seconds"))
            .count()
    });
    for chunk in bytes.chunks(piece) {
        if stream.write_all(chunk).is_err() {
            break;
        }
        if !pause.is_zero() {
            std::thread::sleep(pause);
        }
    }
    answers.join().unwrap()
}

#[test]
fn two_hundred_pipelined_requests_are_all_answered() {
    let stytch = fixed_credentials();
    let all: Vec<u8> = clock_request().repeat(200).into_bytes();
    // In one write: the server reads them in several reads, heads cut at read boundaries.
    assert_eq!(pipelined(stytch.port(), all.clone(), all.len(), Duration::ZERO, 200), 200);
    // In small pieces with pauses: heads split across reads, and across time.
    assert_eq!(pipelined(stytch.port(), all.clone(), 997, Duration::from_millis(2), 200), 200);
    assert_eq!(pipelined(stytch.port(), all, 61, Duration::ZERO, 200), 200);
}

/// A JSON body of about `size` bytes that the reset route reads as an unknown email.
fn padded_reset_body(size: usize) -> String {
    let mut body =
        r#"{"email": "nobody@example.com", "existing_password": "x", "new_password": "y"}"#.to_owned();
    body.push_str(&" ".repeat(size - body.len()));
    body
}

/// The two tests at the connection cap hold some 550 sockets each: one at a time, so that a
/// default limit of 1024 file descriptors is enough.
static AT_THE_CAP: std::sync::Mutex<()> = std::sync::Mutex::new(());

#[test]
fn a_request_in_progress_is_not_closed_to_make_room() {
    let _one = AT_THE_CAP.lock().unwrap_or_else(|e| e.into_inner());
    let stytch = fixed_credentials();
    let port = stytch.port();
    let body = padded_reset_body(200 * 1024);
    let mut upload = TcpStream::connect(("127.0.0.1", port)).unwrap();
    upload.set_read_timeout(Some(GENEROUS)).unwrap();
    let head = format!(
        "POST {} HTTP/1.1\r\nHost: x\r\nAuthorization: {}\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n",
        ExistingPasswordReset::PATH,
        expected_authorization(),
        body.len()
    );
    upload.write_all(head.as_bytes()).unwrap();
    let (first, rest) = body.split_at(body.len() / 2);
    upload.write_all(first.as_bytes()).unwrap();
    std::thread::sleep(Duration::from_millis(200));

    // 300 idle connections: past the cap of 256, the idle ones make room for each other.
    let idle: Vec<TcpStream> = (0..300).map(|_| TcpStream::connect(("127.0.0.1", port)).unwrap()).collect();
    // One answered after all of them: they have all been accepted.
    let (status, _, _) =
        raw_request(port, "GET", "/__local/clock", &[("Authorization", &expected_authorization())], "");
    assert_eq!(status, 200);

    upload.write_all(rest.as_bytes()).expect("the upload's connection is still open");
    let (head, answer) = read_one(&mut upload).expect("the upload is answered");
    assert!(head.starts_with("HTTP/1.1 404"), "{head}");
    assert_eq!(serde_json::from_str::<Value>(&answer).unwrap()["error_type"], "email_not_found");
    drop(idle);
}

#[test]
fn at_the_cap_with_every_connection_busy_a_new_one_waits() {
    let _one = AT_THE_CAP.lock().unwrap_or_else(|e| e.into_inner());
    let stytch = fixed_credentials();
    let port = stytch.port();
    // 256 connections, each with a head begun: every one is in progress.
    let mut busy: Vec<TcpStream> = (0..256)
        .map(|_| {
            let mut stream = TcpStream::connect(("127.0.0.1", port)).unwrap();
            stream.set_read_timeout(Some(GENEROUS)).unwrap();
            stream.write_all(b"GET /__local/clock HTTP/1.1\r\n").unwrap();
            stream
        })
        .collect();
    std::thread::sleep(Duration::from_millis(500));
    // The next one waits in the backlog: nothing is closed for it.
    let mut waiting = TcpStream::connect(("127.0.0.1", port)).unwrap();
    waiting.write_all(clock_request().as_bytes()).unwrap();
    waiting.set_read_timeout(Some(Duration::from_secs(1))).unwrap();
    let mut byte = [0u8; 1];
    assert!(waiting.read(&mut byte).is_err(), "answered at once: a request in progress was closed for it");
    // Every busy connection is still there: finish one head, it is answered.
    let rest = format!("Host: x\r\nAuthorization: {}\r\n\r\n", expected_authorization());
    busy[0].write_all(rest.as_bytes()).unwrap();
    let (head, _) = read_one(&mut busy[0]).expect("the first busy connection is answered");
    assert!(head.starts_with("HTTP/1.1 200"), "{head}");
    // One ends: the waiting one is served.
    drop(busy.remove(0));
    waiting.set_read_timeout(Some(GENEROUS)).unwrap();
    let (head, _) = read_one(&mut waiting).expect("served once a connection ended");
    assert!(head.starts_with("HTTP/1.1 200"), "{head}");
    // The others are still in progress, and answered once their heads are whole.
    for stream in busy.iter_mut().take(5) {
        stream.write_all(rest.as_bytes()).unwrap();
        let (head, _) = read_one(stream).expect("still open");
        assert!(head.starts_with("HTTP/1.1 200"), "{head}");
    }
}

#[test]
fn secrets_are_redacted_whichever_stub_or_route_answered() -> TestResult {
    let stytch = fixed_credentials();
    let client = stytch.client();
    let once = stytch.stub::<AuthenticateTotp>().times(1).reply_json(json!({}));
    stytch.stub::<DeleteMember>().reply(Ack { request_id: String::new() });
    let totp = AuthenticateTotp { user_id: "user-test-1".into(), totp_code: "492817".into() };
    totp.send(&client)?;
    // Used up: route_not_found answers, and the code is still secret.
    let err = totp.send(&client).unwrap_err();
    assert_eq!(err.error_type().map(ErrorType::as_str), Some("route_not_found"));
    assert_eq!(once.hits(), 1);
    DeleteMember {
        organization_id: "organization-test-1".into(),
        member_id: "member-test-1".into(),
        member_session: Some("member-session-token-0123456789".into()),
        assertion: Some("assertion-value-0123456789".into()),
    }
    .send(&client)?;
    // No stub at all, never: a secret-looking name is enough.
    let (status, _, _) = raw_request(
        stytch.port(),
        "POST",
        "/v1/otps/authenticate",
        &[
            ("Authorization", &expected_authorization()),
            ("Content-Type", "application/json"),
            ("X-Session-Jwt", "jwt-0123456789"),
        ],
        r#"{"method_id": "phone-number-test-1", "code": "771234", "session_duration_minutes": 30}"#,
    );
    assert_eq!(status, 404);

    let secrets = [
        "492817",
        "member-session-token-0123456789",
        "assertion-value-0123456789",
        "771234",
        "jwt-0123456789",
        SECRET,
    ];
    let seen = stytch.requests_seen();
    assert_eq!(seen.len(), 4);
    let debug = format!("{seen:?} {seen:#?}");
    let over_http = raw_request(
        stytch.port(),
        "GET",
        "/__local/requests",
        &[("Authorization", &expected_authorization())],
        "",
    )
    .2;
    for secret in secrets {
        assert!(!debug.contains(secret), "{secret:?} in the journal's Debug: {debug}");
        assert!(!over_http.to_string().contains(secret), "{secret:?} in GET /__local/requests: {over_http}");
    }
    assert_eq!(seen[1].status, 404);
    assert_eq!(seen[1].body, Some(json!({"user_id": "user-test-1", "totp_code": "<redacted>"})));
    assert_eq!(seen[2].header("X-Stytch-Member-Session"), Some("<redacted>"));
    assert_eq!(seen[2].header("X-Acme-Assertion"), Some("<redacted>"));
    assert_eq!(
        seen[3].body,
        Some(
            json!({"method_id": "phone-number-test-1", "code": "<redacted>", "session_duration_minutes": 30})
        )
    );
    assert_eq!(seen[3].header("x-session-jwt"), Some("<redacted>"));
    Ok(())
}

#[test]
fn requests_refused_for_credentials_keep_only_method_path_and_status() {
    let stytch = fixed_credentials();
    let (status, _, _) = raw_request(
        stytch.port(),
        "POST",
        "/v1/passwords/existing_password/reset?who=ada",
        &[
            ("Authorization", "Basic d3Jvbmc6d3Jvbmc="),
            ("Content-Type", "application/json"),
            ("X-Trace", "t-1"),
        ],
        r#"{"email": "ada@example.com", "existing_password": "hunter2 hunter2", "new_password": "x"}"#,
    );
    assert_eq!(status, 401);
    let seen = stytch.requests_seen();
    assert_eq!(seen.len(), 1);
    let entry = &seen[0];
    assert_eq!(
        (entry.method.as_str(), entry.path.as_str(), entry.status),
        ("POST", ExistingPasswordReset::PATH, 401)
    );
    assert_eq!(entry.error_type, Some(ErrorType::UnauthorizedCredentials));
    assert!(entry.query.is_empty() && entry.headers.is_empty() && entry.body.is_none(), "{entry:?}");
}

/// Stubs added over HTTP, each refused with a 400 that names the field, and none added.
#[test]
fn stubs_that_would_write_invalid_http_are_refused_over_http() {
    let stytch = fixed_credentials();
    let auth = expected_authorization();
    let add = |spec: Value| {
        let headers = [("Authorization", auth.as_str()), ("Content-Type", "application/json")];
        let (status, _, body) =
            raw_request(stytch.port(), "POST", "/__local/stubs", &headers, &spec.to_string());
        (status, body["error_message"].as_str().unwrap_or_default().to_owned())
    };
    let forged = "text/html\r\nContent-Length: 0\r\n\r\nHTTP/1.1 200 OK\r\nX-Forged: 1";
    let cases = [
        (json!({"type": "raw", "status": 200, "content_type": forged, "body": "x"}), "fault.content_type"),
        (
            json!({"type": "raw", "status": 200, "content_type": "text/html\n", "body": "x"}),
            "fault.content_type",
        ),
        (json!({"type": "raw", "status": 200, "content_type": "", "body": "x"}), "fault.content_type"),
        (json!({"type": "raw", "status": 0, "body": "x"}), "fault.status"),
        (json!({"type": "raw", "status": 101, "body": "x"}), "fault.status"),
        (json!({"type": "raw", "status": 304, "body": "x"}), "fault.status"),
        (json!({"type": "raw", "status": 600, "body": "x"}), "fault.status"),
    ];
    for (fault, field) in cases {
        let (status, message) = add(json!({"method": "GET", "path": "/v1/x", "fault": fault}));
        assert_eq!(status, 400, "{fault}");
        assert!(message.contains(field), "{fault}: {message:?} does not name {field}");
    }
    for status in [0, 1, 100, 199, 204, 205, 304, 600, 999, 65535] {
        let (answer, message) =
            add(json!({"method": "GET", "path": "/v1/x", "reply": {"status": status, "body": {}}}));
        assert_eq!(answer, 400, "reply status {status}");
        assert!(message.contains("reply.status"), "{message}");
    }
    for status in [0, 200, 302, 600] {
        let (answer, message) = add(json!({"method": "GET", "path": "/v1/x",
            "fail": {"status": status, "error_type": "x", "error_message": "x"}}));
        assert_eq!(answer, 400, "fail status {status}");
        assert!(message.contains("fail.status"), "{message}");
    }
    let listed = raw_request(stytch.port(), "GET", "/__local/stubs", &[("Authorization", &auth)], "").2;
    assert_eq!(listed, json!([]), "no stub was added");
    // A raw body with an empty 204 is valid, and so is any status 200-599 with a body.
    assert_eq!(
        add(json!({"method": "GET", "path": "/v1/x", "fault": {"type": "raw", "status": 204, "body": ""}})).0,
        200
    );
    assert_eq!(add(json!({"method": "GET", "path": "/v1/y", "reply": {"status": 202, "body": {}}})).0, 200);
}

#[test]
fn stubs_that_would_write_invalid_http_are_refused_from_rust() {
    let stytch = LocalStytch::start().unwrap();
    fn invalid<T>(result: Result<T, LocalError>) -> bool {
        matches!(result, Err(LocalError::Invalid { .. }))
    }
    assert!(invalid(Fault::raw(200, "text/html\r\nX-Forged: 1", "x")));
    assert!(invalid(Fault::raw(200, "", "x")));
    for status in [0, 100, 600, 65535] {
        assert!(invalid(Fault::raw(status, "text/plain", "x")), "{status}");
    }
    assert!(invalid(Fault::raw(304, "text/plain", "x")));
    let raw = Fault::raw(418, "text/plain", "teapot").unwrap();
    let Fault::Raw(answer) = &raw else { panic!("{raw:?}") };
    assert_eq!((answer.status(), answer.content_type(), answer.body()), (418, "text/plain", "teapot"));
    for status in [0, 200, 399, 600] {
        assert!(invalid(stytch.stub::<CreateM2mClient>().fail(status, "x", "y")), "{status}");
    }
    for status in [0, 100, 204, 205, 300, 400, 600] {
        let reply = M2mClient { request_id: String::new(), client_id: "c".into() };
        assert!(invalid(stytch.stub::<CreateM2mClient>().reply_with_status(status, reply)), "{status}");
        assert!(
            invalid(stytch.stub::<CreateM2mClient>().reply_json_with_status(status, json!({}))),
            "{status}"
        );
    }
    let message = stytch.stub::<CreateM2mClient>().fail(200, "x", "y").unwrap_err().to_string();
    assert!(message.contains("status") && message.contains("400 to 599"), "{message}");
}

#[test]
fn a_typed_stub_answers_with_any_success_status() -> TestResult {
    let stytch = LocalStytch::start()?;
    let reply = M2mClient { request_id: String::new(), client_id: "m2m-client-test-1".into() };
    let stub = stytch.stub::<CreateM2mClient>().reply_with_status(201, reply)?;
    let created = CreateM2mClient { client_name: "billing".into(), scopes: vec!["read:users".into()] }
        .send(&stytch.client())?;
    assert_eq!(created.client_id, "m2m-client-test-1");
    assert!(created.request_id.starts_with("request-id-test-"));
    assert_eq!(stub.hits(), 1);
    assert_eq!(stytch.requests_seen()[0].status, 201);
    Ok(())
}

#[test]
fn duplicate_content_lengths_written_differently_are_refused() {
    let stytch = fixed_credentials();
    let request = format!(
        "GET /__local/clock HTTP/1.1\r\nHost: x\r\nAuthorization: {}\r\nContent-Length: 0\r\nContent-Length: 00\r\n\r\n",
        expected_authorization()
    );
    let mut stream = TcpStream::connect(("127.0.0.1", stytch.port())).unwrap();
    stream.set_read_timeout(Some(GENEROUS)).unwrap();
    stream.write_all(request.as_bytes()).unwrap();
    let (head, body) = read_one(&mut stream).expect("an answer");
    assert!(head.starts_with("HTTP/1.1 400"), "{head}");
    assert_eq!(serde_json::from_str::<Value>(&body).unwrap()["error_type"], "bad_request");
}

#[test]
fn the_journal_filters_by_endpoint_and_reads_from_a_sequence_number() -> TestResult {
    let stytch = LocalStytch::start()?;
    let client = stytch.client();
    stytch.stub::<AuthenticateTotp>().reply_json(json!({}));
    stytch.stub::<CreateM2mClient>().reply_json(json!({"client_id": "c"}));
    for i in 0..3 {
        AuthenticateTotp { user_id: format!("user-test-{i}"), totp_code: "1".into() }.send(&client)?;
        CreateM2mClient { client_name: format!("client {i}"), scopes: vec!["read:users".into()] }
            .send(&client)?;
    }
    let totps = stytch.requests_seen_for::<AuthenticateTotp>();
    assert_eq!(totps.len(), 3);
    assert!(totps.iter().all(|r| r.path == "/v1/totps/authenticate"));
    assert_eq!(totps[2].body.as_ref().unwrap()["user_id"], "user-test-2");
    assert_eq!(stytch.requests_seen_for::<CreateM2mClient>().len(), 3);
    assert!(stytch.requests_seen_for::<ExistingPasswordReset>().is_empty());

    let all = stytch.requests_seen();
    assert_eq!(all.iter().map(|r| r.sequence).collect::<Vec<_>>(), [0, 1, 2, 3, 4, 5]);
    assert_eq!(stytch.requests_seen_since(4).len(), 2);
    // A reset empties the journal; the numbers go on, so a reader's place stays right.
    stytch.reset();
    stytch.stub::<CreateM2mClient>().reply_json(json!({"client_id": "c"}));
    CreateM2mClient { client_name: "after".into(), scopes: vec!["read:users".into()] }.send(&client)?;
    let since = stytch.requests_seen_since(6);
    assert_eq!((since.len(), since[0].sequence), (1, 6));
    let over_http = raw_request(
        stytch.port(),
        "GET",
        "/__local/requests?since=6",
        &[("Authorization", &basic(&stytch))],
        "",
    )
    .2;
    assert_eq!(over_http.as_array().map(Vec::len), Some(1));
    assert_eq!(over_http[0]["sequence"], 6);
    Ok(())
}

fn basic(stytch: &LocalStytch) -> String {
    use std::fmt::Write as _;
    // Base64 of id:secret, written out: the tests do not lean on the crate's encoder.
    let text = format!("{}:{}", stytch.project_id(), stytch.secret());
    let alphabet = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::from("Basic ");
    for chunk in text.as_bytes().chunks(3) {
        let b = [chunk[0], *chunk.get(1).unwrap_or(&0), *chunk.get(2).unwrap_or(&0)];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(alphabet[(n >> (18 - 6 * i)) as usize & 63] as char);
            } else {
                let _ = write!(out, "=");
            }
        }
    }
    out
}

/// `POST /v1/m2m/token`-like: credentials of its own in the body, none of the project's.
#[stytch_endpoint(POST, "/v1/public/token", response = Value)]
#[derive(Clone)]
pub struct PublicToken {
    pub client_id: String,
    #[stytch(secret)]
    pub client_secret: String,
}

#[test]
fn stubs_of_endpoints_without_project_credentials_answer_without_them() {
    let stytch = fixed_credentials();
    let port = stytch.port();
    let open =
        stytch.stub::<PublicToken>().without_credentials().times(2).reply_json(json!({"access_token": "at"}));
    stytch.stub::<CreateM2mClient>().reply_json(json!({"client_id": "c"}));
    let body = r#"{"client_id": "m2m-client-test-1", "client_secret": "sEcReT-0123456789"}"#;
    let json_only = [("Content-Type", "application/json")];
    let (status, _, answer) = raw_request(port, "POST", "/v1/public/token", &json_only, body);
    assert_eq!((status, &answer["access_token"]), (200, &json!("at")), "{answer}");
    let wrong = [("Content-Type", "application/json"), ("Authorization", "Basic d3Jvbmc6d3Jvbmc=")];
    assert_eq!(raw_request(port, "POST", "/v1/public/token", &wrong, body).0, 200);
    // Used up: without credentials, nothing else answers there.
    let (status, _, answer) = raw_request(port, "POST", "/v1/public/token", &json_only, body);
    assert_eq!((status, answer["error_type"].as_str()), (401, Some("unauthorized_credentials")));
    assert_eq!(open.hits(), 2);
    // Another stub still takes the project's credentials.
    assert_eq!(raw_request(port, "POST", "/v1/m2m/clients", &json_only, "{}").0, 401);
    // Over HTTP: `"auth": "none"`.
    let auth = expected_authorization();
    let headers = [("Authorization", auth.as_str()), ("Content-Type", "application/json")];
    let spec =
        json!({"method": "GET", "path": "/v1/public/keys", "auth": "none", "reply": {"body": {"keys": []}}});
    assert_eq!(raw_request(port, "POST", "/__local/stubs", &headers, &spec.to_string()).0, 200);
    assert_eq!(raw_request(port, "GET", "/v1/public/keys", &[], "").0, 200);
    let bad = json!({"method": "GET", "path": "/v1/x", "auth": "maybe", "reply": {"body": {}}});
    assert_eq!(raw_request(port, "POST", "/__local/stubs", &headers, &bad.to_string()).0, 400);

    let seen = stytch.requests_seen();
    assert!(!format!("{seen:?}").contains("sEcReT-0123456789"));
    assert_eq!(seen[0].body.as_ref().unwrap()["client_secret"], "<redacted>");
}

#[test]
fn bodies_without_credentials_are_read_past_and_the_connection_goes_on() {
    let stytch = fixed_credentials();
    let body = padded_reset_body(100 * 1024);
    let path = ExistingPasswordReset::PATH;
    let refused = format!(
        "POST {path} HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n{body}",
        body.len()
    );
    let accepted = format!(
        "POST {path} HTTP/1.1\r\nHost: x\r\nAuthorization: {}\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n{body}",
        expected_authorization(),
        body.len()
    );
    let mut stream = TcpStream::connect(("127.0.0.1", stytch.port())).unwrap();
    stream.set_read_timeout(Some(GENEROUS)).unwrap();
    let mut writer = stream.try_clone().unwrap();
    let all = format!("{refused}{accepted}{refused}");
    let sending = std::thread::spawn(move || writer.write_all(all.as_bytes()));
    for error_type in ["unauthorized_credentials", "email_not_found", "unauthorized_credentials"] {
        let (head, answer) = read_one(&mut stream).expect("an answer");
        assert!(!head.to_ascii_lowercase().contains("connection: close"), "{head}");
        assert_eq!(serde_json::from_str::<Value>(&answer).unwrap()["error_type"], error_type, "{head}");
    }
    sending.join().unwrap().unwrap();

    // Waiting for `100 Continue` without credentials: the refusal comes instead, then the close.
    let mut stream = TcpStream::connect(("127.0.0.1", stytch.port())).unwrap();
    stream.set_read_timeout(Some(GENEROUS)).unwrap();
    let head = format!(
        "POST {path} HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nExpect: 100-continue\r\nContent-Length: {}\r\n\r\n",
        body.len()
    );
    stream.write_all(head.as_bytes()).unwrap();
    let (head, answer) = read_one(&mut stream).expect("an answer");
    assert!(head.starts_with("HTTP/1.1 401"), "{head}");
    assert!(head.to_ascii_lowercase().contains("connection: close"), "{head}");
    assert_eq!(serde_json::from_str::<Value>(&answer).unwrap()["error_type"], "unauthorized_credentials");
}

/// Stytch's M2M token endpoint: no project credentials, the client's own id and secret in a form
/// body.
#[stytch_endpoint(POST, "/v1/public/{project_id}/oauth2/token", response = M2mToken, auth = none, body = form)]
#[derive(Clone)]
pub struct M2mTokenRequest {
    pub project_id: String,
    pub client_id: String,
    #[stytch(secret)]
    pub client_secret: String,
    pub grant_type: String,
}

#[derive(Debug, Serialize, Deserialize, PartialEq)]
pub struct M2mToken {
    pub access_token: String,
    pub token_type: String,
    pub expires_in: u64,
}

#[test]
fn a_stub_of_an_endpoint_declared_auth_none_answers_without_credentials() -> TestResult {
    let stytch = fixed_credentials();
    let token =
        M2mToken { access_token: "eyJ.local.token".into(), token_type: "bearer".into(), expires_in: 3600 };
    let stub = stytch
        .stub::<M2mTokenRequest>()
        .when(|req| req.body().is_some_and(|b| b["client_id"] == "m2m-client-test-1"))
        .times(1)
        .reply(token);
    let request = M2mTokenRequest {
        project_id: PROJECT_ID.into(),
        client_id: "m2m-client-test-1".into(),
        client_secret: "m2m-secret-0123456789".into(),
        grant_type: "client_credentials".into(),
    };
    let answer = request.send(&stytch.client())?;
    assert_eq!(answer.access_token, "eyJ.local.token");
    assert_eq!(stub.hits(), 1);
    // The client sent no credentials: the stub answered without them.
    let seen = stytch.requests_seen_for::<M2mTokenRequest>();
    assert_eq!(seen.len(), 1);
    assert_eq!(seen[0].header("authorization"), None);
    assert_eq!(
        seen[0].body,
        Some(
            json!({"client_id": "m2m-client-test-1", "client_secret": "<redacted>", "grant_type": "client_credentials"})
        )
    );
    assert!(!format!("{seen:?}").contains("m2m-secret-0123456789"));
    // Used up: nothing else answers that path without credentials.
    let err = request.send(&stytch.client()).unwrap_err();
    assert_eq!(err.status(), Some(401));
    assert_eq!(err.error_type(), Some(&ErrorType::UnauthorizedCredentials));
    let refused = stytch.requests_seen().pop().unwrap();
    assert_eq!((refused.status, refused.body, refused.headers.len()), (401, None, 0));
    Ok(())
}
