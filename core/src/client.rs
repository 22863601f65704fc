//! The blocking [`Client`] that sends [`Endpoint`] requests to Stytch.

use crate::error::{
    ApiError, ConfigError, DecodeError, Error, ErrorType, TransportError, TransportErrorKind,
};
use crate::redact::{base64, Redacted};
use crate::trace::Trace;
use crate::{Endpoint, Method, RetryPolicy};
use serde::de::{self, DeserializeOwned};
use serde::{Deserialize, Deserializer};
use std::fmt;
use std::marker::PhantomData;
use std::sync::Arc;
use std::time::{Duration, SystemTime};

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

const USER_AGENT: &str = concat!("stytch-endpoint/", env!("CARGO_PKG_VERSION"), " (Rust; ureq)");

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
/// # Ok::<(), stytch_endpoint::Error>(())
/// ```
#[derive(Clone)]
pub struct Client {
    inner: Arc<Inner>,
}

struct Inner {
    agent: ureq::Agent,
    base_url: String,
    project_id: Option<String>,
    /// `Basic base64(project_id:secret)`; `None` in gateway mode.
    authorization: Option<String>,
    timeout: Duration,
    max_response_bytes: u64,
    retry: RetryPolicy,
    /// The agent's resolver, shared so that a failed connect can clear its cache.
    resolver: CachedResolver,
    /// Why the arguments of [`Client::new`] were unusable: every `send` answers with it.
    unusable: Option<ConfigError>,
}

impl Client {
    /// A client that authenticates with a project id and secret, against `https://api.stytch.com`
    /// when the id starts with `project-live-` and `https://test.stytch.com` otherwise.
    ///
    /// It never panics. If the project id or the secret is empty, or the project id contains `:`,
    /// every [`send`](Client::send) returns [`Error::Config`] without any network I/O; use
    /// [`Client::builder`] to get that error when the client is built instead.
    pub fn new(project_id: impl Into<String>, secret: impl Into<String>) -> Client {
        match ClientBuilder::new().credentials(project_id, secret).build() {
            Ok(client) => client,
            Err(err) => {
                let reason = match err {
                    Error::Config(reason) => reason,
                    other => ConfigError::new(other.to_string()),
                };
                let mut client =
                    ClientBuilder::new().base_url(TEST_URL).build().expect("the test URL is a valid gateway");
                if let Some(inner) = Arc::get_mut(&mut client.inner) {
                    inner.unusable = Some(reason);
                }
                client
            }
        }
    }

    /// A client for a gateway: a proxy that injects Stytch credentials server-side. No
    /// `Authorization` header is sent; `url` is the gateway's base URL.
    pub fn gateway(url: &str) -> Result<Client, Error> {
        ClientBuilder::new().base_url(url).build()
    }

    /// A client configured from the environment: `STYTCH_PROJECT_ID` and `STYTCH_SECRET`, and
    /// optionally `STYTCH_BASE_URL` (for a local Stytch or a proxy).
    pub fn from_env() -> Result<Client, Error> {
        let var = |name: &str| std::env::var(name).ok().filter(|v| !v.is_empty());
        let mut builder = ClientBuilder::new();
        match (var("STYTCH_PROJECT_ID"), var("STYTCH_SECRET")) {
            (Some(id), Some(secret)) => builder = builder.credentials(id, secret),
            (None, None) => {
                return Err(ConfigError::new("STYTCH_PROJECT_ID and STYTCH_SECRET are not set").into());
            }
            (None, Some(_)) => return Err(ConfigError::new("STYTCH_PROJECT_ID is not set").into()),
            (Some(_), None) => return Err(ConfigError::new("STYTCH_SECRET is not set").into()),
        }
        if let Some(url) = var("STYTCH_BASE_URL") {
            builder = builder.base_url(&url);
        }
        builder.build()
    }

