//! Stytch's error answers over loopback: every field kept, the OAuth2 spellings accepted, the
//! `error_type` typed, and the accessors on `Error` answering for every variant.

use serde_json::json;
use stytch_endpoint::b2b::passwords::SessionReset;
use stytch_endpoint::consumer::passwords::ExistingPasswordReset;
use stytch_endpoint::{Client, Error, ErrorType, TransportErrorKind};
use stytch_endpoint_tests::{client_for, refused_port, Reply, TestServer};

fn reset() -> ExistingPasswordReset {
    ExistingPasswordReset::new("ada@example.com", "old correct horse", "a new and much longer passphrase")
}

fn answer(status: u16, body: serde_json::Value) -> Error {
    let server = TestServer::json(status, body);
    let err = reset().send(&client_for(&server)).unwrap_err();
    assert_eq!(server.requests().len(), 1);
    err
}

#[test]
fn a_stytch_error_keeps_every_field() {
    let err = answer(
        400,
        json!({
            "status_code": 400,
            "request_id": "request-id-test-55555555-5555-4555-8555-555555555555",
            "error_type": "weak_password",
            "error_message": "Password does not meet the strength requirements.",
            "error_url": "https://stytch.com/docs/api/errors/400#weak_password",
            "error_details": {"zxcvbn": {"score": 1, "warning": "This is a top-10 common password."}},
        }),
    );
    let Error::Api(api) = &err else { panic!("expected an API error, got {err:?}") };
    assert_eq!(api.status, 400);
    assert_eq!(api.request_id.as_deref(), Some("request-id-test-55555555-5555-4555-8555-555555555555"));
    assert_eq!(api.error_type, ErrorType::WeakPassword);
    assert_eq!(api.error_message, "Password does not meet the strength requirements.");
    assert_eq!(api.error_url.as_deref(), Some("https://stytch.com/docs/api/errors/400#weak_password"));
    assert_eq!(
        api.error_details,
        Some(json!({"zxcvbn": {"score": 1, "warning": "This is a top-10 common password."}}))
    );
    assert_eq!(api.retry_after, None);

    assert_eq!(err.status(), Some(400));
    assert_eq!(err.request_id(), Some("request-id-test-55555555-5555-4555-8555-555555555555"));
    assert_eq!(err.error_type().map(ErrorType::as_str), Some("weak_password"));
    assert_eq!(err.error_type(), Some(&ErrorType::WeakPassword));
    assert_eq!(err.as_api(), Some(&**api));
    assert!(err.as_validation().is_none());
    assert!(!err.is_timeout());
    assert!(!err.is_retryable());
    assert_eq!(err.retry_after(), None);

    let shown = err.to_string();
    for part in ["400", "weak_password", "request-id-test-55555555-5555-4555-8555-555555555555"] {
        assert!(shown.contains(part), "{shown}");
    }
}

#[test]
fn the_oauth2_spellings_are_accepted() {
    let err = answer(
        401,
        json!({
            "error": "unauthorized_credentials",
            "error_description": "Unauthorized credentials.",
            "error_uri": "https://stytch.com/docs/api/errors/401",
        }),
    );
    let api = err.as_api().expect("an API error");
    assert_eq!(api.error_type, ErrorType::UnauthorizedCredentials);
    assert_eq!(api.error_message, "Unauthorized credentials.");
    assert_eq!(api.error_url.as_deref(), Some("https://stytch.com/docs/api/errors/401"));
    assert_eq!(api.request_id, None);
    assert_eq!(api.error_details, None);
    assert_eq!(err.status(), Some(401));
    assert_eq!(err.error_type().map(ErrorType::as_str), Some("unauthorized_credentials"));
    assert_eq!(err.request_id(), None);
}

#[test]
fn stytch_spellings_win_over_oauth2_spellings() {
    let err = answer(
        400,
        json!({
            "error_type": "invalid_email",
            "error": "invalid_request",
            "error_message": "Email format is invalid.",
            "error_description": "The request is invalid.",
            "error_url": "https://stytch.com/docs/api/errors/400#invalid_email",
            "error_uri": "https://example.com/oauth2",
        }),
    );
    let api = err.as_api().unwrap();
    assert_eq!(api.error_type, ErrorType::InvalidEmail);
    assert_eq!(api.error_message, "Email format is invalid.");
    assert_eq!(api.error_url.as_deref(), Some("https://stytch.com/docs/api/errors/400#invalid_email"));
}

#[test]
fn a_partial_error_body_still_decodes() {
    // A load balancer's error: no request id, no message, null details, an empty request id.
    let err =
        answer(503, json!({"error_type": "server_unavailable", "error_details": null, "request_id": ""}));
    let api = err.as_api().unwrap();
    assert_eq!(api.error_type, ErrorType::ServerUnavailable);
    assert_eq!(api.error_message, "");
    assert_eq!(api.error_url, None);
    assert_eq!(api.error_details, None);
    assert_eq!(err.request_id(), None);
    assert!(err.is_retryable());
    // Unknown fields are ignored.
    let err =
        answer(404, json!({"error_type": "email_not_found", "next_year": {"a": [1, 2]}, "status_code": 404}));
    assert_eq!(err.error_type(), Some(&ErrorType::EmailNotFound));
}

