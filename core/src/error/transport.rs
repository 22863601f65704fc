//! [`TransportError`]: a request or response that did not make it across the network.

use std::fmt;

/// What kind of network failure a [`TransportError`] is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TransportErrorKind {
    /// The connection could not be made (refused, unreachable, DNS failure): nothing was sent.
    Connect,
    /// A timeout ran out.
    Timeout,
    /// TLS failed. In the handshake (the server's certificate was not trusted, or the server does
    /// not speak TLS), nothing of the request was sent, and the message says so; after it, the
    /// request may have been processed. Never retried: a certificate that was not trusted will
    /// not be on the next attempt, and may be an interception to look into, not a network blip.
    Tls,
    /// The connection broke while the request or response was in flight.
    Io,
    /// The response body was larger than the client's limit; reading stopped at the limit.
    BodyTooLarge,
    /// The server spoke something other than valid HTTP/1.1.
    Protocol,
}

/// A network failure.
#[derive(Debug)]
#[non_exhaustive]
pub struct TransportError {
    /// What kind of failure.
    pub kind: TransportErrorKind,
    /// The HTTP status, when the response head had arrived.
    pub status: Option<u16>,
    message: String,
    pub(super) source: Option<Box<dyn std::error::Error + Send + Sync>>,
}

impl TransportError {
    pub(crate) fn new(kind: TransportErrorKind, message: impl Into<String>) -> Self {
        TransportError { kind, status: None, message: message.into(), source: None }
    }

    pub(crate) fn with_source(mut self, source: impl std::error::Error + Send + Sync + 'static) -> Self {
        self.source = Some(Box::new(source));
        self
    }

    pub(crate) fn with_boxed_source(mut self, source: Box<dyn std::error::Error + Send + Sync>) -> Self {
        self.source = Some(source);
        self
    }

    pub(crate) fn with_status(mut self, status: Option<u16>) -> Self {
        self.status = status;
        self
    }

    /// What went wrong, in words (the `Display` adds the status where there is one).
    pub fn message(&self) -> &str {
        &self.message
    }
}

impl fmt::Display for TransportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)?;
        if let Some(status) = self.status {
            write!(f, " (HTTP {status})")?;
        }
        Ok(())
    }
}

impl std::error::Error for TransportError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        self.source.as_deref().map(|s| s as _)
    }
}
