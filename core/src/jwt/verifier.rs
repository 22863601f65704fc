//! [`SessionVerifier`] and [`B2bSessionVerifier`]: local verification of session JWTs over a key
//! cache, `authenticate` with Stytch as the fallback, and [`VerifierBuilder`], their settings.

use super::cache::{KeyCache, Source};
use super::claims::{self, MemberSessionClaims, Rules, SessionClaims};
use super::keys::KeySet;
use super::token;
use crate::b2b::session::{AuthenticateMemberSession, AuthenticateMemberSessionResponse, GetB2bJwks};
use crate::consumer::session::{AuthenticateSession, AuthenticateSessionResponse, GetJwks};
use crate::error::ConfigError;
use crate::trace::JwtTrace;
use crate::{Client, Error, JwtError};
use ring::signature::{RsaPublicKeyComponents, RSA_PKCS1_2048_8192_SHA256};
use std::fmt;
use std::marker::PhantomData;
use std::sync::Arc;
use std::time::{Duration, SystemTime};

/// How often a held key set is fetched again, by default.
pub const DEFAULT_REFRESH_INTERVAL: Duration = Duration::from_secs(60 * 60);
/// How often, at most, an unknown `kid` makes the key set be fetched again, by default.
pub const DEFAULT_REFETCH_INTERVAL: Duration = Duration::from_secs(5 * 60);

type Clock = Arc<dyn Fn() -> SystemTime + Send + Sync>;

/// What both verifiers share: the client, the rules, the key cache and the clock.
struct Shared {
    client: Client,
    b2b: bool,
    rules: Rules,
    cache: KeyCache,
    max_token_bytes: usize,
    clock: Clock,
}

impl Shared {
    /// Header, key, signature, then claims: a forged JWT costs one RSA verification at most, and
    /// its payload is not decoded.
    fn verify(&self, jwt: &str) -> Result<(claims::Payload, claims::Registered), JwtError> {
        let parts = token::parse(jwt, self.max_token_bytes)?;
        let key = self.cache.key(&parts.kid)?;
        let (n, e) = key.components();
        RsaPublicKeyComponents { n, e }
            .verify(&RSA_PKCS1_2048_8192_SHA256, parts.signed, &parts.signature)
            .map_err(|_| JwtError::Signature)?;
        drop(key);
        let payload = token::decode_payload(parts.payload)?;
        let claims = claims::parse_payload(&payload)?;
        let registered = claims::check(&claims, &self.rules, (self.clock)())?;
        Ok((claims, registered))
    }
}

/// Verifies consumer session JWTs locally, and authenticates them with Stytch when that fails for a
/// reason Stytch could fix.
///
/// Built from a [`Client`]: the key set comes from `GET /v1/sessions/jwks/{project_id}` over
/// that client (its base URL, TLS and proxy settings), fetched the first time a JWT needs it (never
/// at start-up), again every [`refresh_interval`](VerifierBuilder::refresh_interval) and when a
/// JWT names a key the set does not have (at most once per
/// [`refetch_interval`](VerifierBuilder::refetch_interval)). Cheap to clone, `Send` and `Sync`:
/// build one and share it; clones share the key cache.
///
/// A JWT passes when all of these hold, checked in this order:
///
/// 1. at most [`max_token_bytes`](VerifierBuilder::max_token_bytes) long, three base64url parts;
/// 2. the header says `alg: RS256` (never `none`, `HS256`, `ES256`, ...), has no `crit`, and
///    names a `kid` of the project's key set (`jku`, `x5u`, `jwk` and `x5c` are ignored);
/// 3. the RS256 signature verifies under that key (RSA, 2048 to 8192 bits);
/// 4. `aud` (a string or a list) contains the project id;
/// 5. `iss` is `stytch.com/{project_id}` or the client's base URL (a custom domain);
/// 6. `exp` has not passed and `nbf` has come, give or take the
///    [`clock_tolerance`](VerifierBuilder::clock_tolerance) (default 0);
/// 7. with a [`max_token_age`](VerifierBuilder::max_token_age), `now - iat` is below it (0
///    refuses every JWT, as the Node SDK's `max_token_age_seconds: 0`);
/// 8. `sub` and the `https://stytch.com/session` claim are there.
///
#[cfg_attr(feature = "local", doc = "```")]
#[cfg_attr(not(feature = "local"), doc = "```ignore")]
/// use stytch_endpoint::jwt::SessionVerifier;
/// use stytch_endpoint::local::{LocalStytch, NewSession};
///
/// let stytch = LocalStytch::start()?;
/// let ada = stytch.add_user("ada@example.com", "old password 1234!")?;
/// let session = stytch.add_session(&ada.user_id, NewSession::new())?;
///
/// let verifier = SessionVerifier::new(&stytch.client())?; // no request yet
/// let claims = verifier.verify(&session.session_jwt)?;    // fetches the keys once
/// assert_eq!(claims.user_id, ada.user_id);
/// assert_eq!(claims.session_id, session.session_id);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone)]
pub struct SessionVerifier {
    shared: Arc<Shared>,
}

