//! The declared field rules, over a real loopback server: every invalid request is rejected with
//! exactly the expected violations (wire name, code, message, never the value) before any network
//! I/O, and every valid request goes out.

use serde::{Deserialize, Serialize};
use serde_json::{json, Map, Value};
use std::fmt::Debug;
use stytch_endpoint::b2b::passwords::SessionReset;
use stytch_endpoint::consumer::passwords::ExistingPasswordReset;
use stytch_endpoint::{stytch_endpoint, Endpoint, Error, Violation, ViolationCode};
use stytch_endpoint_tests::{client_for, fixture, Reply, TestServer};

// Values distinctive enough that finding one in an error means it leaked.
const EMAIL: &str = "ada.lovelace@example.com";
const EXISTING_PASSWORD: &str = "old-Secret-correct-horse-7731";
const NEW_PASSWORD: &str = "new-Secret-battery-staple-9154";
const SESSION_TOKEN: &str = "session-token-mZAYn5aLEqKUlZ_Ad9U_fWr38GaAQ1oFAhT8ds245v7Q";
const SESSION_JWT: &str = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJtZW1iZXItbGVha2VkIn0.c2lnbmF0dXJl";
const ORGANIZATION_ID: &str = "organization-test-07971b06-ac8b-4cdb-9c15-63b17e653931";
const CLAIM_VALUE: &str = "claim-value-that-must-not-leak";

const RESERVED_CLAIMS: [&str; 7] = ["iss", "sub", "aud", "exp", "nbf", "iat", "jti"];

fn consumer() -> ExistingPasswordReset {
    ExistingPasswordReset::new(EMAIL, EXISTING_PASSWORD, NEW_PASSWORD)
}

fn b2b() -> SessionReset {
    SessionReset::with_session_token(ORGANIZATION_ID, NEW_PASSWORD, SESSION_TOKEN)
}

fn claims(entries: &[(&str, Value)]) -> Option<Map<String, Value>> {
    Some(entries.iter().map(|(k, v)| (k.to_string(), v.clone())).collect())
}

/// A claims object that serializes to exactly `bytes` bytes of JSON.
fn claims_of_size(bytes: usize) -> Option<Map<String, Value>> {
    // `{"k":"` + filler + `"}`
    let filler = "x".repeat(bytes - 8);
    let map = claims(&[("k", json!(filler))]);
    assert_eq!(serde_json::to_vec(map.as_ref().unwrap()).unwrap().len(), bytes);
    map
}

/// The server answer for each endpoint, so that an accepted request decodes.
trait Answer: Endpoint {
    const FIXTURE: &'static str;
}
impl Answer for ExistingPasswordReset {
    const FIXTURE: &'static str = "existing_password_reset_minimal";
}
impl Answer for SessionReset {
    const FIXTURE: &'static str = "session_reset_minimal";
}

/// Sends `request` to a live server and expects it to be turned away first: returns the
/// violations, after checking that `validate()` says the same, that nothing reached the server,
/// and that none of `hidden` appears in the error.
fn rejected<E: Answer>(request: &E, hidden: &[&str]) -> Vec<Violation> {
    let server = TestServer::json(200, fixture(E::FIXTURE));
    let err = match client_for(&server).send(request) {
        Err(err) => err,
        Ok(_) => panic!("the request was accepted and sent"),
    };
    assert!(server.requests().is_empty(), "an invalid request reached the server");
    assert_eq!(server.connections(), 0, "an invalid request opened a connection");
    assert_not_in_error(&err, hidden);
    let Error::Validation(violations) = &err else { panic!("not a validation error: {err:?}") };
    let direct = request.validate().expect_err("validate() accepted what send() rejected");
    assert_eq!(direct.as_validation(), Some(violations), "validate() and send() disagree");
    violations.violations().to_vec()
}

/// Sends `request` and expects it to go out (and the answer to decode).
fn accepted<E: Answer>(request: &E) {
    if let Err(err) = request.validate() {
        panic!("validate() rejected a valid request: {err}");
    }
    let server = TestServer::json(200, fixture(E::FIXTURE));
    if let Err(err) = client_for(&server).send(request) {
        panic!("a valid request failed: {err}");
    }
    assert_eq!(server.only_request().method, "POST");
}

