//! The local Stytch, driven through the public `Client` (and, for what the client refuses to
//! send, through raw HTTP on loopback): every behaviour it promises, each checked by the exact
//! `error_type` and status, or by the state after success.

use serde_json::{json, Map, Value};
use std::time::Duration;
use stytch_endpoint::b2b::organization::{Member, Organization};
use stytch_endpoint::b2b::passwords::SessionReset;
use stytch_endpoint::consumer::passwords::ExistingPasswordReset;
use stytch_endpoint::consumer::session::AuthenticationFactorType;
use stytch_endpoint::local::{Factor, LocalStytch, NewOrganization, NewSession, SeededSession};
use stytch_endpoint::{Client, Endpoint, Error, ErrorType, TransportErrorKind};
use stytch_endpoint_tests::{base64url, expected_authorization, jwt_claims, raw_request, PROJECT_ID, SECRET};

type TestResult = Result<(), Box<dyn std::error::Error>>;

const EMAIL: &str = "ada@example.com";
const OLD: &str = "old password 1234!";
const NEW: &str = "correct horse battery staple";
const WEAK: &str = "password1";
const MINUTE: Duration = Duration::from_secs(60);

// --- helpers ---

/// The API error of a failed call, with its status and request id checked.
#[track_caller]
fn assert_api_error(result: Result<impl std::fmt::Debug, Error>, status: u16, error_type: ErrorType) {
    let err = result.expect_err("the call should fail");
    let Error::Api(api) = &err else { panic!("expected an API error, got {err:?}") };
    assert_eq!((api.status, &api.error_type), (status, &error_type), "{api}");
    let request_id = api.request_id.as_deref().unwrap_or_default();
    assert!(request_id.starts_with("request-id-test-"), "{request_id:?}");
    assert!(!api.error_message.is_empty());
    assert!(api.error_url.as_deref().unwrap_or_default().ends_with(&format!("/{status}#{error_type}")));
}

/// A raw HTTP exchange, for requests the client will not send. Returns the status and JSON body.
fn raw(stytch: &LocalStytch, method: &str, path: &str, headers: &[(&str, &str)], body: &str) -> (u16, Value) {
    let (status, head, body) = raw_request(stytch.port(), method, path, headers, body);
    assert!(
        head.lines().any(|l| l.eq_ignore_ascii_case("content-type: application/json")),
        "the answer is JSON: {head}"
    );
    (status, body)
}

/// A raw POST with the right credentials and content type.
fn raw_post(stytch: &LocalStytch, path: &str, body: &Value) -> (u16, Value) {
    let auth = expected_authorization();
    raw(
        stytch,
        "POST",
        path,
        &[("Authorization", &auth), ("Content-Type", "application/json")],
        &body.to_string(),
    )
}

/// A local Stytch whose credentials are the test suite's fixed ones (for raw requests).
fn fixed_credentials() -> LocalStytch {
    LocalStytch::builder().credentials(PROJECT_ID, SECRET).start().expect("start")
}

#[track_caller]
fn assert_error_body(answer: (u16, Value), status: u16, error_type: &str) {
    let (got_status, body) = answer;
    assert_eq!((got_status, body["error_type"].as_str()), (status, Some(error_type)), "{body}");
    assert_eq!(body["status_code"], status);
    assert!(body["request_id"].as_str().unwrap().starts_with("request-id-test-"));
    assert!(body["error_message"].as_str().is_some_and(|m| !m.is_empty()));
    assert!(body["error_url"].as_str().unwrap().starts_with("https://stytch.com/docs/"));
}

fn claims(value: Value) -> Map<String, Value> {
    value.as_object().expect("an object").clone()
}

struct B2b {
    stytch: LocalStytch,
    acme: Organization,
    grace: Member,
    session: SeededSession,
}

/// Acme (slug `acme`, external id `crm-42`) with Grace, who logged in a minute ago.
fn b2b() -> B2b {
    let stytch = LocalStytch::start().unwrap();
    let acme =
        stytch.add_organization(NewOrganization::new("Acme Co", "acme").external_id("crm-42")).unwrap();
    let grace = stytch.add_member(&acme.organization_id, "grace@acme.example", OLD).unwrap();
    let session = stytch
        .add_member_session(
            &grace.member_id,
            NewSession::new().factor(Factor::magic_link().authenticated_ago(MINUTE)),
        )
        .unwrap();
    B2b { stytch, acme, grace, session }
}

// --- every request ---