/// Verifies B2B member session JWTs locally, and authenticates them with Stytch when that fails
/// for a reason Stytch could fix. The same as [`SessionVerifier`], with the B2B key set
/// (`GET /v1/b2b/sessions/jwks/{project_id}`), the `https://stytch.com/organization` claim
/// required, and `POST /v1/b2b/sessions/authenticate` as the fallback.
#[derive(Clone)]
pub struct B2bSessionVerifier {
    shared: Arc<Shared>,
}

/// Which way [`SessionVerifier::authenticate`] went.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum VerifiedBy {
    /// Verified locally with the cached keys; no request was made.
    Local,
    /// Verified by Stytch (`sessions/authenticate`), which answered with a new JWT.
    Remote,
}

impl VerifiedBy {
    /// `local` or `remote`, as the `tracing` span records it.
    pub fn as_str(self) -> &'static str {
        match self {
            VerifiedBy::Local => "local",
            VerifiedBy::Remote => "remote",
        }
    }
}

/// What `authenticate` found: the JWT's claims, verified locally, or Stytch's answer.
#[derive(Clone, Debug)]
pub enum Authenticated<C, R> {
    /// The JWT verified locally: it stands as it is.
    Local(C),
    /// Local verification failed for `reason` (one that Stytch could fix: see
    /// [`JwtError::could_be_refreshed`]) and Stytch accepted the JWT: its answer, with the session
    /// and a new `session_jwt` to use from now on.
    Remote {
        /// Stytch's answer.
        response: Box<R>,
        /// Why the JWT did not verify locally.
        reason: JwtError,
    },
}

impl<C, R> Authenticated<C, R> {
    /// Which way it went.
    pub fn verified_by(&self) -> VerifiedBy {
        match self {
            Authenticated::Local(_) => VerifiedBy::Local,
            Authenticated::Remote { .. } => VerifiedBy::Remote,
        }
    }
}

impl Authenticated<SessionClaims, AuthenticateSessionResponse> {
    /// The session's id, either way.
    pub fn session_id(&self) -> &str {
        match self {
            Authenticated::Local(claims) => &claims.session_id,
            Authenticated::Remote { response, .. } => &response.session.session_id,
        }
    }

    /// The User's id, either way.
    pub fn user_id(&self) -> &str {
        match self {
            Authenticated::Local(claims) => &claims.user_id,
            Authenticated::Remote { response, .. } => &response.session.user_id,
        }
    }

    /// The new JWT Stytch answered with, to use from now on; `None` when the JWT verified locally
    /// and stands as it is.
    pub fn refreshed_jwt(&self) -> Option<&str> {
        match self {
            Authenticated::Local(_) => None,
            Authenticated::Remote { response, .. } => Some(&response.session_jwt),
        }
    }
}

impl Authenticated<MemberSessionClaims, AuthenticateMemberSessionResponse> {
    /// The member session's id, either way.
    pub fn member_session_id(&self) -> &str {
        match self {
            Authenticated::Local(claims) => &claims.member_session_id,
            Authenticated::Remote { response, .. } => &response.member_session.member_session_id,
        }
    }

    /// The Member's id, either way.
    pub fn member_id(&self) -> &str {
        match self {
            Authenticated::Local(claims) => &claims.member_id,
            Authenticated::Remote { response, .. } => &response.member_session.member_id,
        }
    }

    /// The Organization's id, either way.
    pub fn organization_id(&self) -> &str {
        match self {
            Authenticated::Local(claims) => &claims.organization_id,
            Authenticated::Remote { response, .. } => &response.member_session.organization_id,
        }
    }

    /// The new JWT Stytch answered with; `None` when the JWT verified locally.
    pub fn refreshed_jwt(&self) -> Option<&str> {
        match self {
            Authenticated::Local(_) => None,
            Authenticated::Remote { response, .. } => Some(&response.session_jwt),
        }
    }
}

