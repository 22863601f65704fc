//! The four session endpoints the crate declares (`sessions/authenticate`, consumer and B2B, and
//! their JWKS routes) over real HTTP: the exact request that goes over the wire, what every field
//! of Stytch's answer decodes into, and the rules checked before anything is sent.

use serde_json::{json, Map, Value};
use stytch_endpoint::b2b::session::{
    AuthenticateMemberSession, AuthorizationCheck as MemberAuthorizationCheck, GetB2bJwks,
};
use stytch_endpoint::consumer::session::{
    AuthenticateSession, AuthenticationFactorType, AuthorizationCheck, GetJwks,
};
use stytch_endpoint::{Auth, Endpoint, Method, ViolationCode};
use stytch_endpoint_tests::{client_for, expected_authorization, Recorded, TestServer};

const JWT: &str = "eyJhbGciOiJSUzI1NiIsImtpZCI6Imp3ay10ZXN0LTEifQ.eyJzdWIiOiJ1c2VyLXRlc3QtMSJ9.c2lnbmF0dXJl";
const TOKEN: &str = "mZAYn5aLEqKUlZ_Ad9U_fWr38GaAQ1oFAhT8ds245v7Q";

fn map(value: Value) -> Map<String, Value> {
    value.as_object().expect("an object").clone()
}

fn sent<E: Endpoint>(request: &E, answer: Value) -> (E::Response, Recorded) {
    let server = TestServer::json(200, answer);
    let response = client_for(&server).send(request).expect("the exchange succeeds");
    (response, server.only_request())
}

fn factor() -> Value {
    json!({
        "type": "password",
        "delivery_method": "knowledge",
        "last_authenticated_at": "2026-12-03T06:00:00Z",
        "created_at": "2026-12-03T06:00:00Z",
        "updated_at": "2026-12-03T06:00:00Z",
        "email_factor": {"email_id": "email-test-1", "email_address": "ada@example.com"}
    })
}

fn consumer_answer() -> Value {
    json!({
        "request_id": "request-id-test-1",
        "status_code": 200,
        "session_token": TOKEN,
        "session_jwt": JWT,
        "session": {
            "session_id": "session-test-1",
            "user_id": "user-test-1",
            "authentication_factors": [factor()],
            "roles": ["stytch_user", "editor"],
            "started_at": "2026-12-03T06:00:00Z",
            "last_accessed_at": "2026-12-03T06:06:00Z",
            "expires_at": "2026-12-03T07:06:00Z",
            "attributes": {"ip_address": "203.0.113.7", "user_agent": "curl/8"},
            "custom_claims": {"plan": "pro"}
        },
        "user": {
            "user_id": "user-test-1",
            "emails": [{"email_id": "email-test-1", "email": "ada@example.com", "verified": true}],
            "status": "active",
            "phone_numbers": [], "webauthn_registrations": [], "providers": [], "totps": [],
            "crypto_wallets": [], "biometric_registrations": [], "is_locked": false,
            "roles": ["editor"]
        },
        "verdict": {"authorized": true, "granting_roles": ["editor"]}
    })
}

fn b2b_answer() -> Value {
    json!({
        "request_id": "request-id-test-2",
        "status_code": 200,
        "session_token": TOKEN,
        "session_jwt": JWT,
        "member_session": {
            "member_session_id": "member-session-test-1",
            "member_id": "member-test-1",
            "started_at": "2026-12-03T06:00:00Z",
            "last_accessed_at": "2026-12-03T06:06:00Z",
            "expires_at": "2026-12-03T07:06:00Z",
            "authentication_factors": [factor()],
            "organization_id": "organization-test-1",
            "roles": ["stytch_member", "stytch_admin"],
            "organization_slug": "globex",
            "custom_claims": {"team": "blue"}
        },
        "member": {
            "organization_id": "organization-test-1",
            "member_id": "member-test-1",
            "email_address": "hank@globex.example",
            "status": "active"
        },
        "organization": {
            "organization_id": "organization-test-1",
            "organization_name": "Globex",
            "organization_slug": "globex"
        },
        "verdict": {"authorized": true, "granting_roles": ["stytch_admin"]}
    })
}