#[test]
fn wrong_credentials_are_unauthorized() -> TestResult {
    let stytch = LocalStytch::start()?;
    stytch.add_user(EMAIL, OLD)?;
    let reset = ExistingPasswordReset::new(EMAIL, OLD, NEW);

    let wrong_secret = Client::builder()
        .credentials(stytch.project_id(), "secret-test-wrong")
        .base_url(stytch.url())
        .build()?;
    assert_api_error(reset.send(&wrong_secret), 401, ErrorType::UnauthorizedCredentials);
    let wrong_project = Client::builder()
        .credentials("project-test-other", stytch.secret())
        .base_url(stytch.url())
        .build()?;
    assert_api_error(reset.send(&wrong_project), 401, ErrorType::UnauthorizedCredentials);
    let no_credentials = Client::gateway(stytch.url())?;
    assert_api_error(reset.send(&no_credentials), 401, ErrorType::UnauthorizedCredentials);

    assert!(stytch.check_password(EMAIL, OLD), "nothing changed");
    reset.send(&stytch.client())?;
    assert!(stytch.check_password(EMAIL, NEW));
    Ok(())
}

#[test]
fn content_type_must_be_exactly_application_json() {
    let stytch = fixed_credentials();
    stytch.add_user(EMAIL, OLD).unwrap();
    let auth = expected_authorization();
    let body = json!({"email": EMAIL, "existing_password": OLD, "new_password": NEW}).to_string();
    let path = ExistingPasswordReset::PATH;
    for content_type in ["application/json; charset=utf-8", "text/plain", "application/x-www-form-urlencoded"]
    {
        let answer =
            raw(&stytch, "POST", path, &[("Authorization", &auth), ("Content-Type", content_type)], &body);
        assert_error_body(answer, 400, "bad_request");
    }
    assert_error_body(raw(&stytch, "POST", path, &[("Authorization", &auth)], &body), 400, "bad_request");
    assert!(stytch.check_password(EMAIL, OLD), "nothing changed");

    let (status, answer) =
        raw(&stytch, "POST", path, &[("Authorization", &auth), ("Content-Type", "application/json")], &body);
    assert_eq!(status, 200, "{answer}");
}

#[test]
fn malformed_bodies_are_bad_requests() {
    let stytch = fixed_credentials();
    stytch.add_user(EMAIL, OLD).unwrap();
    let auth = expected_authorization();
    let headers = [("Authorization", auth.as_str()), ("Content-Type", "application/json")];
    for body in [
        "{",
        "",
        "not json",
        "[]",
        r#"{"email": "ada@example.com", "existing_password": "old password 1234!"}"#,
        r#"{"email": "ada@example.com", "existing_password": 1234, "new_password": "x y z w v"}"#,
        r#"{"email": "ada@example.com", "existing_password": "a", "new_password": "b", "session_duration_minutes": "60"}"#,
    ] {
        let answer = raw(&stytch, "POST", ExistingPasswordReset::PATH, &headers, body);
        assert!(!answer.1["error_message"].as_str().unwrap().contains("1234"), "no value is echoed");
        assert_error_body(answer, 400, "bad_request");
    }
    let answer = raw(&stytch, "POST", SessionReset::PATH, &headers, r#"{"password": "x"}"#);
    assert_error_body(answer, 400, "bad_request");
}

#[test]
fn unknown_paths_and_methods_are_answered_in_stytchs_shape() {
    let stytch = fixed_credentials();
    assert_error_body(raw_post(&stytch, "/v1/passwords/nope", &json!({})), 404, "route_not_found");
    let auth = expected_authorization();
    let answer = raw(&stytch, "GET", ExistingPasswordReset::PATH, &[("Authorization", &auth)], "");
    assert_error_body(answer, 405, "method_not_allowed");
    // Credentials come first, as on every request.
    assert_error_body(raw(&stytch, "POST", "/v1/passwords/nope", &[], "{}"), 401, "unauthorized_credentials");
}

#[test]
fn every_response_has_a_fresh_request_id() -> TestResult {
    let stytch = LocalStytch::start()?;
    stytch.add_user(EMAIL, OLD)?;
    let client = stytch.client();
    let mut ids = Vec::new();
    ids.push(ExistingPasswordReset::new(EMAIL, OLD, NEW).send(&client)?.request_id);
    ids.push(
        ExistingPasswordReset::new(EMAIL, NEW, "another long enough passphrase").send(&client)?.request_id,
    );
    for _ in 0..3 {
        let err = ExistingPasswordReset::new(EMAIL, OLD, NEW).send(&client).unwrap_err();
        ids.push(err.request_id().unwrap().to_owned());
    }
    let seen = stytch.requests_seen();
    assert_eq!(seen.iter().map(|r| r.request_id.clone()).collect::<Vec<_>>(), ids);
    assert_eq!(seen.iter().map(|r| r.status).collect::<Vec<_>>(), [200, 200, 401, 401, 401]);
    assert_eq!(seen[2].error_type, Some(ErrorType::UnauthorizedCredentials));
    assert!(seen.iter().all(|r| r.method == "POST" && r.path == ExistingPasswordReset::PATH));
    let mut unique = ids.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), ids.len(), "{ids:?}");
    Ok(())
}

