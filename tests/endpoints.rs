//! The two Stytch endpoints over real HTTP: what goes over the wire, and what comes back.

use serde_json::{json, Value};
use stytch_endpoint::b2b::passwords::{Locale, SessionReset, SessionResetResponse};
use stytch_endpoint::consumer::passwords::{ExistingPasswordReset, ExistingPasswordResetResponse};
use stytch_endpoint::consumer::session::{AuthenticationFactorType, DeliveryMethod};
use stytch_endpoint::{Client, Endpoint, Error, ErrorType, Method};
use stytch_endpoint_tests::{client_for, expected_authorization, fixture, Reply, TestServer};

fn consumer_request() -> ExistingPasswordReset {
    let mut claims = serde_json::Map::new();
    claims.insert("plan".into(), json!("pro"));
    claims.insert("seats".into(), json!(5));
    ExistingPasswordReset {
        email: "ada@example.com".into(),
        existing_password: "correct horse battery staple".into(),
        new_password: "a brand new 🐴 passphrase".into(),
        session_token: Some("mZAYn5aLEqKUlZ_Ad9U_fWr38GaAQ1oFAhT8ds245v7Q".into()),
        session_duration_minutes: Some(60),
        session_jwt: None,
        session_custom_claims: Some(claims),
        telemetry_id: Some("026ac93b-8cdf-4fcb-bfa6-36a31cfecac1".into()),
    }
}

fn b2b_request() -> SessionReset {
    SessionReset {
        organization_id: "organization-test-07971b06-ac8b-4cdb-9c15-63b17e653931".into(),
        password: "a brand new 🐴 passphrase".into(),
        session_token: None,
        session_jwt: Some("eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJtZW1iZXIifQ.c2ln".into()),
        session_duration_minutes: Some(30),
        session_custom_claims: None,
        locale: Some(Locale::PtBr),
        telemetry_id: None,
    }
}

#[test]
fn consumer_reset_sends_exactly_the_declared_request() {
    let server = TestServer::json(200, fixture("existing_password_reset_complete"));
    consumer_request().send(&client_for(&server)).unwrap();

    let seen = server.only_request();
    assert_eq!(seen.method, "POST");
    assert_eq!(seen.target, "/v1/passwords/existing_password/reset");
    assert_eq!(seen.header("authorization"), Some(expected_authorization().as_str()));
    assert_eq!(seen.header("content-type"), Some("application/json"));
    assert_eq!(seen.header_count("content-type"), 1);
    let agent = seen.header("user-agent").unwrap();
    assert!(agent.starts_with(&format!("stytch-endpoint/{}", env!("CARGO_PKG_VERSION"))), "{agent}");
    assert_eq!(
        seen.json(),
        json!({
            "email": "ada@example.com",
            "existing_password": "correct horse battery staple",
            "new_password": "a brand new 🐴 passphrase",
            "session_token": "mZAYn5aLEqKUlZ_Ad9U_fWr38GaAQ1oFAhT8ds245v7Q",
            "session_duration_minutes": 60,
            "session_custom_claims": {"plan": "pro", "seats": 5},
            "telemetry_id": "026ac93b-8cdf-4fcb-bfa6-36a31cfecac1"
        })
    );
}

#[test]
fn unset_options_are_omitted_never_null() {
    let server = TestServer::json(200, fixture("existing_password_reset_minimal"));
    ExistingPasswordReset::new("ada@example.com", "old password", "new password")
        .send(&client_for(&server))
        .unwrap();
    let body = String::from_utf8(server.only_request().body).unwrap();
    assert_eq!(
        body,
        r#"{"email":"ada@example.com","existing_password":"old password","new_password":"new password"}"#
    );
}

#[test]
fn b2b_reset_sends_exactly_the_declared_request() {
    let server = TestServer::json(200, fixture("session_reset_complete"));
    b2b_request().send(&client_for(&server)).unwrap();

    let seen = server.only_request();
    assert_eq!(seen.method, "POST");
    assert_eq!(seen.target, "/v1/b2b/passwords/session/reset");
    assert_eq!(seen.header("authorization"), Some(expected_authorization().as_str()));
    assert_eq!(seen.header("content-type"), Some("application/json"));
    assert!(seen.header("user-agent").unwrap().starts_with("stytch-endpoint/"));
    assert_eq!(
        seen.json(),
        json!({
            "organization_id": "organization-test-07971b06-ac8b-4cdb-9c15-63b17e653931",
            "password": "a brand new 🐴 passphrase",
            "session_jwt": "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJtZW1iZXIifQ.c2ln",
            "session_duration_minutes": 30,
            "locale": "pt-br"
        })
    );
}