fn jwks_answer() -> Value {
    json!({
        "keys": [{
            "kty": "RSA", "use": "sig", "key_ops": ["verify"], "alg": "RS256",
            "kid": "jwk-test-1", "x5c": ["MIIB"], "x5tS256": "dGh1bWI=",
            "n": "sXch", "e": "AQAB"
        }],
        "request_id": "request-id-test-3",
        "status_code": 200
    })
}

#[test]
fn authenticate_session_sends_every_field_and_decodes_every_field() {
    let request = AuthenticateSession {
        session_duration_minutes: Some(60),
        session_custom_claims: Some(map(json!({"plan": "pro", "old": null}))),
        authorization_check: Some(AuthorizationCheck::new("documents", "read")),
        ..AuthenticateSession::with_session_token(TOKEN)
    };
    let (response, seen) = sent(&request, consumer_answer());
    assert_eq!((seen.method.as_str(), seen.target.as_str()), ("POST", "/v1/sessions/authenticate"));
    assert_eq!(seen.header("authorization"), Some(expected_authorization().as_str()));
    assert_eq!(seen.header("content-type"), Some("application/json"));
    assert_eq!(
        std::str::from_utf8(&seen.body).unwrap(),
        format!(
            r#"{{"session_token":"{TOKEN}","session_duration_minutes":60,"session_custom_claims":{{"old":null,"plan":"pro"}},"authorization_check":{{"resource_id":"documents","action":"read"}}}}"#
        )
    );

    assert_eq!(response.request_id, "request-id-test-1");
    assert_eq!(response.status_code, 200);
    assert_eq!(response.session_token, TOKEN);
    assert_eq!(response.session_jwt, JWT);
    assert_eq!(response.session.session_id, "session-test-1");
    assert_eq!(response.session.user_id, "user-test-1");
    assert_eq!(response.session.roles, ["stytch_user", "editor"]);
    assert_eq!(response.session.expires_at.as_deref(), Some("2026-12-03T07:06:00Z"));
    assert_eq!(response.session.custom_claims["plan"], "pro");
    assert_eq!(response.session.authentication_factors[0].factor_type, AuthenticationFactorType::Password);
    assert_eq!(response.user.user_id, "user-test-1");
    assert_eq!(response.user.emails[0].email, "ada@example.com");
    let verdict = response.verdict.as_ref().expect("a verdict");
    assert!(verdict.authorized);
    assert_eq!(verdict.granting_roles, ["editor"]);

    let printed = format!("{response:?} {request:?}");
    assert!(!printed.contains(TOKEN) && !printed.contains(JWT), "{printed}");
}

#[test]
fn authenticate_session_with_a_jwt_sends_only_the_jwt() {
    let (response, seen) = sent(&AuthenticateSession::with_session_jwt(JWT), consumer_answer());
    assert_eq!(seen.json(), json!({"session_jwt": JWT}));
    assert!(response.verdict.is_some());
    // No verdict without a check: `null` and absent both decode to `None`.
    let mut answer = consumer_answer();
    answer["verdict"] = Value::Null;
    let (response, _) = sent(&AuthenticateSession::with_session_jwt(JWT), answer);
    assert_eq!(response.verdict, None);
}