#[test]
fn several_local_stytches_run_at_once_each_with_its_own_data() -> TestResult {
    let stytches: Vec<LocalStytch> = (0..4).map(|_| LocalStytch::start()).collect::<Result<_, _>>()?;
    let mut ports: Vec<u16> = stytches.iter().map(LocalStytch::port).collect();
    ports.sort_unstable();
    ports.dedup();
    assert_eq!(ports.len(), 4);
    for (i, stytch) in stytches.iter().enumerate() {
        stytch.add_user(EMAIL, &format!("{OLD}{i}"))?;
    }
    std::thread::scope(|scope| {
        for (i, stytch) in stytches.iter().enumerate() {
            scope.spawn(move || {
                let reset = ExistingPasswordReset::new(EMAIL, format!("{OLD}{i}"), format!("{NEW} {i}"));
                reset.send(&stytch.client()).expect("each reset succeeds on its own server");
            });
        }
    });
    for (i, stytch) in stytches.iter().enumerate() {
        assert!(stytch.check_password(EMAIL, &format!("{NEW} {i}")));
        assert_eq!(stytch.requests_seen().len(), 1);
    }
    // One server's credentials open no other.
    let crossed = stytches[0].client_builder().base_url(stytches[1].url()).build()?;
    assert_api_error(
        ExistingPasswordReset::new(EMAIL, format!("{NEW} 1"), NEW).send(&crossed),
        401,
        ErrorType::UnauthorizedCredentials,
    );
    Ok(())
}

#[test]
fn dropping_a_local_stytch_stops_it() -> TestResult {
    let stytch = LocalStytch::start()?;
    let client = stytch.client_builder().timeout(Duration::from_secs(5)).build()?;
    drop(stytch);
    let err = ExistingPasswordReset::new(EMAIL, OLD, NEW).send(&client).unwrap_err();
    assert!(
        matches!(&err, Error::Transport(t) if t.kind == TransportErrorKind::Connect),
        "nothing listens any more: {err:?}"
    );
    // The port is free again: a local Stytch can be restarted on it.
    let port = client.base_url().rsplit(':').next().unwrap().parse()?;
    let again = LocalStytch::builder().port(port).start()?;
    assert_eq!(again.port(), port);
    Ok(())
}

// --- consumer: POST /v1/passwords/existing_password/reset ---

#[test]
fn consumer_reset_changes_the_password_and_revokes_every_session() -> TestResult {
    let stytch = LocalStytch::start()?;
    let ada = stytch.add_user(EMAIL, OLD)?;
    let first = stytch.add_session(&ada.user_id, NewSession::new())?;
    let second = stytch.add_session(&ada.user_id, NewSession::new().factor(Factor::email_otp()))?;
    let bob = stytch.add_user("bob@example.com", OLD)?;
    let bobs = stytch.add_session(&bob.user_id, NewSession::new())?;
    assert_eq!(stytch.active_sessions(&ada.user_id), 2);

    let reset = ExistingPasswordReset {
        session_duration_minutes: Some(60),
        session_custom_claims: Some(claims(json!({"plan": "pro", "seats": 3, "gone": null}))),
        ..ExistingPasswordReset::new(EMAIL, OLD, NEW)
    };
    let response = reset.send(&stytch.client())?;

    assert_eq!(response.status_code, 200);
    assert_eq!(response.user_id, ada.user_id);
    assert_eq!(response.user.user_id, ada.user_id);
    assert_eq!(response.user.emails[0].email, EMAIL);
    assert_eq!(response.user.status, "active");
    assert!(response.user.password.as_ref().is_some_and(|p| !p.password_id.is_empty() && !p.requires_reset));
    assert_eq!(Some(&response.user), stytch.user(&ada.user_id).as_ref());

    // The password changed.
    assert!(stytch.check_password(EMAIL, NEW));
    assert!(!stytch.check_password(EMAIL, OLD));
    // Every old session of Ada is gone, by token and by JWT; Bob's is not.
    for old in [&first, &second] {
        assert!(!stytch.session_is_active(&old.session_token));
        assert!(!stytch.session_is_active(&old.session_jwt));
    }
    assert!(stytch.session_is_active(&bobs.session_token));
    // One new session, with a fresh password factor and the custom claims.
    assert_eq!(stytch.active_sessions(&ada.user_id), 1);
    assert_eq!(response.session_token.len(), 44);
    assert!(stytch.session_is_active(&response.session_token));
    assert!(stytch.session_is_active(&response.session_jwt));
    let session = response.session.expect("a session was asked for");
    assert_eq!(session.user_id, ada.user_id);
    assert!(session.session_id.starts_with("session-test-"));
    assert_eq!(session.custom_claims, claims(json!({"plan": "pro", "seats": 3})));
    assert_eq!(session.authentication_factors.len(), 1);
    let factor = &session.authentication_factors[0];
    assert_eq!(factor.factor_type, AuthenticationFactorType::Password);
    assert_eq!(factor.email_factor.as_ref().map(|e| e.email_address.as_str()), Some(EMAIL));
    assert!(session.expires_at.is_some() && session.started_at.is_some());
    // The JWT carries the session's claims.
    let jwt = jwt_claims(&response.session_jwt);
    assert_eq!(jwt["sub"], ada.user_id.as_str());
    assert_eq!(jwt["plan"], "pro");
    assert_eq!(jwt["https://stytch.com/session"]["id"], session.session_id.as_str());
    assert_eq!(jwt["aud"], json!([stytch.project_id()]));

    // The old password no longer works, and the new one does.
    assert_api_error(reset.send(&stytch.client()), 401, ErrorType::UnauthorizedCredentials);
    ExistingPasswordReset::new(EMAIL, NEW, "yet another long passphrase").send(&stytch.client())?;
    assert!(!stytch.session_is_active(&response.session_token), "that reset revoked it too");
    Ok(())
}