fn assert_not_in_error(err: &Error, hidden: &[&str]) {
    let display = err.to_string();
    let debug = format!("{err:?}");
    let pretty = format!("{err:#?}");
    for value in hidden.iter().filter(|v| !v.is_empty()) {
        for (form, text) in [("Display", &display), ("Debug", &debug), ("pretty Debug", &pretty)] {
            assert!(!text.contains(value), "the error's {form} contains {value:?}: {text}");
        }
    }
}

/// Every secret of the request, and a few values a rule judges.
fn secrets() -> Vec<&'static str> {
    vec![EXISTING_PASSWORD, NEW_PASSWORD, SESSION_TOKEN, SESSION_JWT, CLAIM_VALUE]
}

#[track_caller]
fn assert_violation(violations: &[Violation], field: &str, code: ViolationCode, message: &str) {
    assert_eq!(violations.len(), 1, "expected one violation, got {violations:#?}");
    let v = &violations[0];
    assert_eq!((v.field, v.code, v.message.as_ref()), (field, code, message), "{v:#?}");
}

// ---------------------------------------------------------------------------------------------
// ExistingPasswordReset

#[test]
fn consumer_minimal_and_complete_requests_are_valid() {
    accepted(&consumer());
    accepted(&ExistingPasswordReset {
        session_token: Some(SESSION_TOKEN.into()),
        session_duration_minutes: Some(60),
        session_custom_claims: claims(&[("plan", json!("pro")), ("seats", json!(5))]),
        telemetry_id: Some("026ac93b-8cdf-4fcb-bfa6-36a31cfecac1".into()),
        ..consumer()
    });
}

#[test]
fn consumer_empty_email_is_reported_once() {
    let request = ExistingPasswordReset { email: String::new(), ..consumer() };
    // Empty is `non_empty`'s to report, not also `email`'s.
    assert_violation(&rejected(&request, &secrets()), "email", ViolationCode::Empty, "must not be empty");
}

#[test]
fn consumer_email_without_email_syntax_is_rejected() {
    for bad in ["ada", "@x", "a@", "a b@x", "ada@exa mple.com", " ada@example.com", "ada@example.com\n"] {
        let request = ExistingPasswordReset { email: bad.into(), ..consumer() };
        let mut hidden = secrets();
        hidden.push(bad.trim());
        assert_violation(
            &rejected(&request, &hidden),
            "email",
            ViolationCode::Email,
            "must be an email address, such as name@example.com",
        );
    }
}

#[test]
fn consumer_internationalized_and_unusual_emails_are_accepted() {
    for good in [
        "用户@例子.广告",
        "josé.o'neil+tag@exämple.de",
        "θσερ@εχαμπλε.ψομ",
        "ada+filter@example.com",
        "a@b",
        "first.last@sub.domain.example.co.uk",
        "\"quoted\"@example.com",
    ] {
        accepted(&ExistingPasswordReset { email: good.into(), ..consumer() });
    }
}

#[test]
fn consumer_empty_passwords_are_rejected() {
    let request = ExistingPasswordReset { existing_password: String::new(), ..consumer() };
    assert_violation(
        &rejected(&request, &secrets()),
        "existing_password",
        ViolationCode::Empty,
        "must not be empty",
    );
    let request = ExistingPasswordReset { new_password: String::new(), ..consumer() };
    assert_violation(
        &rejected(&request, &secrets()),
        "new_password",
        ViolationCode::Empty,
        "must not be empty",
    );
}

#[test]
fn any_non_empty_utf8_password_is_accepted() {
    for password in [" ", "   ", "🐴🔋📎", "correct horse battery staple", "pässwörd ñandú", "密码密码", "\t"]
    {
        accepted(&ExistingPasswordReset {
            existing_password: password.into(),
            new_password: password.into(),
            ..consumer()
        });
        accepted(&SessionReset { password: password.into(), ..b2b() });
    }
}

#[test]
fn consumer_session_duration_bounds_are_inclusive() {
    for minutes in [5, 6, 60, 527039, 527040] {
        accepted(&ExistingPasswordReset { session_duration_minutes: Some(minutes), ..consumer() });
    }
    for minutes in [4, 527041, 0, -5, i32::MIN, i32::MAX] {
        let request = ExistingPasswordReset { session_duration_minutes: Some(minutes), ..consumer() };
        assert_violation(
            &rejected(&request, &secrets()),
            "session_duration_minutes",
            ViolationCode::OutOfRange,
            "must be between 5 and 527040",
        );
    }
}

