//! The local Stytch's `sessions/authenticate` routes (consumer and B2B), its JWT time model and
//! its per-instance keys, checked over HTTP with the crate's own declarations and an independent
//! RS256 verifier (`jsonwebtoken`) that fetches the keys as an app would.

use jsonwebtoken::jwk::Jwk;
use jsonwebtoken::{decode, decode_header, Algorithm, DecodingKey, Validation};
use serde_json::{json, Map, Value};
use std::time::{Duration, SystemTime, UNIX_EPOCH};
use stytch_endpoint::b2b::passwords::SessionReset;
use stytch_endpoint::b2b::session::{AuthenticateMemberSession, AuthorizationCheck as MemberCheck};
use stytch_endpoint::consumer::passwords::ExistingPasswordReset;
use stytch_endpoint::consumer::session::{AuthenticateSession, AuthorizationCheck};
use stytch_endpoint::local::{Factor, LocalStytch, NewOrganization, NewSession};
use stytch_endpoint::ErrorType;
use stytch_endpoint_tests::{get_without_credentials, jwt_claims, post_with_credentials, PROJECT_ID, SECRET};

type TestResult = Result<(), Box<dyn std::error::Error>>;

const OLD: &str = "old password 1234!";
const NEW: &str = "correct horse battery staple";
const NEWER: &str = "a much longer and stronger passphrase";
const MINUTE: Duration = Duration::from_secs(60);

fn map(value: Value) -> Map<String, Value> {
    value.as_object().expect("an object").clone()
}

/// The key set one JWKS route serves, fetched without credentials as JWT libraries do.
fn jwks(stytch: &LocalStytch, b2b: bool) -> Vec<Jwk> {
    let prefix = if b2b { "/v1/b2b/sessions/jwks/" } else { "/v1/sessions/jwks/" };
    let (status, body) = get_without_credentials(stytch.port(), &format!("{prefix}{}", stytch.project_id()));
    assert_eq!(status, 200, "{body}");
    serde_json::from_value(body["keys"].clone()).expect("JWKs")
}

/// What Stytch's SDKs check, on the wall clock: RS256 under a `kid` of the key set, the project's
/// issuer and audience, `exp` and `nbf` (`jsonwebtoken`), and an `iat` not in the future (as
/// PyJWT checks it).
fn verify_on_the_wall_clock(jwt: &str, keys: &[Jwk], project_id: &str) -> Result<Value, String> {
    let header = decode_header(jwt).map_err(|e| e.to_string())?;
    let kid = header.kid.ok_or("no kid")?;
    let jwk = keys.iter().find(|k| k.common.key_id.as_deref() == Some(&kid)).ok_or("unknown kid")?;
    let key = DecodingKey::from_jwk(jwk).map_err(|e| e.to_string())?;
    let mut validation = Validation::new(Algorithm::RS256);
    validation.set_audience(&[project_id]);
    validation.set_issuer(&[format!("stytch.com/{project_id}")]);
    validation.set_required_spec_claims(&["exp", "nbf", "iat", "sub", "iss", "aud"]);
    validation.validate_nbf = true;
    validation.leeway = 0;
    let claims = decode::<Value>(jwt, &key, &validation).map_err(|e| e.to_string())?.claims;
    if claims["iat"].as_i64().ok_or("no iat")? > unix(SystemTime::now()) {
        return Err("iat in the future".into());
    }
    Ok(claims)
}

/// Whether the JWT's time claims hold at `now`: what a verifier on that clock decides.
fn current_at(jwt: &str, now: SystemTime) -> bool {
    let claims = jwt_claims(jwt);
    let at = unix(now);
    claims["nbf"].as_i64().unwrap() <= at && at < claims["exp"].as_i64().unwrap()
}

fn unix(time: SystemTime) -> i64 {
    i64::try_from(time.duration_since(UNIX_EPOCH).unwrap().as_secs()).unwrap()
}