    /// A builder for every setting.
    pub fn builder() -> ClientBuilder {
        ClientBuilder::new()
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

    /// The limit on a whole call.
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
        if let Some(reason) = &self.inner.unusable {
            return Err(Error::Config(reason.clone()));
        }
        request.validate()?;
        let url = self.url(request)?;
        let mut body = Vec::new();
        if E::METHOD.has_body() {
            body.reserve(256);
            request.write_body(&mut body)?;
        }
        loop {
            *attempt += 1;
            let result = self.exchange(E::METHOD, &url, &body).and_then(|answer| {
                trace.answered(answer.status, &answer.body);
                decode_response::<E::Response>(answer.status, answer.retry_after.as_deref(), &answer.body)
            });
            match result {
                Err(err) if *attempt < self.inner.retry.max_attempts() && err.is_retryable() => {
                    std::thread::sleep(self.inner.retry.delay(*attempt, err.retry_after()));
                }
                result => return result,
            }
        }
    }

    fn url<E: Endpoint>(&self, request: &E) -> Result<String, Error> {
        let path = request.path();
        let query = if E::METHOD.has_body() { Vec::new() } else { request.query()? };
        let mut url = String::with_capacity(self.inner.base_url.len() + path.len() + 1);
        url.push_str(&self.inner.base_url);
        url.push_str(&path);
        for (i, (key, value)) in query.iter().enumerate() {
            url.push(if i == 0 { '?' } else { '&' });
            percent_encode(&mut url, key);
            url.push('=');
            percent_encode(&mut url, value);
        }
        Ok(url)
    }

    /// One HTTP exchange: any complete answer, whatever its status, read up to the size limit.
    fn exchange(&self, method: Method, url: &str, body: &[u8]) -> Result<Answer, Error> {
        let mut request = ureq::http::Request::builder()
            .method(method.as_str())
            .uri(url)
            .header("Content-Type", "application/json")
            .header("Accept", "application/json");
        if let Some(auth) = &self.inner.authorization {
            request = request.header("Authorization", auth.as_str());
        }
        let request =
            request.body(body).map_err(|_| Error::from(ConfigError::new("the request URL is not valid")))?;
        let response = self.inner.agent.run(request).map_err(|e| {
            let err = transport_error(e);
            if matches!(&err, Error::Transport(t) if t.kind == TransportErrorKind::Connect) {
                self.inner.resolver.forget();
            }
            err
        })?;
        let status = response.status().as_u16();
        let retry_after =
            response.headers().get("retry-after").and_then(|v| v.to_str().ok()).map(str::to_owned);
        let (_, mut response_body) = response.into_parts();
        // Read to the end (so the connection goes back to the pool), but never past the limit, into
        // a buffer sized from Content-Length (capped) so that it is not regrown a dozen times.
        let limit = self.inner.max_response_bytes;
        let capacity = response_body.content_length().map_or(8 * 1024, |len| len.min(limit).min(1 << 20));
        let mut body = Vec::with_capacity(capacity as usize);
        std::io::Read::read_to_end(&mut response_body.with_config().limit(limit).reader(), &mut body)
            .map_err(|e| Error::Transport(transport(ureq::Error::from(e)).with_status(Some(status))))?;
        Ok(Answer { status, retry_after, body })
    }
}

/// A complete HTTP answer, before decoding.
struct Answer {
    status: u16,
    /// The first `Retry-After` header, as sent.
    retry_after: Option<String>,
    body: Vec<u8>,
}