#[test]
fn consumer_custom_claims_size_limit_is_4096_bytes() {
    accepted(&ExistingPasswordReset { session_custom_claims: claims_of_size(4096), ..consumer() });
    let request = ExistingPasswordReset { session_custom_claims: claims_of_size(4097), ..consumer() };
    let filler = "x".repeat(64);
    let mut hidden = secrets();
    hidden.push(&filler);
    assert_violation(
        &rejected(&request, &hidden),
        "session_custom_claims",
        ViolationCode::TooLarge,
        "must serialize to at most 4096 bytes of JSON",
    );
}

#[test]
fn consumer_each_reserved_claim_is_rejected() {
    for claim in RESERVED_CLAIMS {
        let request = ExistingPasswordReset {
            session_custom_claims: claims(&[("plan", json!("pro")), (claim, json!(CLAIM_VALUE))]),
            ..consumer()
        };
        assert_violation(
            &rejected(&request, &secrets()),
            "session_custom_claims",
            ViolationCode::DeniedKey,
            &format!("must not contain the reserved key `{claim}`"),
        );
    }
}

#[test]
fn several_reserved_claims_are_named_in_one_violation() {
    let request = ExistingPasswordReset {
        session_custom_claims: claims(&[("sub", json!(CLAIM_VALUE)), ("iss", json!(CLAIM_VALUE))]),
        ..consumer()
    };
    assert_violation(
        &rejected(&request, &secrets()),
        "session_custom_claims",
        ViolationCode::DeniedKey,
        "must not contain the reserved keys `iss`, `sub`",
    );
}

#[test]
fn claims_that_only_resemble_reserved_ones_are_accepted() {
    let lookalikes = claims(&[
        ("ISS", json!(1)),
        ("issuer", json!(1)),
        ("sub ", json!(1)),
        ("nested", json!({"iss": "x", "exp": 1})),
        ("deleted", Value::Null),
    ]);
    accepted(&ExistingPasswordReset { session_custom_claims: lookalikes.clone(), ..consumer() });
    accepted(&SessionReset { session_custom_claims: lookalikes, ..b2b() });
}

#[test]
fn consumer_session_token_and_jwt_at_most_one() {
    // Neither, and either one alone, are fine.
    accepted(&consumer());
    accepted(&ExistingPasswordReset { session_token: Some(SESSION_TOKEN.into()), ..consumer() });
    accepted(&ExistingPasswordReset { session_jwt: Some(SESSION_JWT.into()), ..consumer() });

    let both = ExistingPasswordReset {
        session_token: Some(SESSION_TOKEN.into()),
        session_jwt: Some(SESSION_JWT.into()),
        ..consumer()
    };
    assert_violation(
        &rejected(&both, &secrets()),
        "session_token",
        ViolationCode::AtMostOneOf,
        "at most one of `session_token`, `session_jwt` may be set, and 2 are",
    );
}

#[test]
fn consumer_request_with_every_violation_lists_them_in_field_order() {
    let request = ExistingPasswordReset {
        email: "not an email".into(),
        existing_password: String::new(),
        new_password: String::new(),
        session_token: Some(SESSION_TOKEN.into()),
        session_duration_minutes: Some(527041),
        session_jwt: Some(SESSION_JWT.into()),
        session_custom_claims: claims(&[("jti", json!(CLAIM_VALUE)), ("k", json!("x".repeat(5000)))]),
        telemetry_id: None,
    };
    let mut hidden = secrets();
    hidden.push("not an email");
    let violations = rejected(&request, &hidden);
    let seen: Vec<(&str, ViolationCode)> = violations.iter().map(|v| (v.field, v.code)).collect();
    assert_eq!(
        seen,
        [
            ("email", ViolationCode::Email),
            ("existing_password", ViolationCode::Empty),
            ("new_password", ViolationCode::Empty),
            ("session_token", ViolationCode::AtMostOneOf),
            ("session_duration_minutes", ViolationCode::OutOfRange),
            ("session_custom_claims", ViolationCode::TooLarge),
            ("session_custom_claims", ViolationCode::DeniedKey),
        ]
    );
}