/// A local Stytch with the test suite's credentials, so that raw requests can carry them.
fn start() -> LocalStytch {
    LocalStytch::builder().credentials(PROJECT_ID, SECRET).start().expect("a local Stytch")
}

/// A raw POST with the test suite's credentials, for bodies the client refuses to send.
fn post(stytch: &LocalStytch, path: &str, body: &Value) -> (u16, Value) {
    post_with_credentials(stytch.port(), path, body)
}

fn error_type(err: &stytch_endpoint::Error) -> Option<&ErrorType> {
    err.error_type()
}

/// A local Stytch with one user and one 60-minute session, and one organization with a member
/// and a member session whose factor is fresh.
struct World {
    stytch: LocalStytch,
    user_id: String,
    token: String,
    jwt: String,
    member_id: String,
    organization_id: String,
    member_token: String,
    member_jwt: String,
}

fn world() -> World {
    let stytch = start();
    let ada = stytch.add_user("ada@example.com", OLD).unwrap();
    let session = stytch.add_session(&ada.user_id, NewSession::new().lasting(60 * MINUTE)).unwrap();
    let globex = stytch.add_organization(NewOrganization::new("Globex", "globex")).unwrap();
    let hank = stytch.add_member("globex", "hank@globex.example", OLD).unwrap();
    let member_session = stytch
        .add_member_session(
            &hank.member_id,
            NewSession::new().factor(Factor::magic_link()).lasting(60 * MINUTE),
        )
        .unwrap();
    World {
        user_id: ada.user_id,
        token: session.session_token,
        jwt: session.session_jwt,
        member_id: hank.member_id,
        organization_id: globex.organization_id,
        member_token: member_session.session_token,
        member_jwt: member_session.session_jwt,
        stytch,
    }
}

#[test]
fn a_session_token_authenticates_and_the_answer_carries_a_fresh_jwt() -> TestResult {
    let w = world();
    let keys = jwks(&w.stytch, false);
    let answer = AuthenticateSession::with_session_token(&w.token).send(&w.stytch.client())?;
    assert_eq!(answer.status_code, 200);
    assert!(answer.request_id.starts_with("request-id-test-"));
    assert_eq!(answer.session_token, w.token);
    assert_eq!(answer.session.user_id, w.user_id);
    assert_eq!(answer.user.user_id, w.user_id);
    assert_eq!(answer.user.emails[0].email, "ada@example.com");
    assert_eq!(answer.verdict, None);
    let claims = verify_on_the_wall_clock(&answer.session_jwt, &keys, w.stytch.project_id())?;
    assert_eq!(claims["sub"], w.user_id.as_str());
    assert_eq!(claims["https://stytch.com/session"]["id"], answer.session.session_id.as_str());

    // The JWT authenticates the same session.
    let again = AuthenticateSession::with_session_jwt(&answer.session_jwt).send(&w.stytch.client())?;
    assert_eq!(again.session.session_id, answer.session.session_id);
    Ok(())
}

#[test]
fn exactly_one_of_token_and_jwt_is_taken() {
    let w = world();
    for (path, token, jwt) in [
        ("/v1/sessions/authenticate", &w.token, &w.jwt),
        ("/v1/b2b/sessions/authenticate", &w.member_token, &w.member_jwt),
    ] {
        let (status, body) = post(&w.stytch, path, &json!({}));
        assert_eq!((status, body["error_type"].as_str()), (400, Some("no_session_arguments")), "{path}");
        let (status, body) = post(&w.stytch, path, &json!({"session_token": token, "session_jwt": jwt}));
        assert_eq!(
            (status, body["error_type"].as_str()),
            (400, Some("too_many_session_arguments")),
            "{path}"
        );
        let (status, body) = post(&w.stytch, path, &json!({"session_token": token}));
        assert_eq!(status, 200, "{path}: {body}");
    }
}

