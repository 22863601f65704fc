//! The `tracing` feature: one span per call, entered for the call's duration, with method, path
//! template, status, request id, attempts and duration, and one event when the call ends (DEBUG
//! on success, WARN on failure) with the same fields; never a body, header or credential.

use serde_json::json;
use std::collections::BTreeMap;
use std::fmt::Debug;
use std::sync::{Arc, Mutex};
use stytch_endpoint::consumer::passwords::ExistingPasswordReset;
use stytch_endpoint_tests::{client_for, fixture, Reply, TestServer, SECRET};
use tracing::field::{Field, Visit};
use tracing::span::{Attributes, Id, Record};
use tracing::{Event, Metadata, Subscriber};

/// A span's name and its fields, as text.
type Captured = (String, BTreeMap<String, String>);

/// Every span and event seen; for events, also their level and the span entered when they came.
#[derive(Clone, Default)]
struct Capture(Arc<Mutex<Vec<Captured>>>, Arc<Mutex<Seen>>);

#[derive(Clone, Default, Debug)]
struct Seen {
    /// (level, fields, the entered span's id) of every event.
    events: Vec<(tracing::Level, BTreeMap<String, String>, Option<u64>)>,
    entered: Vec<u64>,
    enters: usize,
    exits: usize,
}

struct Fields<'a>(&'a mut BTreeMap<String, String>);

impl Visit for Fields<'_> {
    fn record_debug(&mut self, field: &Field, value: &dyn Debug) {
        self.0.insert(field.name().to_owned(), format!("{value:?}"));
    }
    fn record_str(&mut self, field: &Field, value: &str) {
        self.0.insert(field.name().to_owned(), value.to_owned());
    }
}

impl Subscriber for Capture {
    fn enabled(&self, _: &Metadata<'_>) -> bool {
        true
    }
    fn new_span(&self, span: &Attributes<'_>) -> Id {
        let mut spans = self.0.lock().unwrap();
        let mut fields = BTreeMap::new();
        span.record(&mut Fields(&mut fields));
        spans.push((span.metadata().name().to_owned(), fields));
        Id::from_u64(spans.len() as u64)
    }
    fn record(&self, id: &Id, values: &Record<'_>) {
        let mut spans = self.0.lock().unwrap();
        values.record(&mut Fields(&mut spans[id.into_u64() as usize - 1].1));
    }
    fn record_follows_from(&self, _: &Id, _: &Id) {}
    fn event(&self, event: &Event<'_>) {
        let mut fields = BTreeMap::new();
        event.record(&mut Fields(&mut fields));
        let mut seen = self.1.lock().unwrap();
        let current = seen.entered.last().copied();
        seen.events.push((*event.metadata().level(), fields, current));
    }
    fn enter(&self, id: &Id) {
        let mut seen = self.1.lock().unwrap();
        seen.entered.push(id.into_u64());
        seen.enters += 1;
    }
    fn exit(&self, id: &Id) {
        let mut seen = self.1.lock().unwrap();
        assert_eq!(seen.entered.pop(), Some(id.into_u64()), "spans exit in order");
        seen.exits += 1;
    }
}

impl Capture {
    fn seen(&self) -> Seen {
        self.1.lock().unwrap().clone()
    }
}

fn reset() -> ExistingPasswordReset {
    ExistingPasswordReset {
        session_token: Some("session-token-do-not-log".into()),
        ..ExistingPasswordReset::new("ada@example.com", "old-password-do-not-log", "new-password-do-not-log")
    }
}

#[test]
fn a_successful_call_records_one_span() {
    let server = TestServer::json(200, fixture("existing_password_reset_complete"));
    let capture = Capture::default();
    tracing::subscriber::with_default(capture.clone(), || reset().send(&client_for(&server)).unwrap());

    let spans = capture.0.lock().unwrap().clone();
    assert_eq!(spans.len(), 1, "{spans:?}");
    let (name, fields) = &spans[0];
    assert_eq!(name, "stytch_endpoint.send");
    assert_eq!(fields["method"], "POST");
    assert_eq!(fields["path"], "/v1/passwords/existing_password/reset");
    assert_eq!(fields["status"], "200");
    assert_eq!(
        fields["request_id"],
        fixture("existing_password_reset_complete")["request_id"].as_str().unwrap()
    );
    assert_eq!(fields["attempts"], "1");
    assert!(fields["duration_ms"].parse::<f64>().unwrap() >= 0.0);
    assert!(!fields.contains_key("error"));
}

