//! [`LocalStytchBuilder`]: the port and credentials of a local Stytch.

use super::clock::Clock;
use super::rng::Rng;
use super::server::App;
use super::store::Store;
use super::stub::Stubs;
use super::{http, LocalError, LocalStytch, Shared};
use crate::redact::Redacted;
use std::fmt;
use std::sync::{Arc, Mutex};

/// Builds a [`LocalStytch`]: by default on a free port, with random credentials.
#[derive(Clone)]
pub struct LocalStytchBuilder {
    port: u16,
    credentials: Option<(String, String)>,
}

impl LocalStytchBuilder {
    pub(crate) fn new() -> Self {
        LocalStytchBuilder { port: 0, credentials: None }
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
            store: Mutex::new(Store::new(project_id.clone())),
            stubs: Mutex::new(Stubs::default()),
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
impl fmt::Debug for LocalStytchBuilder {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("LocalStytchBuilder")
            .field("port", &self.port)
            .field("project_id", &self.credentials.as_ref().map(|(id, _)| id))
            .field("secret", &self.credentials.as_ref().map(|_| Redacted))
            .finish()
    }
}