#[test]
fn every_documented_error_type_is_typed() {
    let table = [
        (401, "unauthorized_credentials", ErrorType::UnauthorizedCredentials),
        (400, "weak_password", ErrorType::WeakPassword),
        (400, "breached_password", ErrorType::BreachedPassword),
        (400, "reset_password", ErrorType::ResetPassword),
        (400, "member_reset_password", ErrorType::MemberResetPassword),
        (400, "session_too_old_to_reset_password", ErrorType::SessionTooOldToResetPassword),
        (404, "session_not_found", ErrorType::SessionNotFound),
        (400, "invalid_session_token", ErrorType::InvalidSessionToken),
        (400, "unable_to_parse_session_jwt", ErrorType::UnableToParseSessionJwt),
        (400, "no_session_arguments", ErrorType::NoSessionArguments),
        (400, "too_many_session_arguments", ErrorType::TooManySessionArguments),
        (404, "email_not_found", ErrorType::EmailNotFound),
        (404, "organization_not_found", ErrorType::OrganizationNotFound),
        (404, "member_not_found", ErrorType::MemberNotFound),
        (400, "invalid_session_duration_minutes", ErrorType::InvalidSessionDurationMinutes),
        (400, "custom_claims_too_large", ErrorType::CustomClaimsTooLarge),
        (400, "reserved_claims_in_custom_claims", ErrorType::ReservedClaimsInCustomClaims),
        (400, "stytch_claims_in_custom_claims", ErrorType::StytchClaimsInCustomClaims),
        (400, "invalid_b2b_endpoint", ErrorType::InvalidB2bEndpoint),
        (400, "invalid_consumer_endpoint", ErrorType::InvalidConsumerEndpoint),
        (400, "invalid_locale", ErrorType::InvalidLocale),
        (400, "invalid_email", ErrorType::InvalidEmail),
        (429, "user_lock_limit_reached", ErrorType::UserLockLimitReached),
        (429, "too_many_requests", ErrorType::TooManyRequests),
        (500, "internal_server_error", ErrorType::InternalServerError),
        (503, "server_unavailable", ErrorType::ServerUnavailable),
    ];
    let statuses: Vec<(u16, &str)> = table.iter().map(|(status, wire, _)| (*status, *wire)).collect();
    let server = TestServer::start(move |request| {
        let wire = request.path().split('/').nth(1).unwrap().to_owned();
        let status = statuses.iter().find(|(_, w)| *w == wire).map_or(418, |(s, _)| *s);
        Reply::json(status, &json!({"status_code": status, "request_id": "req", "error_type": wire}))
    });
    for (status, wire, typed) in table {
        // One server, many paths: the path names the error the server answers with.
        let client = Client::builder()
            .credentials(stytch_endpoint_tests::PROJECT_ID, stytch_endpoint_tests::SECRET)
            .base_url(format!("{}/{wire}", server.url()))
            .build()
            .unwrap();
        let err = reset().send(&client).unwrap_err();
        assert_eq!(err.status(), Some(status), "{wire}");
        assert_eq!(err.error_type().map(ErrorType::as_str), Some(wire));
        assert_eq!(err.error_type(), Some(&typed), "{wire}");
        assert_eq!(typed.as_str(), wire);
        assert_eq!(ErrorType::from(wire), typed);
        assert_eq!(wire.parse::<ErrorType>().unwrap(), typed);
        assert!(!matches!(typed, ErrorType::Other(_)));
        let retryable = matches!(wire, "too_many_requests" | "server_unavailable");
        assert_eq!(err.is_retryable(), retryable, "{wire}");
    }
}

#[test]
fn callers_match_on_the_type_not_the_message() {
    fn advice(err: &Error) -> &'static str {
        match err.error_type() {
            Some(ErrorType::UnauthorizedCredentials) => "wrong password",
            Some(ErrorType::WeakPassword | ErrorType::BreachedPassword) => "choose another password",
            Some(ErrorType::ResetPassword) => "reset by email",
            Some(ErrorType::Other(other)) if other == "brand_new_error" => "new in Stytch",
            Some(_) => "other Stytch error",
            None if err.is_timeout() => "try later",
            None => "not from Stytch",
        }
    }
    let cases = [
        (401, "unauthorized_credentials", "wrong password"),
        (400, "breached_password", "choose another password"),
        (400, "reset_password", "reset by email"),
        (409, "brand_new_error", "new in Stytch"),
        (404, "email_not_found", "other Stytch error"),
    ];
    for (status, wire, expected) in cases {
        let err =
            answer(status, json!({"error_type": wire, "error_message": "whatever the text says today"}));
        assert_eq!(advice(&err), expected, "{wire}");
    }
    let err = answer(502, json!({"message": "an upstream error"}));
    assert_eq!(advice(&err), "not from Stytch");
}

