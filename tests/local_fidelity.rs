//! The local Stytch against Stytch's custom-claims guide, error list and project settings: deep
//! claim merges, the 4 KB limit after the merge, Stytch's own claim namespace, explicit nulls,
//! user locks, breached passwords, the project's vertical, and members with MFA pending.

use serde_json::{json, Map, Value};
use std::time::Duration;
use stytch_endpoint::b2b::passwords::SessionReset;
use stytch_endpoint::consumer::passwords::ExistingPasswordReset;
use stytch_endpoint::local::{
    Factor, LocalError, LocalStytch, NewOrganization, NewSession, SeededSession, Vertical,
    BUILT_IN_BREACHED_PASSWORDS,
};
use stytch_endpoint::{Endpoint, Error, ErrorType};
use stytch_endpoint_tests::{get_without_credentials, jwt_claims, post_with_credentials, PROJECT_ID, SECRET};

type TestResult = Result<(), Box<dyn std::error::Error>>;

const EMAIL: &str = "ada@example.com";
const OLD: &str = "old password 1234!";
const NEW: &str = "correct horse battery staple";
const MINUTE: Duration = Duration::from_secs(60);

fn claims(value: Value) -> Map<String, Value> {
    value.as_object().expect("an object").clone()
}

#[track_caller]
fn assert_api_error<T: std::fmt::Debug>(result: Result<T, Error>, status: u16, error_type: ErrorType) {
    let err = result.expect_err("the call should fail");
    let Error::Api(api) = &err else { panic!("expected an API error, got {err:?}") };
    assert_eq!((api.status, &api.error_type), (status, &error_type), "{api}");
}

/// A local Stytch with the test suite's fixed credentials, for raw requests.
fn fixed_credentials() -> LocalStytch {
    LocalStytch::builder().credentials(PROJECT_ID, SECRET).start().expect("start")
}

/// Acme with Grace, whose seeded session (a magic link a minute ago) carries `claims`: her
/// member id and the session.
fn grace(stytch: &LocalStytch, claims: Map<String, Value>) -> (String, SeededSession) {
    stytch.add_organization(NewOrganization::new("Acme Co", "acme")).unwrap();
    let grace = stytch.add_member("acme", "grace@acme.example", OLD).unwrap();
    let session =
        NewSession::new().factor(Factor::magic_link().authenticated_ago(MINUTE)).custom_claims(claims);
    let seeded = stytch.add_member_session(&grace.member_id, session).unwrap();
    (grace.member_id, seeded)
}

// --- custom claims ---

#[test]
fn claims_merge_deeply_and_null_deletes_at_any_depth() -> TestResult {
    let stytch = LocalStytch::start()?;
    let (_, seeded) = grace(&stytch, claims(json!({"e": {"nested1": "val1", "nested2": "val2"}, "keep": 1})));
    let reset = SessionReset {
        session_custom_claims: Some(claims(json!({"e": {"nested1": null, "nested3": "val3"}}))),
        ..SessionReset::with_session_token("acme", NEW, &seeded.session_token)
    };
    let response = reset.send(&stytch.client())?;
    let expected = claims(json!({"e": {"nested2": "val2", "nested3": "val3"}, "keep": 1}));
    assert_eq!(response.member_session.unwrap().custom_claims, expected);
    let jwt = jwt_claims(&response.session_jwt);
    assert_eq!(jwt["e"], json!({"nested2": "val2", "nested3": "val3"}));
    assert_eq!(jwt["keep"], 1);

    // A new session stores no nulls, at any depth.
    stytch.add_user(EMAIL, OLD)?;
    let consumer = ExistingPasswordReset {
        session_duration_minutes: Some(60),
        session_custom_claims: Some(claims(json!({"gone": null, "plan": {"tier": "pro", "trial": null}}))),
        ..ExistingPasswordReset::new(EMAIL, OLD, NEW)
    };
    let session = consumer.send(&stytch.client())?.session.expect("a session");
    assert_eq!(session.custom_claims, claims(json!({"plan": {"tier": "pro"}})));
    Ok(())
}