#[test]
fn authenticate_member_session_sends_every_field_and_decodes_every_field() {
    let request = AuthenticateMemberSession {
        session_duration_minutes: Some(30),
        session_custom_claims: Some(map(json!({"team": "blue"}))),
        authorization_check: Some(MemberAuthorizationCheck::new(
            "organization-test-1",
            "stytch.member",
            "update.info.name",
        )),
        ..AuthenticateMemberSession::with_session_jwt(JWT)
    };
    let (response, seen) = sent(&request, b2b_answer());
    assert_eq!((seen.method.as_str(), seen.target.as_str()), ("POST", "/v1/b2b/sessions/authenticate"));
    assert_eq!(seen.header("authorization"), Some(expected_authorization().as_str()));
    assert_eq!(seen.header("content-type"), Some("application/json"));
    assert_eq!(
        seen.json(),
        json!({
            "session_duration_minutes": 30,
            "session_jwt": JWT,
            "session_custom_claims": {"team": "blue"},
            "authorization_check": {
                "organization_id": "organization-test-1",
                "resource_id": "stytch.member",
                "action": "update.info.name"
            }
        })
    );

    assert_eq!(response.request_id, "request-id-test-2");
    assert_eq!(response.session_jwt, JWT);
    assert_eq!(response.member_session.member_session_id, "member-session-test-1");
    assert_eq!(response.member_session.organization_slug, "globex");
    assert_eq!(response.member_session.custom_claims["team"], "blue");
    assert_eq!(response.member.member_id, "member-test-1");
    assert_eq!(response.member.email_address, "hank@globex.example");
    assert_eq!(response.organization.organization_name, "Globex");
    assert_eq!(response.verdict.as_ref().unwrap().granting_roles, ["stytch_admin"]);
    let printed = format!("{response:?} {request:?}");
    assert!(!printed.contains(TOKEN) && !printed.contains(JWT), "{printed}");
}

#[test]
fn the_jwks_routes_are_gets_with_the_project_in_the_path() {
    let (jwks, seen) = sent(&GetJwks::new("project-test-1"), jwks_answer());
    assert_eq!((seen.method.as_str(), seen.target.as_str()), ("GET", "/v1/sessions/jwks/project-test-1"));
    assert!(seen.body.is_empty());
    // Public, as Stytch's key sets are: the project's credentials stay home.
    assert_eq!(seen.header_count("authorization"), 0);
    assert_eq!(GetJwks::AUTH, Auth::None);
    assert_eq!(jwks.request_id, "request-id-test-3");
    assert_eq!(jwks.status_code, 200);
    let key = &jwks.keys[0];
    assert_eq!(
        (key.kty.as_str(), key.key_use.as_str(), key.alg.as_str(), key.kid.as_str()),
        ("RSA", "sig", "RS256", "jwk-test-1")
    );
    assert_eq!(key.key_ops, ["verify"]);
    assert_eq!(key.x5c, ["MIIB"]);
    assert_eq!(key.x5t_s256, "dGh1bWI=");
    assert_eq!((key.n.as_str(), key.e.as_str()), ("sXch", "AQAB"));

    let (jwks, seen) = sent(&GetB2bJwks::new("project-test-1"), jwks_answer());
    assert_eq!((seen.method.as_str(), seen.target.as_str()), ("GET", "/v1/b2b/sessions/jwks/project-test-1"));
    assert_eq!(seen.header_count("authorization"), 0);
    assert_eq!(GetB2bJwks::AUTH, Auth::None);
    assert_eq!(AuthenticateSession::AUTH, Auth::Project);
    assert_eq!(jwks.keys.len(), 1);
    assert_eq!(GetJwks::METHOD, Method::Get);
    // A key set that lists nothing Stytch's way still decodes: unknown fields, missing arrays.
    let (jwks, _) = sent(&GetJwks::new("p"), json!({"keys": [{"kty": "EC", "crv": "P-256"}]}));
    assert_eq!(jwks.keys[0].kty, "EC");
    assert!(jwks.keys[0].x5c.is_empty());
}

#[test]
fn exactly_one_of_token_and_jwt() {
    let neither = AuthenticateSession::default().validate().unwrap_err();
    assert!(neither.as_validation().unwrap().has("session_token", ViolationCode::ExactlyOneOf));
    let both = AuthenticateSession {
        session_token: Some(TOKEN.into()),
        ..AuthenticateSession::with_session_jwt(JWT)
    };
    assert!(both
        .validate()
        .unwrap_err()
        .as_validation()
        .unwrap()
        .has("session_token", ViolationCode::ExactlyOneOf));
    assert!(AuthenticateSession::with_session_token(TOKEN).validate().is_ok());

    let neither = AuthenticateMemberSession::default().validate().unwrap_err();
    assert!(neither.as_validation().unwrap().has("session_token", ViolationCode::ExactlyOneOf));
    let both = AuthenticateMemberSession {
        session_token: Some(TOKEN.into()),
        ..AuthenticateMemberSession::with_session_jwt(JWT)
    };
    assert!(both.validate().is_err());
    assert!(AuthenticateMemberSession::with_session_jwt(JWT).validate().is_ok());
}