#[test]
fn an_unknown_error_type_is_kept_as_sent() {
    let err = answer(418, json!({"error_type": "teapot_overheated", "request_id": "request-id-test-tea"}));
    assert_eq!(err.error_type(), Some(&ErrorType::Other("teapot_overheated".into())));
    assert_eq!(err.error_type().map(ErrorType::as_str), Some("teapot_overheated"));
    assert_eq!(err.request_id(), Some("request-id-test-tea"));
    assert_eq!(err.status(), Some(418));
    assert!(!err.is_retryable());
}

#[test]
fn json_that_is_not_a_stytch_error_is_a_decode_error_with_the_status() {
    for (status, body, request_id) in [
        (500, json!({"message": "Internal Server Error"}), None),
        (429, json!({"request_id": "request-id-test-429", "status_code": 429}), Some("request-id-test-429")),
        (400, json!({"error_type": 17, "request_id": "request-id-test-num"}), Some("request-id-test-num")),
        (404, json!(["not", "an", "object"]), None),
        (400, json!(null), None),
    ] {
        let err = answer(status, body.clone());
        let Error::Decode(decode) = &err else { panic!("{body}: expected a decode error, got {err:?}") };
        assert_eq!(decode.status, status);
        assert_eq!(err.status(), Some(status));
        assert_eq!(err.request_id(), request_id, "{body}");
        assert_eq!(err.error_type(), None);
        assert_eq!(decode.body_snippet(), body.to_string());
        assert_eq!(err.is_retryable(), status == 429, "{body}");
    }
}

#[test]
fn a_retry_after_on_an_error_is_kept() {
    let server = TestServer::start(|_| {
        Reply::json(429, &json!({"error_type": "too_many_requests"})).with_header("Retry-After", "30")
    });
    let err = reset().send(&client_for(&server)).unwrap_err();
    assert_eq!(err.retry_after(), Some(std::time::Duration::from_secs(30)));
    assert!(err.is_retryable());
}

#[test]
fn the_b2b_endpoint_decodes_errors_the_same_way() {
    let server = TestServer::json(
        400,
        json!({"status_code": 400, "request_id": "request-id-test-b2b", "error_type": "session_too_old_to_reset_password",
               "error_message": "The session is too old.", "error_url": "https://stytch.com/docs"}),
    );
    let err =
        SessionReset::with_session_token("organization-test-1", "a new and much longer passphrase", "tok")
            .send(&client_for(&server))
            .unwrap_err();
    assert_eq!(err.error_type(), Some(&ErrorType::SessionTooOldToResetPassword));
    assert_eq!(err.request_id(), Some("request-id-test-b2b"));
}

#[test]
fn accessors_answer_for_every_variant() {
    // Validation: nothing was sent.
    let err = ExistingPasswordReset::new("not an email", "", "x")
        .send(&Client::new("project-test-1", "s"))
        .unwrap_err();
    assert!(matches!(err, Error::Validation(_)));
    assert!(err.as_validation().is_some());
    assert_eq!((err.status(), err.request_id(), err.error_type()), (None, None, None));
    assert!(!err.is_timeout() && !err.is_retryable());

    // Configuration.
    let err = Error::from(Client::builder().base_url("ftp://x").build().unwrap_err());
    assert!(matches!(&err, Error::Config(c) if !c.message().is_empty()), "{err:?}");
    assert_eq!((err.status(), err.request_id(), err.error_type()), (None, None, None));
    assert!(!err.is_timeout() && !err.is_retryable());
    let err = Error::from(Client::builder().build().unwrap_err());
    assert!(matches!(err, Error::Config(_)));
    let err = Client::builder().credentials("p", "s").timeout(std::time::Duration::ZERO).build().unwrap_err();
    assert!(matches!(Error::from(err), Error::Config(_)));

    // Transport, before any answer.
    let url = format!("http://127.0.0.1:{}", refused_port());
    let client = Client::builder().credentials("project-test-1", "s").base_url(&url).build().unwrap();
    let err = reset().send(&client).unwrap_err();
    assert!(
        matches!(&err, Error::Transport(t) if t.kind == TransportErrorKind::Connect && t.status.is_none())
    );
    assert_eq!((err.status(), err.request_id(), err.error_type()), (None, None, None));
    assert!(err.is_retryable() && !err.is_timeout());

    // Decode, with the cause as its source.
    let err = answer(502, json!("gateway"));
    assert!(std::error::Error::source(&err).is_some());
}

#[test]
fn errors_are_shareable_across_threads() {
    fn assert_traits<T: std::error::Error + Send + Sync + 'static>() {}
    assert_traits::<Error>();
    assert_traits::<stytch_endpoint::ApiError>();
    assert_traits::<stytch_endpoint::TransportError>();
    assert_traits::<stytch_endpoint::DecodeError>();
    assert_traits::<stytch_endpoint::ConfigError>();
    let err = answer(400, json!({"error_type": "weak_password"}));
    let boxed: Box<dyn std::error::Error + Send + Sync> = Box::new(err);
    assert!(boxed.to_string().contains("weak_password"));
}
