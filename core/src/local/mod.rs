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
//! assert_eq!(err.error_type(), Some(&ErrorType::UnauthorizedCredentials));
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
//!   account's email address as a user input. Breach checks (`breached_password`), LUDS policies,
//!   user locking, MFA (`member_authenticated` is always `true`), device fingerprinting and
//!   rate limits are not modelled.
//! - Reserved custom claims (`iss`, `sub`, ...) are rejected with
//!   `reserved_claims_in_custom_claims`, as this crate's `validate()` does, where Stytch ignores
//!   them.
//! - A B2B session that belongs to another organization than the one named is answered
//!   `session_not_found` (404).
//! - The consumer reset checks a `session_token` or `session_jwt` if one is given (it must name a
//!   live session of the user), then revokes every session of the user, that one included, as
//!   the issue of record describes; a new session starts only with `session_duration_minutes`.
//! - Session tokens are 44 random-looking characters from a non-cryptographic generator; JWTs are
//!   JWT-shaped and carry the session's claims (`sub`, `https://stytch.com/session`, custom
//!   claims, a five-minute `exp`), but are signed with a keyed hash, not RS256, so only the local
//!   Stytch that issued one accepts it. As with Stytch's server-side checks, a JWT past its `exp`
//!   still names its session while the session lives. None of it is a security boundary: it is a
//!   test double on loopback.
//! - Requests are answered one at a time, on one thread per local Stytch.

mod b2b;
mod clock;
mod consumer;
mod jwt;
mod rules;
mod server;
mod store;

use crate::b2b::organization::{Member, Organization};
use crate::consumer::session::{AuthenticationFactorType, DeliveryMethod};
use crate::consumer::user::User;
use crate::redact::{Redacted, RedactedStr};
use crate::{Client, ClientBuilder, ErrorType};
use clock::Clock;
use serde_json::{Map, Value};
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
    shared: Arc<Shared>,
    server: Option<Arc<tiny_http::Server>>,
    thread: Option<JoinHandle<()>>,
    addr: SocketAddr,
}

/// What the server thread and the handle share.
pub(crate) struct Shared {
    pub(crate) project_id: String,
    pub(crate) secret: String,
    pub(crate) clock: Clock,
    store: Mutex<Store>,
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
        LocalStytchBuilder { port: 0, credentials: None }
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
        Ok(seed_session(&mut store, Owner::User(user_id.to_owned()), email, session, now))
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
        Ok(seed_session(&mut store, owner, email, session, now))
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

/// Creates a seeded session for `owner` and describes it as a login would have.
fn seed_session(
    store: &mut Store,
    owner: Owner,
    email: (String, String),
    session: NewSession,
    now: SystemTime,
) -> SeededSession {
    let index =
        store.create_session(owner, email, &session.factors, session.lifetime, session.custom_claims, now);
    let s = &store.sessions[index];
    SeededSession {
        session_id: s.session_id.clone(),
        session_token: s.token.clone(),
        session_jwt: store.jwt(index, now),
        expires_at: s.expires_at,
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

/// Builds a [`LocalStytch`]: by default on a free port, with random credentials.
#[derive(Clone)]
pub struct LocalStytchBuilder {
    port: u16,
    credentials: Option<(String, String)>,
}

impl LocalStytchBuilder {
    /// Listen on `127.0.0.1:port`; `0` (the default) picks a free port.
    pub fn port(mut self, port: u16) -> Self {
        self.port = port;
        self
    }

    /// Expect these credentials instead of random ones, for an app whose configuration should not
    /// change from run to run.
    pub fn credentials(mut self, project_id: impl Into<String>, secret: impl Into<String>) -> Self {
        self.credentials = Some((project_id.into(), secret.into()));
        self
    }

    /// Binds the port and starts serving.
    pub fn start(self) -> Result<LocalStytch, LocalError> {
        let mut rng = clock::Rng::new();
        let (project_id, secret) = match self.credentials {
            Some((id, secret)) => {
                if id.is_empty() || secret.is_empty() {
                    return Err(LocalError::invalid("credentials", "must not be empty"));
                }
                if id.contains(':') {
                    return Err(LocalError::invalid("project id", "must not contain `:`"));
                }
                (id, secret)
            }
            None => (format!("project-test-{}", rng.uuid()), format!("secret-test-{}", rng.token(36))),
        };
        let server = tiny_http::Server::http(("127.0.0.1", self.port))
            .map_err(|source| LocalError::Bind { port: self.port, source })?;
        let addr = server.server_addr().to_ip().ok_or_else(|| LocalError::Bind {
            port: self.port,
            source: "the server is not listening on an IP address".into(),
        })?;
        let server = Arc::new(server);
        let shared = Arc::new(Shared {
            store: Mutex::new(Store::new(project_id.clone())),
            project_id,
            secret,
            clock: Clock::new(),
            stop: AtomicBool::new(false),
        });
        let thread = {
            let (server, shared) = (server.clone(), shared.clone());
            std::thread::Builder::new()
                .name(format!("local-stytch-{}", addr.port()))
                .spawn(move || server::serve(&server, &shared))
                .map_err(|source| LocalError::Bind { port: self.port, source: Box::new(source) })?
        };
        Ok(LocalStytch { shared, server: Some(server), thread: Some(thread), addr })
    }
}

impl fmt::Debug for LocalStytchBuilder {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("LocalStytchBuilder")
            .field("port", &self.port)
            .field("project_id", &self.credentials.as_ref().map(|(id, _)| id))
            .field("secret", &self.credentials.as_ref().map(|_| Redacted))
            .finish()
    }
}

/// An organization to seed with [`LocalStytch::add_organization`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewOrganization {
    name: String,
    slug: String,
    organization_id: Option<String>,
    external_id: Option<String>,
}

impl NewOrganization {
    /// An organization with a name and a URL slug; its id is generated.
    pub fn new(name: impl Into<String>, slug: impl Into<String>) -> Self {
        NewOrganization { name: name.into(), slug: slug.into(), organization_id: None, external_id: None }
    }

