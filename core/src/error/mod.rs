//! The one error type of the crate, [`Error`], and its parts.
//!
//! Errors are data: match on the variants and on [`ErrorType`], never on messages. No variant
//! holds a credential or a request value, and `Display`/`Debug` print none.

mod api;
mod decode;
mod error_type;
mod jwt;
mod request_id;
mod transport;
mod validation;

pub use api::ApiError;
pub use decode::DecodeError;
pub use error_type::ErrorType;
pub use jwt::JwtError;
pub(crate) use request_id::RequestId;
pub use transport::{TransportError, TransportErrorKind};
pub use validation::{ValidationErrors, Violation, ViolationCode};

use std::fmt;
use std::time::Duration;

/// Everything that can go wrong calling Stytch.
#[derive(Debug)]
#[non_exhaustive]
pub enum Error {
    /// The request broke one or more declared field rules. Nothing was sent.
    Validation(ValidationErrors),
    /// Stytch answered with an error: a non-2xx status and a Stytch (or OAuth2-style) error body.
    Api(Box<ApiError>),
    /// The request or its response did not make it across the network.
    Transport(TransportError),
    /// A response arrived, but its body was not what was expected (empty, truncated, HTML from a
    /// proxy, not UTF-8, or JSON of another shape).
    Decode(Box<DecodeError>),
    /// The request could not be encoded as JSON (a field's `Serialize` failed).
    Encode(serde_json::Error),
    /// The client is misconfigured; nothing was sent.
    Config(ConfigError),
    /// A session JWT was refused by local verification, for a reason Stytch would refuse it for
    /// too (see [`JwtError::could_be_refreshed`]); nothing was sent.
    Jwt(JwtError),
}

impl Error {
    /// The HTTP status, for every error born from a response.
    pub fn status(&self) -> Option<u16> {
        match self {
            Error::Api(e) => Some(e.status),
            Error::Decode(e) => Some(e.status),
            Error::Transport(e) => e.status,
            _ => None,
        }
    }

    /// Stytch's `request_id`, when the response carried one. Quote it to Stytch support.
    pub fn request_id(&self) -> Option<&str> {
        match self {
            Error::Api(e) => e.request_id.as_deref(),
            Error::Decode(e) => e.request_id.as_deref(),
            _ => None,
        }
    }

    /// Stytch's `error_type`, typed: `match` on it without comparing strings.
    /// [`ErrorType::as_str`] gives it as sent, such as `"weak_password"`.
    pub fn error_type(&self) -> Option<&ErrorType> {
        match self {
            Error::Api(e) => Some(&e.error_type),
            _ => None,
        }
    }

    /// The API error, if Stytch answered with one.
    pub fn as_api(&self) -> Option<&ApiError> {
        match self {
            Error::Api(e) => Some(e),
            _ => None,
        }
    }

    /// The broken rules, if the request did not validate.
    pub fn as_validation(&self) -> Option<&ValidationErrors> {
        match self {
            Error::Validation(e) => Some(e),
            _ => None,
        }
    }

    /// The network failure, if the request or its answer did not make it across.
    pub fn as_transport(&self) -> Option<&TransportError> {
        match self {
            Error::Transport(e) => Some(e),
            _ => None,
        }
    }

    /// The answer that could not be decoded, if that is what went wrong.
    pub fn as_decode(&self) -> Option<&DecodeError> {
        match self {
            Error::Decode(e) => Some(e),
            _ => None,
        }
    }

    /// The configuration problem, if the client was misconfigured.
    pub fn as_config(&self) -> Option<&ConfigError> {
        match self {
            Error::Config(e) => Some(e),
            _ => None,
        }
    }

    /// Whether the call gave up because a timeout ran out.
    pub fn is_timeout(&self) -> bool {
        matches!(self, Error::Transport(e) if e.kind == TransportErrorKind::Timeout)
    }

    /// How long the server asked the client to wait before trying again (`Retry-After`, in
    /// seconds or as an HTTP date), if it did.
    pub fn retry_after(&self) -> Option<Duration> {
        match self {
            Error::Api(e) => e.retry_after,
            Error::Decode(e) => e.retry_after,
            _ => None,
        }
    }

    /// Whether sending the same request again is safe and may succeed: only where the request
    /// provably was not processed (the connection was never made, or the answer was 429 or 503).
    /// Password resets are not idempotent (a success revokes sessions), so nothing else qualifies,
    /// and neither does `user_lock_limit_reached` (429): the lock outlasts any retry, nor a
    /// [`Tls`](TransportErrorKind::Tls) failure, even one in the handshake.
    pub fn is_retryable(&self) -> bool {
        match self {
            Error::Transport(e) => e.kind == TransportErrorKind::Connect,
            Error::Api(e) => matches!(e.status, 429 | 503) && e.error_type != ErrorType::UserLockLimitReached,
            Error::Decode(e) => matches!(e.status, 429 | 503),
            _ => false,
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Validation(e) => write!(f, "invalid request: {e}"),
            Error::Api(e) => fmt::Display::fmt(e, f),
            Error::Transport(e) => fmt::Display::fmt(e, f),
            Error::Decode(e) => fmt::Display::fmt(e, f),
            Error::Encode(e) => write!(f, "could not encode the request as JSON: {e}"),
            Error::Config(e) => fmt::Display::fmt(e, f),
            Error::Jwt(e) => fmt::Display::fmt(e, f),
        }
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Transport(e) => e.source.as_deref().map(|s| s as _),
            Error::Decode(e) => e.cause.as_ref().map(|s| s as _),
            Error::Encode(e) => Some(e),
            Error::Jwt(e) => std::error::Error::source(e),
            _ => None,
        }
    }
}

/// A misconfigured client.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct ConfigError {
    message: String,
}

impl ConfigError {
    pub(crate) fn new(message: impl Into<String>) -> Self {
        ConfigError { message: message.into() }
    }

    /// What is wrong.
    pub fn message(&self) -> &str {
        &self.message
    }
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "invalid client configuration: {}", self.message)
    }
}

impl std::error::Error for ConfigError {}

impl From<ConfigError> for Error {
    fn from(e: ConfigError) -> Self {
        Error::Config(e)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_variant_has_an_accessor_of_the_same_style() {
        let transport =
            Error::Transport(TransportError::new(TransportErrorKind::Connect, "connection refused"));
        assert_eq!(transport.as_transport().map(|e| e.kind), Some(TransportErrorKind::Connect));
        assert_eq!(transport.as_transport().map(TransportError::message), Some("connection refused"));
        assert!(
            transport.as_decode().is_none()
                && transport.as_api().is_none()
                && transport.as_config().is_none()
        );

        let config = Error::Config(ConfigError::new("no secret"));
        assert_eq!(config.as_config().map(ConfigError::message), Some("no secret"));
        assert!(config.as_transport().is_none() && config.as_validation().is_none());

        let decode = crate::response::decode_response::<serde_json::Value>(200, None, b"<html>").unwrap_err();
        assert_eq!(decode.as_decode().map(|e| e.status), Some(200));
        assert!(decode.as_transport().is_none());
    }
}