#[test]
fn consumer_reset_without_a_duration_starts_no_session() -> TestResult {
    let stytch = LocalStytch::start()?;
    let ada = stytch.add_user(EMAIL, OLD)?;
    let old = stytch.add_session(&ada.user_id, NewSession::new())?;
    let reset = ExistingPasswordReset {
        session_custom_claims: Some(claims(json!({"plan": "pro"}))),
        ..ExistingPasswordReset::new(EMAIL, OLD, NEW)
    };
    let response = reset.send(&stytch.client())?;
    assert_eq!((response.session_token.as_str(), response.session_jwt.as_str()), ("", ""));
    assert_eq!(response.session, None);
    assert!(!stytch.session_is_active(&old.session_token));
    assert_eq!(stytch.active_sessions(&ada.user_id), 0);
    assert!(stytch.check_password(EMAIL, NEW));
    Ok(())
}

#[test]
fn consumer_reset_of_an_unknown_email_is_email_not_found() -> TestResult {
    let stytch = LocalStytch::start()?;
    stytch.add_user(EMAIL, OLD)?;
    let reset = ExistingPasswordReset::new("nobody@example.com", OLD, NEW);
    assert_api_error(reset.send(&stytch.client()), 404, ErrorType::EmailNotFound);
    // Email addresses match whatever their case.
    ExistingPasswordReset::new("Ada@Example.com", OLD, NEW).send(&stytch.client())?;
    assert!(stytch.check_password(EMAIL, NEW));
    Ok(())
}

#[test]
fn consumer_reset_with_the_wrong_existing_password_changes_nothing() -> TestResult {
    let stytch = LocalStytch::start()?;
    let ada = stytch.add_user(EMAIL, OLD)?;
    let session = stytch.add_session(&ada.user_id, NewSession::new())?;
    let reset = ExistingPasswordReset::new(EMAIL, "not the password", NEW);
    assert_api_error(reset.send(&stytch.client()), 401, ErrorType::UnauthorizedCredentials);
    assert!(stytch.check_password(EMAIL, OLD));
    assert!(!stytch.check_password(EMAIL, NEW));
    assert!(stytch.session_is_active(&session.session_token));
    Ok(())
}

#[test]
fn consumer_reset_to_a_weak_password_is_weak_password() -> TestResult {
    let stytch = LocalStytch::start()?;
    let ada = stytch.add_user(EMAIL, OLD)?;
    let session = stytch.add_session(&ada.user_id, NewSession::new())?;
    for weak in [WEAK, "aaaaaaaaaaaa", "qwertyuiop", "ada@example.com", "ada@example.com!"] {
        let result = ExistingPasswordReset::new(EMAIL, OLD, weak).send(&stytch.client());
        assert!(result.is_err(), "{weak:?} is weak");
        assert_api_error(result, 400, ErrorType::WeakPassword);
    }
    assert!(stytch.check_password(EMAIL, OLD));
    assert!(stytch.session_is_active(&session.session_token));
    // Any UTF-8 is a password.
    ExistingPasswordReset::new(EMAIL, OLD, "🦀 ferris guards the späte Brücke 🦀").send(&stytch.client())?;
    assert!(stytch.check_password(EMAIL, "🦀 ferris guards the späte Brücke 🦀"));
    Ok(())
}