#[test]
fn validation_error_reads_well_and_is_matchable() {
    let request =
        ExistingPasswordReset { email: "ada".into(), session_duration_minutes: Some(4), ..consumer() };
    let err = request.validate().unwrap_err();
    assert_eq!(
        err.to_string(),
        "invalid request: `email` must be an email address, such as name@example.com; \
         `session_duration_minutes` must be between 5 and 527040"
    );
    let errors = err.as_validation().unwrap();
    assert!(errors.has("email", ViolationCode::Email));
    assert!(errors.has("session_duration_minutes", ViolationCode::OutOfRange));
    assert!(!errors.has("email", ViolationCode::Empty));
    assert_eq!(errors.field("email").count(), 1);
    assert_eq!(ViolationCode::OutOfRange.as_str(), "out_of_range");
    assert_eq!(ViolationCode::DeniedKey.to_string(), "denied_key");
    assert!(err.status().is_none() && !err.is_retryable());
}

#[test]
fn validate_needs_no_client() {
    // `validate()` is a plain method: no client, no server, no I/O.
    let request = ExistingPasswordReset { email: String::new(), ..consumer() };
    assert!(matches!(request.validate(), Err(Error::Validation(_))));
    assert!(consumer().validate().is_ok());
    assert!(b2b().validate().is_ok());
    assert!(matches!(SessionReset { session_token: None, ..b2b() }.validate(), Err(Error::Validation(_))));
}

// ---------------------------------------------------------------------------------------------
// SessionReset

#[test]
fn b2b_requests_with_token_or_jwt_are_valid() {
    accepted(&b2b());
    accepted(&SessionReset::with_session_jwt(ORGANIZATION_ID, NEW_PASSWORD, SESSION_JWT));
    accepted(&SessionReset {
        session_duration_minutes: Some(60),
        session_custom_claims: claims(&[("plan", json!("pro"))]),
        ..b2b()
    });
}

#[test]
fn b2b_empty_organization_id_and_password_are_rejected() {
    let request = SessionReset { organization_id: String::new(), ..b2b() };
    assert_violation(
        &rejected(&request, &secrets()),
        "organization_id",
        ViolationCode::Empty,
        "must not be empty",
    );
    let request = SessionReset { password: String::new(), ..b2b() };
    assert_violation(&rejected(&request, &secrets()), "password", ViolationCode::Empty, "must not be empty");
}

#[test]
fn b2b_organization_id_may_be_a_slug_or_external_id() {
    for id in ["acme-corp", "external-id-42", "organization-test-07971b06-ac8b-4cdb-9c15-63b17e653931"] {
        accepted(&SessionReset { organization_id: id.into(), ..b2b() });
    }
}

#[test]
fn b2b_session_token_and_jwt_exactly_one() {
    let neither = SessionReset { session_token: None, session_jwt: None, ..b2b() };
    assert_violation(
        &rejected(&neither, &secrets()),
        "session_token",
        ViolationCode::ExactlyOneOf,
        "exactly one of `session_token`, `session_jwt` must be set, and none is",
    );
    let both = SessionReset { session_jwt: Some(SESSION_JWT.into()), ..b2b() };
    assert_violation(
        &rejected(&both, &secrets()),
        "session_token",
        ViolationCode::ExactlyOneOf,
        "exactly one of `session_token`, `session_jwt` must be set, and 2 are",
    );
}

#[test]
fn b2b_session_duration_bounds_are_inclusive() {
    for minutes in [5, 527040] {
        accepted(&SessionReset { session_duration_minutes: Some(minutes), ..b2b() });
    }
    for minutes in [4, 527041] {
        let request = SessionReset { session_duration_minutes: Some(minutes), ..b2b() };
        assert_violation(
            &rejected(&request, &secrets()),
            "session_duration_minutes",
            ViolationCode::OutOfRange,
            "must be between 5 and 527040",
        );
    }
}

#[test]
fn b2b_custom_claims_size_and_reserved_claims() {
    accepted(&SessionReset { session_custom_claims: claims_of_size(4096), ..b2b() });
    let request = SessionReset { session_custom_claims: claims_of_size(4097), ..b2b() };
    assert_violation(
        &rejected(&request, &secrets()),
        "session_custom_claims",
        ViolationCode::TooLarge,
        "must serialize to at most 4096 bytes of JSON",
    );
    for claim in RESERVED_CLAIMS {
        let request = SessionReset { session_custom_claims: claims(&[(claim, json!(CLAIM_VALUE))]), ..b2b() };
        assert_violation(
            &rejected(&request, &secrets()),
            "session_custom_claims",
            ViolationCode::DeniedKey,
            &format!("must not contain the reserved key `{claim}`"),
        );
    }
}

