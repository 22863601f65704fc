//! One HTTP exchange over ureq: the agent's settings, the request, the answer read up to the size
//! limit, and what ureq's errors mean as [`TransportError`]s.

use super::connect::WhileConnecting;
use super::resolver::CachedResolver;
use crate::error::{ConfigError, Error, TransportError, TransportErrorKind};
use crate::tls::{self, TlsChecked, TlsFailure};
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
    /// `proxy`: the one every connection goes through, if any (chosen by the builder).
    pub(super) fn new(
        timeout: Duration,
        connect_timeout: Duration,
        max_response_bytes: u64,
        proxy: Option<ureq::Proxy>,
        tls: &TlsChecked,
    ) -> Self {
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
            .max_idle_age(Duration::from_secs(30));
        #[cfg(any(feature = "rustls", feature = "native-tls"))]
        let config = config.tls_config(tls.ureq_config());
        #[cfg(not(any(feature = "rustls", feature = "native-tls")))]
        let _ = tls;
        let config = config.build();
        let resolver = CachedResolver::default();
        Transport { agent: resolver.agent(config), resolver, max_response_bytes }
    }

    pub(super) fn max_response_bytes(&self) -> u64 {
        self.max_response_bytes
    }

    /// One HTTP exchange: any complete answer, whatever its status, read up to the size limit.
    ///
    /// `budget`: what is left of the call's deadline, for an attempt after the first; `None`
    /// keeps the agent's own timeout.
    pub(super) fn exchange(
        &self,
        outgoing: &Outgoing<'_>,
        budget: Option<Duration>,
    ) -> Result<Answer, Error> {
        let Outgoing { method, url, content_type, authorization, headers, body } = *outgoing;
        let mut request = ureq::http::Request::builder()
            .method(method.as_str())
            .uri(url)
            .header("Content-Type", content_type)
            .header("Accept", "application/json");
        if let Some(auth) = authorization {
            request = request.header("Authorization", auth);
        }
        for (name, value) in headers {
            request = request.header(*name, *value);
        }
        let mut request =
            request.body(body).map_err(|_| Error::from(ConfigError::new("the request URL is not valid")))?;
        if let Some(budget) = budget {
            request = self.agent.configure_request(request).timeout_global(Some(budget)).build();
        }
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

/// One request as the client has made it, ready to go out (again, on a retry).
pub(super) struct Outgoing<'a> {
    pub method: Method,
    pub url: &'a str,
    pub content_type: &'a str,
    /// `None` in gateway mode, and for an endpoint declared `auth = none`.
    pub authorization: Option<&'a str>,
    pub headers: &'a [(&'static str, &'a str)],
    pub body: &'a [u8],
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
            // A TLS record that failed after the handshake: the request may have gone out.
            if tls::tls_failure_in(&io).is_some() {
                return TransportError::new(Kind::Tls, TlsFailure::IN_FLIGHT).with_source(io);
            }
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
        // Only met while connecting, and then marked (below); kept for an unmarked one all the same.
        ureq::Error::Tls(_) => TransportError::new(Kind::Tls, TlsFailure::Other.connecting_message()),
        #[cfg(feature = "rustls")]
        ureq::Error::Rustls(e) => {
            TransportError::new(Kind::Tls, tls::rustls_failure(&e).connecting_message()).with_source(e)
        }
        #[cfg(feature = "native-tls")]
        ureq::Error::NativeTls(e) => {
            TransportError::new(Kind::Tls, tls::native_tls_failure(&e).connecting_message()).with_source(e)
        }
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
        ureq::Error::Other(e) => match e.downcast::<WhileConnecting>() {
            Ok(connecting) => while_connecting(connecting.0),
            Err(e) => TransportError::new(Kind::Io, "the HTTP exchange failed").with_boxed_source(e),
        },
        _ => TransportError::new(Kind::Io, "the HTTP exchange failed"),
    }
}

/// A failure met while connecting (marked by `connect.rs`): nothing of the request was sent. An
/// I/O error there is a TLS handshake that failed, or a connection that could not be made.
fn while_connecting(err: ureq::Error) -> TransportError {
    use TransportErrorKind as Kind;
    match err {
        ureq::Error::Io(io) => {
            if let Some(failure) = tls::tls_failure_in(&io) {
                return TransportError::new(Kind::Tls, failure.connecting_message()).with_source(io);
            }
            match io.kind() {
                std::io::ErrorKind::TimedOut | std::io::ErrorKind::WouldBlock => {
                    TransportError::new(Kind::Timeout, "timed out while connecting").with_source(io)
                }
                _ => TransportError::new(Kind::Connect, "the connection could not be made").with_source(io),
            }
        }
        other => transport(other),
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

    fn connecting(err: ureq::Error) -> ureq::Error {
        ureq::Error::Other(Box::new(WhileConnecting(err)))
    }

    #[test]
    fn an_io_error_reads_by_when_it_happened() {
        use std::io::{Error as IoError, ErrorKind};
        let cut = || ureq::Error::Io(IoError::new(ErrorKind::ConnectionReset, "reset by peer"));
        let while_connecting = transport(connecting(cut()));
        assert_eq!(while_connecting.kind, TransportErrorKind::Connect);
        assert!(Error::Transport(while_connecting).is_retryable(), "nothing was sent");
        let in_flight = transport(cut());
        assert_eq!(in_flight.kind, TransportErrorKind::Io);
        assert!(!Error::Transport(in_flight).is_retryable(), "it may have been processed");

        let slow = transport(connecting(ureq::Error::Io(IoError::new(ErrorKind::TimedOut, "slow"))));
        assert_eq!(slow.kind, TransportErrorKind::Timeout);
        let proxy = transport(connecting(ureq::Error::ConnectProxyFailed("403 Forbidden".into())));
        assert_eq!(proxy.kind, TransportErrorKind::Connect);
    }

    #[cfg(feature = "rustls")]
    #[test]
    fn a_rustls_failure_is_tls_and_says_whether_the_request_went_out() {
        use std::io::{Error as IoError, ErrorKind};
        let untrusted = || {
            let cert = rustls::Error::InvalidCertificate(rustls::CertificateError::UnknownIssuer);
            ureq::Error::Io(IoError::new(ErrorKind::InvalidData, cert))
        };
        let handshake = transport(connecting(untrusted()));
        assert_eq!(handshake.kind, TransportErrorKind::Tls);
        assert!(handshake.to_string().contains("not trusted; nothing was sent"), "{handshake}");
        assert!(!Error::Transport(handshake).is_retryable());

        let garbage = rustls::Error::InvalidMessage(rustls::InvalidMessage::InvalidContentType);
        let not_tls = transport(connecting(ureq::Error::Io(IoError::new(ErrorKind::InvalidData, garbage))));
        assert_eq!(not_tls.kind, TransportErrorKind::Tls);
        assert!(
            not_tls.to_string().contains("handshake failed")
                && not_tls.to_string().contains("nothing was sent")
        );

        let later =
            transport(ureq::Error::Io(IoError::new(ErrorKind::InvalidData, rustls::Error::DecryptError)));
        assert_eq!(later.kind, TransportErrorKind::Tls);
        assert!(later.to_string().contains("may have been processed"), "{later}");
        assert!(!Error::Transport(later).is_retryable());
    }
}