/// A consumer session after [`SessionVerifier::authenticate`].
pub type AuthenticatedSession = Authenticated<SessionClaims, AuthenticateSessionResponse>;
/// A B2B member session after [`B2bSessionVerifier::authenticate`].
pub type AuthenticatedMemberSession = Authenticated<MemberSessionClaims, AuthenticateMemberSessionResponse>;

/// Verifies locally, falls back to `send` for a reason Stytch could fix; one span around it.
fn authenticate<C, R>(
    shared: &Shared,
    jwt: Option<&str>,
    local: impl FnOnce(&str) -> Result<C, JwtError>,
    remote: impl FnOnce() -> Result<R, Error>,
) -> Result<Authenticated<C, R>, Error> {
    let trace = JwtTrace::start(shared.b2b);
    let Some(jwt) = jwt else {
        let err = Error::Jwt(JwtError::Malformed("the request has no session_jwt to verify"));
        trace.finish(None, &Err(&err));
        return Err(err);
    };
    match local(jwt) {
        Ok(claims) => {
            trace.finish(None, &Ok(VerifiedBy::Local));
            Ok(Authenticated::Local(claims))
        }
        Err(reason) if reason.could_be_refreshed() => {
            let result = remote();
            match result {
                Ok(response) => {
                    trace.finish(Some(&reason), &Ok(VerifiedBy::Remote));
                    Ok(Authenticated::Remote { response: Box::new(response), reason })
                }
                Err(err) => {
                    trace.finish(Some(&reason), &Err(&err));
                    Err(err)
                }
            }
        }
        Err(reason) => {
            let err = Error::Jwt(reason);
            trace.finish(None, &Err(&err));
            Err(err)
        }
    }
}

impl SessionVerifier {
    /// A verifier with the default settings, for the client's project. A gateway client has no
    /// project id: use [`builder`](Self::builder) and [`VerifierBuilder::project_id`].
    pub fn new(client: &Client) -> Result<SessionVerifier, ConfigError> {
        SessionVerifier::builder(client).build()
    }

    /// A builder for every setting.
    pub fn builder(client: &Client) -> VerifierBuilder<SessionVerifier> {
        VerifierBuilder::new(client)
    }

    /// Verifies `jwt` locally (fetching the key set if it needs to) and returns its claims.
    pub fn verify(&self, jwt: &str) -> Result<SessionClaims, JwtError> {
        let (claims, registered) = self.shared.verify(jwt)?;
        SessionClaims::new(claims, registered)
    }

    /// Verifies `jwt` locally; when that fails for a reason Stytch could fix (it expired, is
    /// older than the maximum token age, or names a key not in the held set), sends it to
    /// `POST /v1/sessions/authenticate`, which answers with the session and a new JWT. For any
    /// other reason the JWT is refused without a request ([`Error::Jwt`]).
    ///
    /// A session Stytch no longer has (revoked, expired) is [`Error::Api`] with
    /// [`ErrorType::SessionNotFound`](crate::ErrorType::SessionNotFound).
    pub fn authenticate(&self, jwt: &str) -> Result<AuthenticatedSession, Error> {
        self.authenticate_with(&AuthenticateSession::with_session_jwt(jwt))
    }

    /// [`authenticate`](Self::authenticate) with the request to send if it goes to Stytch
    /// (`session_duration_minutes`, `session_custom_claims`, `authorization_check`): its
    /// `session_jwt` is the JWT verified locally first. As with the official SDKs, the request is
    /// sent only when local verification fails for a reason Stytch could fix: a JWT that verifies
    /// locally extends nothing (send the request yourself for that). A request without a
    /// `session_jwt` is refused with [`JwtError::Malformed`].
    pub fn authenticate_with(&self, request: &AuthenticateSession) -> Result<AuthenticatedSession, Error> {
        let shared = &self.shared;
        authenticate(
            shared,
            request.session_jwt.as_deref(),
            |jwt| self.verify(jwt),
            || request.send(&shared.client),
        )
    }

    /// The keys held now (none before the first fetch).
    pub fn keys(&self) -> KeySet {
        self.shared.cache.keys()
    }

    /// Replaces the held keys, as if just fetched.
    pub fn set_keys(&self, keys: KeySet) {
        self.shared.cache.install(keys);
    }

    /// How many times the key set was fetched (successfully or not) since the verifier was built.
    pub fn key_fetches(&self) -> u64 {
        self.shared.cache.fetches()
    }
}

