//! The blocking [`Client`] that sends [`Endpoint`] requests to Stytch: its settings and the retry
//! loop. Building one is in `builder.rs`, the agent and the exchange over ureq in `transport.rs`,
//! and what plugs into ureq's unversioned API (the DNS cache, the connectors) in `unversioned/`.

mod builder;
mod transport;
mod unversioned;

pub use builder::ClientBuilder;

use crate::error::{ConfigError, Error};
use crate::redact::Redacted;
use crate::request::url;
use crate::response::decode_response;
use crate::trace::Trace;
use crate::{Auth, Endpoint, RetryPolicy};
use std::fmt;
use std::sync::Arc;
use std::time::{Duration, Instant};
use transport::{Outgoing, Transport};

/// Stytch's live API, for project ids starting with `project-live-`.
pub const LIVE_URL: &str = "https://api.stytch.com";
/// Stytch's test API, for every other project id.
pub const TEST_URL: &str = "https://test.stytch.com";
/// The default limit on the whole call: a little above the 30 s after which Stytch gives up.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(35);
/// The default limit on making the connection (DNS, TCP and TLS).
pub const DEFAULT_CONNECT_TIMEOUT: Duration = Duration::from_secs(10);
/// The default limit on a response body: Stytch's largest answers are a few tens of KiB.
pub const DEFAULT_MAX_RESPONSE_BYTES: u64 = 4 * 1024 * 1024;

/// A blocking Stytch client.
///
/// Cheap to clone (one `Arc`), `Send` and `Sync`: build one and share it. All clones share one
/// connection pool, so keep-alive connections are reused across threads.
///
/// ```no_run
/// use stytch_endpoint::Client;
///
/// // Credentials: HTTP Basic auth on every request, to test.stytch.com or api.stytch.com.
/// let client = Client::new("project-test-00000000-0000-0000-0000-000000000000", "secret-test-...");
///
/// // Or from STYTCH_PROJECT_ID, STYTCH_SECRET and (optionally) STYTCH_BASE_URL.
/// let client = Client::from_env()?;
///
/// // Or through a gateway that injects the credentials itself.
/// let client = Client::gateway("https://gateway.internal.example/stytch")?;
/// # Ok::<(), stytch_endpoint::ConfigError>(())
/// ```
#[derive(Clone)]
pub struct Client {
    inner: Arc<Inner>,
}

struct Inner {
    base_url: String,
    project_id: Option<String>,
    /// `Basic base64(project_id:secret)`; `None` in gateway mode.
    authorization: Option<String>,
    timeout: Duration,
    retry: RetryPolicy,
    /// The settings this client was built from, so that [`Client::with_base_url`] can build
    /// another like it; `None` when [`Client::new`] had unusable arguments.
    settings: Option<ClientBuilder>,
    /// How requests travel, or why they cannot: the arguments of [`Client::new`] were unusable,
    /// and every `send` answers with that error before any I/O.
    transport: Result<Transport, ConfigError>,
}

impl Client {
    /// A client that authenticates with a project id and secret, against `https://api.stytch.com`
    /// when the id starts with `project-live-` and `https://test.stytch.com` otherwise.
    ///
    /// It never panics. If the project id or the secret is empty, or the project id contains `:`,
    /// every [`send`](Client::send) returns [`Error::Config`] without any network I/O; use
    /// [`Client::builder`] to get that error when the client is built instead.
    pub fn new(project_id: impl Into<String>, secret: impl Into<String>) -> Client {
        ClientBuilder::new().credentials(project_id, secret).build().unwrap_or_else(|reason| Client {
            inner: Arc::new(Inner {
                base_url: TEST_URL.to_owned(),
                project_id: None,
                authorization: None,
                timeout: DEFAULT_TIMEOUT,
                retry: RetryPolicy::none(),
                settings: None,
                transport: Err(reason),
            }),
        })
    }

    /// A client for a gateway: a proxy that injects Stytch credentials server-side. No
    /// `Authorization` header is sent; `url` is the gateway's base URL.
    pub fn gateway(url: impl Into<String>) -> Result<Client, ConfigError> {
        ClientBuilder::new().base_url(url).build()
    }

    /// A client configured from the environment: `STYTCH_PROJECT_ID` and `STYTCH_SECRET`, and
    /// optionally `STYTCH_BASE_URL` (for a local Stytch or a proxy).
    pub fn from_env() -> Result<Client, ConfigError> {
        let var = |name: &str| std::env::var(name).ok().filter(|v| !v.is_empty());
        let mut builder = ClientBuilder::new();
        match (var("STYTCH_PROJECT_ID"), var("STYTCH_SECRET")) {
            (Some(id), Some(secret)) => builder = builder.credentials(id, secret),
            (None, None) => return Err(ConfigError::new("STYTCH_PROJECT_ID and STYTCH_SECRET are not set")),
            (None, Some(_)) => return Err(ConfigError::new("STYTCH_PROJECT_ID is not set")),
            (Some(_), None) => return Err(ConfigError::new("STYTCH_SECRET is not set")),
        }
        if let Some(url) = var("STYTCH_BASE_URL") {
            builder = builder.base_url(url);
        }
        builder.build()
    }

    /// A builder for every setting.
    pub fn builder() -> ClientBuilder {
        ClientBuilder::new()
    }

