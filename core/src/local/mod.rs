//! A Stytch that runs in-process, for examples, tests, and apps developed offline.
//!
//! [`LocalStytch`] is a real HTTP server on `127.0.0.1` that answers the two password reset
//! endpoints the way Stytch does: the same paths, HTTP Basic credentials, request rules, JSON
//! shapes and `error_type`s, backed by an in-memory store that a test seeds and inspects. Its
//! clock can be moved forward, so the five-minute rule and session expiry are testable without
//! sleeping.
//!
//! ```
//! use std::time::Duration;
//! use stytch_endpoint::consumer::passwords::ExistingPasswordReset;
//! use stytch_endpoint::local::{LocalStytch, NewSession};
//! use stytch_endpoint::ErrorType;
//!
//! let stytch = LocalStytch::start()?;
//! let ada = stytch.add_user("ada@example.com", "old password 1234!")?;
//! let old = stytch.add_session(&ada.user_id, NewSession::new())?;
//!
//! let client = stytch.client();
//! let reset = ExistingPasswordReset {
//!     session_duration_minutes: Some(60),
//!     ..ExistingPasswordReset::new("ada@example.com", "old password 1234!", "correct horse battery staple")
//! };
//! let response = reset.send(&client)?;
//! assert_eq!(response.user_id, ada.user_id);
//! assert!(!stytch.session_is_active(&old.session_token)); // every old session is revoked
//! assert!(stytch.session_is_active(&response.session_token));
//! assert!(stytch.check_password("ada@example.com", "correct horse battery staple"));
//!
//! // The same call again: the existing password is no longer right.
//! let err = reset.send(&client).unwrap_err();
//! assert_eq!(err.api_error_type(), Some(&ErrorType::UnauthorizedCredentials));
//! assert_eq!(err.status(), Some(401));
//!
//! // Time passes only when the test says so.
//! stytch.advance(Duration::from_secs(61 * 60));
//! assert!(!stytch.session_is_active(&response.session_token));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! # What it models, and what it does not
//!
//! - Every request needs HTTP Basic credentials matching [`LocalStytch::project_id`] and
//!   [`LocalStytch::secret`] (else `unauthorized_credentials`, 401) and a `Content-Type` of
//!   exactly `application/json` (else `bad_request`, 400: Stytch rejects a `charset` suffix too).
//!   Bodies are decoded with this crate's request types and checked with their own `validate()`;
//!   each broken rule is answered with Stytch's `error_type` for it.
//! - An unknown path is answered `404 route_not_found`, another method than `POST` on a known
//!   path `405 method_not_allowed`, both in Stytch's error shape.
//! - New passwords must score at least 3 out of 4 with zxcvbn (Stytch's default policy), with the
//!   account's email address as a user input, and must not be breached: the
//!   [built-in list](BUILT_IN_BREACHED_PASSWORDS) and your own
//!   ([`LocalStytchBuilder::breached_passwords`]) stand in for HaveIBeenPwned
//!   (`breached_password`, 400). LUDS policies, device fingerprinting and rate limits are not
//!   modelled.
//! - Project settings are set on the builder, with Stytch's defaults: the vertical
//!   ([`LocalStytchBuilder::vertical`]; a consumer project answers the B2B endpoints
//!   `invalid_b2b_endpoint`, a B2B project the consumer ones `invalid_consumer_endpoint`, both 400;
//!   the default answers both), and the user lock ([`LocalStytchBuilder::user_lock`]; 10
//!   consecutive wrong existing passwords lock the user for an hour on the local clock, during
//!   which every attempt is answered `user_lock_limit_reached`, 429).
//! - Custom claims follow Stytch's custom-claims guide: an update merges into the session's claims
//!   deeply, `null` deletes a key at any depth, and the 4 KB limit (`custom_claims_too_large`)
//!   applies to the claims after the merge. Reserved claims (`iss`, `sub`, `aud`, `exp`, `nbf`,
//!   `iat`, `jti`) are refused with `reserved_claims_in_custom_claims`, keys under
//!   `https://stytch.com/` with `stytch_claims_in_custom_claims`, by the request types' own
//!   `validate()` and by the server alike.
//! - A B2B session that belongs to another organization than the one named is answered
//!   `session_not_found` (404). When the organization requires MFA
//!   ([`NewOrganization::mfa_required`]) and the session has no second factor, the reset goes
//!   through but the member is not authenticated: `member_authenticated: false`, an
//!   `intermediate_session_token` (ten minutes), `mfa_required`, and no session.
//! - Optional objects that do not apply are sent as `null` (`session`, `user_device`,
//!   `member_session`, `mfa_required`, `member_device`, `intermediate_session_token_expires_at`),
//!   as Stytch sends them.
//! - The consumer reset checks a `session_token` or `session_jwt` if one is given (it must name a
//!   live session of the user), then revokes every session of the user, that one included, as
//!   the issue of record describes; a new session starts only with `session_duration_minutes`.
//! - Session tokens are 44 random-looking characters from a non-cryptographic generator. Session
//!   JWTs are RS256, signed with a fixed **public test key** checked in with the crate
//!   (`kid` `jwk-test-local-stytch-2026`), and carry Stytch's claims (`sub`, `iss`
//!   `stytch.com/{project_id}`, `aud` `[project_id]`, `iat`, `nbf`, a five-minute `exp`,
//!   `https://stytch.com/session`, for members `https://stytch.com/organization`) and the custom
//!   claims. The keys are served at `GET /v1/sessions/jwks/{project_id}` and
//!   `GET /v1/b2b/sessions/jwks/{project_id}`, so apps and SDKs that verify JWTs themselves
//!   verify local ones. As with Stytch's server-side checks, a JWT past its `exp` still names its
//!   session while the session lives. None of it is a security boundary: it is a test double on
//!   loopback, and anyone can sign with its key.
//!
//! # Where Stytch's documentation disagrees with itself
//!
//! - Reserved custom claims: the API reference of the endpoints says claims named `iss`, `sub`,
//!   `aud`, `exp`, `nbf`, `iat` or `jti` "will be ignored"; the custom-claims guide says reserved
//!   claims (those and `https://stytch.com/*`) "will result in an error if they are set". The
//!   local Stytch follows the guide: an error is what an app must handle, and silently losing a
//!   claim is the worse surprise to meet first in production.
//! - JWKS credentials: the session JWKS reference does not say whether credentials are needed,
//!   while Stytch's other JWKS route says none are and the guides tell apps to hand the URL to
//!   their JWT library (which sends none). The local JWKS routes need no credentials.
//! - User locks: the lock guide says a lock starts after the threshold of consecutive failures
//!   and the error list says locked users get `user_lock_limit_reached`; neither says what the
//!   failure that reaches the threshold answers. Here it is still the ordinary failure (401), and
//!   every attempt after it is 429 until the lock expires.
//! - The status of `invalid_b2b_endpoint` and `invalid_consumer_endpoint` is not documented;
//!   they are answered 400, as request mistakes are.
//! - Requests are answered one at a time, on one thread per local Stytch.

