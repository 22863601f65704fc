//! The `tracing` feature: one span per call, with method, path template, status, request id,
//! attempts and duration, and never a body, header or credential.

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

/// Every span and event seen.
#[derive(Clone, Default)]
struct Capture(Arc<Mutex<Vec<Captured>>>);

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
        self.0.lock().unwrap().push(("event".into(), fields));
    }
    fn enter(&self, _: &Id) {}
    fn exit(&self, _: &Id) {}
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