#[test]
fn the_4_kb_limit_is_on_the_claims_after_the_merge() -> TestResult {
    let stytch = LocalStytch::start()?;
    let three_kb = "x".repeat(3000);
    let (member_id, seeded) = grace(&stytch, claims(json!({"a": three_kb})));
    let reset = SessionReset {
        session_custom_claims: Some(claims(json!({"b": three_kb}))),
        ..SessionReset::with_session_token("acme", NEW, &seeded.session_token)
    };
    assert!(reset.validate().is_ok(), "each update alone is within the limit");
    assert_api_error(reset.send(&stytch.client()), 400, ErrorType::CustomClaimsTooLarge);
    assert!(stytch.check_member_password(&member_id, OLD), "nothing changed");
    assert_eq!(jwt_claims(&seeded.session_jwt).get("b"), None);

    // Replacing the big claim keeps the total within the limit.
    let replace = SessionReset {
        session_custom_claims: Some(claims(json!({"a": null, "b": three_kb}))),
        ..SessionReset::with_session_token("acme", NEW, &seeded.session_token)
    };
    let response = replace.send(&stytch.client())?;
    assert_eq!(response.member_session.unwrap().custom_claims, claims(json!({"b": three_kb})));
    Ok(())
}

#[test]
fn stytchs_own_claims_are_refused_by_the_server() {
    let stytch = fixed_credentials();
    let ada = stytch.add_user(EMAIL, OLD).unwrap().user_id;
    let (_, seeded) = grace(&stytch, Map::new());
    let namespaced = json!({"https://stytch.com/session": {"id": "session-test-forged"}});
    let consumer = json!({
        "email": EMAIL, "existing_password": OLD, "new_password": NEW,
        "session_duration_minutes": 60, "session_custom_claims": namespaced,
    });
    let b2b = json!({
        "organization_id": "acme", "password": NEW, "session_token": seeded.session_token,
        "session_custom_claims": {"https://stytch.com/organization": {"slug": "evil"}},
    });
    for (path, body) in [(ExistingPasswordReset::PATH, consumer), (SessionReset::PATH, b2b)] {
        let (status, answer) = post_with_credentials(stytch.port(), path, &body);
        assert_eq!(
            (status, answer["error_type"].as_str()),
            (400, Some("stytch_claims_in_custom_claims")),
            "{answer}"
        );
    }
    assert!(stytch.check_password(EMAIL, OLD), "nothing changed");

    // Seeding refuses what a request may not set.
    for bad in
        [json!({"https://stytch.com/session": 1}), json!({"iss": "me"}), json!({"big": "x".repeat(5000)})]
    {
        let err = stytch.add_session(&ada, NewSession::new().custom_claims(claims(bad))).unwrap_err();
        assert!(matches!(err, LocalError::Invalid { what: "session custom claims", .. }), "{err}");
    }
}

// --- explicit nulls ---

#[test]
fn optional_fields_are_sent_as_null() {
    let stytch = fixed_credentials();
    stytch.add_user(EMAIL, OLD).unwrap();
    let body = json!({"email": EMAIL, "existing_password": OLD, "new_password": NEW});
    let (status, answer) = post_with_credentials(stytch.port(), ExistingPasswordReset::PATH, &body);
    assert_eq!(status, 200, "{answer}");
    for field in ["session", "user_device"] {
        assert_eq!(answer.get(field), Some(&Value::Null), "{field}: {answer}");
    }
    assert_eq!(answer["session_token"], "");

    let (_, seeded) = grace(&stytch, Map::new());
    let body = json!({"organization_id": "acme", "password": "another long passphrase 42", "session_token": seeded.session_token});
    let (status, answer) = post_with_credentials(stytch.port(), SessionReset::PATH, &body);
    assert_eq!(status, 200, "{answer}");
    for field in ["mfa_required", "member_device", "intermediate_session_token_expires_at"] {
        assert_eq!(answer.get(field), Some(&Value::Null), "{field}: {answer}");
    }
    assert!(answer["member_session"].is_object());
}

// --- user locks ---