#[test]
fn consumer_reset_checks_the_session_it_is_given() -> TestResult {
    let stytch = LocalStytch::start()?;
    let ada = stytch.add_user(EMAIL, OLD)?;
    let bob = stytch.add_user("bob@example.com", OLD)?;
    let adas = stytch.add_session(&ada.user_id, NewSession::new())?;
    let bobs = stytch.add_session(&bob.user_id, NewSession::new())?;
    let client = stytch.client();
    let with = |token: Option<&str>, jwt: Option<&str>| ExistingPasswordReset {
        session_token: token.map(str::to_owned),
        session_jwt: jwt.map(str::to_owned),
        session_duration_minutes: Some(30),
        ..ExistingPasswordReset::new(EMAIL, OLD, NEW)
    };

    assert_api_error(with(Some(&bobs.session_token), None).send(&client), 404, ErrorType::SessionNotFound);
    assert_api_error(with(None, Some(&bobs.session_jwt)).send(&client), 404, ErrorType::SessionNotFound);
    assert_api_error(with(Some("too short"), None).send(&client), 400, ErrorType::InvalidSessionToken);
    assert_api_error(with(None, Some("not a jwt")).send(&client), 400, ErrorType::UnableToParseSessionJwt);
    assert!(stytch.check_password(EMAIL, OLD), "nothing changed");

    let response = with(None, Some(&adas.session_jwt)).send(&client)?;
    assert!(!stytch.session_is_active(&adas.session_token), "the session given is revoked with the rest");
    assert!(stytch.session_is_active(&response.session_token));
    assert!(stytch.session_is_active(&bobs.session_token));
    // Old session tokens now fail.
    let again = ExistingPasswordReset {
        session_token: Some(adas.session_token.clone()),
        ..ExistingPasswordReset::new(EMAIL, NEW, "yet another long passphrase")
    };
    assert_api_error(again.send(&client), 404, ErrorType::SessionNotFound);
    Ok(())
}

#[test]
fn consumer_sessions_expire_on_the_local_clock() -> TestResult {
    let stytch = LocalStytch::start()?;
    let ada = stytch.add_user(EMAIL, OLD)?;
    let short = stytch.add_session(&ada.user_id, NewSession::new().lasting(10 * MINUTE))?;
    let reset = |token: &str, new: &str| ExistingPasswordReset {
        session_token: Some(token.to_owned()),
        session_duration_minutes: Some(5),
        ..ExistingPasswordReset::new(EMAIL, OLD, new)
    };
    stytch.advance(11 * MINUTE);
    assert!(!stytch.session_is_active(&short.session_token));
    assert_api_error(
        reset(&short.session_token, NEW).send(&stytch.client()),
        404,
        ErrorType::SessionNotFound,
    );

    let response = ExistingPasswordReset {
        session_duration_minutes: Some(5),
        ..ExistingPasswordReset::new(EMAIL, OLD, NEW)
    }
    .send(&stytch.client())?;
    stytch.advance(4 * MINUTE);
    assert!(stytch.session_is_active(&response.session_token));
    stytch.advance(2 * MINUTE);
    assert!(!stytch.session_is_active(&response.session_token), "a 5-minute session is over after 6");
    assert!(!stytch.session_is_active(&response.session_jwt));
    Ok(())
}

#[test]
fn consumer_request_rules_are_answered_with_stytchs_error_types() {
    let stytch = fixed_credentials();
    stytch.add_user(EMAIL, OLD).unwrap();
    let path = ExistingPasswordReset::PATH;
    let base = json!({"email": EMAIL, "existing_password": OLD, "new_password": NEW});
    let with = |extra: Value| {
        let mut body = base.clone();
        body.as_object_mut().unwrap().extend(claims(extra));
        body
    };
    for (body, error_type) in [
        (with(json!({"session_duration_minutes": 4})), "invalid_session_duration_minutes"),
        (with(json!({"session_duration_minutes": 527041})), "invalid_session_duration_minutes"),
        (with(json!({"session_custom_claims": {"sub": "me"}})), "reserved_claims_in_custom_claims"),
        (with(json!({"session_custom_claims": {"big": "x".repeat(5000)}})), "custom_claims_too_large"),
        (with(json!({"email": "not an email"})), "invalid_email"),
        (with(json!({"session_token": "a", "session_jwt": "b"})), "too_many_session_arguments"),
        (with(json!({"new_password": ""})), "bad_request"),
    ] {
        assert_error_body(raw_post(&stytch, path, &body), 400, error_type);
    }
    assert!(stytch.check_password(EMAIL, OLD), "nothing changed");
    // The same rules hold at the edges of what is allowed.
    let (status, answer) = raw_post(&stytch, path, &with(json!({"session_duration_minutes": 527040})));
    assert_eq!(status, 200, "{answer}");
}

// --- B2B: POST /v1/b2b/passwords/session/reset ---