#[test]
fn a_jwt_expired_by_its_exp_is_refreshed_while_its_session_lives() -> TestResult {
    let w = world();
    let keys = jwks(&w.stytch, false);
    w.stytch.advance(6 * MINUTE);
    assert!(!current_at(&w.jwt, w.stytch.now()), "on the local clock the old JWT has expired");

    let answer = AuthenticateSession::with_session_jwt(&w.jwt).send(&w.stytch.client())?;
    assert_ne!(answer.session_jwt, w.jwt);
    assert_eq!(answer.session_token, w.token);
    assert!(current_at(&answer.session_jwt, w.stytch.now()), "the new JWT holds on the local clock");
    verify_on_the_wall_clock(&answer.session_jwt, &keys, w.stytch.project_id())?;
    let (old, new) = (jwt_claims(&w.jwt), jwt_claims(&answer.session_jwt));
    assert!(new["exp"].as_i64() >= Some(old["exp"].as_i64().unwrap() + 360));

    // The B2B route too.
    let answer = AuthenticateMemberSession::with_session_jwt(&w.member_jwt).send(&w.stytch.client())?;
    assert!(current_at(&answer.session_jwt, w.stytch.now()));
    verify_on_the_wall_clock(&answer.session_jwt, &jwks(&w.stytch, true), w.stytch.project_id())?;
    Ok(())
}

#[test]
fn session_duration_minutes_extends_the_session() -> TestResult {
    let w = world();
    let answer = AuthenticateSession {
        session_duration_minutes: Some(180),
        ..AuthenticateSession::with_session_token(&w.token)
    }
    .send(&w.stytch.client())?;
    let expires = answer.session.expires_at.clone().unwrap();
    let jwt_session = &jwt_claims(&answer.session_jwt)["https://stytch.com/session"];
    assert_eq!(jwt_session["expires_at"], expires.as_str());
    w.stytch.advance(120 * MINUTE);
    assert!(w.stytch.session_is_active(&w.token), "extended past its first hour");
    // Without the field the session is not extended.
    let later = AuthenticateSession::with_session_token(&w.token).send(&w.stytch.client())?;
    assert_eq!(later.session.expires_at.as_deref(), Some(expires.as_str()));
    assert_ne!(later.session.last_accessed_at, answer.session.last_accessed_at);

    let member = AuthenticateMemberSession {
        session_duration_minutes: Some(5),
        ..AuthenticateMemberSession::with_session_jwt(&w.member_jwt)
    };
    // The member session ended at the hour; moving back is not possible, so start again.
    let err = member.send(&w.stytch.client()).unwrap_err();
    assert_eq!(error_type(&err), Some(&ErrorType::SessionNotFound));
    let fresh = world();
    let shortened = AuthenticateMemberSession {
        session_duration_minutes: Some(5),
        ..AuthenticateMemberSession::with_session_jwt(&fresh.member_jwt)
    }
    .send(&fresh.stytch.client())?;
    fresh.stytch.advance(6 * MINUTE);
    assert!(!fresh.stytch.session_is_active(&shortened.session_token), "set to five minutes from then");
    Ok(())
}