#[test]
fn b2b_request_with_every_violation_lists_them_in_field_order() {
    let request = SessionReset {
        organization_id: String::new(),
        password: String::new(),
        session_token: None,
        session_jwt: None,
        session_duration_minutes: Some(4),
        session_custom_claims: claims(&[("exp", json!(CLAIM_VALUE))]),
        locale: None,
        telemetry_id: None,
    };
    let violations = rejected(&request, &secrets());
    let seen: Vec<(&str, ViolationCode)> = violations.iter().map(|v| (v.field, v.code)).collect();
    assert_eq!(
        seen,
        [
            ("organization_id", ViolationCode::Empty),
            ("password", ViolationCode::Empty),
            ("session_token", ViolationCode::ExactlyOneOf),
            ("session_duration_minutes", ViolationCode::OutOfRange),
            ("session_custom_claims", ViolationCode::DeniedKey),
        ]
    );
}

// ---------------------------------------------------------------------------------------------
// Endpoints declared here, as a user would

#[derive(Debug, Deserialize)]
pub struct Ack {
    pub request_id: String,
}

fn ack_server() -> TestServer {
    TestServer::start(|_| Reply::json(200, &json!({"request_id": "request-id-test-1", "status_code": 200})))
}

fn send_rejected<E: Endpoint<Response = Ack>>(request: &E, hidden: &[&str]) -> Vec<Violation> {
    let server = ack_server();
    let err = client_for(&server).send(request).expect_err("the request was accepted");
    assert!(server.requests().is_empty(), "an invalid request reached the server");
    assert_eq!(server.connections(), 0, "an invalid request opened a connection");
    assert_not_in_error(&err, hidden);
    let direct = request.validate().unwrap_err();
    assert_eq!(direct.as_validation(), err.as_validation());
    err.as_validation().expect("a validation error").violations().to_vec()
}

mod checks {
    /// Only addresses of the company's own domain may be invited. (A `String` field derefs to `&str`.)
    pub fn company_domain(email: &str) -> Result<(), String> {
        if email.ends_with("@example.com") {
            Ok(())
        } else {
            Err("must be an address at example.com".into())
        }
    }

    /// Sees the whole field, `Option` included.
    pub fn even_seats(seats: &Option<u32>) -> Result<(), String> {
        match seats {
            Some(n) if n % 2 == 1 => Err("must be an even number of seats".into()),
            _ => Ok(()),
        }
    }
}

#[stytch_endpoint(POST, "/v1/invites", response = Ack)]
#[derive(Clone, Debug)]
pub struct Invite {
    #[stytch(non_empty, email, custom = checks::company_domain)]
    pub email: String,
    #[stytch(range(1..=100), custom = checks::even_seats)]
    pub seats: Option<u32>,
}

#[test]
fn custom_rules_run_after_the_built_in_ones() {
    let server = ack_server();
    let ok = Invite { email: "grace@example.com".into(), seats: Some(4) };
    assert_eq!(ok.send(&client_for(&server)).unwrap().request_id, "request-id-test-1");
    assert_eq!(server.only_request().json(), json!({"email": "grace@example.com", "seats": 4}));
    Invite { seats: None, ..ok.clone() }.validate().unwrap();

    let foreign = Invite { email: "grace@elsewhere.org".into(), ..ok.clone() };
    assert_violation(
        &send_rejected(&foreign, &["grace@elsewhere.org"]),
        "email",
        ViolationCode::Custom,
        "must be an address at example.com",
    );

    let odd = Invite { seats: Some(3), ..ok.clone() };
    assert_violation(
        &send_rejected(&odd, &[]),
        "seats",
        ViolationCode::Custom,
        "must be an even number of seats",
    );

    // The built-in rules first, then the custom one, on the same field; then the next field.
    let both = Invite { email: "grace".into(), seats: Some(101) };
    let violations = send_rejected(&both, &[]);
    let seen: Vec<(&str, ViolationCode)> = violations.iter().map(|v| (v.field, v.code)).collect();
    assert_eq!(
        seen,
        [
            ("email", ViolationCode::Email),
            ("email", ViolationCode::Custom),
            ("seats", ViolationCode::OutOfRange),
            ("seats", ViolationCode::Custom),
        ]
    );
}

