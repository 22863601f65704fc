//! [`ClientBuilder`]: a client's settings, checked (the base URL above all) before it is built.

use super::transport::Transport;
use super::{
    Client, Inner, DEFAULT_CONNECT_TIMEOUT, DEFAULT_MAX_RESPONSE_BYTES, DEFAULT_TIMEOUT, LIVE_URL, TEST_URL,
};
use crate::error::ConfigError;
use crate::proxy::{self, is_loopback, ProxySetting, Target};
use crate::redact::Redacted;
use crate::tls::TlsSettings;
use crate::{RetryPolicy, RootCerts};
use base64::engine::general_purpose::STANDARD;
use base64::Engine as _;
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
    tls: TlsSettings,
    proxy: ProxySetting,
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
            tls: TlsSettings::default(),
            proxy: ProxySetting::Environment,
        }
    }

    /// Authenticate every request with HTTP Basic auth: the project id and secret.
    pub fn credentials(mut self, project_id: impl Into<String>, secret: impl Into<String>) -> Self {
        self.credentials = Some((project_id.into(), secret.into()));
        self
    }

    /// Send requests to `url` instead of Stytch's API (a gateway, a proxy, a local Stytch).
    /// Credentials only ever travel over `https`, or plain `http` to a loopback host.
    pub fn base_url(mut self, url: impl Into<String>) -> Self {
        self.base_url = Some(url.into());
        self
    }

    /// The limit on a whole call: connecting, sending and reading the answer, for every attempt
    /// together. A retry gets what is left of it, and a wait between attempts that would run past
    /// it is not taken: the call ends with the last attempt's error instead.
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

    /// Trust the certificate authorities in `pem` (one or more `-----BEGIN CERTIFICATE-----`
    /// blocks; call again for more), and only them: the built-in roots are no longer used, as with
    /// curl's `--cacert`. For a TLS-inspecting corporate proxy or a private gateway.
    ///
    /// A PEM that does not parse, holds no certificate, or holds a block that is not an X.509
    /// certificate makes [`build`](Self::build) fail; the error never quotes the PEM. Cannot be
    /// combined with [`root_certs`](Self::root_certs).
    ///
    /// ```no_run
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// let client = stytch_endpoint::Client::builder()
    ///     .credentials("project-test-00000000-0000-0000-0000-000000000000", "secret-test-...")
    ///     .add_root_certificate_pem(&std::fs::read("corporate-ca.pem")?)
    ///     .build()?;
    /// # Ok(()) }
    /// ```
    pub fn add_root_certificate_pem(mut self, pem: &[u8]) -> Self {
        self.tls.add_root_certificate_pem(pem);
        self
    }

    /// Which built-in set of certificate authorities to trust; see [`RootCerts`]. The default is
    /// [`RootCerts::WebPki`] with rustls and [`RootCerts::PlatformVerifier`] with native-tls.
    /// `PlatformVerifier` under rustls needs the `platform-verifier` feature, or `build` fails.
    pub fn root_certs(mut self, roots: RootCerts) -> Self {
        self.tls.root_certs(roots);
        self
    }

    /// Connect through this proxy, whatever the environment says (`NO_PROXY` included):
    /// `http://` or `https://` (HTTP `CONNECT`), `socks4://`, `socks4a://`, `socks5://` or
    /// `socks5h://`; no scheme means `http://`. Credentials in the URL are sent to the proxy. A
    /// URL that cannot be used makes [`build`](Self::build) fail, and the error never shows it.
    /// A loopback base URL is still reached directly.
    ///
    /// Without this (or [`no_proxy`](Self::no_proxy)), the proxy comes from the environment when
    /// the client is built: `HTTPS_PROXY` or `ALL_PROXY` for https, `HTTP_PROXY` or `ALL_PROXY`
    /// for plain http (not in a CGI process), unless `NO_PROXY` names the host. The README's
    /// Proxies section has every rule.
    pub fn proxy(mut self, url: impl Into<String>) -> Self {
        self.proxy = ProxySetting::Url(url.into());
        self
    }

    /// Connect directly, whatever the environment's proxy variables say.
    pub fn no_proxy(mut self) -> Self {
        self.proxy = ProxySetting::Direct;
        self
    }

    /// Checks the settings and builds the client.
    ///
    /// Fails with a [`ConfigError`] for a bad base URL or credentials, root certificates that do
    /// not parse, a proxy (set here or in the environment) that cannot be used, or an https base
    /// URL in a build without a TLS backend.
    pub fn build(self) -> Result<Client, ConfigError> {
        let settings = self.clone();
        if self.timeout.is_zero() {
            return Err(ConfigError::new("the timeout must be greater than zero"));
        }
        let (base_url, _loopback) = match (&self.base_url, &self.credentials) {
            (Some(url), _) => check_base_url(url, self.credentials.is_some())?,
            (None, Some((project_id, _))) if project_id.starts_with("project-live-") => {
                (LIVE_URL.to_owned(), false)
            }
            (None, Some(_)) => (TEST_URL.to_owned(), false),
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
                let auth = format!("Basic {}", STANDARD.encode(format!("{id}:{secret}")));
                (Some(id), Some(auth))
            }
            None => (None, None),
        };
        let target = target_of(&base_url)?;
        let tls = self.tls.check(target.https)?;
        let proxy = match proxy::choose(&self.proxy, target, |name| std::env::var(name).ok())? {
            Some(chosen) => Some(ureq::Proxy::new(&chosen.url).map_err(|_| proxy::unusable(&chosen))?),
            None => None,
        };
        let transport = Transport::new(
            self.timeout,
            self.connect_timeout.min(self.timeout),
            self.max_response_bytes,
            proxy,
            &tls,
        );
        Ok(Client {
            inner: Arc::new(Inner {
                base_url,
                project_id,
                authorization,
                timeout: self.timeout,
                retry: self.retry,
                settings: Some(settings),
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
            .field("tls", &self.tls)
            .field("proxy", &self.proxy)
            .finish_non_exhaustive()
    }
}

/// Checks a base URL: returns it without a trailing `/`, and whether its host is loopback (the
/// proxy choice, in `proxy`, asks the same question of the host).
fn check_base_url(url: &str, with_credentials: bool) -> Result<(String, bool), ConfigError> {
    let shown = shown_url(url);
    let invalid = |why: &str| ConfigError::new(format!("the base URL {shown:?} {why}"));
    let uri = ureq::http::Uri::try_from(url).map_err(|_| invalid("is not a valid URL"))?;
    let https = match uri.scheme_str() {
        Some(scheme) if scheme.eq_ignore_ascii_case("https") => true,
        Some(scheme) if scheme.eq_ignore_ascii_case("http") => false,
        _ => return Err(invalid("must start with https:// or http://")),
    };
    // `Uri` drops a fragment without a word; a base URL with one is a mistake all the same.
    if uri.query().is_some() || url.contains('#') {
        return Err(invalid("must not have a query or fragment"));
    }
    let authority = uri.authority().map(|a| a.as_str()).unwrap_or_default();
    if authority.contains('@') {
        return Err(invalid("must not carry credentials; use `credentials(..)`"));
    }
    let host = uri.host().unwrap_or_default();
    if host.is_empty() {
        return Err(invalid("has no host"));
    }
    let loopback = is_loopback(host);
    if !https && with_credentials && !loopback {
        return Err(invalid("sends credentials over plain http to a host that is not loopback; use https"));
    }
    Ok((url.trim_end_matches('/').to_owned(), loopback))
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

/// The scheme, host and port every call of a client goes to (`base_url` is checked already).
fn target_of(base_url: &str) -> Result<Target<'_>, ConfigError> {
    let uri = ureq::http::Uri::try_from(base_url)
        .map_err(|_| ConfigError::new("the base URL is not a valid URL"))?;
    let https = uri.scheme_str().is_some_and(|scheme| scheme.eq_ignore_ascii_case("https"));
    let authority =
        base_url.split_once("://").map_or("", |(_, rest)| rest.split('/').next().unwrap_or_default());
    let port = uri.port_u16().unwrap_or(if https { 443 } else { 80 });
    Ok(Target { https, host: host_of(authority), port })
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
        for bad in ["https://x/#f", "https://x/?", "https://", "http:///p", "https://[::1", "//x/p", "/v1/x"]
        {
            assert!(Client::gateway(bad).is_err(), "{bad}");
        }
        for (url, loopback) in [
            ("HTTP://LOCALHOST:9", true),
            ("http://[::1]:9/p", true),
            ("http://127.0.0.2", true),
            ("https://[2001:db8::1]:443/", false),
            ("https://127.0.0.1.example", false),
        ] {
            assert_eq!(check_base_url(url, true).map(|(_, l)| l).ok(), Some(loopback), "{url}");
        }
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