#[test]
fn a_failed_call_records_the_error_and_nothing_secret() {
    let server = TestServer::start(|request| {
        // A server that echoes the request into its error message.
        let echoed = String::from_utf8_lossy(&request.body).into_owned();
        Reply::json(
            400,
            &json!({"status_code": 400, "request_id": "request-id-test-echo", "error_type": "weak_password",
                    "error_message": echoed}),
        )
    });
    let capture = Capture::default();
    let err = tracing::subscriber::with_default(capture.clone(), || {
        reset().send(&client_for(&server)).unwrap_err()
    });
    assert_eq!(err.status(), Some(400));

    let spans = capture.0.lock().unwrap().clone();
    let fields = &spans[0].1;
    assert_eq!(fields["status"], "400");
    assert_eq!(fields["error"], "api");
    assert_eq!(fields["error_type"], "weak_password");
    assert_eq!(fields["request_id"], "request-id-test-echo");
    let everything = format!("{spans:?}");
    for secret in ["do-not-log", SECRET, "ada@example.com"] {
        assert!(!everything.contains(secret), "{secret} in {everything}");
    }
}

#[test]
fn an_invalid_request_records_a_validation_error_without_a_status() {
    let capture = Capture::default();
    let server = TestServer::json(200, json!({}));
    tracing::subscriber::with_default(capture.clone(), || {
        ExistingPasswordReset::new("not an email", "", "").send(&client_for(&server)).unwrap_err()
    });
    let spans = capture.0.lock().unwrap().clone();
    assert_eq!(spans[0].1["error"], "validation");
    assert!(!spans[0].1.contains_key("status"));
    assert!(server.requests().is_empty());
}

#[test]
fn the_span_is_entered_for_the_call_and_a_debug_event_ends_a_success() {
    let server = TestServer::json(200, fixture("existing_password_reset_complete"));
    let capture = Capture::default();
    tracing::subscriber::with_default(capture.clone(), || reset().send(&client_for(&server)).unwrap());

    let seen = capture.seen();
    assert!(seen.enters >= 1 && seen.enters == seen.exits, "{seen:?}");
    assert!(seen.entered.is_empty(), "the span is left when the call returns: {seen:?}");
    let ours: Vec<_> = seen.events.iter().filter(|(_, fields, _)| fields.contains_key("attempts")).collect();
    assert_eq!(ours.len(), 1, "one event per call: {seen:?}");
    let (level, fields, parent) = ours[0];
    assert_eq!(*level, tracing::Level::DEBUG);
    assert_eq!(*parent, Some(1), "the event is inside the call's span");
    assert_eq!(fields["method"], "POST");
    assert_eq!(fields["path"], "/v1/passwords/existing_password/reset");
    assert_eq!(fields["status"], "200");
    assert_eq!(fields["attempts"], "1");
    assert_eq!(
        fields["request_id"],
        fixture("existing_password_reset_complete")["request_id"].as_str().unwrap()
    );
    assert!(fields["duration_ms"].parse::<f64>().unwrap() >= 0.0);
    assert!(!fields.contains_key("error"));
    let everything = format!("{seen:?} {:?}", capture.0.lock().unwrap());
    for secret in ["do-not-log", SECRET, "ada@example.com"] {
        assert!(!everything.contains(secret), "{secret} in {everything}");
    }
    let response_token =
        fixture("existing_password_reset_complete")["session_token"].as_str().unwrap().to_owned();
    assert!(!everything.contains(&response_token), "{everything}");
}

#[test]
fn a_warn_event_ends_a_failure_and_carries_no_echoed_secret() {
    // A server that echoes the request into every field it can.
    let server = TestServer::start(|request| {
        let echoed = String::from_utf8_lossy(&request.body).into_owned();
        Reply::json(
            400,
            &json!({"status_code": 400, "request_id": "old-password-do-not-log", "error_type": "weak_password",
                    "error_message": echoed.clone(), "error_url": echoed}),
        )
    });
    let capture = Capture::default();
    let err = tracing::subscriber::with_default(capture.clone(), || {
        reset().send(&client_for(&server)).unwrap_err()
    });
    assert_eq!(err.status(), Some(400));

    let seen = capture.seen();
    let ours: Vec<_> = seen.events.iter().filter(|(_, fields, _)| fields.contains_key("attempts")).collect();
    assert_eq!(ours.len(), 1, "{seen:?}");
    let (level, fields, parent) = ours[0];
    assert_eq!(*level, tracing::Level::WARN);
    assert_eq!(*parent, Some(1));
    assert_eq!(fields["status"], "400");
    assert_eq!(fields["error"], "api");
    assert_eq!(fields["error_type"], "weak_password");
    assert!(!fields.contains_key("request_id"), "{fields:?}");
    let span = capture.0.lock().unwrap()[0].1.clone();
    assert!(!span.contains_key("request_id"), "{span:?}");
    let everything = format!("{seen:?} {:?}", capture.0.lock().unwrap());
    for secret in ["do-not-log", SECRET, "ada@example.com"] {
        assert!(!everything.contains(secret), "{secret} in {everything}");
    }
}