#[test]
fn b2b_reset_changes_the_password_and_keeps_only_the_session_used() -> TestResult {
    let B2b { stytch, acme, grace, session } = b2b();
    let other = stytch.add_member_session(&grace.member_id, NewSession::new())?;
    let colleague = stytch.add_member(&acme.organization_id, "lin@acme.example", OLD)?;
    let colleagues = stytch.add_member_session(&colleague.member_id, NewSession::new())?;

    let reset = SessionReset::with_session_token(&acme.organization_id, NEW, &session.session_token);
    let response = reset.send(&stytch.client())?;

    assert_eq!(response.status_code, 200);
    assert_eq!(response.member_id, grace.member_id);
    assert_eq!(response.member.email_address, "grace@acme.example");
    assert_eq!(response.organization, acme);
    assert!(response.member_authenticated);
    assert_eq!(response.intermediate_session_token, "");
    assert_eq!(response.mfa_required, None);
    assert_eq!(response.session_token, session.session_token, "the session used is kept");
    let member_session = response.member_session.expect("a member session");
    assert_eq!(member_session.member_session_id, session.session_id);
    assert_eq!(member_session.member_id, grace.member_id);
    assert_eq!(member_session.organization_id, acme.organization_id);
    assert_eq!(member_session.organization_slug, "acme");
    assert_eq!(member_session.authentication_factors[0].factor_type, AuthenticationFactorType::MagicLink);
    let jwt = jwt_claims(&response.session_jwt);
    assert_eq!(jwt["sub"], grace.member_id.as_str());
    assert_eq!(jwt["https://stytch.com/organization"]["slug"], "acme");

    assert!(stytch.check_member_password(&grace.member_id, NEW));
    assert!(!stytch.check_member_password(&grace.member_id, OLD));
    assert!(stytch.session_is_active(&session.session_token));
    assert!(!stytch.session_is_active(&other.session_token), "the member's other sessions are revoked");
    assert!(!stytch.session_is_active(&other.session_jwt));
    assert!(stytch.session_is_active(&colleagues.session_token), "other members keep theirs");
    assert_eq!(stytch.active_sessions(&grace.member_id), 1);

    let revoked = SessionReset::with_session_token(&acme.organization_id, NEW, &other.session_token);
    assert_api_error(revoked.send(&stytch.client()), 404, ErrorType::SessionNotFound);
    Ok(())
}

#[test]
fn b2b_reset_extends_the_session_by_60_minutes_or_the_duration_given() -> TestResult {
    let B2b { stytch, acme, session, .. } = b2b();
    stytch.advance(2 * MINUTE);
    SessionReset::with_session_token(&acme.organization_id, NEW, &session.session_token)
        .send(&stytch.client())?;
    stytch.advance(59 * MINUTE);
    assert!(stytch.session_is_active(&session.session_token), "61 minutes after seeding, 59 after the reset");
    stytch.advance(2 * MINUTE);
    assert!(!stytch.session_is_active(&session.session_token));

    let B2b { stytch, acme, session, .. } = b2b();
    let reset = SessionReset {
        session_duration_minutes: Some(24 * 60),
        ..SessionReset::with_session_token(&acme.organization_id, NEW, &session.session_token)
    };
    reset.send(&stytch.client())?;
    stytch.advance(23 * 60 * MINUTE);
    assert!(stytch.session_is_active(&session.session_token));
    stytch.advance(2 * 60 * MINUTE);
    assert!(!stytch.session_is_active(&session.session_token));
    Ok(())
}

#[test]
fn b2b_reset_applies_custom_claims_to_the_session() -> TestResult {
    let stytch = LocalStytch::start()?;
    let acme = stytch.add_organization(NewOrganization::new("Acme Co", "acme"))?;
    let grace = stytch.add_member("acme", "grace@acme.example", OLD)?;
    let session = stytch.add_member_session(
        &grace.member_id,
        NewSession::new().custom_claims(claims(json!({"team": "red", "old": true}))),
    )?;
    assert_eq!(jwt_claims(&session.session_jwt)["team"], "red");
    let reset = SessionReset {
        session_custom_claims: Some(claims(json!({"team": "blue", "old": null}))),
        ..SessionReset::with_session_jwt(&acme.organization_id, NEW, &session.session_jwt)
    };
    let response = reset.send(&stytch.client())?;
    assert_eq!(response.member_session.unwrap().custom_claims, claims(json!({"team": "blue"})));
    let jwt = jwt_claims(&response.session_jwt);
    assert_eq!((jwt["team"].as_str(), jwt.get("old")), (Some("blue"), None));
    Ok(())
}

#[test]
fn b2b_reset_works_with_the_session_jwt() -> TestResult {
    let B2b { stytch, acme, grace, session } = b2b();
    let reset = SessionReset::with_session_jwt(&acme.organization_id, NEW, &session.session_jwt);
    let response = reset.send(&stytch.client())?;
    assert_eq!(response.member_id, grace.member_id);
    assert_eq!(response.session_token, session.session_token);
    assert!(stytch.check_member_password(&grace.member_id, NEW));
    // The JWT answered is a new one for the same session, and both name it.
    assert!(stytch.session_is_active(&response.session_jwt));
    assert!(stytch.session_is_active(&session.session_jwt));
    Ok(())
}