mod b2b;
mod builder;
mod claims;
mod clock;
mod consumer;
mod error;
mod journal;
mod jwks;
mod jwt;
mod policy;
mod project;
mod rng;
mod seed;
mod server;
mod store;
mod timestamp;

pub use builder::LocalStytchBuilder;
pub use error::LocalError;
pub use journal::SeenRequest;
pub use project::{Vertical, BUILT_IN_BREACHED_PASSWORDS};
pub use seed::{Factor, NewOrganization, NewSession, SeededSession};

use crate::b2b::organization::{Member, Organization};
use crate::consumer::user::User;
use crate::redact::Redacted;
use crate::{Client, ClientBuilder};
use clock::Clock;
use seed::seed_session;
use std::fmt;
use std::net::{SocketAddr, TcpStream};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};
use std::thread::JoinHandle;
use std::time::{Duration, Instant, SystemTime};
use store::{Owner, Store};

/// A local Stytch: a real HTTP server on `127.0.0.1` with an in-memory store, on a background
/// thread. It stops when dropped. Any number can run at once, each with its own port, credentials,
/// data and clock, so each test can have its own.
///
/// See the [module documentation](self) for what it models.
///
/// ```
/// use stytch_endpoint::b2b::passwords::SessionReset;
/// use stytch_endpoint::local::{Factor, LocalStytch, NewOrganization, NewSession};
/// use std::time::Duration;
///
/// let stytch = LocalStytch::start()?;
/// let acme = stytch.add_organization(NewOrganization::new("Acme Co", "acme").external_id("crm-42"))?;
/// let grace = stytch.add_member("acme", "grace@acme.example", "old password 1234!")?;
/// let session = stytch.add_member_session(
///     &grace.member_id,
///     NewSession::new().factor(Factor::magic_link().authenticated_ago(Duration::from_secs(60))),
/// )?;
///
/// let reset = SessionReset::with_session_token("crm-42", "correct horse battery staple", &session.session_token);
/// let response = reset.send(&stytch.client())?;
/// assert_eq!(response.organization.organization_id, acme.organization_id);
/// assert!(response.member_authenticated);
/// assert!(stytch.check_member_password(&grace.member_id, "correct horse battery staple"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub struct LocalStytch {
    pub(crate) shared: Arc<Shared>,
    pub(crate) server: Option<Arc<tiny_http::Server>>,
    pub(crate) thread: Option<JoinHandle<()>>,
    pub(crate) addr: SocketAddr,
}

