//! The local Stytch's session JWTs, checked the way an app checks Stytch's: fetch the JWKS over
//! HTTP (with an endpoint declared like any user's), then verify RS256 with an independent
//! library (`jsonwebtoken`), issuer, audience and all.

use jsonwebtoken::jwk::Jwk;
use jsonwebtoken::{decode, decode_header, Algorithm, DecodingKey, Validation};
use serde::Deserialize;
use serde_json::{json, Value};
use std::time::Duration;
use stytch_endpoint::b2b::passwords::SessionReset;
use stytch_endpoint::consumer::passwords::ExistingPasswordReset;
use stytch_endpoint::local::{Factor, LocalStytch, NewOrganization, NewSession};
use stytch_endpoint::{stytch_endpoint, ErrorType};
use stytch_endpoint_tests::{base64url, decode_base64url, get_without_credentials, BASE64URL};

type TestResult = Result<(), Box<dyn std::error::Error>>;

const OLD: &str = "old password 1234!";
const NEW: &str = "correct horse battery staple";

/// `GET /v1/sessions/jwks/{project_id}`, declared as a user of the crate would.
#[stytch_endpoint(GET, "/v1/sessions/jwks/{project_id}", response = Jwks)]
pub struct GetJwks {
    #[stytch(non_empty)]
    pub project_id: String,
}

/// `GET /v1/b2b/sessions/jwks/{project_id}`.
#[stytch_endpoint(GET, "/v1/b2b/sessions/jwks/{project_id}", response = Jwks)]
pub struct GetB2bJwks {
    #[stytch(non_empty)]
    pub project_id: String,
}

#[derive(Debug, Deserialize)]
pub struct Jwks {
    pub keys: Vec<Jwk>,
    pub request_id: String,
    pub status_code: u16,
}

/// RS256, this project's issuer and audience: what Stytch's SDKs check.
fn validation(project_id: &str) -> Validation {
    let mut validation = Validation::new(Algorithm::RS256);
    validation.set_audience(&[project_id]);
    validation.set_issuer(&[format!("stytch.com/{project_id}")]);
    validation.set_required_spec_claims(&["exp", "nbf", "iat", "sub", "iss", "aud"]);
    validation.validate_nbf = true;
    validation
}

/// The key of `jwks` that the JWT's header names.
fn key_for(jwks: &Jwks, jwt: &str) -> DecodingKey {
    let header = decode_header(jwt).expect("a JWT header");
    assert_eq!(header.alg, Algorithm::RS256);
    let kid = header.kid.expect("the header names its key");
    let jwk =
        jwks.keys.iter().find(|k| k.common.key_id.as_deref() == Some(&kid)).expect("the JWKS has the key");
    DecodingKey::from_jwk(jwk).expect("an RSA JWK")
}

/// The JWT with its payload replaced, the header and signature kept.
fn with_payload(jwt: &str, payload: &Value) -> String {
    let parts: Vec<&str> = jwt.split('.').collect();
    format!("{}.{}.{}", parts[0], base64url(payload.to_string().as_bytes()), parts[2])
}

fn payload(jwt: &str) -> Value {
    let part = jwt.split('.').nth(1).expect("a payload");
    serde_json::from_slice(&decode_base64url(part)).expect("JSON claims")
}