#[test]
fn gateway_mode_sends_no_credentials() {
    let server = TestServer::json(200, fixture("session_reset_minimal"));
    let client = Client::gateway(server.url()).unwrap();
    assert!(client.is_gateway());
    b2b_request().send(&client).unwrap();
    let seen = server.only_request();
    assert_eq!(seen.header("authorization"), None);
    assert_eq!(seen.header("content-type"), Some("application/json"));
    assert_eq!(seen.target, "/v1/b2b/passwords/session/reset");
}

#[test]
fn a_base_url_with_a_path_prefix_is_kept() {
    let server = TestServer::json(200, fixture("session_reset_minimal"));
    let client = Client::gateway(format!("{}/stytch/", server.url())).unwrap();
    b2b_request().send(&client).unwrap();
    assert_eq!(server.only_request().target, "/stytch/v1/b2b/passwords/session/reset");
}

#[test]
fn complete_consumer_response_decodes_every_field() {
    let server = TestServer::json(200, fixture("existing_password_reset_complete"));
    let response = consumer_request().send(&client_for(&server)).unwrap();

    assert!(response.request_id.starts_with("request-id-test-"));
    assert!(response.user_id.starts_with("user-test-"));
    assert!(!response.session_token.is_empty());
    assert_eq!(response.session_jwt.split('.').count(), 3);
    assert_eq!(response.status_code, 200);
    assert_eq!(response.user.user_id, response.user_id);
    assert!(!response.user.emails.is_empty());
    assert!(!response.user.phone_numbers.is_empty());
    assert!(response.user.password.is_some());
    let session = response.session.as_ref().expect("the complete fixture has a session");
    let factor = &session.authentication_factors[0];
    assert_eq!(factor.factor_type, AuthenticationFactorType::Password);
    assert!(session.authentication_factors.len() >= 2);
    assert!(response.user_device.is_some());

    // Encoding what was decoded gives back every field of the fixture.
    assert_eq!(serde_json::to_value(&response).unwrap(), fixture("existing_password_reset_complete"));
}

#[test]
fn complete_b2b_response_decodes_every_field() {
    let server = TestServer::json(200, fixture("session_reset_complete"));
    let response = b2b_request().send(&client_for(&server)).unwrap();

    assert!(response.member_authenticated);
    assert_eq!(response.member.member_id, response.member_id);
    assert!(!response.organization.organization_id.is_empty());
    assert!(response.member_session.is_some());
    assert!(response.mfa_required.is_some());
    assert!(response.member_device.is_some());
    assert!(response.intermediate_session_token_expires_at.is_some());
    assert_eq!(serde_json::to_value(&response).unwrap(), fixture("session_reset_complete"));
}

#[test]
fn minimal_responses_decode_with_empty_tokens() {
    let server = TestServer::json(200, fixture("existing_password_reset_minimal"));
    let response = consumer_request().send(&client_for(&server)).unwrap();
    assert_eq!(response.session_token, "");
    assert_eq!(response.session_jwt, "");
    assert!(response.session.is_none());
    assert!(response.user_device.is_none());
    assert!(response.user.webauthn_registrations.is_empty());
    // Encoding gives back every field sent; what was left out comes back only as an empty default.
    assert_subset(&fixture("existing_password_reset_minimal"), &serde_json::to_value(&response).unwrap(), "");

    let server = TestServer::json(200, fixture("session_reset_minimal"));
    let response = b2b_request().send(&client_for(&server)).unwrap();
    assert_eq!(response.intermediate_session_token, "");
    assert!(response.member_session.is_none());
    assert!(response.mfa_required.is_none());
    assert!(response.intermediate_session_token_expires_at.is_none());
    assert_subset(&fixture("session_reset_minimal"), &serde_json::to_value(&response).unwrap(), "");
}

/// Every field of `expected` is in `actual` with the same value; `actual`'s extra fields are
/// empty defaults (`""`, `[]`, `{}`, `false`).
fn assert_subset(expected: &Value, actual: &Value, at: &str) {
    match (expected, actual) {
        (Value::Object(want), Value::Object(got)) => {
            for (key, value) in want {
                let got_value = got.get(key).unwrap_or_else(|| panic!("{at}.{key} is missing"));
                assert_subset(value, got_value, &format!("{at}.{key}"));
            }
            for (key, value) in got.iter().filter(|(k, _)| !want.contains_key(*k)) {
                let empty = matches!(value, Value::Bool(false))
                    || value.as_str() == Some("")
                    || value.as_array().is_some_and(|a| a.is_empty())
                    || value.as_object().is_some_and(|o| o.is_empty());
                assert!(empty, "{at}.{key} was not sent but encodes as {value}");
            }
        }
        (Value::Array(want), Value::Array(got)) => {
            assert_eq!(want.len(), got.len(), "{at} length");
            for (i, (w, g)) in want.iter().zip(got).enumerate() {
                assert_subset(w, g, &format!("{at}[{i}]"));
            }
        }
        _ => assert_eq!(expected, actual, "{at}"),
    }
}