impl B2bSessionVerifier {
    /// A verifier with the default settings, for the client's project.
    pub fn new(client: &Client) -> Result<B2bSessionVerifier, ConfigError> {
        B2bSessionVerifier::builder(client).build()
    }

    /// A builder for every setting.
    pub fn builder(client: &Client) -> VerifierBuilder<B2bSessionVerifier> {
        VerifierBuilder::new(client)
    }

    /// Verifies `jwt` locally and returns its claims.
    pub fn verify(&self, jwt: &str) -> Result<MemberSessionClaims, JwtError> {
        let (claims, registered) = self.shared.verify(jwt)?;
        MemberSessionClaims::new(claims, registered)
    }

    /// Verifies `jwt` locally; when that fails for a reason Stytch could fix, sends it to
    /// `POST /v1/b2b/sessions/authenticate`. See [`SessionVerifier::authenticate`].
    pub fn authenticate(&self, jwt: &str) -> Result<AuthenticatedMemberSession, Error> {
        self.authenticate_with(&AuthenticateMemberSession::with_session_jwt(jwt))
    }

    /// [`authenticate`](Self::authenticate) with the request to send if it goes to Stytch.
    pub fn authenticate_with(
        &self,
        request: &AuthenticateMemberSession,
    ) -> Result<AuthenticatedMemberSession, Error> {
        let shared = &self.shared;
        authenticate(
            shared,
            request.session_jwt.as_deref(),
            |jwt| self.verify(jwt),
            || request.send(&shared.client),
        )
    }

    /// The keys held now (none before the first fetch).
    pub fn keys(&self) -> KeySet {
        self.shared.cache.keys()
    }

    /// Replaces the held keys, as if just fetched.
    pub fn set_keys(&self, keys: KeySet) {
        self.shared.cache.install(keys);
    }

    /// How many times the key set was fetched (successfully or not) since the verifier was built.
    pub fn key_fetches(&self) -> u64 {
        self.shared.cache.fetches()
    }
}

/// The settings of a [`SessionVerifier`] or [`B2bSessionVerifier`].
///
/// ```
/// use std::time::Duration;
/// use stytch_endpoint::jwt::SessionVerifier;
/// use stytch_endpoint::Client;
///
/// let client = Client::new("project-test-00000000-0000-0000-0000-000000000000", "secret-test-...");
/// let verifier = SessionVerifier::builder(&client)
///     .clock_tolerance(Duration::from_secs(5))
///     .max_token_age(Duration::from_secs(60))
///     .build()?;
/// # Ok::<(), stytch_endpoint::ConfigError>(())
/// ```
pub struct VerifierBuilder<V> {
    client: Client,
    project_id: Option<String>,
    keys: Option<KeySet>,
    fetch: bool,
    refresh_interval: Duration,
    refetch_interval: Duration,
    tolerance: Duration,
    max_age: Option<Duration>,
    max_token_bytes: usize,
    clock: Option<Clock>,
    verifier: PhantomData<fn() -> V>,
}

impl<V> VerifierBuilder<V> {
    fn new(client: &Client) -> Self {
        VerifierBuilder {
            client: client.clone(),
            project_id: client.project_id().map(str::to_owned),
            keys: None,
            fetch: true,
            refresh_interval: DEFAULT_REFRESH_INTERVAL,
            refetch_interval: DEFAULT_REFETCH_INTERVAL,
            tolerance: Duration::ZERO,
            max_age: None,
            max_token_bytes: token::DEFAULT_MAX_TOKEN_BYTES,
            clock: None,
            verifier: PhantomData,
        }
    }

    /// The project whose JWTs are accepted (`aud`, `iss`, the JWKS path); by default the
    /// client's. Required for a gateway client.
    pub fn project_id(mut self, project_id: impl Into<String>) -> Self {
        self.project_id = Some(project_id.into());
        self
    }

    /// Start with these keys instead of fetching them on first use (tests, an air-gapped start).
    /// They are fetched again on schedule and for an unknown `kid` unless
    /// [`fetch_keys(false)`](Self::fetch_keys).
    pub fn keys(mut self, keys: KeySet) -> Self {
        self.keys = Some(keys);
        self
    }

    /// Whether the key set is ever fetched (default `true`). With `false`, only the keys given
    /// with [`keys`](Self::keys) or [`set_keys`](SessionVerifier::set_keys) are used, and
    /// `authenticate` still falls back to Stytch for an expired JWT.
    pub fn fetch_keys(mut self, fetch: bool) -> Self {
        self.fetch = fetch;
        self
    }