    /// Use this id instead of a generated `organization-test-...` one.
    pub fn id(mut self, organization_id: impl Into<String>) -> Self {
        self.organization_id = Some(organization_id.into());
        self
    }

    /// Give the organization your own external id.
    pub fn external_id(mut self, external_id: impl Into<String>) -> Self {
        self.external_id = Some(external_id.into());
        self
    }
}

/// An authentication factor of a seeded session, and when it was authenticated.
#[derive(Clone, Debug, PartialEq)]
pub struct Factor {
    factor_type: AuthenticationFactorType,
    delivery_method: DeliveryMethod,
    when: When,
}

#[derive(Clone, Copy, Debug, PartialEq)]
enum When {
    Now,
    Ago(Duration),
    At(SystemTime),
}

impl Factor {
    /// A factor of any type and delivery method, authenticated now.
    pub fn new(factor_type: AuthenticationFactorType, delivery_method: DeliveryMethod) -> Self {
        Factor { factor_type, delivery_method, when: When::Now }
    }

    /// A password (`password`, delivered as `knowledge`), authenticated now.
    pub fn password() -> Self {
        Factor::new(AuthenticationFactorType::Password, DeliveryMethod::Knowledge)
    }

    /// An email magic link (`magic_link`, delivered by `email`), authenticated now.
    pub fn magic_link() -> Self {
        Factor::new(AuthenticationFactorType::MagicLink, DeliveryMethod::Email)
    }

    /// An email one-time passcode (`email_otp`, delivered by `email`), authenticated now.
    pub fn email_otp() -> Self {
        Factor::new(AuthenticationFactorType::EmailOtp, DeliveryMethod::Email)
    }

    /// Authenticated this long before the session is seeded (by the local Stytch's clock).
    pub fn authenticated_ago(mut self, ago: Duration) -> Self {
        self.when = When::Ago(ago);
        self
    }

    /// Authenticated at this time (see [`LocalStytch::now`]).
    pub fn authenticated_at(mut self, at: SystemTime) -> Self {
        self.when = When::At(at);
        self
    }