#[test]
fn b2b_reset_rejects_jwts_it_did_not_issue() -> TestResult {
    let B2b { stytch, acme, grace, session } = b2b();
    let client = stytch.client();
    let org = acme.organization_id.as_str();

    // Edited claims: the signature no longer matches.
    let parts: Vec<&str> = session.session_jwt.split('.').collect();
    let mut edited = jwt_claims(&session.session_jwt);
    edited.insert("sub".into(), json!("member-test-someone-else"));
    let tampered =
        format!("{}.{}.{}", parts[0], base64url(Value::Object(edited).to_string().as_bytes()), parts[2]);
    assert_api_error(
        SessionReset::with_session_jwt(org, NEW, tampered).send(&client),
        404,
        ErrorType::SessionNotFound,
    );
    // A JWT from another local Stytch.
    let elsewhere = b2b();
    let foreign = SessionReset::with_session_jwt(org, NEW, &elsewhere.session.session_jwt);
    assert_api_error(foreign.send(&client), 404, ErrorType::SessionNotFound);
    // Not a JWT at all.
    for garbage in ["not a jwt", "a.b.c", "e30.e30"] {
        let reset = SessionReset::with_session_jwt(org, NEW, garbage);
        assert_api_error(reset.send(&client), 400, ErrorType::UnableToParseSessionJwt);
    }
    // A session token that is not shaped like one, and one that names nothing.
    assert_api_error(
        SessionReset::with_session_token(org, NEW, "short").send(&client),
        400,
        ErrorType::InvalidSessionToken,
    );
    assert_api_error(
        SessionReset::with_session_token(org, NEW, "A".repeat(44)).send(&client),
        404,
        ErrorType::SessionNotFound,
    );
    assert!(stytch.check_member_password(&grace.member_id, OLD), "nothing changed");
    Ok(())
}

#[test]
fn b2b_reset_finds_the_organization_by_id_slug_or_external_id() -> TestResult {
    for key in ["id", "acme", "crm-42"] {
        let B2b { stytch, acme, grace, session } = b2b();
        let key = if key == "id" { acme.organization_id.clone() } else { key.to_owned() };
        let response =
            SessionReset::with_session_token(&key, NEW, &session.session_token).send(&stytch.client())?;
        assert_eq!(response.organization.organization_id, acme.organization_id, "by {key}");
        assert_eq!(response.organization.organization_external_id.as_deref(), Some("crm-42"));
        assert!(stytch.check_member_password(&grace.member_id, NEW));
    }
    let B2b { stytch, session, .. } = b2b();
    let unknown = SessionReset::with_session_token("organization-test-nope", NEW, &session.session_token);
    assert_api_error(unknown.send(&stytch.client()), 404, ErrorType::OrganizationNotFound);
    Ok(())
}

#[test]
fn b2b_reset_rejects_a_session_of_another_organization() -> TestResult {
    let B2b { stytch, grace, session, .. } = b2b();
    let globex =
        stytch.add_organization(NewOrganization::new("Globex", "globex").id("organization-test-globex"))?;
    let hank = stytch.add_member("globex", "hank@globex.example", OLD)?;
    assert_eq!(hank.organization_id, globex.organization_id);

    let reset = SessionReset::with_session_token("globex", NEW, &session.session_token);
    assert_api_error(reset.send(&stytch.client()), 404, ErrorType::SessionNotFound);
    let reset = SessionReset::with_session_jwt("organization-test-globex", NEW, &session.session_jwt);
    assert_api_error(reset.send(&stytch.client()), 404, ErrorType::SessionNotFound);
    assert!(stytch.check_member_password(&grace.member_id, OLD));
    assert!(stytch.session_is_active(&session.session_token));
    Ok(())
}

#[test]
fn b2b_reset_needs_a_factor_from_the_last_five_minutes() -> TestResult {
    let B2b { stytch, acme, grace, session } = b2b();
    let reset = SessionReset::with_session_token(&acme.organization_id, NEW, &session.session_token);
    stytch.advance(5 * MINUTE); // The factor is now six minutes old.
    assert_api_error(reset.send(&stytch.client()), 400, ErrorType::SessionTooOldToResetPassword);
    assert!(stytch.check_member_password(&grace.member_id, OLD));
    assert!(stytch.session_is_active(&session.session_token), "the session itself is fine");

    // A session with an old factor and a recent one qualifies.
    let mixed = stytch.add_member_session(
        &grace.member_id,
        NewSession::new()
            .factor(Factor::password().authenticated_ago(30 * MINUTE))
            .factor(Factor::email_otp().authenticated_at(stytch.now() - 4 * MINUTE)),
    )?;
    let old_only = stytch.add_member_session(
        &grace.member_id,
        NewSession::new().factor(Factor::password().authenticated_ago(10 * MINUTE)),
    )?;
    let reset_old = SessionReset::with_session_jwt(&acme.organization_id, NEW, &old_only.session_jwt);
    assert_api_error(reset_old.send(&stytch.client()), 400, ErrorType::SessionTooOldToResetPassword);
    SessionReset::with_session_token("acme", NEW, &mixed.session_token).send(&stytch.client())?;
    assert!(stytch.check_member_password(&grace.member_id, NEW));
    Ok(())
}