#[test]
fn the_request_echoed_into_error_type_never_reaches_a_span_field() {
    let server = TestServer::start(|request| {
        let echoed = String::from_utf8_lossy(&request.body).into_owned();
        Reply::json(400, &json!({"error_type": echoed, "request_id": echoed.clone()}))
    });
    let capture = Capture::default();
    tracing::subscriber::with_default(capture.clone(), || reset().send(&client_for(&server)).unwrap_err());
    let everything = format!("{:?} {:?}", capture.0.lock().unwrap(), capture.seen());
    for secret in ["do-not-log", SECRET, "ada@example.com"] {
        assert!(!everything.contains(secret), "{secret} in {everything}");
    }
    let span = capture.0.lock().unwrap()[0].1.clone();
    assert_eq!(span["error"], "decode");
    assert!(!span.contains_key("error_type") && !span.contains_key("request_id"), "{span:?}");
}

/// `DELETE` of a member, authorized by a member session sent as a header.
#[stytch_endpoint::stytch_endpoint(DELETE, "/v1/b2b/organizations/{organization_id}/members/{member_id}",
                                   response = serde_json::Value)]
pub struct DeleteMember {
    pub organization_id: String,
    pub member_id: String,
    #[stytch(header = "X-Stytch-Member-Session", secret)]
    pub member_session: String,
}

#[test]
fn a_header_field_never_reaches_a_span_or_an_error() {
    let capture = Capture::default();
    let client_errors = tracing::subscriber::with_default(capture.clone(), || {
        let server = TestServer::start(|_| Reply::json(403, &json!({"error_type": "unauthorized_action"})));
        let client = client_for(&server);
        let request = DeleteMember {
            organization_id: "org-1".into(),
            member_id: "member-1".into(),
            member_session: "member-session-do-not-log".into(),
        };
        let refused = request.send(&client).unwrap_err();
        let invalid = DeleteMember { member_session: "member-session-do-not-log\r\n".into(), ..request }
            .send(&client)
            .unwrap_err();
        assert_eq!(server.requests()[0].header("x-stytch-member-session"), Some("member-session-do-not-log"));
        format!("{refused} {refused:?} {invalid} {invalid:?}")
    });
    let spans = capture.0.lock().unwrap().clone();
    assert_eq!(spans.len(), 2, "{spans:?}");
    let everything = format!("{spans:?} {client_errors}");
    assert!(!everything.contains("do-not-log"), "{everything}");
}

/// `authenticate` on a session JWT: one `stytch_endpoint.session_jwt` span with the path taken
/// (`local`, or `remote` and the local check that sent it there), never the JWT; the remote call's
/// own span inside it.
#[test]
fn a_session_jwt_span_records_the_path_taken_and_never_the_jwt() {
    use std::sync::Arc;
    use stytch_endpoint::jwt::SessionVerifier;
    use stytch_endpoint::local::{LocalStytch, NewSession};

    let stytch = Arc::new(LocalStytch::start().unwrap());
    let ada = stytch.add_user("ada@example.com", "old password 1234!").unwrap();
    let jwt = stytch.add_session(&ada.user_id, NewSession::new()).unwrap().session_jwt;
    let other = stytch.add_session(&ada.user_id, NewSession::new()).unwrap().session_jwt;
    let parts: Vec<&str> = jwt.split('.').collect();
    let forged = format!("{}.{}.{}", parts[0], other.split('.').nth(1).unwrap(), parts[2]);
    let clock = stytch.clone();
    let verifier = SessionVerifier::builder(&stytch.client()).clock(move || clock.now()).build().unwrap();

    let capture = Capture::default();
    let (local, remote, forged) = tracing::subscriber::with_default(capture.clone(), || {
        let local = verifier.authenticate(&jwt).unwrap();
        stytch.advance(std::time::Duration::from_secs(6 * 60));
        let remote = verifier.authenticate(&jwt).unwrap();
        let forged = verifier.authenticate(&forged).unwrap_err();
        (local, remote, forged)
    });
    assert_eq!(local.verified_by().as_str(), "local");
    let refreshed = remote.refreshed_jwt().unwrap().to_owned();
    assert_eq!(forged.to_string(), "session JWT refused: the signature does not match");

    let spans = capture.0.lock().unwrap().clone();
    let jwt_spans: Vec<_> = spans.iter().filter(|(name, _)| name == "stytch_endpoint.session_jwt").collect();
    assert_eq!(jwt_spans.len(), 3, "{spans:?}");
    assert_eq!(jwt_spans[0].1["path"], "local");
    assert_eq!(jwt_spans[0].1["b2b"], "false");
    assert_eq!(
        (jwt_spans[1].1["path"].as_str(), jwt_spans[1].1["local_check"].as_str()),
        ("remote", "expired")
    );
    assert_eq!((jwt_spans[2].1["path"].as_str(), jwt_spans[2].1["check"].as_str()), ("local", "signature"));
    let sends: Vec<_> = spans
        .iter()
        .filter(|(name, _)| name == "stytch_endpoint.send")
        .map(|(_, f)| f["path"].clone())
        .collect();
    assert_eq!(sends, ["/v1/sessions/jwks/{project_id}", "/v1/sessions/authenticate"]);

    let everything = format!("{spans:?} {:?}", capture.seen());
    for secret in [&jwt, &refreshed] {
        for part in secret.split('.') {
            assert!(!everything.contains(part), "a JWT part reached a span or event");
        }
    }
}