    /// A client like this one (credentials, timeouts, retries, TLS, proxy) for another host, for
    /// the Stytch endpoints that live elsewhere: the fingerprint lookup is on Stytch's telemetry
    /// host, not on the API host.
    ///
    /// ```
    /// use stytch_endpoint::Client;
    ///
    /// let api = Client::new("project-test-1", "secret-test-1");
    /// let telemetry = api.with_base_url("https://telemetry.stytch.com")?;
    /// assert_eq!(telemetry.base_url(), "https://telemetry.stytch.com");
    /// assert_eq!(telemetry.project_id(), Some("project-test-1"));
    /// assert_eq!(api.base_url(), "https://test.stytch.com");
    /// # Ok::<(), stytch_endpoint::ConfigError>(())
    /// ```
    ///
    /// The URL is checked as [`ClientBuilder::base_url`] checks it (credentials only over `https`
    /// or to loopback). The new client has its own connection pool: make it once, next to the
    /// first, and keep both. A declaration does not name its host; the client it is sent with
    /// does.
    pub fn with_base_url(&self, url: impl Into<String>) -> Result<Client, ConfigError> {
        match (&self.inner.settings, &self.inner.transport) {
            (Some(settings), _) => settings.clone().base_url(url).build(),
            (None, Err(reason)) => Err(reason.clone()),
            (None, Ok(_)) => Err(ConfigError::new("this client cannot be rebuilt")),
        }
    }

    /// The base URL requests go to, without a trailing `/`.
    pub fn base_url(&self) -> &str {
        &self.inner.base_url
    }

    /// The project id, unless this is a gateway client.
    pub fn project_id(&self) -> Option<&str> {
        self.inner.project_id.as_deref()
    }

    /// Whether this client sends no credentials and relies on a gateway to add them.
    pub fn is_gateway(&self) -> bool {
        self.inner.authorization.is_none()
    }

    /// The limit on a whole call, retries and the waits between them included.
    pub fn timeout(&self) -> Duration {
        self.inner.timeout
    }

    /// Validates `request`, sends it, and decodes the answer.
    ///
    /// The same as `request.send(&client)`. An invalid request returns [`Error::Validation`]
    /// without opening a connection. A 2xx answer must be a JSON object (every Stytch answer is);
    /// anything else is an [`Error::Decode`] that keeps the status.
    pub fn send<E: Endpoint>(&self, request: &E) -> Result<E::Response, Error> {
        let trace = Trace::start(E::METHOD, E::PATH);
        let mut attempts = 0;
        let result = self.send_traced(request, &trace, &mut attempts);
        trace.finish(&result, attempts);
        result
    }

    fn send_traced<E: Endpoint>(
        &self,
        request: &E,
        trace: &Trace,
        attempt: &mut u32,
    ) -> Result<E::Response, Error> {
        let transport = self.inner.transport.as_ref().map_err(|reason| Error::Config(reason.clone()))?;
        request.validate()?;
        let url = url(&self.inner.base_url, request)?;
        let mut body = Vec::new();
        if E::METHOD.has_body() {
            body.reserve(256);
            request.write_body(&mut body)?;
        }
        // An endpoint declared `auth = none` gets no project credentials, whatever the client has.
        let authorization = match E::AUTH {
            Auth::Project => self.inner.authorization.as_deref(),
            Auth::None => None,
        };
        // Names checked when the endpoint was declared, values by `validate()` above.
        let headers = request.headers();
        // One deadline for the whole call: the first attempt runs on the agent's own timeout (the
        // whole budget, less the microseconds spent above), each later one on what is left, and a
        // wait that would pass the deadline is not taken.
        let outgoing = Outgoing {
            method: E::METHOD,
            url: &url,
            content_type: E::BODY.content_type(),
            authorization,
            headers: &headers,
            body: &body,
        };
        let deadline = Instant::now() + self.inner.timeout;
        loop {
            *attempt += 1;
            let budget = (*attempt > 1).then(|| deadline.saturating_duration_since(Instant::now()));
            let result = transport.exchange(&outgoing, budget).and_then(|answer| {
                trace.answered(answer.status, &answer.body);
                decode_response::<E::Response>(answer.status, answer.retry_after.as_deref(), &answer.body)
            });
            match result {
                Err(err) if *attempt < self.inner.retry.max_attempts() && err.is_retryable() => {
                    let wait = self.inner.retry.delay(*attempt, err.retry_after());
                    if Instant::now() + wait >= deadline {
                        return Err(err);
                    }
                    std::thread::sleep(wait);
                }
                result => return result,
            }
        }
    }
}

impl fmt::Debug for Client {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Client")
            .field("base_url", &self.inner.base_url)
            .field("project_id", &self.inner.project_id)
            .field("secret", &self.inner.authorization.as_ref().map(|_| Redacted))
            .field("timeout", &self.inner.timeout)
            .field(
                "max_response_bytes",
                &self
                    .inner
                    .transport
                    .as_ref()
                    .map_or(DEFAULT_MAX_RESPONSE_BYTES, Transport::max_response_bytes),
            )
            .field("retry", &self.inner.retry)
            .finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base_url_follows_the_project_id() {
        assert_eq!(Client::new("project-live-1", "s").base_url(), LIVE_URL);
        assert_eq!(Client::new("project-test-1", "s").base_url(), TEST_URL);
    }

    #[test]
    fn unusable_credentials_are_a_config_error_at_send_never_a_panic() {
        #[crate::stytch_endpoint(GET, "/v1/ping", response = serde_json::Value)]
        struct Ping {}
        for client in [Client::new("", "secret"), Client::new("project-test-1", ""), Client::new("a:b", "s")]
        {
            let result = Ping {}.send(&client);
            assert!(matches!(result, Err(Error::Config(_))), "{result:?}");
        }
        assert!(Ping {}.validate().is_ok());
    }

    #[test]
    fn debug_hides_the_secret() {
        let client = Client::new("project-test-1", "secret-test-hunter2");
        let printed = format!("{client:?} {:?}", Client::builder().credentials("p", "secret-test-hunter2"));
        assert!(!printed.contains("hunter2"), "{printed}");
        assert!(printed.contains("<redacted>"));
    }
}