impl fmt::Debug for Client {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Client")
            .field("base_url", &self.inner.base_url)
            .field("project_id", &self.inner.project_id)
            .field("secret", &self.inner.authorization.as_ref().map(|_| Redacted))
            .field("timeout", &self.inner.timeout)
            .field("max_response_bytes", &self.inner.max_response_bytes)
            .field("retry", &self.inner.retry)
            .finish()
    }
}

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
/// # Ok::<(), stytch_endpoint::Error>(())
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
    /// [`TransportErrorKind::BodyTooLarge`] without being buffered.
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
    pub fn build(self) -> Result<Client, Error> {
        if self.timeout.is_zero() {
            return Err(ConfigError::new("the timeout must be greater than zero").into());
        }
        let base_url = match (&self.base_url, &self.credentials) {
            (Some(url), _) => check_base_url(url, self.credentials.is_some())?,
            (None, Some((project_id, _))) if project_id.starts_with("project-live-") => LIVE_URL.to_owned(),
            (None, Some(_)) => TEST_URL.to_owned(),
            (None, None) => {
                return Err(
                    ConfigError::new("a client needs credentials, or a base URL for gateway mode").into()
                );
            }
        };
        let (project_id, authorization) = match self.credentials {
            Some((id, secret)) => {
                if id.is_empty() || secret.is_empty() {
                    return Err(ConfigError::new("the project id and secret must not be empty").into());
                }
                if id.contains(':') {
                    return Err(ConfigError::new("a project id cannot contain `:`").into());
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
        let proxy = if loopback { None } else { ureq::Proxy::try_from_env() };
        let config = ureq::Agent::config_builder()
            .proxy(proxy)
            .http_status_as_error(false)
            .timeout_global(Some(self.timeout))
            .timeout_connect(Some(self.connect_timeout.min(self.timeout)))
            .user_agent(USER_AGENT)
            .max_redirects(0)
            .max_redirects_will_error(false)
            .https_only(false)
            .no_delay(true)
            .max_response_header_size(64 * 1024)
            .max_idle_connections(64)
            .max_idle_connections_per_host(64)
            .max_idle_age(Duration::from_secs(30))
            .build();
        let resolver = CachedResolver::default();
        Ok(Client {
            inner: Arc::new(Inner {
                agent: ureq::Agent::with_parts(
                    config,
                    ureq::unversioned::transport::DefaultConnector::default(),
                    resolver.clone(),
                ),
                resolver,
                base_url,
                project_id,
                authorization,
                timeout: self.timeout,
                max_response_bytes: self.max_response_bytes,
                retry: self.retry,
                unusable: None,
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
fn check_base_url(url: &str, with_credentials: bool) -> Result<String, Error> {
    let shown = shown_url(url);
    let invalid = |why: &str| -> Error { ConfigError::new(format!("the base URL {shown:?} {why}")).into() };
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

/// Appends `text` percent-encoded: every byte but RFC 3986's unreserved characters.
pub(crate) fn percent_encode(out: &mut String, text: &str) {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    for &byte in text.as_bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'.' | b'_' | b'~') {
            out.push(byte as char);
        } else {
            out.push('%');
            out.push(HEX[usize::from(byte >> 4)] as char);
            out.push(HEX[usize::from(byte & 15)] as char);
        }
    }
}

/// Turns a complete answer into the response type or an error: the whole decoding path, free of
/// I/O so that it can be fuzzed (`stytch_endpoint::__private::decode_response`).
///
/// A 2xx body must be a JSON object that decodes as `T`; any other status is Stytch's error body
/// (or OAuth2's spelling of it), or a decode error that keeps the status.
pub fn decode_response<T: DeserializeOwned>(
    status: u16,
    retry_after: Option<&str>,
    body: &[u8],
) -> Result<T, Error> {
    if (200..300).contains(&status) {
        match serde_json::from_slice::<JsonObject<T>>(body) {
            Ok(JsonObject(value)) => Ok(value),
            Err(e) => Err(Error::Decode(Box::new(DecodeError::new(status, body, Some(e))))),
        }
    } else {
        let retry_after = retry_after.and_then(|v| crate::retry::parse_retry_after(v, SystemTime::now()));
        Err(error_response(status, body, retry_after))
    }
}

/// `T`, decoded only from a JSON object. serde's derive also accepts an array for a struct (and,
/// with `#[serde(default)]`, an empty one), which would turn `[]` into an all-empty response.
struct JsonObject<T>(T);

impl<'de, T: Deserialize<'de>> Deserialize<'de> for JsonObject<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visitor<T>(PhantomData<T>);
        impl<'de, T: Deserialize<'de>> de::Visitor<'de> for Visitor<T> {
            type Value = T;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a JSON object")
            }
            fn visit_map<A: de::MapAccess<'de>>(self, map: A) -> Result<T, A::Error> {
                T::deserialize(de::value::MapAccessDeserializer::new(map))
            }
        }
        deserializer.deserialize_map(Visitor(PhantomData)).map(JsonObject)
    }
}

/// A non-2xx answer: Stytch's error body (or OAuth2's spelling of it), or a decode error that
/// keeps the status when the body is something else (an HTML page from a proxy, nothing at all).
fn error_response(status: u16, body: &[u8], retry_after: Option<Duration>) -> Error {
    #[derive(serde::Deserialize)]
    struct Body {
        request_id: Option<String>,
        error_type: Option<String>,
        error_message: Option<String>,
        error_url: Option<String>,
        error_details: Option<serde_json::Value>,
        error: Option<String>,
        error_description: Option<String>,
        error_uri: Option<String>,
    }
    match serde_json::from_slice::<Body>(body) {
        Ok(parsed) if parsed.error_type.is_some() || parsed.error.is_some() => {
            let error_type = parsed.error_type.or(parsed.error).unwrap_or_default();
            Error::Api(Box::new(ApiError {
                status,
                request_id: parsed.request_id.filter(|id| !id.is_empty()),
                error_type: ErrorType::from(error_type.as_str()),
                error_message: parsed.error_message.or(parsed.error_description).unwrap_or_default(),
                error_url: parsed.error_url.or(parsed.error_uri),
                error_details: parsed.error_details.filter(|d| !d.is_null()),
                retry_after,
            }))
        }
        Ok(_) => Error::Decode(Box::new(DecodeError::new(status, body, None).with_retry_after(retry_after))),
        Err(e) => {
            Error::Decode(Box::new(DecodeError::new(status, body, Some(e)).with_retry_after(retry_after)))
        }
    }
}

/// Finds `"request_id": "..."` in a body that may be truncated, not JSON, or not even UTF-8.
///
/// Only a plausible id is kept: 1 to 128 printable ASCII characters without quotes, backslashes
/// or spaces, so that a hostile body cannot put control characters into a log line.
pub(crate) fn find_request_id(body: &[u8]) -> Option<String> {
    const KEY: &[u8] = b"\"request_id\"";
    let at = body.windows(KEY.len()).position(|w| w == KEY)?;
    let rest = body[at + KEY.len()..].trim_ascii_start().strip_prefix(b":")?;
    let value = rest.trim_ascii_start().strip_prefix(b"\"")?;
    let end = value.iter().position(|&b| !b.is_ascii_graphic() || b == b'"' || b == b'\\')?;
    (value.get(end) == Some(&b'"') && (1..=128).contains(&end))
        .then(|| String::from_utf8_lossy(&value[..end]).into_owned())
}

fn transport_error(err: ureq::Error) -> Error {
    Error::Transport(transport(err))
}

fn transport(err: ureq::Error) -> TransportError {
    use TransportErrorKind as Kind;
    match err {
        ureq::Error::Timeout(which) => TransportError::new(Kind::Timeout, format!("timed out ({which})")),
        ureq::Error::HostNotFound => TransportError::new(Kind::Connect, "the host name did not resolve"),
        ureq::Error::ConnectionFailed => {
            TransportError::new(Kind::Connect, "the connection could not be made")
        }
        ureq::Error::BodyExceedsLimit(limit) => TransportError::new(
            Kind::BodyTooLarge,
            format!("the response body is larger than the limit of {limit} bytes"),
        ),
        ureq::Error::Io(io) => {
            let kind = match io.kind() {
                std::io::ErrorKind::ConnectionRefused
                | std::io::ErrorKind::AddrNotAvailable
                | std::io::ErrorKind::HostUnreachable
                | std::io::ErrorKind::NetworkUnreachable => Kind::Connect,
                std::io::ErrorKind::TimedOut | std::io::ErrorKind::WouldBlock => Kind::Timeout,
                _ => Kind::Io,
            };
            let message = match kind {
                Kind::Connect => "the connection could not be made",
                Kind::Timeout => "timed out",
                _ => "the connection failed while the request was in flight",
            };
            TransportError::new(kind, message).with_source(io)
        }
        ureq::Error::Tls(why) => TransportError::new(Kind::Tls, format!("TLS failed: {why}")),
        #[cfg(feature = "rustls")]
        ureq::Error::Rustls(e) => TransportError::new(Kind::Tls, "TLS failed").with_source(e),
        ureq::Error::Protocol(e) => {
            TransportError::new(Kind::Protocol, "the server did not speak valid HTTP/1.1").with_source(e)
        }
        // The URL is never printed: a GET's query can carry request values.
        ureq::Error::BadUri(_) | ureq::Error::Http(_) => {
            TransportError::new(Kind::Protocol, "the request URL is not valid")
        }
        ureq::Error::LargeResponseHeader(_, limit) => TransportError::new(
            Kind::Protocol,
            format!("the response head is larger than the limit of {limit} bytes"),
        ),
        ureq::Error::BodyStalled => TransportError::new(Kind::Protocol, "the response body stalled"),
        ureq::Error::TlsRequired => TransportError::new(Kind::Tls, "the connection is not secured by TLS"),
        // Neither the proxy's answer nor its URL is printed: either can carry credentials.
        ureq::Error::ConnectProxyFailed(_) | ureq::Error::InvalidProxyUrl => {
            TransportError::new(Kind::Connect, "the connection through the proxy could not be made")
        }
        ureq::Error::Other(e) => {
            TransportError::new(Kind::Io, "the HTTP exchange failed").with_boxed_source(e)
        }
        _ => TransportError::new(Kind::Io, "the HTTP exchange failed"),
    }
}

/// Resolves the base URL's host at most once per [`CachedResolver::TTL`].
///
/// ureq resolves the host of every call before it looks for a pooled connection, and when any
/// timeout is set it resolves on a new thread (so that it can give up on a slow DNS server): a
/// thread and a DNS lookup per call, even when a kept-alive connection is reused. Only new
/// connections need the addresses, and a client talks to one host, so the last answer is kept.
/// A failed connect forgets the answer (see `Client::exchange`), so an address that changed is
/// looked up again on the next attempt rather than after the TTL.
#[derive(Debug, Default, Clone)]
struct CachedResolver {
    inner: Arc<ureq::unversioned::resolver::DefaultResolver>,
    last: Arc<std::sync::Mutex<Option<Resolved>>>,
}

#[derive(Debug)]
struct Resolved {
    scheme: String,
    authority: String,
    at: std::time::Instant,
    addrs: ureq::unversioned::resolver::ResolvedSocketAddrs,
}

impl CachedResolver {
    /// How long an answer is used for new connections (Java's default DNS cache time).
    const TTL: Duration = Duration::from_secs(30);

    fn forget(&self) {
        *self.last.lock().unwrap_or_else(|e| e.into_inner()) = None;
    }
}

impl ureq::unversioned::resolver::Resolver for CachedResolver {
    fn resolve(
        &self,
        uri: &ureq::http::Uri,
        config: &ureq::config::Config,
        timeout: ureq::unversioned::transport::NextTimeout,
    ) -> Result<ureq::unversioned::resolver::ResolvedSocketAddrs, ureq::Error> {
        let scheme = uri.scheme_str().unwrap_or_default();
        let authority = uri.authority().map_or("", |a| a.as_str());
        let fresh =
            |r: &&Resolved| r.scheme == scheme && r.authority == authority && r.at.elapsed() < Self::TTL;
        if let Some(hit) = self.last.lock().unwrap_or_else(|e| e.into_inner()).as_ref().filter(fresh) {
            return Ok(hit.addrs.clone());
        }
        let addrs = self.inner.resolve(uri, config, timeout).map_err(lookup_failure)?;
        *self.last.lock().unwrap_or_else(|e| e.into_inner()) = Some(Resolved {
            scheme: scheme.to_owned(),
            authority: authority.to_owned(),
            at: std::time::Instant::now(),
            addrs: addrs.clone(),
        });
        Ok(addrs)
    }
}

/// std reports a failed name lookup as a plain I/O error; it means the host did not resolve, so
/// nothing was sent (a connect failure, not a connection cut in flight). Timeouts stay timeouts.
fn lookup_failure(err: ureq::Error) -> ureq::Error {
    match err {
        ureq::Error::Io(_) => ureq::Error::HostNotFound,
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_failed_name_lookup_is_a_connect_error() {
        let lookup = std::io::Error::other("failed to lookup address information: Name or service not known");
        let err = transport(lookup_failure(ureq::Error::Io(lookup)));
        assert_eq!(err.kind, TransportErrorKind::Connect);
        assert!(Error::Transport(err).is_retryable());
        let timeout = transport(lookup_failure(ureq::Error::Timeout(ureq::Timeout::Resolve)));
        assert_eq!(timeout.kind, TransportErrorKind::Timeout);
    }

    #[test]
    fn the_resolver_keeps_one_answer_per_host_until_a_connect_fails() {
        use ureq::unversioned::resolver::Resolver;
        let resolver = CachedResolver::default();
        let config = ureq::config::Config::default();
        let timeout = ureq::unversioned::transport::NextTimeout {
            after: ureq::unversioned::transport::time::Duration::from_secs(5),
            reason: ureq::Timeout::Resolve,
            per_read: None,
            per_write: None,
        };
        let uri: ureq::http::Uri = "http://127.0.0.1:4010/v1/x".parse().unwrap();
        let first = resolver.resolve(&uri, &config, timeout).unwrap();
        let cached_at = resolver.last.lock().unwrap().as_ref().map(|r| r.at).unwrap();
        assert_eq!(resolver.resolve(&uri, &config, timeout).unwrap()[0], first[0]);
        assert_eq!(
            resolver.last.lock().unwrap().as_ref().map(|r| r.at),
            Some(cached_at),
            "answered from cache"
        );

        let other: ureq::http::Uri = "http://127.0.0.1:4011/".parse().unwrap();
        assert_eq!(resolver.resolve(&other, &config, timeout).unwrap()[0].port(), 4011);

        resolver.forget();
        assert!(resolver.last.lock().unwrap().is_none());
    }

    #[test]
    fn base_url_follows_the_project_id() {
        assert_eq!(Client::new("project-live-1", "s").base_url(), LIVE_URL);
        assert_eq!(Client::new("project-test-1", "s").base_url(), TEST_URL);
    }

    #[test]
    fn credentials_never_go_over_plain_http_to_a_remote_host() {
        let remote = Client::builder().credentials("p", "s").base_url("http://stytch.example").build();
        assert!(matches!(remote, Err(Error::Config(_))));
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

    #[test]
    fn request_id_is_found_in_broken_bodies() {
        assert_eq!(find_request_id(br#"{"request_id": "req-1", "x": "#).as_deref(), Some("req-1"));
        assert_eq!(find_request_id(b"<html>"), None);
        assert_eq!(find_request_id(br#"{"request_id":""}"#), None);
        assert_eq!(find_request_id(b"\xff\xfe{\"request_id\" :\n \"req-2\"\xff").as_deref(), Some("req-2"));
        assert_eq!(find_request_id(br#"{"request_id": "req-3"#), None, "unterminated");
        assert_eq!(find_request_id(b"{\"request_id\": \"req\x1b[2J\"}"), None, "a control character");
        assert_eq!(find_request_id(br#"{"request_id": "a\"b"}"#), None, "an escape");
        assert_eq!(find_request_id(br#"{"request_id": 5}"#), None);
        let long = format!(r#"{{"request_id": "{}"}}"#, "r".repeat(129));
        assert_eq!(find_request_id(long.as_bytes()), None);
    }

    #[test]
    fn percent_encoding_keeps_only_unreserved_bytes() {
        let mut out = String::new();
        percent_encode(&mut out, "a b/c?d&é~");
        assert_eq!(out, "a%20b%2Fc%3Fd%26%C3%A9~");
    }
}
