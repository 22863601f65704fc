//! [`ClientBuilder`]: a client's settings, checked (the base URL above all) before it is built.

use super::transport::Transport;
use super::{
    Client, Inner, DEFAULT_CONNECT_TIMEOUT, DEFAULT_MAX_RESPONSE_BYTES, DEFAULT_TIMEOUT, LIVE_URL, TEST_URL,
};
use crate::error::ConfigError;
use crate::redact::{base64, Redacted};
use crate::RetryPolicy;
use std::fmt;
use std::sync::Arc;
use std::time::Duration;

/// Builds a [`Client`]. Without credentials, the client is in gateway mode and needs a base URL.
///
/// ```
/// use std::time::Duration;
/// use stytch_endpoint::{Client, RetryPolicy};
///
/// let client = Client::builder()
///     .credentials("project-test-00000000-0000-0000-0000-000000000000", "secret-test-...")
///     .timeout(Duration::from_secs(10))
///     .retry(RetryPolicy::new(3))
///     .build()?;
/// assert_eq!(client.base_url(), "https://test.stytch.com");
/// # Ok::<(), stytch_endpoint::ConfigError>(())
/// ```
#[derive(Clone)]
pub struct ClientBuilder {
    credentials: Option<(String, String)>,
    base_url: Option<String>,
    timeout: Duration,
    connect_timeout: Duration,
    max_response_bytes: u64,
    retry: RetryPolicy,
}

impl ClientBuilder {
    /// Defaults: no credentials, a 35 s timeout, a 10 s connect timeout, a 4 MiB response limit,
    /// no retries.
    pub fn new() -> Self {
        ClientBuilder {
            credentials: None,
            base_url: None,
            timeout: DEFAULT_TIMEOUT,
            connect_timeout: DEFAULT_CONNECT_TIMEOUT,
            max_response_bytes: DEFAULT_MAX_RESPONSE_BYTES,
            retry: RetryPolicy::none(),
        }
    }

    /// Authenticate every request with HTTP Basic auth: the project id and secret.
    pub fn credentials(mut self, project_id: impl Into<String>, secret: impl Into<String>) -> Self {
        self.credentials = Some((project_id.into(), secret.into()));
        self
    }

    /// Send requests to `url` instead of Stytch's API (a gateway, a proxy, a local Stytch).
    /// Credentials only ever travel over `https`, or plain `http` to a loopback host.
    pub fn base_url(mut self, url: &str) -> Self {
        self.base_url = Some(url.to_owned());
        self
    }

    /// The limit on a whole call: connecting, sending and reading the answer.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = timeout;
        self
    }

    /// The limit on making the connection (DNS, TCP and TLS); never more than the whole timeout.
    pub fn connect_timeout(mut self, timeout: Duration) -> Self {
        self.connect_timeout = timeout;
        self
    }

    /// The largest response body the client reads; a larger one fails with
    /// [`TransportErrorKind::BodyTooLarge`](crate::TransportErrorKind::BodyTooLarge) without being buffered.
    pub fn max_response_bytes(mut self, limit: u64) -> Self {
        self.max_response_bytes = limit;
        self
    }

    /// When to send a request again. See [`RetryPolicy`]; the default is never.
    pub fn retry(mut self, policy: RetryPolicy) -> Self {
        self.retry = policy;
        self
    }

    /// Checks the settings and builds the client.
    pub fn build(self) -> Result<Client, ConfigError> {
        if self.timeout.is_zero() {
            return Err(ConfigError::new("the timeout must be greater than zero"));
        }
        let base_url = match (&self.base_url, &self.credentials) {
            (Some(url), _) => check_base_url(url, self.credentials.is_some())?,
            (None, Some((project_id, _))) if project_id.starts_with("project-live-") => LIVE_URL.to_owned(),
            (None, Some(_)) => TEST_URL.to_owned(),
            (None, None) => {
                return Err(ConfigError::new("a client needs credentials, or a base URL for gateway mode"));
            }
        };
        let (project_id, authorization) = match self.credentials {
            Some((id, secret)) => {
                if id.is_empty() || secret.is_empty() {
                    return Err(ConfigError::new("the project id and secret must not be empty"));
                }
                if id.contains(':') {
                    return Err(ConfigError::new("a project id cannot contain `:`"));
                }
                let auth = format!("Basic {}", base64(format!("{id}:{secret}").as_bytes()));
                (Some(id), Some(auth))
            }
            None => (None, None),
        };
        // A loopback server is never reached through HTTP(S)_PROXY / ALL_PROXY: the proxy would see
        // the credentials in plain http. Remote hosts follow those variables, as usual.
        let loopback = base_url
            .split_once("://")
            .is_some_and(|(_, rest)| is_loopback(host_of(rest.split('/').next().unwrap_or_default())));
        let transport = Transport::new(
            self.timeout,
            self.connect_timeout.min(self.timeout),
            self.max_response_bytes,
            !loopback,
        );
        Ok(Client {
            inner: Arc::new(Inner {
                base_url,
                project_id,
                authorization,
                timeout: self.timeout,
                retry: self.retry,
                transport: Ok(transport),
            }),
        })
    }
}