/// What the server thread and the handle share.
pub(crate) struct Shared {
    pub(crate) project_id: String,
    pub(crate) secret: String,
    pub(crate) clock: Clock,
    pub(crate) store: Mutex<Store>,
    pub(crate) stop: AtomicBool,
}

impl Shared {
    /// The store, locked. A panic elsewhere does not make it unusable: every change to it is
    /// completed before the lock is released.
    pub(crate) fn store(&self) -> MutexGuard<'_, Store> {
        self.store.lock().unwrap_or_else(|e| e.into_inner())
    }
}

impl LocalStytch {
    /// Starts a local Stytch on a free port of `127.0.0.1`, with fresh random credentials.
    pub fn start() -> Result<LocalStytch, LocalError> {
        LocalStytch::builder().start()
    }

    /// Starts a local Stytch on `127.0.0.1:port` (`0` picks a free port).
    pub fn start_on(port: u16) -> Result<LocalStytch, LocalError> {
        LocalStytch::builder().port(port).start()
    }

    /// A builder, to choose the port or the credentials.
    pub fn builder() -> LocalStytchBuilder {
        LocalStytchBuilder::new()
    }

    /// The base URL: `http://127.0.0.1:PORT`.
    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// The port the server listens on.
    pub fn port(&self) -> u16 {
        self.addr.port()
    }

    /// The project id the server expects.
    pub fn project_id(&self) -> &str {
        &self.shared.project_id
    }

    /// The secret the server expects. A test credential: it opens nothing but this local Stytch.
    pub fn secret(&self) -> &str {
        &self.shared.secret
    }

    /// A client for this local Stytch: its URL and credentials, and the default settings.
    pub fn client(&self) -> Client {
        self.client_builder().build().expect("a loopback URL with credentials is a valid configuration")
    }

    /// A client builder preset with this local Stytch's URL and credentials, for other settings.
    pub fn client_builder(&self) -> ClientBuilder {
        Client::builder().credentials(self.project_id(), self.secret()).base_url(&self.url())
    }

    // --- the clock ---

    /// The local Stytch's current time: the real time plus every [`advance`](Self::advance).
    pub fn now(&self) -> SystemTime {
        self.shared.clock.now()
    }

    /// Moves the clock forward: sessions expire and factors age as if `by` had passed.
    pub fn advance(&self, by: Duration) {
        self.shared.clock.advance(by);
    }

    // --- seeding ---

    /// Adds a consumer user with an email address and a password. The password is stored as given
    /// (no strength check), so a test can seed a weak one.
    pub fn add_user(&self, email: &str, password: &str) -> Result<User, LocalError> {
        let now = self.now();
        self.shared.store().add_user(email, password, now)
    }

    /// Adds a B2B organization.
    pub fn add_organization(&self, organization: NewOrganization) -> Result<Organization, LocalError> {
        let now = self.now();
        self.shared.store().add_organization(&organization, now)
    }

    /// Adds a member with a password to the organization named by its id, slug or external id.
    pub fn add_member(&self, organization: &str, email: &str, password: &str) -> Result<Member, LocalError> {
        let now = self.now();
        self.shared.store().add_member(organization, email, password, now)
    }