#[test]
fn tomorrows_responses_still_decode() {
    // New fields, a new enum value, `null` where a string was promised, an array left out.
    let mut body = fixture("existing_password_reset_complete");
    body["brand_new_field"] = json!({"nested": [1, 2, 3]});
    body["user"]["status"] = Value::Null;
    body["user"].as_object_mut().unwrap().remove("totps");
    body["session"]["authentication_factors"][0]["type"] = json!("quantum_entanglement");
    body["session"]["authentication_factors"][0]["delivery_method"] = json!("carrier_pigeon");
    let server = TestServer::json(200, body);
    let response = consumer_request().send(&client_for(&server)).unwrap();
    assert_eq!(response.user.status, "");
    assert!(response.user.totps.is_empty());
    let factor = &response.session.unwrap().authentication_factors[0];
    assert_eq!(factor.factor_type, AuthenticationFactorType::Other("quantum_entanglement".into()));
    assert_eq!(factor.delivery_method, DeliveryMethod::Other("carrier_pigeon".into()));
}

#[test]
fn non_2xx_names_stytchs_error_type() {
    let server = TestServer::start(|_| {
        Reply::json(
            400,
            &json!({
                "status_code": 400,
                "request_id": "request-id-test-0a1b",
                "error_type": "weak_password",
                "error_message": "Password is too weak.",
                "error_url": "https://stytch.com/docs/api/errors/400"
            }),
        )
    });
    let err = consumer_request().send(&client_for(&server)).unwrap_err();
    assert_eq!(err.status(), Some(400));
    assert_eq!(err.error_type().map(ErrorType::as_str), Some("weak_password"));
    assert_eq!(err.error_type(), Some(&ErrorType::WeakPassword));
    assert_eq!(err.request_id(), Some("request-id-test-0a1b"));
    assert!(
        matches!(err, Error::Api(ref api) if api.error_url.as_deref() == Some("https://stytch.com/docs/api/errors/400"))
    );
}

#[test]
fn locale_is_open_and_spelled_as_stytch_spells_it() {
    assert_eq!(serde_json::to_value(Locale::PtBr).unwrap(), json!("pt-br"));
    assert_eq!(serde_json::from_value::<Locale>(json!("pt-br")).unwrap(), Locale::PtBr);
    assert_eq!(serde_json::from_value::<Locale>(json!("ja")).unwrap(), Locale::Other("ja".into()));
    assert_eq!(serde_json::to_value(Locale::Other("ja".into())).unwrap(), json!("ja"));
}

#[test]
fn endpoint_metadata_is_declared() {
    assert_eq!(ExistingPasswordReset::METHOD, Method::Post);
    assert_eq!(ExistingPasswordReset::PATH, "/v1/passwords/existing_password/reset");
    assert_eq!(SessionReset::METHOD, Method::Post);
    assert_eq!(SessionReset::PATH, "/v1/b2b/passwords/session/reset");
    fn response_of<E: Endpoint>(_: &E) -> std::any::TypeId
    where
        E::Response: 'static,
    {
        std::any::TypeId::of::<E::Response>()
    }
    assert_eq!(response_of(&consumer_request()), std::any::TypeId::of::<ExistingPasswordResetResponse>());
    assert_eq!(response_of(&b2b_request()), std::any::TypeId::of::<SessionResetResponse>());
}

#[test]
fn requests_round_trip_through_their_own_serde() {
    let request = consumer_request();
    let text = serde_json::to_string(&request).unwrap();
    let back: ExistingPasswordReset = serde_json::from_str(&text).unwrap();
    assert_eq!(back, request);
    let request = b2b_request();
    let back: SessionReset = serde_json::from_value(serde_json::to_value(&request).unwrap()).unwrap();
    assert_eq!(back, request);
}

#[test]
fn one_client_is_shared_across_threads() {
    fn assert_send_sync_clone<T: Send + Sync + Clone>() {}
    assert_send_sync_clone::<Client>();
    let server = TestServer::json(200, fixture("existing_password_reset_minimal"));
    let client = client_for(&server);
    let handles: Vec<_> = (0..4)
        .map(|_| {
            let client = client.clone();
            std::thread::spawn(move || consumer_request().send(&client).map(|r| r.user_id))
        })
        .collect();
    for handle in handles {
        assert!(handle.join().unwrap().is_ok());
    }
    assert_eq!(server.requests().len(), 4);
}