#[test]
fn b2b_sessions_expire_on_the_local_clock() -> TestResult {
    let B2b { stytch, acme, session, .. } = b2b();
    stytch.advance(61 * MINUTE);
    let by_token = SessionReset::with_session_token(&acme.organization_id, NEW, &session.session_token);
    assert_api_error(by_token.send(&stytch.client()), 404, ErrorType::SessionNotFound);
    let by_jwt = SessionReset::with_session_jwt(&acme.organization_id, NEW, &session.session_jwt);
    assert_api_error(by_jwt.send(&stytch.client()), 404, ErrorType::SessionNotFound);
    Ok(())
}

#[test]
fn b2b_reset_to_a_weak_password_is_weak_password() -> TestResult {
    let B2b { stytch, acme, grace, session } = b2b();
    for weak in [WEAK, "acmeacme", "grace@acme.example", "12345678"] {
        let result = SessionReset::with_session_token(&acme.organization_id, weak, &session.session_token)
            .send(&stytch.client());
        assert!(result.is_err(), "{weak:?} is weak");
        assert_api_error(result, 400, ErrorType::WeakPassword);
    }
    assert!(stytch.check_member_password(&grace.member_id, OLD));
    Ok(())
}

#[test]
fn b2b_request_rules_are_answered_with_stytchs_error_types() {
    let stytch = LocalStytch::builder().credentials(PROJECT_ID, SECRET).start().unwrap();
    stytch.add_organization(NewOrganization::new("Acme Co", "acme")).unwrap();
    let grace = stytch.add_member("acme", "grace@acme.example", OLD).unwrap();
    let session = stytch.add_member_session(&grace.member_id, NewSession::new()).unwrap();
    let path = SessionReset::PATH;
    let base = json!({"organization_id": "acme", "password": NEW, "session_token": session.session_token});
    let with = |extra: Value| {
        let mut body = base.clone();
        body.as_object_mut().unwrap().extend(claims(extra));
        body
    };
    for (body, error_type) in [
        (json!({"organization_id": "acme", "password": NEW}), "no_session_arguments"),
        (with(json!({"session_jwt": session.session_jwt})), "too_many_session_arguments"),
        (with(json!({"session_duration_minutes": 0})), "invalid_session_duration_minutes"),
        (with(json!({"session_custom_claims": {"iat": 1}})), "reserved_claims_in_custom_claims"),
        (with(json!({"session_custom_claims": {"big": "x".repeat(5000)}})), "custom_claims_too_large"),
        (with(json!({"locale": "xx"})), "invalid_locale"),
        (with(json!({"organization_id": ""})), "bad_request"),
    ] {
        assert_error_body(raw_post(&stytch, path, &body), 400, error_type);
    }
    assert!(stytch.check_member_password(&grace.member_id, OLD), "nothing changed");
    let (status, answer) = raw_post(&stytch, path, &with(json!({"locale": "pt-br"})));
    assert_eq!(status, 200, "{answer}");
    assert_eq!(answer["member_authenticated"], true);
}

// --- seeding ---

#[test]
fn seeding_rejects_what_stytch_would_not_have() -> TestResult {
    use stytch_endpoint::local::LocalError;
    let stytch = LocalStytch::start()?;
    stytch.add_user(EMAIL, OLD)?;
    assert!(matches!(stytch.add_user("ADA@example.com", OLD), Err(LocalError::Duplicate { .. })));
    assert!(matches!(stytch.add_user("not an email", OLD), Err(LocalError::Invalid { .. })));
    assert!(matches!(
        stytch.add_session("user-test-nobody", NewSession::new()),
        Err(LocalError::NotFound { .. })
    ));
    stytch.add_organization(NewOrganization::new("Acme", "acme").external_id("crm-42"))?;
    assert!(matches!(
        stytch.add_organization(NewOrganization::new("Acme 2", "crm-42")),
        Err(LocalError::Duplicate { .. })
    ));
    assert!(matches!(stytch.add_member("globex", "x@y.z", OLD), Err(LocalError::NotFound { .. })));
    stytch.add_member("crm-42", "x@y.z", OLD)?;
    assert!(matches!(stytch.add_member("acme", "X@y.z", OLD), Err(LocalError::Duplicate { .. })));
    assert!(matches!(
        stytch.add_member_session("member-test-nobody", NewSession::new()),
        Err(LocalError::NotFound { .. })
    ));
    let err = stytch.add_member("acme", "x@y.z", OLD).unwrap_err();
    assert!(err.to_string().contains("x@y.z"), "{err}");
    Ok(())
}

#[test]
fn debug_output_keeps_secrets_out() -> TestResult {
    let stytch = LocalStytch::start()?;
    let ada = stytch.add_user(EMAIL, OLD)?;
    let session = stytch.add_session(&ada.user_id, NewSession::new())?;
    let printed = format!("{stytch:?} {session:?} {:?}", LocalStytch::builder().credentials("p", "hunter2"));
    for secret in [stytch.secret(), &session.session_token, &session.session_jwt, "hunter2"] {
        assert!(!printed.contains(secret), "{printed}");
    }
    assert!(printed.contains(stytch.project_id()) && printed.contains(&session.session_id));
    Ok(())
}
