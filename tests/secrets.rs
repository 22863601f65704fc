//! No secret is ever printed: not by `Debug` of the client, requests or responses, not by any
//! error (even when a hostile server echoes the request back), not in a log record. Credentials
//! travel only over https or to loopback.

use std::sync::Mutex;
use std::time::Duration;

use serde_json::{json, Value};
use stytch_endpoint::b2b::passwords::{SessionReset, SessionResetResponse};
use stytch_endpoint::consumer::passwords::{ExistingPasswordReset, ExistingPasswordResetResponse};
use stytch_endpoint::{stytch_endpoint, Client, Error};
use stytch_endpoint_tests::{
    client_for, everything_printed, expected_authorization, fixture, refused_port, Recorded, Reply,
    StreamingServer, TestServer, PROJECT_ID, SECRET,
};

const OLD_PASSWORD: &str = "pw-old-Zq81-correct-horse";
const NEW_PASSWORD: &str = "pw-new-Zq82-battery-staple";
const SESSION_TOKEN: &str = "tok-Zq83-mZAYn5aLEqKUlZ";
const SESSION_JWT: &str = "jwt-Zq84-eyJhbGciOiJSUzI1NiJ9";
const B2B_PASSWORD: &str = "pw-b2b-Zq85-tr0ub4dor";

/// Every string that must never be printed.
fn secrets() -> Vec<String> {
    let mut all: Vec<String> =
        [SECRET, "hunter2", OLD_PASSWORD, NEW_PASSWORD, SESSION_TOKEN, SESSION_JWT, B2B_PASSWORD, "Zq8"]
            .map(String::from)
            .to_vec();
    let authorization = expected_authorization();
    all.push(authorization.trim_start_matches("Basic ").to_owned());
    for name in ["existing_password_reset_complete", "session_reset_complete"] {
        let response = fixture(name);
        for field in ["session_token", "session_jwt", "intermediate_session_token"] {
            if let Some(token) = response[field].as_str().filter(|t| !t.is_empty()) {
                all.push(token.to_owned());
                // Any long piece of a token is as bad as the whole.
                all.push(token[..16].to_owned());
            }
        }
    }
    all
}

#[track_caller]
fn assert_no_secret(printed: &str) {
    for secret in secrets() {
        assert!(!printed.contains(&secret), "{secret:?} was printed in:\n{printed}");
    }
}

fn consumer_request() -> ExistingPasswordReset {
    ExistingPasswordReset {
        email: "ada@example.com".into(),
        existing_password: OLD_PASSWORD.into(),
        new_password: NEW_PASSWORD.into(),
        session_token: Some(SESSION_TOKEN.into()),
        session_duration_minutes: Some(60),
        ..Default::default()
    }
}

fn b2b_request() -> SessionReset {
    SessionReset::with_session_jwt("organization-test-1", B2B_PASSWORD, SESSION_JWT)
}

#[test]
fn the_client_never_shows_its_secret() {
    let builder = Client::builder().credentials(PROJECT_ID, SECRET).timeout(Duration::from_secs(5));
    let client = builder.clone().build().unwrap();
    let printed = format!("{client:?}\n{client:#?}\n{builder:?}\n{builder:#?}");
    assert_no_secret(&printed);
    assert!(printed.contains(PROJECT_ID), "the project id is not a secret: {printed}");
    assert!(printed.contains("<redacted>"), "{printed}");
    let gateway = Client::gateway("https://gateway.internal.example").unwrap();
    assert!(format!("{gateway:?}").contains("secret: None"), "{gateway:?}");
}

#[test]
fn requests_never_show_passwords_or_session_credentials() {
    let mut consumer = consumer_request();
    consumer.session_jwt = Some(SESSION_JWT.into());
    let printed = format!("{consumer:?}\n{consumer:#?}");
    assert_no_secret(&printed);
    assert!(printed.contains("ada@example.com") && printed.contains("session_duration_minutes: Some(60)"));
    assert!(printed.contains("existing_password: <redacted>"), "{printed}");
    assert!(printed.contains("session_token: Some(<redacted>)"), "{printed}");

    let mut b2b = b2b_request();
    b2b.session_token = Some(SESSION_TOKEN.into());
    let printed = format!("{b2b:?}\n{b2b:#?}");
    assert_no_secret(&printed);
    assert!(printed.contains("organization-test-1") && printed.contains("password: <redacted>"), "{printed}");

    // An unset secret is shown as unset.
    let printed = format!("{:?}", ExistingPasswordReset::new("a@b.c", OLD_PASSWORD, NEW_PASSWORD));
    assert!(printed.contains("session_token: None") && printed.contains("session_jwt: None"), "{printed}");
}