#[test]
fn a_consumer_session_jwt_verifies_with_the_jwks_and_an_edited_one_does_not() -> TestResult {
    let stytch = LocalStytch::start()?;
    let project_id = stytch.project_id().to_owned();
    let ada = stytch.add_user("ada@example.com", OLD)?;
    let seeded = stytch.add_session(&ada.user_id, NewSession::new())?;

    let jwks = GetJwks { project_id: project_id.clone() }.send(&stytch.client())?;
    assert_eq!(jwks.status_code, 200);
    assert!(jwks.request_id.starts_with("request-id-test-"));
    assert_eq!(jwks.keys.len(), 1);

    let key = key_for(&jwks, &seeded.session_jwt);
    let verified = decode::<Value>(&seeded.session_jwt, &key, &validation(&project_id))?;
    let claims = verified.claims;
    assert_eq!(claims["sub"], ada.user_id.as_str());
    assert_eq!(claims["iss"], format!("stytch.com/{project_id}"));
    assert_eq!(claims["aud"], json!([project_id]));
    let iat = claims["iat"].as_i64().unwrap();
    assert_eq!(claims["nbf"].as_i64(), Some(iat));
    assert_eq!(claims["exp"].as_i64(), Some(iat + 300), "Stytch's session JWTs live five minutes");
    let session = &claims["https://stytch.com/session"];
    assert_eq!(session["id"], seeded.session_id.as_str());
    for field in ["started_at", "last_accessed_at", "expires_at"] {
        assert!(session[field].as_str().is_some_and(|t| t.ends_with('Z')), "{field}: {session}");
    }
    assert_eq!(session["authentication_factors"][0]["type"], "password");
    assert_eq!(session["authentication_factors"][0]["delivery_method"], "knowledge");
    assert!(claims.get("https://stytch.com/organization").is_none());

    // The JWT of a reset verifies too.
    let reset = ExistingPasswordReset {
        session_duration_minutes: Some(60),
        ..ExistingPasswordReset::new("ada@example.com", OLD, NEW)
    }
    .send(&stytch.client())?;
    decode::<Value>(&reset.session_jwt, &key, &validation(&project_id))?;

    // One claim changed, header and signature kept: the signature no longer matches.
    let mut edited = payload(&reset.session_jwt);
    edited["sub"] = json!("user-test-someone-else");
    let forged = with_payload(&reset.session_jwt, &edited);
    let err = decode::<Value>(&forged, &key, &validation(&project_id)).unwrap_err();
    assert_eq!(*err.kind(), jsonwebtoken::errors::ErrorKind::InvalidSignature);
    assert!(!stytch.session_is_active(&forged));
    assert!(stytch.session_is_active(&reset.session_jwt));

    // The JWKS is public, as Stytch's is: a JWKS client fetches it without credentials.
    let (status, body) = get_without_credentials(stytch.port(), &format!("/v1/sessions/jwks/{project_id}"));
    assert_eq!(status, 200, "{body}");
    Ok(())
}

#[test]
fn the_jwks_has_stytchs_shape() -> TestResult {
    let stytch = LocalStytch::start()?;
    let (status, body) =
        get_without_credentials(stytch.port(), &format!("/v1/sessions/jwks/{}", stytch.project_id()));
    assert_eq!(status, 200);
    assert_eq!(body["status_code"], 200);
    assert!(body["request_id"].as_str().unwrap().starts_with("request-id-test-"));
    let key = &body["keys"][0];
    assert_eq!(body["keys"].as_array().unwrap().len(), 1);
    assert_eq!(key["kty"], "RSA");
    assert_eq!(key["alg"], "RS256");
    assert_eq!(key["use"], "sig");
    assert_eq!(key["key_ops"], json!(["verify"]));
    assert_eq!(key["e"], "AQAB");
    assert!(key["kid"].as_str().unwrap().starts_with("jwk-test-"));
    let n = key["n"].as_str().unwrap();
    assert!(n.bytes().all(|b| BASE64URL.contains(&b)), "n is unpadded base64url");
    assert_eq!(decode_base64url(n).len(), 256, "a 2048-bit modulus");
    assert!(key["x5c"][0].as_str().is_some_and(|c| c.starts_with("MII")), "a DER certificate");
    assert!(key["x5tS256"].as_str().is_some());

    // The B2B route serves a key of its own, in the same shape: a member's JWT is not a user's.
    let (status, b2b) =
        get_without_credentials(stytch.port(), &format!("/v1/b2b/sessions/jwks/{}", stytch.project_id()));
    assert_eq!(status, 200);
    let b2b_key = &b2b["keys"][0];
    assert_eq!(b2b["keys"].as_array().unwrap().len(), 1);
    for field in ["kty", "alg", "use", "key_ops", "e"] {
        assert_eq!(b2b_key[field], key[field], "{field}");
    }
    assert_ne!(b2b_key["kid"], key["kid"]);
    assert_ne!(b2b_key["n"], key["n"]);

    // Another project's keys are not here.
    let (status, other) =
        get_without_credentials(stytch.port(), "/v1/sessions/jwks/project-test-someone-else");
    assert_eq!((status, other["error_type"].as_str()), (400, Some("invalid_project_id")), "{other}");
    Ok(())
}