    fn when(&self, now: SystemTime) -> SystemTime {
        match self.when {
            When::Now => now,
            When::Ago(ago) => now.checked_sub(ago).unwrap_or(SystemTime::UNIX_EPOCH),
            When::At(at) => at,
        }
    }
}

/// A session to seed with [`LocalStytch::add_session`] or [`LocalStytch::add_member_session`].
///
/// By default it lasts 60 minutes from now and has one password factor authenticated now.
#[derive(Clone, Debug, PartialEq)]
pub struct NewSession {
    factors: Vec<Factor>,
    lifetime: Duration,
    custom_claims: Map<String, Value>,
}

impl NewSession {
    /// A 60-minute session; without [`factor`](Self::factor), one password factor authenticated
    /// now.
    pub fn new() -> Self {
        NewSession { factors: Vec::new(), lifetime: Duration::from_secs(60 * 60), custom_claims: Map::new() }
    }

    /// Adds an authentication factor (the first one replaces the default password factor).
    pub fn factor(mut self, factor: Factor) -> Self {
        self.factors.push(factor);
        self
    }

    /// The session expires this long after it is seeded.
    pub fn lasting(mut self, lifetime: Duration) -> Self {
        self.lifetime = lifetime;
        self
    }

    /// The session's custom claims (they are also in its JWT).
    pub fn custom_claims(mut self, claims: Map<String, Value>) -> Self {
        self.custom_claims = claims;
        self
    }
}

impl Default for NewSession {
    fn default() -> Self {
        NewSession::new()
    }
}

/// A seeded session: what a login would have given the app.
#[derive(Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct SeededSession {
    /// The session's id (`session-test-...` or `member-session-test-...`).
    pub session_id: String,
    /// The session's opaque token.
    pub session_token: String,
    /// A JWT for the session.
    pub session_jwt: String,
    /// When the session expires, by the local Stytch's clock.
    pub expires_at: SystemTime,
}

impl fmt::Debug for SeededSession {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SeededSession")
            .field("session_id", &self.session_id)
            .field("session_token", &RedactedStr(&self.session_token))
            .field("session_jwt", &RedactedStr(&self.session_jwt))
            .field("expires_at", &self.expires_at)
            .finish()
    }
}

/// One request the local Stytch answered.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct SeenRequest {
    /// The HTTP method.
    pub method: String,
    /// The path, without the query.
    pub path: String,
    /// The status answered.
    pub status: u16,
    /// The `error_type` answered, for errors.
    pub error_type: Option<ErrorType>,
    /// The `request_id` answered.
    pub request_id: String,
}

/// Why a local Stytch could not start, or a seeding call failed.
#[derive(Debug)]
#[non_exhaustive]
pub enum LocalError {
    /// The server could not listen on `127.0.0.1` at the port asked for.
    Bind {
        /// The port asked for (`0` for any).
        port: u16,
        /// Why.
        source: Box<dyn std::error::Error + Send + Sync>,
    },
    /// A seeding call named something this local Stytch does not have.
    NotFound {
        /// What kind of thing: `user`, `member`, `organization`.
        kind: &'static str,
        /// The id, slug or external id given.
        value: String,
    },
    /// A seeding call would repeat a value that must be unique.
    Duplicate {
        /// What kind of value: an email address, an organization's id, slug or external id.
        kind: &'static str,
        /// The value.
        value: String,
    },
    /// A seeded value is not acceptable.
    Invalid {
        /// Which value.
        what: &'static str,
        /// What is wrong with it.
        message: String,
    },
}

impl LocalError {
    pub(crate) fn invalid(what: &'static str, message: impl Into<String>) -> Self {
        LocalError::Invalid { what, message: message.into() }
    }
}

impl fmt::Display for LocalError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LocalError::Bind { port, source } => {
                write!(f, "the local Stytch could not listen on 127.0.0.1:{port}: {source}")
            }
            LocalError::NotFound { kind, value } => write!(f, "the local Stytch has no {kind} {value:?}"),
            LocalError::Duplicate { kind, value } => {
                write!(f, "the local Stytch already has the {kind} {value:?}")
            }
            LocalError::Invalid { what, message } => write!(f, "the {what} {message}"),
        }
    }
}

impl std::error::Error for LocalError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            LocalError::Bind { source, .. } => Some(&**source as _),
            _ => None,
        }
    }
}
