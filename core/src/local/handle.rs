//! [`LocalStytch`], the handle a test holds: its URL and credentials, the clock, seeding, stubs and
//! inspection; and [`Shared`], what the handle and the server thread share.

use super::builder::LocalStytchBuilder;
use super::clock::Clock;
use super::error::LocalError;
use super::journal::SeenRequest;
use super::seed::{NewOrganization, NewSession, SeededSession};
use super::store::Store;
use super::stub::{StubBuilder, Stubs};
use super::{control, http};
use crate::b2b::organization::{Member, Organization};
use crate::consumer::user::User;
use crate::redact::Redacted;
use crate::Endpoint;
use crate::{Client, ClientBuilder};
use std::fmt;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, SystemTime};

/// A local Stytch: a real HTTP server on `127.0.0.1` with an in-memory store, on a background
/// thread. It stops when dropped. Any number can run at once, each with its own port, credentials,
/// data and clock, so each test can have its own.
///
/// See the [module documentation](crate::local) for what it models.
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
    pub(crate) server: http::Server,
    pub(crate) addr: SocketAddr,
}

/// What the server thread and the handle share.
pub(crate) struct Shared {
    pub(crate) project_id: String,
    pub(crate) secret: String,
    pub(crate) clock: Clock,
    pub(crate) store: Mutex<Store>,
    pub(crate) stubs: Mutex<Stubs>,
}

impl Shared {
    /// The store, locked. A panic elsewhere does not make it unusable: every change to it is
    /// completed before the lock is released.
    pub(crate) fn store(&self) -> MutexGuard<'_, Store> {
        self.store.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// The stubs, locked (a matcher that panicked leaves them usable).
    pub(crate) fn stubs(&self) -> MutexGuard<'_, Stubs> {
        self.stubs.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Forgets every user, organization, member, session, stub and journal entry, and sets the
    /// clock back to real time. The credentials and the project settings stay.
    pub(crate) fn reset(&self) {
        let mut store = self.store();
        let settings = store.settings.clone();
        // The keys stay, so that the key sets apps and SDKs cached stay right.
        let signer = store.signer.clone();
        *store = Store::new(self.project_id.clone(), settings);
        store.signer = signer;
        drop(store);
        self.stubs().list.clear();
        self.clock.reset();
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
        self.shared.add_user(email, password)
    }

    /// Adds a B2B organization.
    pub fn add_organization(&self, organization: NewOrganization) -> Result<Organization, LocalError> {
        self.shared.add_organization(&organization)
    }

    /// Adds a member with a password to the organization named by its id, slug or external id.
    pub fn add_member(&self, organization: &str, email: &str, password: &str) -> Result<Member, LocalError> {
        self.shared.add_member(organization, email, password)
    }

    /// Starts a session for the user with `user_id`.
    pub fn add_session(&self, user_id: &str, session: NewSession) -> Result<SeededSession, LocalError> {
        self.shared.add_session(user_id, session)
    }

    /// Starts a session for the member with `member_id`, in the member's organization.
    pub fn add_member_session(
        &self,
        member_id: &str,
        session: NewSession,
    ) -> Result<SeededSession, LocalError> {
        self.shared.add_member_session(member_id, session)
    }

    /// Seeds from JSON, in the format of the control plane's `POST /__local/seed` and the
    /// standalone server's `--seed` file (see the [module documentation](crate::local#seed-files)).
    /// Returns what was made, session tokens included.
    pub fn seed_json(&self, seed: &serde_json::Value) -> Result<serde_json::Value, LocalError> {
        control::seed(&self.shared, seed)
    }

    /// Forgets every user, organization, member, session, stub and journal entry, and sets the
    /// clock back to real time; the port, the credentials and the project settings (see
    /// [`LocalStytchBuilder`]) stay. [`Stub`](super::Stub) handles already given
    /// out keep their counts but answer no more.
    pub fn reset(&self) {
        self.shared.reset();
    }

    // --- stubs ---

    /// Declares a stub for the endpoint `E`, matched by `E::METHOD` and `E::PATH` (path parameters
    /// percent-decoded). Stubs are tried before the built-in routes, in the order they were added:
    /// the first that matches answers.
    ///
    /// ```
    /// use stytch_endpoint::consumer::passwords::ExistingPasswordReset;
    /// use stytch_endpoint::local::{Fault, LocalStytch};
    /// use std::time::Duration;
    ///
    /// let stytch = LocalStytch::start()?;
    /// stytch.add_user("ada@example.com", "old password 1234!")?;
    /// let limited = stytch
    ///     .stub::<ExistingPasswordReset>()
    ///     .times(1)
    ///     .fault(Fault::RateLimited { retry_after: Duration::from_secs(1) });
    /// let reset = ExistingPasswordReset::new("ada@example.com", "old password 1234!", "correct horse battery staple");
    /// let err = reset.send(&stytch.client()).unwrap_err();
    /// assert_eq!(err.status(), Some(429));
    /// reset.send(&stytch.client())?; // the stub is used up: the built-in route answers
    /// assert_eq!(limited.hits(), 1);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn stub<E: Endpoint>(&self) -> StubBuilder<'_, E> {
        StubBuilder::new(self)
    }

    /// Removes every stub.
    pub fn clear_stubs(&self) {
        self.shared.stubs().list.clear();
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

    /// Every API request answered so far, oldest first, with secrets redacted (see
    /// [`SeenRequest`]). Control-plane requests are not journaled.
    pub fn requests_seen(&self) -> Vec<SeenRequest> {
        self.shared.store().seen.clone()
    }

    /// Empties the journal.
    pub fn clear_requests_seen(&self) {
        self.shared.store().seen.clear();
    }
}

impl Drop for LocalStytch {
    /// Stops the server: every connection is closed, and when `drop` returns the port refuses
    /// connections.
    fn drop(&mut self) {
        self.server.stop();
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