#[test]
fn ten_failed_attempts_lock_the_user_for_an_hour() -> TestResult {
    let stytch = LocalStytch::start()?;
    let ada = stytch.add_user(EMAIL, OLD)?;
    let client = stytch.client();
    let wrong = ExistingPasswordReset::new(EMAIL, "not the password 99", NEW);
    let right = ExistingPasswordReset::new(EMAIL, OLD, NEW);

    // Nine failures, then a success: the count starts again.
    for _ in 0..9 {
        assert_api_error(wrong.send(&client), 401, ErrorType::UnauthorizedCredentials);
    }
    let back = ExistingPasswordReset::new(EMAIL, OLD, "password1");
    assert_api_error(back.send(&client), 400, ErrorType::WeakPassword);
    assert!(!stytch.user(&ada.user_id).unwrap().is_locked, "the right password reset the count");
    // Ten in a row lock the user: then even the right password is refused.
    for _ in 0..10 {
        assert_api_error(wrong.send(&client), 401, ErrorType::UnauthorizedCredentials);
    }
    let err = right.send(&client).unwrap_err();
    assert_eq!((err.status(), err.error_type()), (Some(429), Some(&ErrorType::UserLockLimitReached)));
    assert!(!err.is_retryable(), "the lock outlasts any retry");
    let user = stytch.user(&ada.user_id).unwrap();
    assert!(user.is_locked);
    assert!(user.lock_created_at.is_some() && user.lock_expires_at.is_some());
    assert!(stytch.check_password(EMAIL, OLD));

    // An hour later, on the local clock, the lock is gone.
    stytch.advance(Duration::from_secs(59 * 60));
    assert_api_error(right.send(&client), 429, ErrorType::UserLockLimitReached);
    stytch.advance(Duration::from_secs(60));
    right.send(&client)?;
    assert!(stytch.check_password(EMAIL, NEW));
    assert!(!stytch.user(&ada.user_id).unwrap().is_locked);
    Ok(())
}

#[test]
fn the_lock_is_configurable() -> TestResult {
    let stytch = LocalStytch::builder().user_lock(3, Duration::from_secs(5 * 60)).start()?;
    stytch.add_user(EMAIL, OLD)?;
    let client = stytch.client();
    for _ in 0..3 {
        assert_api_error(
            ExistingPasswordReset::new(EMAIL, "wrong password 12", NEW).send(&client),
            401,
            ErrorType::UnauthorizedCredentials,
        );
    }
    let right = ExistingPasswordReset::new(EMAIL, OLD, NEW);
    assert_api_error(right.send(&client), 429, ErrorType::UserLockLimitReached);
    stytch.advance(Duration::from_secs(5 * 60));
    right.send(&client)?;

    // A threshold of 0 never locks.
    let never = LocalStytch::builder().user_lock(0, Duration::from_secs(60)).start()?;
    never.add_user(EMAIL, OLD)?;
    for _ in 0..20 {
        assert_api_error(
            ExistingPasswordReset::new(EMAIL, "wrong password 12", NEW).send(&never.client()),
            401,
            ErrorType::UnauthorizedCredentials,
        );
    }
    ExistingPasswordReset::new(EMAIL, OLD, NEW).send(&never.client())?;
    Ok(())
}

// --- breached passwords ---

#[test]
fn breached_passwords_are_refused() -> TestResult {
    let leaked = "our staging passphrase from 2019";
    let stytch = LocalStytch::builder().breached_passwords([leaked]).start()?;
    stytch.add_user(EMAIL, OLD)?;
    let (member_id, seeded) = grace(&stytch, Map::new());
    let client = stytch.client();
    for password in BUILT_IN_BREACHED_PASSWORDS.iter().copied().chain([leaked]) {
        let consumer = ExistingPasswordReset::new(EMAIL, OLD, password).send(&client);
        assert_api_error(consumer, 400, ErrorType::BreachedPassword);
        let b2b = SessionReset::with_session_token("acme", password, &seeded.session_token).send(&client);
        assert_api_error(b2b, 400, ErrorType::BreachedPassword);
    }
    assert!(stytch.check_password(EMAIL, OLD));
    assert!(stytch.check_member_password(&member_id, OLD));
    // The list is the project's: another local Stytch accepts the leaked one.
    let other = LocalStytch::start()?;
    other.add_user(EMAIL, OLD)?;
    ExistingPasswordReset::new(EMAIL, OLD, leaked).send(&other.client())?;
    Ok(())
}

// --- the project's vertical ---