#[test]
fn custom_claims_merge_as_in_the_resets() -> TestResult {
    let stytch = start();
    let ada = stytch.add_user("ada@example.com", OLD)?;
    let claims = map(json!({"plan": "pro", "team": {"name": "blue", "size": 3}}));
    let seeded = stytch.add_session(&ada.user_id, NewSession::new().custom_claims(claims))?;
    let answer = AuthenticateSession {
        session_custom_claims: Some(map(json!({"plan": null, "team": {"size": 4}, "seat": 7}))),
        ..AuthenticateSession::with_session_jwt(&seeded.session_jwt)
    }
    .send(&stytch.client())?;
    let merged = json!({"team": {"name": "blue", "size": 4}, "seat": 7});
    assert_eq!(Value::Object(answer.session.custom_claims.clone()), merged);
    let jwt = jwt_claims(&answer.session_jwt);
    assert_eq!(jwt["team"], merged["team"]);
    assert_eq!(jwt["seat"], 7);
    assert!(jwt.get("plan").is_none());

    // The server refuses what the request type refuses, and holds the merged claims to 4 KB.
    let path = "/v1/sessions/authenticate";
    let token = &seeded.session_token;
    let (status, body) =
        post(&stytch, path, &json!({"session_token": token, "session_custom_claims": {"sub": "x"}}));
    assert_eq!((status, body["error_type"].as_str()), (400, Some("reserved_claims_in_custom_claims")));
    let (status, body) = post(
        &stytch,
        path,
        &json!({"session_token": token, "session_custom_claims": {"https://stytch.com/session": 1}}),
    );
    assert_eq!((status, body["error_type"].as_str()), (400, Some("stytch_claims_in_custom_claims")));
    let half = "x".repeat(2500);
    AuthenticateSession {
        session_custom_claims: Some(map(json!({"a": half}))),
        ..AuthenticateSession::with_session_token(token)
    }
    .send(&stytch.client())?;
    let err = AuthenticateSession {
        session_custom_claims: Some(map(json!({"b": half}))),
        ..AuthenticateSession::with_session_token(token)
    }
    .send(&stytch.client())
    .unwrap_err();
    assert_eq!(error_type(&err), Some(&ErrorType::CustomClaimsTooLarge));
    let kept = AuthenticateSession::with_session_token(token).send(&stytch.client())?;
    assert!(kept.session.custom_claims.get("b").is_none(), "a refused merge changes nothing");
    Ok(())
}

#[test]
fn a_revoked_or_expired_session_is_session_not_found() -> TestResult {
    let w = world();
    // Expired: past the hour on the local clock, by token and by JWT, consumer and B2B.
    w.stytch.advance(61 * MINUTE);
    for request in
        [AuthenticateSession::with_session_token(&w.token), AuthenticateSession::with_session_jwt(&w.jwt)]
    {
        let err = request.send(&w.stytch.client()).unwrap_err();
        assert_eq!((err.status(), error_type(&err)), (Some(404), Some(&ErrorType::SessionNotFound)));
    }
    let err =
        AuthenticateMemberSession::with_session_jwt(&w.member_jwt).send(&w.stytch.client()).unwrap_err();
    assert_eq!((err.status(), error_type(&err)), (Some(404), Some(&ErrorType::SessionNotFound)));
    assert!(!current_at(&w.jwt, w.stytch.now()), "and a verifier on the local clock refuses the JWT");

    // Revoked: a reset revokes every session of the user.
    let stytch = start();
    let ada = stytch.add_user("ada@example.com", OLD)?;
    let session = stytch.add_session(&ada.user_id, NewSession::new())?;
    ExistingPasswordReset::new("ada@example.com", OLD, NEW).send(&stytch.client())?;
    let err = AuthenticateSession::with_session_jwt(&session.session_jwt).send(&stytch.client()).unwrap_err();
    assert_eq!(error_type(&err), Some(&ErrorType::SessionNotFound));
    Ok(())
}

#[test]
fn each_route_takes_only_its_own_kind_of_session() {
    let w = world();
    let err = AuthenticateSession::with_session_token(&w.member_token).send(&w.stytch.client()).unwrap_err();
    assert_eq!(error_type(&err), Some(&ErrorType::SessionNotFound));
    let err = AuthenticateMemberSession::with_session_jwt(&w.jwt).send(&w.stytch.client()).unwrap_err();
    assert_eq!(error_type(&err), Some(&ErrorType::SessionNotFound));
    let (status, body) = post(&w.stytch, "/v1/sessions/authenticate", &json!({"session_token": "short"}));
    assert_eq!((status, body["error_type"].as_str()), (400, Some("invalid_session_token")));
    let (status, body) =
        post(&w.stytch, "/v1/b2b/sessions/authenticate", &json!({"session_jwt": "not.a.jwt"}));
    assert_eq!((status, body["error_type"].as_str()), (400, Some("unable_to_parse_session_jwt")));
}

