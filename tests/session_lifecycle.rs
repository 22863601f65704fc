//! The session a reset returns, end to end against the local Stytch: verified locally, refreshed
//! by `sessions/authenticate` once its JWT expired (the verifier on the local clock), revoked by
//! the next reset; and each local Stytch's keys refusing another's JWTs.

use std::sync::Arc;
use std::time::Duration;
use stytch_endpoint::b2b::passwords::SessionReset;
use stytch_endpoint::consumer::passwords::ExistingPasswordReset;
use stytch_endpoint::jwt::{Authenticated, B2bSessionVerifier, SessionVerifier, VerifiedBy};
use stytch_endpoint::local::{LocalStytch, NewOrganization, NewSession};
use stytch_endpoint::{Error, ErrorType, JwtError};

type TestResult = Result<(), Box<dyn std::error::Error>>;

const OLD: &str = "old password 1234!";
const NEW: &str = "correct horse battery staple";
const NEWER: &str = "a much longer and stronger passphrase";
const SIX_MINUTES: Duration = Duration::from_secs(6 * 60);

/// A verifier for `stytch`'s consumer sessions, on its clock.
fn verifier_of(stytch: &Arc<LocalStytch>) -> SessionVerifier {
    let clock = stytch.clone();
    SessionVerifier::builder(&stytch.client()).clock(move || clock.now()).build().unwrap()
}

#[test]
fn reset_verify_refresh_revoke() -> TestResult {
    let stytch = Arc::new(LocalStytch::start()?);
    let ada = stytch.add_user("ada@example.com", OLD)?;
    let verifier = verifier_of(&stytch);
    let always_remote = {
        let clock = stytch.clone();
        SessionVerifier::builder(&stytch.client())
            .clock(move || clock.now())
            .max_token_age(Duration::ZERO)
            .build()?
    };

    // A reset with a session: its JWT verifies locally, with the session's claims.
    let reset = ExistingPasswordReset {
        session_duration_minutes: Some(60),
        ..ExistingPasswordReset::new("ada@example.com", OLD, NEW)
    }
    .send(&stytch.client())?;
    let claims = verifier.verify(&reset.session_jwt)?;
    assert_eq!(claims.user_id, ada.user_id);
    let session_id = reset.session.as_ref().map(|s| s.session_id.clone()).unwrap_or_default();
    assert_eq!(claims.session_id, session_id);
    assert_eq!(claims.authentication_factors[0].factor_type.as_str(), "password");
    let first = verifier.authenticate(&reset.session_jwt)?;
    assert_eq!(first.verified_by(), VerifiedBy::Local);
    assert_eq!(verifier.key_fetches(), 1);
    let journal = stytch.requests_seen();
    assert!(!journal.iter().any(|r| r.path == "/v1/sessions/authenticate"), "the local path sends nothing");

    // Six minutes on: the JWT has expired, the hour-long session has not. Stytch refreshes it.
    stytch.advance(SIX_MINUTES);
    assert_eq!(verifier.verify(&reset.session_jwt).unwrap_err().check(), "expired");
    let refreshed = verifier.authenticate(&reset.session_jwt)?;
    let Authenticated::Remote { response, reason } = &refreshed else { panic!("{refreshed:?}") };
    assert_eq!(reason.check(), "expired");
    assert_eq!(response.session.session_id, session_id);
    assert_eq!(response.user.user_id, ada.user_id);
    let fresh = refreshed.refreshed_jwt().expect("a new JWT");
    assert_ne!(fresh, reset.session_jwt);
    assert_eq!(verifier.verify(fresh)?.session_id, session_id, "the new JWT verifies locally");
    assert_eq!(verifier.authenticate(fresh)?.verified_by(), VerifiedBy::Local);
    assert_eq!(verifier.key_fetches(), 1, "the keys were fetched once");

    // A second reset revokes the session. Locally the fresh JWT verifies until its exp (that is
    // what a JWT is); Stytch says the session is gone.
    ExistingPasswordReset::new("ada@example.com", NEW, NEWER).send(&stytch.client())?;
    assert!(verifier.verify(fresh).is_ok());
    let err = always_remote.authenticate(fresh).unwrap_err();
    assert_eq!(err.error_type(), Some(&ErrorType::SessionNotFound), "{err}");
    stytch.advance(SIX_MINUTES);
    let err = verifier.authenticate(fresh).unwrap_err();
    assert_eq!(err.error_type(), Some(&ErrorType::SessionNotFound), "{err}");
    Ok(())
}

#[test]
fn a_member_session_refreshes_and_each_local_stytch_refuses_anothers_jwts() -> TestResult {
    let stytch = Arc::new(LocalStytch::start()?);
    let acme = stytch.add_organization(NewOrganization::new("Acme Co", "acme"))?;
    let grace = stytch.add_member("acme", "grace@acme.example", OLD)?;
    let seeded = stytch.add_member_session(&grace.member_id, NewSession::new())?;
    let clock = stytch.clone();
    let b2b = B2bSessionVerifier::builder(&stytch.client()).clock(move || clock.now()).build()?;

    let claims = b2b.verify(&seeded.session_jwt)?;
    assert_eq!(
        (claims.member_id.as_str(), claims.organization_id.as_str()),
        (&*grace.member_id, &*acme.organization_id)
    );
    assert_eq!(claims.organization_slug, "acme");
    stytch.advance(SIX_MINUTES);
    let refreshed = b2b.authenticate(&seeded.session_jwt)?;
    assert_eq!(refreshed.verified_by(), VerifiedBy::Remote);
    assert_eq!(refreshed.member_session_id(), seeded.session_id);
    let fresh = refreshed.refreshed_jwt().unwrap().to_owned();
    assert_eq!(b2b.verify(&fresh)?.member_id, grace.member_id);

    // The consumer key set does not verify a member's JWT.
    let consumer = verifier_of(&stytch);
    assert!(matches!(consumer.verify(&fresh), Err(JwtError::UnknownKey(_))));

    // Another local Stytch has keys of its own: its verifier refuses this one's JWT, and Stytch
    // (asked because the key is unknown) knows no such session.
    let other = Arc::new(LocalStytch::start()?);
    let stranger = B2bSessionVerifier::new(&other.client())?;
    assert!(matches!(stranger.verify(&fresh), Err(JwtError::UnknownKey(_))));
    let err = stranger.authenticate(&fresh).unwrap_err();
    assert!(matches!(&err, Error::Api(_)), "{err}");

    // A reset (from a session with a recent factor: the B2B five-minute rule) revokes the
    // member's other sessions.
    let recent = stytch.add_member_session(&grace.member_id, NewSession::new())?;
    SessionReset::with_session_jwt("acme", NEW, &recent.session_jwt).send(&stytch.client())?;
    stytch.advance(SIX_MINUTES);
    let err = b2b.authenticate(&fresh).unwrap_err();
    assert_eq!(err.error_type(), Some(&ErrorType::SessionNotFound), "{err}");
    Ok(())
}