    /// How old a held key set may get before it is fetched again (default one hour). The request
    /// that finds it stale fetches it, if no other fetch runs; the others use the held keys.
    pub fn refresh_interval(mut self, interval: Duration) -> Self {
        self.refresh_interval = interval;
        self
    }

    /// The least time between two fetches made for unknown `kid`s, and between retries after a
    /// failed fetch (default five minutes).
    pub fn refetch_interval(mut self, interval: Duration) -> Self {
        self.refetch_interval = interval;
        self
    }

    /// How far `exp` and `nbf` may be off the verifier's clock (default 0).
    pub fn clock_tolerance(mut self, tolerance: Duration) -> Self {
        self.tolerance = tolerance;
        self
    }

    /// Refuse a JWT issued this long ago or longer (`now - iat >= max`); `Duration::ZERO` refuses
    /// every JWT, so that `authenticate` always asks Stytch. Default: no limit.
    pub fn max_token_age(mut self, max_age: Duration) -> Self {
        self.max_age = Some(max_age);
        self
    }

    /// The longest JWT looked at (default 16 KiB); a longer one is refused before it is decoded.
    pub fn max_token_bytes(mut self, limit: usize) -> Self {
        self.max_token_bytes = limit;
        self
    }

    /// The clock `exp`, `nbf` and `iat` are compared with (default `SystemTime::now`). For tests:
    /// a local Stytch's clock, `move || stytch.now()`.
    pub fn clock(mut self, clock: impl Fn() -> SystemTime + Send + Sync + 'static) -> Self {
        self.clock = Some(Arc::new(clock));
        self
    }

    fn shared(self, b2b: bool) -> Result<Shared, ConfigError> {
        let project_id = self.project_id.filter(|id| !id.is_empty()).ok_or_else(|| {
            ConfigError::new("a session verifier needs a project id; set one with `project_id`")
        })?;
        let source: Option<Source> = self.fetch.then(|| {
            let (client, project_id) = (self.client.clone(), project_id.clone());
            let fetch: Source = Arc::new(move || {
                let set = if b2b {
                    GetB2bJwks::new(project_id.as_str()).send(&client)?
                } else {
                    GetJwks::new(project_id.as_str()).send(&client)?
                };
                Ok(KeySet::from_jwk_set(&set))
            });
            fetch
        });
        let issuers =
            [format!("stytch.com/{project_id}"), self.client.base_url().trim_end_matches('/').to_owned()];
        Ok(Shared {
            b2b,
            rules: Rules { project_id, issuers, tolerance: self.tolerance, max_age: self.max_age },
            cache: KeyCache::new(self.keys, source, self.refresh_interval, self.refetch_interval),
            max_token_bytes: self.max_token_bytes,
            clock: self.clock.unwrap_or_else(|| Arc::new(SystemTime::now)),
            client: self.client,
        })
    }
}

impl VerifierBuilder<SessionVerifier> {
    /// The verifier. Makes no request.
    pub fn build(self) -> Result<SessionVerifier, ConfigError> {
        Ok(SessionVerifier { shared: Arc::new(self.shared(false)?) })
    }
}

impl VerifierBuilder<B2bSessionVerifier> {
    /// The verifier. Makes no request.
    pub fn build(self) -> Result<B2bSessionVerifier, ConfigError> {
        Ok(B2bSessionVerifier { shared: Arc::new(self.shared(true)?) })
    }
}

impl fmt::Debug for Shared {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SessionVerifier")
            .field("b2b", &self.b2b)
            .field("project_id", &self.rules.project_id)
            .field("issuers", &self.rules.issuers)
            .field("clock_tolerance", &self.rules.tolerance)
            .field("max_token_age", &self.rules.max_age)
            .field("max_token_bytes", &self.max_token_bytes)
            .field("keys", &self.cache.keys())
            .field("client", &self.client)
            .finish()
    }
}

impl fmt::Debug for SessionVerifier {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&self.shared, f)
    }
}

impl fmt::Debug for B2bSessionVerifier {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&self.shared, f)
    }
}

impl<V> fmt::Debug for VerifierBuilder<V> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("VerifierBuilder")
            .field("project_id", &self.project_id)
            .field("keys", &self.keys)
            .field("fetch_keys", &self.fetch)
            .field("refresh_interval", &self.refresh_interval)
            .field("refetch_interval", &self.refetch_interval)
            .field("clock_tolerance", &self.tolerance)
            .field("max_token_age", &self.max_age)
            .field("max_token_bytes", &self.max_token_bytes)
            .finish()
    }
}
