//! [`LocalStytchBuilder`]: the port, credentials and project settings of a local Stytch.

use super::clock::Clock;
use super::journal::{Journal, Limits};
use super::project::{Settings, Vertical};
use super::rng::Rng;
use super::server::App;
use super::store::Store;
use super::stub::Stubs;
use super::{http, LocalError, LocalStytch, Shared};
use crate::redact::Redacted;
use std::fmt;
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// Builds a [`LocalStytch`]: by default on a free port, with random credentials.
#[derive(Clone)]
pub struct LocalStytchBuilder {
    port: u16,
    credentials: Option<(String, String)>,
    settings: Settings,
    journal: Limits,
}

impl LocalStytchBuilder {
    pub(crate) fn new() -> Self {
        LocalStytchBuilder {
            port: 0,
            credentials: None,
            settings: Settings::default(),
            journal: Limits::default(),
        }
    }

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

    /// Bounds the journal ([`LocalStytch::requests_seen`]) to the most recent `entries` requests
    /// and about `bytes` bytes of memory (an estimate of the heap its entries hold); the oldest
    /// entries go first. An entry larger than `bytes` alone is kept without its query, headers
    /// and body. By default [`DEFAULT_JOURNAL_ENTRIES`](super::DEFAULT_JOURNAL_ENTRIES) (10 000) and
    /// [`DEFAULT_JOURNAL_BYTES`](super::DEFAULT_JOURNAL_BYTES)
    /// (16 MiB); `0` entries keeps none.
    pub fn journal_limits(mut self, entries: usize, bytes: usize) -> Self {
        self.journal = Limits { entries, bytes };
        self
    }

    /// Binds the port and starts serving.
    pub fn start(self) -> Result<LocalStytch, LocalError> {
        let mut rng = Rng::new();
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
        let shared = Arc::new(Shared {
            store: Mutex::new(Store::new(project_id.clone(), self.settings)),
            stubs: Mutex::new(Stubs::default()),
            journal: Mutex::new(Journal::new(self.journal)),
            project_id,
            secret,
            clock: Clock::new(),
        });
        let app = Arc::new(App { shared: shared.clone() });
        let server = http::Server::start(self.port, "local-stytch", app)
            .map_err(|source| LocalError::Bind { port: self.port, source: Box::new(source) })?;
        let addr = server.addr();
        Ok(LocalStytch { shared, server, addr })
    }
}

/// The project's settings, as Stytch's dashboard holds them. The defaults are Stytch's.
impl LocalStytchBuilder {
    /// Which product the project is: [`Vertical::Consumer`] answers the B2B endpoints with
    /// `invalid_b2b_endpoint`, [`Vertical::B2b`] the consumer ones with
    /// `invalid_consumer_endpoint` (both 400). The default, [`Vertical::Both`], answers both.
    pub fn vertical(mut self, vertical: Vertical) -> Self {
        self.settings.vertical = vertical;
        self
    }

    /// Lock a user after `threshold` consecutive failed attempts (a wrong existing password), for
    /// `ttl` on the local clock: while locked, every attempt, right or wrong, is answered
    /// `user_lock_limit_reached` (429). A success resets the count. Stytch's defaults: 10 attempts,
    /// one hour. A `threshold` of `0` never locks.
    pub fn user_lock(mut self, threshold: u32, ttl: Duration) -> Self {
        self.settings.lock_threshold = threshold;
        self.settings.lock_ttl = ttl;
        self
    }

    /// Treat these passwords as breached too (besides the
    /// [built-in ones](super::BUILT_IN_BREACHED_PASSWORDS)): a new password on the list is
    /// answered `breached_password` (400), as Stytch answers one found in HaveIBeenPwned.
    pub fn breached_passwords<I>(mut self, passwords: I) -> Self
    where
        I: IntoIterator,
        I::Item: Into<String>,
    {
        self.settings.breached.extend(passwords.into_iter().map(Into::into));
        self
    }
}

impl fmt::Debug for LocalStytchBuilder {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("LocalStytchBuilder")
            .field("port", &self.port)
            .field("project_id", &self.credentials.as_ref().map(|(id, _)| id))
            .field("secret", &self.credentials.as_ref().map(|_| Redacted))
            .field("vertical", &self.settings.vertical)
            .field("lock_threshold", &self.settings.lock_threshold)
            .field("lock_ttl", &self.settings.lock_ttl)
            .field("breached_passwords", &self.settings.breached.len())
            .field("journal_entries", &self.journal.entries)
            .field("journal_bytes", &self.journal.bytes)
            .finish()
    }
}