#[test]
fn a_member_session_jwt_carries_the_organization_and_verifies() -> TestResult {
    let stytch = LocalStytch::start()?;
    let project_id = stytch.project_id().to_owned();
    let acme = stytch.add_organization(NewOrganization::new("Acme Co", "acme"))?;
    let grace = stytch.add_member("acme", "grace@acme.example", OLD)?;
    let seeded = stytch.add_member_session(
        &grace.member_id,
        NewSession::new().factor(Factor::magic_link().authenticated_ago(Duration::from_secs(60))),
    )?;
    let jwks = GetB2bJwks { project_id: project_id.clone() }.send(&stytch.client())?;
    let key = key_for(&jwks, &seeded.session_jwt);

    let response = SessionReset::with_session_jwt("acme", NEW, &seeded.session_jwt).send(&stytch.client())?;
    let claims = decode::<Value>(&response.session_jwt, &key, &validation(&project_id))?.claims;
    assert_eq!(claims["sub"], grace.member_id.as_str());
    assert_eq!(
        claims["https://stytch.com/organization"],
        json!({"organization_id": acme.organization_id, "slug": "acme"})
    );
    let session = &claims["https://stytch.com/session"];
    assert_eq!(session["id"], seeded.session_id.as_str());
    assert_eq!(session["authentication_factors"][0]["type"], "magic_link");
    assert_eq!(session["roles"], json!(["stytch_member"]));

    // The reset verified the JWT it was given: an edited one names no session.
    let mut edited = payload(&response.session_jwt);
    edited["https://stytch.com/session"]["expires_at"] = json!("2099-01-01T00:00:00Z");
    let forged = with_payload(&response.session_jwt, &edited);
    assert!(decode::<Value>(&forged, &key, &validation(&project_id)).is_err());
    let err = SessionReset::with_session_jwt("acme", "another long passphrase 42", &forged)
        .send(&stytch.client())
        .unwrap_err();
    assert_eq!(err.error_type(), Some(&ErrorType::SessionNotFound));
    Ok(())
}

/// The README's JWKS verification, as written there (`jsonwebtoken`'s own `JwkSet` as the
/// response type of a declared endpoint).
#[test]
fn the_readmes_jwks_verification_holds() -> TestResult {
    use jsonwebtoken::jwk::JwkSet;

    #[stytch_endpoint(GET, "/v1/sessions/jwks/{project_id}", response = JwkSet)]
    pub struct GetJwkSet {
        pub project_id: String,
    }

    let stytch = LocalStytch::start()?;
    let client = stytch.client();

    // From the README, word for word after this line.
    let ada = stytch.add_user("ada@example.com", "old password 1234!")?;
    let session = stytch.add_session(&ada.user_id, NewSession::new())?;
    let jwks = GetJwkSet { project_id: stytch.project_id().into() }.send(&client)?;
    let jwt = &session.session_jwt; // a seeded session's, or a reset's
    let kid = decode_header(jwt)?.kid.ok_or("no kid")?;
    let key = DecodingKey::from_jwk(jwks.find(&kid).ok_or("unknown kid")?)?;
    let mut validation = Validation::new(Algorithm::RS256);
    validation.set_audience(&[stytch.project_id()]);
    validation.set_issuer(&[format!("stytch.com/{}", stytch.project_id())]);
    let claims = decode::<serde_json::Value>(jwt, &key, &validation)?.claims; // an edited JWT fails here
    assert_eq!(claims["sub"], ada.user_id);
    // End of the README's lines.

    let mut edited = payload(jwt);
    edited["sub"] = json!("user-test-someone-else");
    assert!(decode::<serde_json::Value>(&with_payload(jwt, &edited), &key, &validation).is_err());
    Ok(())
}
