//! Session JWTs, verified locally: [`SessionVerifier`] (consumer) and [`B2bSessionVerifier`]
//! (B2B), over a key cache, with Stytch's `sessions/authenticate` as the fallback.
//!
//! A reset with `session_duration_minutes` answers with a `session_token` and a `session_jwt`. The
//! JWT lives five minutes; Stytch recommends verifying it locally on every request an app serves
//! (no network: an RSA signature and a few comparisons) and asking Stytch only when it no longer
//! verifies. [`SessionVerifier::authenticate`] does both and says which it did:
//!
#![cfg_attr(feature = "local", doc = "```")]
#![cfg_attr(not(feature = "local"), doc = "```ignore")]
//! use stytch_endpoint::jwt::{Authenticated, SessionVerifier, VerifiedBy};
//! use stytch_endpoint::local::{LocalStytch, NewSession};
//!
//! let stytch = std::sync::Arc::new(LocalStytch::start()?);
//! let ada = stytch.add_user("ada@example.com", "old password 1234!")?;
//! let jwt = stytch.add_session(&ada.user_id, NewSession::new())?.session_jwt;
//!
//! // One verifier per project, shared by every request handler; it follows the local clock here.
//! let clock = stytch.clone();
//! let verifier = SessionVerifier::builder(&stytch.client()).clock(move || clock.now()).build()?;
//!
//! let first = verifier.authenticate(&jwt)?;
//! assert_eq!(first.verified_by(), VerifiedBy::Local);
//!
//! stytch.advance(std::time::Duration::from_secs(6 * 60)); // the JWT has expired, the session not
//! let later = verifier.authenticate(&jwt)?;
//! assert_eq!(later.verified_by(), VerifiedBy::Remote);
//! let fresh = later.refreshed_jwt().unwrap(); // hand this one back to the browser
//! assert_eq!(verifier.verify(fresh)?.session_id, first.session_id());
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! **What is checked**, and the error for each: see [`SessionVerifier`] and
//! [`JwtError`](crate::JwtError). Only RS256 with a key of the project's key set, 2048 bits or
//! more; `aud`, `iss`, `exp`, `nbf` and an optional maximum token age. Work on hostile input is
//! bounded (a size cap before anything is decoded; the payload is decoded only once the signature
//! holds), and no byte string makes it panic.
//!
//! **The key cache** (one per verifier, shared by its clones): the project's JWKS is fetched over
//! the verifier's [`Client`](crate::Client) the first time a JWT needs it (building a verifier
//! makes no request), again every hour, and when a JWT names a key id the set lacks, at most once
//! per five minutes; one fetch runs at a time, the other threads waiting for it (unknown `kid`) or
//! going on with the held keys (scheduled refresh). A fetch that fails (an error answer, HTML, a
//! body over the client's limit, a set without keys) keeps the held keys. No lock is held while a
//! signature is verified. [`VerifierBuilder::keys`] starts from a given [`KeySet`] instead.
//!
//! **The fallback**: `authenticate` calls Stytch only when local verification failed for a reason
//! Stytch could fix ([`JwtError::could_be_refreshed`](crate::JwtError::could_be_refreshed):
//! expired, too old, an unknown key, no key set); a forged or foreign JWT is refused without a
//! request. Stytch accepts a JWT past its `exp` while its session lives, and answers with the
//! session and a new JWT ([`Authenticated::Remote`]); a revoked or expired session is
//! [`ErrorType::SessionNotFound`](crate::ErrorType::SessionNotFound).
//!
//! **Secrets**: no error, `Debug` or `tracing` record holds a JWT. The `tracing` feature adds a
//! `stytch_endpoint.session_jwt` span around `authenticate`, with the path taken (`local` or
//! `remote`) and the check that sent it to Stytch.
//!
//! Needs the `jwt` feature (on by default): `ring`, already in the default build through rustls.

mod cache;
mod claims;
mod keys;
mod token;
mod verifier;

pub use claims::{MemberSessionClaims, SessionClaims};
pub use keys::{KeySet, MAX_KEYS};
pub use verifier::{
    Authenticated, AuthenticatedMemberSession, AuthenticatedSession, B2bSessionVerifier, SessionVerifier,
    VerifiedBy, VerifierBuilder, DEFAULT_REFETCH_INTERVAL, DEFAULT_REFRESH_INTERVAL,
};