/// A user's endpoint without a secret field: the derived `Debug` is kept as it is.
#[stytch_endpoint(POST, "/v1/lookups/{user_id}", response = Value)]
#[derive(Debug, Clone, Default)]
pub struct Lookup {
    #[stytch(non_empty)]
    pub user_id: String,
    pub limit: Option<u32>,
}

/// A user's endpoint with a secret field and a derived `Debug`: the attribute writes its own.
#[stytch_endpoint(POST, "/v1/magic_links/authenticate", response = Value)]
#[derive(Debug, Clone, Default)]
pub struct Authenticate {
    #[stytch(non_empty, secret)]
    pub token: String,
    pub session_duration_minutes: Option<i32>,
}

#[test]
fn user_endpoints_keep_their_debug_unless_a_field_is_secret() {
    let lookup = Lookup { user_id: "user-1".into(), limit: Some(3) };
    assert_eq!(format!("{lookup:?}"), r#"Lookup { user_id: "user-1", limit: Some(3) }"#);
    assert_eq!(
        format!("{lookup:#?}"),
        "Lookup {\n    user_id: \"user-1\",\n    limit: Some(\n        3,\n    ),\n}"
    );

    let authenticate = Authenticate { token: SESSION_TOKEN.into(), session_duration_minutes: Some(5) };
    let printed = format!("{authenticate:?}");
    assert_no_secret(&printed);
    assert_eq!(printed, "Authenticate { token: <redacted>, session_duration_minutes: Some(5) }");
}

#[test]
fn responses_never_show_session_credentials() {
    let server = TestServer::start(|request| {
        let name = if request.path().contains("/b2b/") {
            "session_reset_complete"
        } else {
            "existing_password_reset_complete"
        };
        Reply::json(200, &fixture(name))
    });
    let client = client_for(&server);
    let consumer: ExistingPasswordResetResponse = consumer_request().send(&client).unwrap();
    let b2b: SessionResetResponse = b2b_request().send(&client).unwrap();
    // The tokens did arrive, and are there for the caller.
    let tokens = fixture("existing_password_reset_complete");
    assert_eq!(consumer.session_token, tokens["session_token"].as_str().unwrap());
    assert!(!consumer.session_jwt.is_empty() && !b2b.session_jwt.is_empty());
    assert!(!b2b.intermediate_session_token.is_empty());
    let printed = format!("{consumer:?}\n{consumer:#?}\n{b2b:?}\n{b2b:#?}");
    assert_no_secret(&printed);
    assert!(printed.contains("session_token: <redacted>"), "{printed}");
    assert!(printed.contains("intermediate_session_token: <redacted>"), "{printed}");
    assert!(printed.contains(&consumer.user_id), "ids are not secrets");
    // Debug of the whole result, as `{:?}` of a `Result` would print it.
    assert_no_secret(&format!("{:?}", consumer_request().send(&client)));
}

type Handler = Box<dyn Fn(&Recorded) -> Reply + Send + Sync>;

/// Replies that echo the request (body and headers, the `Authorization` header included).
fn echo_replies() -> Vec<(&'static str, Handler)> {
    fn echo(request: &Recorded) -> String {
        let headers: Vec<String> = request.headers.iter().map(|(n, v)| format!("{n}: {v}")).collect();
        format!("{}\n{}", headers.join("\n"), String::from_utf8_lossy(&request.body))
    }
    vec![
        (
            "200, the echo where an object belongs",
            Box::new(|r| {
                Reply::json(200, &json!({"request_id": "req-echo", "user": echo(r), "member": echo(r)}))
            }),
        ),
        ("200, the echo as the whole body", Box::new(|r| Reply::json(200, &json!(echo(r))))),
        (
            "200, the request body in an array",
            Box::new(|r| Reply::body(200, "application/json", [&b"["[..], &r.body, b"]"].concat())),
        ),
        (
            "200, the echo truncated",
            Box::new(|r| {
                let body =
                    serde_json::to_vec(&json!({"request_id": "req-echo", "session_token": echo(r)})).unwrap();
                Reply::body(200, "application/json", body[..body.len() - 3].to_vec())
            }),
        ),
        (
            "200, the echo in a number's place",
            Box::new(|r| Reply::json(200, &json!({"request_id": "req-echo", "status_code": echo(r)}))),
        ),
        ("400, JSON that is not a Stytch error", Box::new(|r| Reply::json(400, &json!({"echo": echo(r)})))),
        (
            "400, the echo as the error type's value",
            Box::new(|r| Reply::json(400, &json!({"error_type": {"echo": echo(r)}}))),
        ),
        (
            "502, an HTML page",
            Box::new(|r| Reply::body(502, "text/html", format!("<html><pre>{}</pre></html>", echo(r)))),
        ),
        ("503, plain text", Box::new(|r| Reply::body(503, "text/plain", echo(r)))),
        (
            "cut mid-body",
            Box::new(|r| {
                let body = echo(r).into_bytes();
                Reply::Cut { status: 200, announced: body.len() + 100, body }
            }),
        ),
        (
            "a broken response head",
            Box::new(|r| {
                Reply::Raw(
                    format!("HTTP/1.1 200 OK\r\nX-Echo {}\r\n\r\n", echo(r).replace('\n', " ")).into_bytes(),
                )
            }),
        ),
        (
            "an echo in a header",
            Box::new(|r| Reply::Http {
                status: 418,
                headers: vec![("X-Echo".into(), echo(r).replace('\n', " "))],
                body: b"<html/>".to_vec(),
            }),
        ),
    ]
}

#[test]
fn errors_never_show_secrets_even_when_the_server_echoes_the_request() {
    for (what, reply) in echo_replies() {
        let server = TestServer::start(reply);
        let client = client_for(&server);
        let err = consumer_request().send(&client).unwrap_err();
        let printed = everything_printed(&err);
        assert_no_secret(&printed);
        let err = b2b_request().send(&client).unwrap_err();
        assert_no_secret(&everything_printed(&err));
        // The echo did reach the client: the request's secrets really were in the answer.
        let request = &server.requests()[0];
        assert!(String::from_utf8_lossy(&request.body).contains(OLD_PASSWORD), "{what}");
    }
}

#[test]
fn transport_validation_and_configuration_errors_never_show_secrets() {
    let mut errors = Vec::new();

    // Stytch's own error.
    let server =
        TestServer::json(401, json!({"error_type": "unauthorized_credentials", "request_id": "req-1"}));
    errors.push(consumer_request().send(&client_for(&server)).unwrap_err());

    // A timeout, a refused connection, an oversized body.
    let hang = TestServer::start(|_| Reply::Hang);
    let client = Client::builder()
        .credentials(PROJECT_ID, SECRET)
        .base_url(hang.url())
        .timeout(Duration::from_millis(200))
        .build()
        .unwrap();
    errors.push(consumer_request().send(&client).unwrap_err());
    let refused = format!("http://127.0.0.1:{}", refused_port());
    let client = Client::builder().credentials(PROJECT_ID, SECRET).base_url(&refused).build().unwrap();
    errors.push(consumer_request().send(&client).unwrap_err());
    let big = StreamingServer::start(200, 8 * 1024 * 1024);
    let client = Client::builder()
        .credentials(PROJECT_ID, SECRET)
        .base_url(big.url())
        .max_response_bytes(1024)
        .build();
    errors.push(consumer_request().send(&client.unwrap()).unwrap_err());

    // Validation: several rules broken at once, every value a secret or a request value.
    let mut invalid = consumer_request();
    invalid.email = "not-an-email-Zq86".into();
    invalid.session_jwt = Some(SESSION_JWT.into());
    invalid.session_duration_minutes = Some(-7);
    let err = invalid.send(&client_for(&server)).unwrap_err();
    assert!(matches!(&err, Error::Validation(v) if v.violations().len() >= 3), "{err:?}");
    assert!(!everything_printed(&err).contains("Zq86"));
    errors.push(err);
    let mut invalid = b2b_request();
    invalid.session_token = Some(SESSION_TOKEN.into());
    errors.push(invalid.send(&client_for(&server)).unwrap_err());

    // Configuration: a secret in the URL, credentials over plain http.
    for url in [
        "https://admin:hunter2@stytch.example/",
        "https://stytch.example/?secret=hunter2",
        "https://stytch.example/#hunter2",
        "hunter2",
    ] {
        errors.push(
            Client::builder().credentials(PROJECT_ID, SECRET).base_url(url).build().unwrap_err().into(),
        );
        errors.push(Client::gateway(url).unwrap_err().into());
    }
    errors.push(
        Client::builder()
            .credentials(PROJECT_ID, SECRET)
            .base_url("http://stytch.example")
            .build()
            .unwrap_err()
            .into(),
    );
    errors.push(Client::builder().credentials("project:hunter2", SECRET).build().unwrap_err().into());
    errors.push(
        Client::builder().credentials(PROJECT_ID, SECRET).timeout(Duration::ZERO).build().unwrap_err().into(),
    );

    let kinds: Vec<&str> = errors
        .iter()
        .map(|e| match e {
            Error::Validation(_) => "validation",
            Error::Api(_) => "api",
            Error::Transport(_) => "transport",
            Error::Decode(_) => "decode",
            Error::Config(_) => "config",
            _ => "other",
        })
        .collect();
    for kind in ["validation", "api", "transport", "config"] {
        assert!(kinds.contains(&kind), "no {kind} error in {kinds:?}");
    }
    for err in &errors {
        assert_no_secret(&everything_printed(err));
    }
}

#[test]
fn credentials_go_only_over_https_or_to_loopback() {
    let with_credentials =
        |url: &str| Client::builder().credentials(PROJECT_ID, SECRET).base_url(url).build();
    for remote in [
        "http://stytch.example",
        "HTTP://stytch.example/",
        "http://api.stytch.com",
        "http://localhost.evil.example",
        "http://127.0.0.1.evil.example",
        "http://10.0.0.1:8080",
        "http://[2001:db8::1]:80",
        "http://gateway.internal:8080/stytch",
    ] {
        let err = Error::from(with_credentials(remote).unwrap_err());
        assert!(matches!(err, Error::Config(_)), "{remote}: {err:?}");
        assert!(err.to_string().contains("https"), "{err}");
    }
    for loopback in [
        "http://127.0.0.1:9",
        "http://127.1.2.3",
        "http://localhost:8080/",
        "http://LOCALHOST",
        "http://[::1]:9",
    ] {
        assert!(with_credentials(loopback).is_ok(), "{loopback}");
    }
    for secure in ["https://stytch.example", "HTTPS://stytch.example/v1/", "https://10.0.0.1:8443"] {
        assert!(with_credentials(secure).is_ok(), "{secure}");
    }
    // A gateway holds the credentials itself, so plain http to it is the deployer's choice.
    let gateway = Client::gateway("http://gateway.internal:8080/stytch").unwrap();
    assert!(gateway.is_gateway());
    assert_eq!(gateway.project_id(), None);
}

#[test]
fn a_gateway_client_sends_no_authorization_header() {
    let server = TestServer::json(200, fixture("existing_password_reset_minimal"));
    let gateway = Client::gateway(server.url()).unwrap();
    consumer_request().send(&gateway).unwrap();
    let request = server.only_request();
    assert_eq!(request.header_count("authorization"), 0, "{:?}", request.headers);

    let server = TestServer::json(200, fixture("existing_password_reset_minimal"));
    consumer_request().send(&client_for(&server)).unwrap();
    let request = server.only_request();
    assert_eq!(request.header_count("authorization"), 1);
    assert_eq!(request.header("authorization"), Some(expected_authorization().as_str()));
}

/// Every log record any crate emits, at every level.
struct Capture(Mutex<Vec<String>>);

impl log::Log for Capture {
    fn enabled(&self, _: &log::Metadata<'_>) -> bool {
        true
    }
    fn log(&self, record: &log::Record<'_>) {
        self.0.lock().unwrap().push(format!("{} {}: {}", record.level(), record.target(), record.args()));
    }
    fn flush(&self) {}
}

static CAPTURE: Capture = Capture(Mutex::new(Vec::new()));

#[test]
fn log_records_never_show_secrets_outside_the_raw_byte_dump() {
    log::set_logger(&CAPTURE).expect("the only logger of this test binary");
    log::set_max_level(log::LevelFilter::Trace);
    let server = TestServer::start(|request| {
        if request.path().contains("/b2b/") {
            Reply::json(200, &fixture("session_reset_complete"))
        } else {
            Reply::json(200, &fixture("existing_password_reset_complete"))
        }
    });
    let client = client_for(&server);
    consumer_request().send(&client).unwrap();
    b2b_request().send(&client).unwrap();
    for (_, reply) in echo_replies().into_iter().take(3) {
        let echo = TestServer::start(reply);
        let _ = consumer_request().send(&client_for(&echo));
    }
    // ureq-proto hex-dumps every byte it writes and reads at trace level under the target
    // `ureq_proto::util`: the request with its `Authorization` header and body. That target must
    // stay below trace wherever real credentials are used; everything else is checked here.
    let records: Vec<String> =
        CAPTURE.0.lock().unwrap().iter().filter(|r| !r.contains(" ureq_proto::util: ")).cloned().collect();
    // The logger did see the HTTP exchanges (ureq logs them at debug level).
    assert!(records.iter().any(|r| r.contains("ureq")), "{records:#?}");
    assert_no_secret(&records.join("\n"));
    // This crate logs nothing itself.
    assert!(!records.iter().any(|r| r.contains("stytch_endpoint")), "{records:#?}");

    // A secret in a GET's path or query is another matter: ureq's DEBUG record of each call
    // (target `ureq::run`) shows the path and query whenever `ureq::util` is at TRACE, and
    // `/******` otherwise. Body fields, as in the two resets, never appear there.
    #[stytch_endpoint(GET, "/v1/tokens/{token}", response = Value)]
    struct SecretGet {
        #[stytch(secret)]
        token: String,
        #[stytch(secret)]
        code: String,
    }
    let get = SecretGet { token: "path-Zq87".into(), code: "query-Zq88".into() };
    let server = TestServer::json(200, json!({}));
    let shown = |records: &[String]| -> Vec<String> {
        records.iter().filter(|r| r.contains("Zq87") || r.contains("Zq88")).cloned().collect()
    };
    CAPTURE.0.lock().unwrap().clear();
    get.send(&client_for(&server)).unwrap();
    let at_trace = shown(&CAPTURE.0.lock().unwrap());
    assert!(
        at_trace.iter().any(|r| r.starts_with("DEBUG ureq::run: ") && r.contains("path-Zq87")),
        "{at_trace:#?}"
    );
    assert!(
        at_trace.iter().any(|r| r.starts_with("DEBUG ureq::run: ") && r.contains("query-Zq88")),
        "{at_trace:#?}"
    );
    assert!(
        at_trace.iter().all(|r| r.contains(" ureq::run: ") || r.contains(" ureq_proto::util: ")),
        "{at_trace:#?}"
    );

    log::set_max_level(log::LevelFilter::Debug);
    CAPTURE.0.lock().unwrap().clear();
    get.send(&client_for(&server)).unwrap();
    let records = CAPTURE.0.lock().unwrap().clone();
    assert!(records.iter().any(|r| r.contains("/******")), "{records:#?}");
    assert!(shown(&records).is_empty(), "{records:#?}");
}

#[test]
fn the_authorization_header_is_basic_auth_of_the_project_id_and_secret() {
    // Known answers from `printf '%s' "$ID:$SECRET" | base64 -w0`: every padding length, UTF-8.
    for (id, secret, expected) in [
        ("p", "s", "cDpz"),
        ("pr", "s", "cHI6cw=="),
        ("pro", "s", "cHJvOnM="),
        ("project-test-1", "sécret-✓", "cHJvamVjdC10ZXN0LTE6c8OpY3JldC3inJM="),
        ("project-live-a1b2", "secret-live-+/=?", "cHJvamVjdC1saXZlLWExYjI6c2VjcmV0LWxpdmUtKy89Pw=="),
    ] {
        let server = TestServer::json(200, fixture("existing_password_reset_minimal"));
        let client = Client::builder().credentials(id, secret).base_url(server.url()).build().unwrap();
        consumer_request().send(&client).unwrap();
        let request = server.only_request();
        assert_eq!(request.header("authorization"), Some(format!("Basic {expected}").as_str()), "{id}");
    }
}
