//! One HTTP exchange over ureq: the agent's settings, the request, the answer read up to the size
//! limit, and what ureq's errors mean as [`TransportError`]s.

use super::resolver::CachedResolver;
use crate::error::{ConfigError, Error, TransportError, TransportErrorKind};
use crate::Method;
use std::time::Duration;

const USER_AGENT: &str = concat!("stytch-endpoint/", env!("CARGO_PKG_VERSION"), " (Rust; ureq)");

/// A complete HTTP answer, before decoding.
pub(super) struct Answer {
    pub(super) status: u16,
    /// The first `Retry-After` header, as sent.
    pub(super) retry_after: Option<String>,
    pub(super) body: Vec<u8>,
}

/// The connection pool and its settings, shared by all clones of a client.
pub(super) struct Transport {
    agent: ureq::Agent,
    /// The agent's resolver, shared so that a failed connect can clear its cache.
    resolver: CachedResolver,
    max_response_bytes: u64,
}

impl Transport {
    /// `use_env_proxy`: whether `HTTP(S)_PROXY` / `ALL_PROXY` apply (never for a loopback host).
    pub(super) fn new(
        timeout: Duration,
        connect_timeout: Duration,
        max_response_bytes: u64,
        use_env_proxy: bool,
    ) -> Self {
        let proxy = if use_env_proxy { ureq::Proxy::try_from_env() } else { None };
        let config = ureq::Agent::config_builder()
            .proxy(proxy)
            .http_status_as_error(false)
            .timeout_global(Some(timeout))
            .timeout_connect(Some(connect_timeout))
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
        Transport { agent: resolver.agent(config), resolver, max_response_bytes }
    }

    pub(super) fn max_response_bytes(&self) -> u64 {
        self.max_response_bytes
    }

    /// One HTTP exchange: any complete answer, whatever its status, read up to the size limit.
    pub(super) fn exchange(
        &self,
        method: Method,
        url: &str,
        authorization: Option<&str>,
        body: &[u8],
    ) -> Result<Answer, Error> {
        let mut request = ureq::http::Request::builder()
            .method(method.as_str())
            .uri(url)
            .header("Content-Type", "application/json")
            .header("Accept", "application/json");
        if let Some(auth) = authorization {
            request = request.header("Authorization", auth);
        }
        let request =
            request.body(body).map_err(|_| Error::from(ConfigError::new("the request URL is not valid")))?;
        let response = self.agent.run(request).map_err(|e| {
            let err = transport(e);
            if err.kind == TransportErrorKind::Connect {
                self.resolver.forget();
            }
            Error::Transport(err)
        })?;
        let status = response.status().as_u16();
        let retry_after =
            response.headers().get("retry-after").and_then(|v| v.to_str().ok()).map(str::to_owned);
        let (_, mut response_body) = response.into_parts();
        // Read to the end (so the connection goes back to the pool), but never past the limit, into
        // a buffer sized from Content-Length (capped) so that it is not regrown a dozen times.
        let limit = self.max_response_bytes;
        let capacity = response_body.content_length().map_or(8 * 1024, |len| len.min(limit).min(1 << 20));
        let mut body = Vec::with_capacity(capacity as usize);
        std::io::Read::read_to_end(&mut response_body.with_config().limit(limit).reader(), &mut body)
            .map_err(|e| Error::Transport(transport(ureq::Error::from(e)).with_status(Some(status))))?;
        // Past the 1 MiB first guess, the buffer doubled: give back what decoding won't need, so
        // that the body plus its decoded value stay within a small multiple of the body's size.
        if body.capacity() - body.len() > body.len() / 8 {
            body.shrink_to_fit();
        }
        Ok(Answer { status, retry_after, body })
    }
}

/// What a ureq error means to a caller: the one place where ureq's errors become [`TransportError`]s.
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::client::resolver::lookup_failure;

    #[test]
    fn a_failed_name_lookup_is_a_connect_error() {
        let lookup = std::io::Error::other("failed to lookup address information: Name or service not known");
        let err = transport(lookup_failure(ureq::Error::Io(lookup)));
        assert_eq!(err.kind, TransportErrorKind::Connect);
        assert!(Error::Transport(err).is_retryable());
        let timeout = transport(lookup_failure(ureq::Error::Timeout(ureq::Timeout::Resolve)));
        assert_eq!(timeout.kind, TransportErrorKind::Timeout);
    }
}