#[test]
fn a_member_session_answers_the_member_session_the_member_and_the_organization() -> TestResult {
    let w = world();
    let answer = AuthenticateMemberSession::with_session_token(&w.member_token).send(&w.stytch.client())?;
    assert_eq!(answer.member_session.member_id, w.member_id);
    assert_eq!(answer.member_session.organization_id, w.organization_id);
    assert_eq!(answer.member_session.organization_slug, "globex");
    assert_eq!(answer.member.member_id, w.member_id);
    assert_eq!(answer.member.email_address, "hank@globex.example");
    assert_eq!(answer.organization.organization_id, w.organization_id);
    assert_eq!(answer.organization.organization_name, "Globex");
    assert_eq!(answer.session_token, w.member_token);
    let claims =
        verify_on_the_wall_clock(&answer.session_jwt, &jwks(&w.stytch, true), w.stytch.project_id())?;
    assert_eq!(claims["https://stytch.com/organization"]["organization_id"], w.organization_id.as_str());
    assert_eq!(claims["https://stytch.com/organization"]["slug"], "globex");
    Ok(())
}

#[test]
fn authorization_checks_follow_stytchs_default_policy() -> TestResult {
    let w = world();
    let client = w.stytch.client();
    let check = |organization: &str, resource: &str| AuthenticateMemberSession {
        authorization_check: Some(MemberCheck::new(organization, resource, "update.info.name")),
        ..AuthenticateMemberSession::with_session_token(&w.member_token)
    };
    let granted = check(&w.organization_id, "stytch.self").send(&client)?;
    let verdict = granted.verdict.expect("a verdict");
    assert!(verdict.authorized);
    assert_eq!(verdict.granting_roles, ["stytch_member"]);

    let err = check(&w.organization_id, "stytch.organization").send(&client).unwrap_err();
    assert_eq!((err.status(), error_type(&err)), (Some(403), Some(&ErrorType::SessionAuthorizationError)));
    let err = check("organization-test-someone-else", "stytch.self").send(&client).unwrap_err();
    assert_eq!(
        (err.status(), error_type(&err)),
        (Some(403), Some(&ErrorType::SessionAuthorizationTenancyError))
    );

    let consumer = AuthenticateSession {
        authorization_check: Some(AuthorizationCheck::new("documents", "read")),
        ..AuthenticateSession::with_session_token(&w.token)
    };
    let err = consumer.send(&client).unwrap_err();
    assert_eq!(
        (err.status(), error_type(&err)),
        (Some(403), Some(&ErrorType::ConsumerSessionAuthorizationError))
    );
    // Without a check there is no verdict, sent as `null` as Stytch sends it.
    let (_, body) = post(&w.stytch, "/v1/sessions/authenticate", &json!({"session_token": w.token}));
    assert_eq!(body.get("verdict"), Some(&Value::Null));
    Ok(())
}