impl Default for ClientBuilder {
    fn default() -> Self {
        Self::new()
    }
}

impl fmt::Debug for ClientBuilder {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ClientBuilder")
            .field("project_id", &self.credentials.as_ref().map(|(id, _)| id))
            .field("secret", &self.credentials.as_ref().map(|_| Redacted))
            .field("base_url", &self.base_url)
            .field("timeout", &self.timeout)
            .finish_non_exhaustive()
    }
}

/// Checks a base URL and returns it without a trailing `/`.
fn check_base_url(url: &str, with_credentials: bool) -> Result<String, ConfigError> {
    let shown = shown_url(url);
    let invalid = |why: &str| ConfigError::new(format!("the base URL {shown:?} {why}"));
    let (scheme, rest) =
        url.split_once("://").ok_or_else(|| invalid("must start with https:// or http://"))?;
    let scheme = scheme.to_ascii_lowercase();
    if scheme != "https" && scheme != "http" {
        return Err(invalid("must start with https:// or http://"));
    }
    if rest.contains(['?', '#']) {
        return Err(invalid("must not have a query or fragment"));
    }
    let authority = rest.split('/').next().unwrap_or_default();
    if authority.contains('@') {
        return Err(invalid("must not carry credentials; use `credentials(..)`"));
    }
    let host = host_of(authority);
    if host.is_empty() {
        return Err(invalid("has no host"));
    }
    if scheme == "http" && with_credentials && !is_loopback(host) {
        return Err(invalid("sends credentials over plain http to a host that is not loopback; use https"));
    }
    if ureq::http::Uri::try_from(url).is_err() {
        return Err(invalid("is not a valid URL"));
    }
    Ok(url.trim_end_matches('/').to_owned())
}

/// A URL as an error message may show it: without user info, query or fragment, any of which can
/// carry a credential.
fn shown_url(url: &str) -> String {
    let url = &url[..url.find(['?', '#']).unwrap_or(url.len())];
    let Some((scheme, rest)) = url.split_once("://") else { return "…".to_owned() };
    let (authority, path) = rest.split_at(rest.find('/').unwrap_or(rest.len()));
    match authority.rsplit_once('@') {
        Some((_, host)) => format!("{scheme}://…@{host}{path}"),
        None => format!("{scheme}://{authority}{path}"),
    }
}

fn host_of(authority: &str) -> &str {
    if let Some(rest) = authority.strip_prefix('[') {
        return rest.split(']').next().unwrap_or_default();
    }
    authority.rsplit_once(':').map_or(authority, |(host, _)| host)
}

fn is_loopback(host: &str) -> bool {
    host.eq_ignore_ascii_case("localhost")
        || host.parse::<std::net::IpAddr>().is_ok_and(|ip| ip.is_loopback())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn credentials_never_go_over_plain_http_to_a_remote_host() {
        let remote = Client::builder().credentials("p", "s").base_url("http://stytch.example").build();
        assert!(remote.is_err());
        for ok in ["http://127.0.0.1:9", "http://localhost:9/", "http://[::1]:9", "https://stytch.example/"] {
            let client = Client::builder().credentials("p", "s").base_url(ok).build().unwrap();
            assert!(!client.base_url().ends_with('/'));
        }
        assert!(Client::gateway("http://gateway.internal:8080").is_ok());
        assert!(Client::gateway("ftp://x").is_err());
        assert!(Client::gateway("https://user:pw@x").is_err());
        assert!(Client::gateway("not a url").is_err());
        for (url, shown) in [
            ("https://user:hunter2@x/p?token=hunter2", "\"https://…@x/p\""),
            ("https://x/?token=hunter2#hunter2", "\"https://x/\""),
            ("hunter2@x", "\"…\""),
        ] {
            let err = Client::gateway(url).unwrap_err();
            let printed = format!("{err} {err:?}");
            assert!(!printed.contains("hunter2") && printed.contains(shown), "{printed}");
        }
    }
}