/// A POST whose fields go over the wire in camelCase.
#[stytch_endpoint(POST, "/v1/camel/reset", response = Ack, exactly_one_of(session_token, session_jwt))]
#[derive(Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CamelReset {
    #[stytch(non_empty)]
    pub organization_id: String,
    #[stytch(secret)]
    pub session_token: Option<String>,
    #[stytch(secret)]
    pub session_jwt: Option<String>,
    #[stytch(range(5..=527040))]
    pub session_duration_minutes: Option<i32>,
    #[serde(rename = "claims")]
    #[stytch(deny_keys("iss"))]
    pub session_custom_claims: Option<Map<String, Value>>,
}

#[test]
fn violations_name_fields_as_they_go_over_the_wire() {
    let valid = CamelReset {
        organization_id: ORGANIZATION_ID.into(),
        session_token: Some(SESSION_TOKEN.into()),
        session_jwt: None,
        session_duration_minutes: Some(60),
        session_custom_claims: claims(&[("plan", json!("pro"))]),
    };
    let server = ack_server();
    valid.send(&client_for(&server)).unwrap();
    assert_eq!(
        server.only_request().json(),
        json!({
            "organizationId": ORGANIZATION_ID,
            "sessionToken": SESSION_TOKEN,
            "sessionDurationMinutes": 60,
            "claims": {"plan": "pro"},
        })
    );

    let invalid = CamelReset {
        organization_id: String::new(),
        session_token: None,
        session_jwt: None,
        session_duration_minutes: Some(527041),
        session_custom_claims: claims(&[("iss", json!(CLAIM_VALUE))]),
    };
    let violations = send_rejected(&invalid, &secrets());
    let seen: Vec<(&str, ViolationCode, &str)> =
        violations.iter().map(|v| (v.field, v.code, v.message.as_ref())).collect();
    assert_eq!(
        seen,
        [
            ("organizationId", ViolationCode::Empty, "must not be empty"),
            (
                "sessionToken",
                ViolationCode::ExactlyOneOf,
                "exactly one of `sessionToken`, `sessionJwt` must be set, and none is"
            ),
            ("sessionDurationMinutes", ViolationCode::OutOfRange, "must be between 5 and 527040"),
            ("claims", ViolationCode::DeniedKey, "must not contain the reserved key `iss`"),
        ]
    );
}

#[test]
fn violations_never_hold_request_values_even_in_debug_of_the_request() {
    // The request's own Debug redacts its secrets too, so logging it beside the error is safe.
    let request = ExistingPasswordReset {
        session_token: Some(SESSION_TOKEN.into()),
        session_jwt: Some(SESSION_JWT.into()),
        ..consumer()
    };
    let err = request.validate().unwrap_err();
    let logged = format!("{request:?} {err:?} {err}");
    for secret in [EXISTING_PASSWORD, NEW_PASSWORD, SESSION_TOKEN, SESSION_JWT] {
        assert!(!logged.contains(secret), "{logged}");
    }
    assert_debug_has_no(&SessionReset { session_jwt: Some(SESSION_JWT.into()), ..b2b() }, &secrets());
}

fn assert_debug_has_no(value: &impl Debug, hidden: &[&str]) {
    let text = format!("{value:?}");
    for secret in hidden {
        assert!(!text.contains(secret), "{text}");
    }
}

#[test]
fn claims_under_stytchs_namespace_are_rejected_by_both_requests() {
    for key in ["https://stytch.com/session", "https://stytch.com/organization", "https://stytch.com/mine"] {
        let custom = claims(&[("plan", json!("pro")), (key, json!(CLAIM_VALUE))]);
        let expected =
            format!("must not contain the key `{key}`: keys under https://stytch.com/ are Stytch's");
        let consumer = ExistingPasswordReset { session_custom_claims: custom.clone(), ..consumer() };
        let b2b = SessionReset { session_custom_claims: custom, ..b2b() };
        for violations in [rejected(&consumer, &secrets()), rejected(&b2b, &secrets())] {
            assert_violation(&violations, "session_custom_claims", ViolationCode::Custom, &expected);
        }
    }
    // Only top-level keys are claims; a nested key, or a look-alike, is the app's own.
    for lookalike in [
        claims(&[("app", json!({"https://stytch.com/session": 1}))]),
        claims(&[("http://stytch.com/session", json!(1))]),
        claims(&[("https://stytch.com", json!(1))]),
        claims(&[("https://example.com/stytch.com/", json!(1))]),
    ] {
        accepted(&ExistingPasswordReset { session_custom_claims: lookalike.clone(), ..consumer() });
        accepted(&SessionReset { session_custom_claims: lookalike, ..b2b() });
    }
}