#[test]
fn after_the_clock_moves_new_jwts_verify_on_the_wall_clock() -> TestResult {
    let stytch = start();
    let ada = stytch.add_user("ada@example.com", OLD)?;
    let keys = jwks(&stytch, false);
    stytch.advance(Duration::from_secs(3 * 3600));
    let project_id = stytch.project_id().to_owned();

    // Every way a JWT is made: a seeded session, a reset, an authenticate.
    let seeded = stytch.add_session(&ada.user_id, NewSession::new())?;
    verify_on_the_wall_clock(&seeded.session_jwt, &keys, &project_id)?;
    let reset = ExistingPasswordReset {
        session_duration_minutes: Some(60),
        ..ExistingPasswordReset::new("ada@example.com", OLD, NEW)
    }
    .send(&stytch.client())?;
    verify_on_the_wall_clock(&reset.session_jwt, &keys, &project_id)?;
    let answer = AuthenticateSession::with_session_jwt(&reset.session_jwt).send(&stytch.client())?;
    let claims = verify_on_the_wall_clock(&answer.session_jwt, &keys, &project_id)?;
    // And on the local clock: issued no later than now, expiring five minutes after now.
    assert!(current_at(&answer.session_jwt, stytch.now()));
    assert!(claims["exp"].as_i64().unwrap() >= unix(stytch.now()) + 299);
    stytch.advance(5 * MINUTE);
    assert!(!current_at(&answer.session_jwt, stytch.now()), "five local minutes later it has expired");

    let org = stytch.add_organization(NewOrganization::new("Globex", "globex"))?;
    let hank = stytch.add_member(&org.organization_id, "hank@globex.example", OLD)?;
    let member =
        stytch.add_member_session(&hank.member_id, NewSession::new().factor(Factor::magic_link()))?;
    let reset = SessionReset::with_session_jwt(&org.organization_id, NEW, &member.session_jwt)
        .send(&stytch.client())?;
    verify_on_the_wall_clock(&reset.session_jwt, &jwks(&stytch, true), &project_id)?;
    Ok(())
}

#[test]
fn another_local_stytchs_jwt_is_refused_by_key_id_and_by_key() -> TestResult {
    let a = world();
    let a_keys = jwks(&a.stytch, false);
    // Local Stytches of one process take the pool's keys in turn; tests running beside this one
    // take some too, so look for the next one with another key (the pool has eight).
    let b = (0..8)
        .map(|_| world())
        .find(|b| jwks(&b.stytch, false)[0].algorithm != a_keys[0].algorithm)
        .expect("another key within eight local Stytches");
    // Another instance's JWT names a key id this one does not have...
    let err = verify_on_the_wall_clock(&b.jwt, &a_keys, b.stytch.project_id()).unwrap_err();
    assert_eq!(err, "unknown kid");
    // ...and its key differs too: checked against this one's key, the signature fails.
    let a_key = DecodingKey::from_jwk(&a_keys[0])?;
    let mut validation = Validation::new(Algorithm::RS256);
    validation.set_audience(&[b.stytch.project_id()]);
    let err = decode::<Value>(&b.jwt, &a_key, &validation).unwrap_err();
    assert_eq!(*err.kind(), jsonwebtoken::errors::ErrorKind::InvalidSignature);
    // Neither instance's server takes the other's JWT, even with the same credentials.
    assert!(!a.stytch.session_is_active(&b.jwt));
    let err = AuthenticateSession::with_session_jwt(&b.jwt).send(&a.stytch.client()).unwrap_err();
    assert_eq!(error_type(&err), Some(&ErrorType::SessionNotFound));
    let same = LocalStytch::builder().credentials(a.stytch.project_id(), a.stytch.secret()).start()?;
    let same_keys = jwks(&same, false);
    assert_ne!(same_keys[0].common.key_id, a_keys[0].common.key_id);
    assert_eq!(
        verify_on_the_wall_clock(&a.jwt, &same_keys, a.stytch.project_id()).unwrap_err(),
        "unknown kid"
    );
    Ok(())
}

#[test]
fn the_consumer_and_b2b_key_sets_differ_and_outlive_a_reset() {
    let w = world();
    let (consumer, b2b) = (jwks(&w.stytch, false), jwks(&w.stytch, true));
    assert_ne!(consumer[0].common.key_id, b2b[0].common.key_id);
    assert_eq!(decode_header(&w.jwt).unwrap().kid, consumer[0].common.key_id);
    assert_eq!(decode_header(&w.member_jwt).unwrap().kid, b2b[0].common.key_id);
    // A member's JWT does not pass for a user's with the consumer keys.
    assert_eq!(
        verify_on_the_wall_clock(&w.member_jwt, &consumer, w.stytch.project_id()).unwrap_err(),
        "unknown kid"
    );
    w.stytch.reset();
    assert_eq!(jwks(&w.stytch, false)[0].common.key_id, consumer[0].common.key_id);
    assert_eq!(jwks(&w.stytch, true)[0].common.key_id, b2b[0].common.key_id);
}