    /// Starts a session for the user with `user_id`.
    pub fn add_session(&self, user_id: &str, session: NewSession) -> Result<SeededSession, LocalError> {
        let now = self.now();
        let mut store = self.shared.store();
        let u = store
            .user_by_id(user_id)
            .ok_or_else(|| LocalError::NotFound { kind: "user", value: user_id.to_owned() })?;
        let email = (store.users[u].email_id.clone(), store.users[u].email.clone());
        seed_session(&mut store, Owner::User(user_id.to_owned()), email, session, now)
    }

    /// Starts a session for the member with `member_id`, in the member's organization.
    pub fn add_member_session(
        &self,
        member_id: &str,
        session: NewSession,
    ) -> Result<SeededSession, LocalError> {
        let now = self.now();
        let mut store = self.shared.store();
        let m = store
            .member_by_id(member_id)
            .ok_or_else(|| LocalError::NotFound { kind: "member", value: member_id.to_owned() })?;
        let record = &store.members[m];
        let owner = Owner::Member {
            member_id: member_id.to_owned(),
            organization_id: record.member.organization_id.clone(),
        };
        let email = (record.email_id.clone(), record.member.email_address.clone());
        seed_session(&mut store, owner, email, session, now)
    }

    // --- inspection ---

    /// Whether `password` is the current password of the user with this email address.
    pub fn check_password(&self, email: &str, password: &str) -> bool {
        let store = self.shared.store();
        store.user_by_email(email).is_some_and(|u| store.users[u].password == password)
    }

    /// Whether `password` is the current password of the member with `member_id`.
    pub fn check_member_password(&self, member_id: &str, password: &str) -> bool {
        let store = self.shared.store();
        store.member_by_id(member_id).is_some_and(|m| store.members[m].password.as_deref() == Some(password))
    }

    /// Whether a session token or session JWT names a live session (neither revoked nor expired).
    pub fn session_is_active(&self, token_or_jwt: &str) -> bool {
        let now = self.now();
        self.shared.store().find_session_by_secret(token_or_jwt, now).is_some()
    }

    /// How many live sessions the user or member with this id has.
    pub fn active_sessions(&self, user_or_member_id: &str) -> usize {
        let now = self.now();
        self.shared.store().live_sessions_of(user_or_member_id, now)
    }

    /// The user with `user_id`, as the API would return it now.
    pub fn user(&self, user_id: &str) -> Option<User> {
        let store = self.shared.store();
        store.user_by_id(user_id).map(|u| store.users[u].user.clone())
    }

    /// The member with `member_id`, as the API would return it now.
    pub fn member(&self, member_id: &str) -> Option<Member> {
        let store = self.shared.store();
        store.member_by_id(member_id).map(|m| store.members[m].member.clone())
    }

    /// The organization named by its id, slug or external id.
    pub fn organization(&self, key: &str) -> Option<Organization> {
        let store = self.shared.store();
        store.organization(key).map(|o| store.organizations[o].clone())
    }

    /// Every request answered so far, oldest first (bodies are not kept: they hold passwords).
    pub fn requests_seen(&self) -> Vec<SeenRequest> {
        self.shared.store().seen.clone()
    }
}

impl Drop for LocalStytch {
    /// Stops the server: when `drop` returns, the port refuses connections.
    fn drop(&mut self) {
        self.shared.stop.store(true, Ordering::SeqCst);
        if let Some(server) = &self.server {
            server.unblock();
        }
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
        // Dropping the last handle tells tiny_http's accept thread to close the listener, which it
        // does a moment later; wait for that (briefly), so the port is free when this returns.
        drop(self.server.take());
        let deadline = Instant::now() + Duration::from_secs(2);
        while Instant::now() < deadline
            && TcpStream::connect_timeout(&self.addr, Duration::from_millis(100)).is_ok()
        {
            std::thread::sleep(Duration::from_millis(2));
        }
    }
}

impl fmt::Debug for LocalStytch {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("LocalStytch")
            .field("url", &self.url())
            .field("project_id", &self.shared.project_id)
            .field("secret", &Redacted)
            .finish_non_exhaustive()
    }
}