#[test]
fn session_duration_minutes_is_5_to_527040() {
    for (minutes, ok) in [(4, false), (5, true), (527_040, true), (527_041, false), (-1, false)] {
        let consumer = AuthenticateSession {
            session_duration_minutes: Some(minutes),
            ..AuthenticateSession::with_session_token(TOKEN)
        };
        let b2b = AuthenticateMemberSession {
            session_duration_minutes: Some(minutes),
            ..AuthenticateMemberSession::with_session_token(TOKEN)
        };
        for result in [consumer.validate(), b2b.validate()] {
            match result {
                Ok(()) => assert!(ok, "{minutes} passed"),
                Err(err) => {
                    assert!(!ok, "{minutes} failed");
                    let errors = err.as_validation().unwrap();
                    assert!(errors.has("session_duration_minutes", ViolationCode::OutOfRange), "{errors}");
                }
            }
        }
    }
}

#[test]
fn custom_claims_follow_the_resets_rules() {
    let cases = [
        (json!({"sub": "someone"}), Some(ViolationCode::DeniedKey)),
        (json!({"https://stytch.com/session": {}}), Some(ViolationCode::Custom)),
        (json!({"big": "x".repeat(4100)}), Some(ViolationCode::TooLarge)),
        (json!({"plan": "pro", "nested": {"a": null}}), None),
    ];
    for (claims, expected) in cases {
        let consumer = AuthenticateSession {
            session_custom_claims: Some(map(claims.clone())),
            ..AuthenticateSession::with_session_jwt(JWT)
        };
        let b2b = AuthenticateMemberSession {
            session_custom_claims: Some(map(claims.clone())),
            ..AuthenticateMemberSession::with_session_jwt(JWT)
        };
        for result in [consumer.validate(), b2b.validate()] {
            match expected {
                None => assert!(result.is_ok(), "{claims}"),
                Some(code) => {
                    let err = result.unwrap_err();
                    let errors = err.as_validation().unwrap();
                    assert!(errors.has("session_custom_claims", code), "{claims}: {errors}");
                    assert!(!errors.to_string().contains("someone"), "{errors}");
                }
            }
        }
    }
}

#[test]
fn an_authorization_check_names_its_resource_and_action() {
    let check = AuthenticateSession {
        authorization_check: Some(AuthorizationCheck::new("", "read")),
        ..AuthenticateSession::with_session_token(TOKEN)
    };
    let err = check.validate().unwrap_err();
    let errors = err.as_validation().unwrap();
    assert!(errors.has("authorization_check", ViolationCode::Custom), "{errors}");
    assert!(errors.to_string().contains("resource_id"), "{errors}");

    let check = AuthenticateMemberSession {
        authorization_check: Some(MemberAuthorizationCheck::new("", "documents", "")),
        ..AuthenticateMemberSession::with_session_token(TOKEN)
    };
    let err = check.validate().unwrap_err();
    let message = err.as_validation().unwrap().to_string();
    assert!(message.contains("organization_id") && message.contains("action"), "{message}");
    assert!(!message.contains("resource_id"), "{message}");
}

#[test]
fn an_invalid_request_opens_no_connection() {
    let server = TestServer::json(200, consumer_answer());
    let client = client_for(&server);
    assert!(AuthenticateSession::default().send(&client).is_err());
    assert!(AuthenticateMemberSession::default().send(&client).is_err());
    assert!(GetJwks::new("").send(&client).is_err());
    assert_eq!(server.connections(), 0);
}