#[test]
fn the_projects_vertical_decides_which_endpoints_answer() -> TestResult {
    let consumer = LocalStytch::builder().vertical(Vertical::Consumer).start()?;
    consumer.add_user(EMAIL, OLD)?;
    let (_, seeded) = grace(&consumer, Map::new());
    let b2b_call = SessionReset::with_session_token("acme", NEW, &seeded.session_token);
    assert_api_error(b2b_call.send(&consumer.client()), 400, ErrorType::InvalidB2bEndpoint);
    ExistingPasswordReset::new(EMAIL, OLD, NEW).send(&consumer.client())?;

    let b2b = LocalStytch::builder().vertical(Vertical::B2b).start()?;
    b2b.add_user(EMAIL, OLD)?;
    let (_, seeded) = grace(&b2b, Map::new());
    let consumer_call = ExistingPasswordReset::new(EMAIL, OLD, NEW);
    assert_api_error(consumer_call.send(&b2b.client()), 400, ErrorType::InvalidConsumerEndpoint);
    SessionReset::with_session_token("acme", NEW, &seeded.session_token).send(&b2b.client())?;

    // The JWKS routes too; and a reset keeps the project's settings, as it keeps the credentials.
    let (status, answer) =
        get_without_credentials(consumer.port(), &format!("/v1/b2b/sessions/jwks/{}", consumer.project_id()));
    assert_eq!((status, answer["error_type"].as_str()), (400, Some("invalid_b2b_endpoint")), "{answer}");
    let (status, _) =
        get_without_credentials(consumer.port(), &format!("/v1/sessions/jwks/{}", consumer.project_id()));
    assert_eq!(status, 200);
    b2b.reset();
    b2b.add_user(EMAIL, OLD)?;
    let again = ExistingPasswordReset::new(EMAIL, OLD, NEW);
    assert_api_error(again.send(&b2b.client()), 400, ErrorType::InvalidConsumerEndpoint);

    // By default, both.
    let both = LocalStytch::start()?;
    both.add_user(EMAIL, OLD)?;
    let (_, seeded) = grace(&both, Map::new());
    ExistingPasswordReset::new(EMAIL, OLD, NEW).send(&both.client())?;
    SessionReset::with_session_token("acme", NEW, &seeded.session_token).send(&both.client())?;
    Ok(())
}

// --- MFA ---

#[test]
fn a_member_with_mfa_pending_gets_an_intermediate_session() -> TestResult {
    let stytch = LocalStytch::start()?;
    stytch.add_organization(NewOrganization::new("Acme Co", "acme").mfa_required())?;
    let grace = stytch.add_member("acme", "grace@acme.example", OLD)?;
    let other = stytch.add_member_session(&grace.member_id, NewSession::new())?;
    let seeded = stytch.add_member_session(
        &grace.member_id,
        NewSession::new().factor(Factor::magic_link().authenticated_ago(MINUTE)),
    )?;
    let response =
        SessionReset::with_session_token("acme", NEW, &seeded.session_token).send(&stytch.client())?;
    assert!(!response.member_authenticated);
    assert!(!response.intermediate_session_token.is_empty());
    assert!(response.intermediate_session_token_expires_at.is_some());
    assert!(response.mfa_required.as_ref().is_some_and(|m| m.member_options.is_some()));
    assert!(response.member_session.is_none());
    assert_eq!((response.session_token.as_str(), response.session_jwt.as_str()), ("", ""));
    assert_eq!(response.organization.mfa_policy, "REQUIRED_FOR_ALL");
    // The password is reset and the other sessions revoked; the member must still do MFA.
    assert!(stytch.check_member_password(&grace.member_id, NEW));
    assert!(!stytch.session_is_active(&other.session_token));

    // With a second factor in the session, the member is authenticated.
    let done = stytch.add_member_session(
        &grace.member_id,
        NewSession::new().factor(Factor::magic_link()).factor(Factor::totp()),
    )?;
    let response = SessionReset::with_session_token("acme", "yet another passphrase 77", &done.session_token)
        .send(&stytch.client())?;
    assert!(response.member_authenticated);
    assert!(response.intermediate_session_token.is_empty());
    assert!(response.mfa_required.is_none() && response.member_session.is_some());
    Ok(())
}