#[test]
fn end_to_end_reset_refresh_and_revoke() -> TestResult {
    let stytch = start();
    stytch.add_user("ada@example.com", OLD)?;
    let keys = jwks(&stytch, false);
    let project_id = stytch.project_id().to_owned();
    let client = stytch.client();

    // A reset with a session: its JWT verifies locally.
    let reset = ExistingPasswordReset {
        session_duration_minutes: Some(60),
        ..ExistingPasswordReset::new("ada@example.com", OLD, NEW)
    }
    .send(&client)?;
    verify_on_the_wall_clock(&reset.session_jwt, &keys, &project_id)?;

    // Six minutes later the JWT has expired (on the local clock); sessions/authenticate refreshes it.
    stytch.advance(6 * MINUTE);
    assert!(!current_at(&reset.session_jwt, stytch.now()));
    let refreshed = AuthenticateSession::with_session_jwt(&reset.session_jwt).send(&client)?;
    assert!(current_at(&refreshed.session_jwt, stytch.now()));
    verify_on_the_wall_clock(&refreshed.session_jwt, &keys, &project_id)?;
    assert_eq!(refreshed.session.session_id, reset.session.as_ref().unwrap().session_id);

    // A second reset revokes the session: neither JWT names it any more.
    ExistingPasswordReset::new("ada@example.com", NEW, NEWER).send(&client)?;
    for jwt in [&reset.session_jwt, &refreshed.session_jwt] {
        let err = AuthenticateSession::with_session_jwt(jwt).send(&client).unwrap_err();
        assert_eq!((err.status(), error_type(&err)), (Some(404), Some(&ErrorType::SessionNotFound)));
    }
    Ok(())
}

#[test]
fn end_to_end_for_members_a_reset_through_another_session_revokes_this_one() -> TestResult {
    let stytch = start();
    let org = stytch.add_organization(NewOrganization::new("Globex", "globex"))?;
    let hank = stytch.add_member("globex", "hank@globex.example", OLD)?;
    let first = stytch.add_member_session(&hank.member_id, NewSession::new().factor(Factor::magic_link()))?;
    let client = stytch.client();
    let reset =
        SessionReset::with_session_jwt(&org.organization_id, NEW, &first.session_jwt).send(&client)?;
    stytch.advance(6 * MINUTE);
    let refreshed = AuthenticateMemberSession::with_session_jwt(&reset.session_jwt).send(&client)?;
    assert!(current_at(&refreshed.session_jwt, stytch.now()));
    assert_eq!(refreshed.member_session.member_session_id, reset.member_session.unwrap().member_session_id);

    let second =
        stytch.add_member_session(&hank.member_id, NewSession::new().factor(Factor::magic_link()))?;
    SessionReset::with_session_token(&org.organization_id, NEWER, &second.session_token).send(&client)?;
    let err = AuthenticateMemberSession::with_session_jwt(&refreshed.session_jwt).send(&client).unwrap_err();
    assert_eq!(error_type(&err), Some(&ErrorType::SessionNotFound));
    Ok(())
}

#[test]
fn the_journal_redacts_the_session_arguments() -> TestResult {
    let w = world();
    AuthenticateSession::with_session_jwt(&w.jwt).send(&w.stytch.client())?;
    AuthenticateMemberSession::with_session_token(&w.member_token).send(&w.stytch.client())?;
    let seen = format!("{:?}", w.stytch.requests_seen());
    assert!(!seen.contains(&w.jwt) && !seen.contains(&w.member_token), "{seen}");
    assert!(seen.contains("/v1/b2b/sessions/authenticate"));
    Ok(())
}
