//! The one error type of the crate, [`Error`], and its parts.
//!
//! Errors are data: match on the variants and on [`ErrorType`], never on messages. No variant
//! holds a credential or a request value, and `Display`/`Debug` print none.

use crate::object::open_enum;
use crate::validate::ValidationErrors;
use std::fmt;
use std::time::Duration;

/// How many bytes of an unexpected response body an error keeps.
pub const BODY_SNIPPET_LIMIT: usize = 512;

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

    /// Stytch's `error_type` as sent, such as `"weak_password"`.
    pub fn error_type(&self) -> Option<&str> {
        match self {
            Error::Api(e) => Some(e.error_type.as_str()),
            _ => None,
        }
    }

    /// Stytch's `error_type`, typed: `match` on it without comparing strings.
    pub fn api_error_type(&self) -> Option<&ErrorType> {
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

    /// Whether the call gave up because a timeout ran out.
    pub fn is_timeout(&self) -> bool {
        matches!(self, Error::Transport(e) if e.kind == TransportErrorKind::Timeout)
    }

    /// Whether sending the same request again is safe and may succeed: only where the request
    /// provably was not processed (the connection was never made, or the answer was 429 or 503).
    /// Password resets are not idempotent (a success revokes sessions), so nothing else qualifies.
    pub fn is_retryable(&self) -> bool {
        match self {
            Error::Transport(e) => e.kind == TransportErrorKind::Connect,
            Error::Api(_) | Error::Decode(_) => matches!(self.status(), Some(429 | 503)),
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
        }
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Transport(e) => e.source.as_deref().map(|s| s as _),
            Error::Decode(e) => e.source.as_ref().map(|s| s as _),
            Error::Encode(e) => Some(e),
            _ => None,
        }
    }
}

open_enum! {
    /// Stytch's `error_type`, for the values a password reset can meet; any other value is kept
    /// in `Other`. Stytch documents each at `https://stytch.com/docs/api/errors`.
    pub enum ErrorType {
        /// 401: bad project id or secret; also a wrong existing password.
        UnauthorizedCredentials = "unauthorized_credentials",
        /// 400: the new password is too weak.
        WeakPassword = "weak_password",
        /// 400: the new password appears in a known breach.
        BreachedPassword = "breached_password",
        /// The user must reset their password by email first.
        ResetPassword = "reset_password",
        /// The member must reset their password by email first.
        MemberResetPassword = "member_reset_password",
        /// 400: no factor of the session was authenticated in the last five minutes.
        SessionTooOldToResetPassword = "session_too_old_to_reset_password",
        /// 404: the session token or JWT names no live session.
        SessionNotFound = "session_not_found",
        /// 400: the session token is malformed.
        InvalidSessionToken = "invalid_session_token",
        /// 400: the session JWT could not be parsed.
        UnableToParseSessionJwt = "unable_to_parse_session_jwt",
        /// 400: neither a session token nor a JWT was given.
        NoSessionArguments = "no_session_arguments",
        /// 400: both a session token and a JWT were given.
        TooManySessionArguments = "too_many_session_arguments",
        /// 404: no user has that email address.
        EmailNotFound = "email_not_found",
        /// 404: no organization has that id, slug or external id.
        OrganizationNotFound = "organization_not_found",
        /// 404: no such member.
        MemberNotFound = "member_not_found",
        /// 400: `session_duration_minutes` is outside 5..=527040.
        InvalidSessionDurationMinutes = "invalid_session_duration_minutes",
        /// 400: `session_custom_claims` is larger than 4 KB.
        CustomClaimsTooLarge = "custom_claims_too_large",
        /// 400: `session_custom_claims` uses a reserved claim.
        ReservedClaimsInCustomClaims = "reserved_claims_in_custom_claims",
        /// 400: the locale is not supported.
        InvalidLocale = "invalid_locale",
        /// 400: the email address is malformed.
        InvalidEmail = "invalid_email",
        /// 400: the request body is not what the endpoint takes.
        BadRequest = "bad_request",
        /// 429: too many failed attempts; the user is locked.
        UserLockLimitReached = "user_lock_limit_reached",
        /// 429: rate limited; back off.
        TooManyRequests = "too_many_requests",
        /// 500: Stytch failed.
        InternalServerError = "internal_server_error",
        /// 503: Stytch is unavailable; retrying is safe.
        ServerUnavailable = "server_unavailable",
    }
}

/// An error answered by Stytch.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct ApiError {
    /// The HTTP status.
    pub status: u16,
    /// Stytch's request id; missing on errors made by load balancers.
    pub request_id: Option<String>,
    /// What went wrong, as a stable identifier (`error_type`, or OAuth2's `error`).
    pub error_type: ErrorType,
    /// A human-readable explanation (`error_message`, or OAuth2's `error_description`).
    pub error_message: String,
    /// A link to Stytch's documentation of the error (`error_url`, or OAuth2's `error_uri`).
    pub error_url: Option<String>,
    /// Extra structured detail, when Stytch sends any.
    pub error_details: Option<serde_json::Value>,
    /// How long the server asked the client to wait (`Retry-After`), if it did.
    pub retry_after: Option<Duration>,
}

impl fmt::Display for ApiError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Stytch answered {} `{}`", self.status, self.error_type)?;
        if !self.error_message.is_empty() {
            write!(f, ": {}", self.error_message)?;
        }
        if let Some(id) = &self.request_id {
            write!(f, " (request_id {id})")?;
        }
        Ok(())
    }
}

/// What kind of network failure a [`TransportError`] is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TransportErrorKind {
    /// The connection could not be made (refused, unreachable, DNS failure): nothing was sent.
    Connect,
    /// A timeout ran out.
    Timeout,
    /// The TLS handshake failed.
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
    source: Option<Box<dyn std::error::Error + Send + Sync>>,
}

impl TransportError {
    pub(crate) fn new(kind: TransportErrorKind, message: impl Into<String>) -> Self {
        TransportError { kind, status: None, message: message.into(), source: None }
    }

    pub(crate) fn with_source(mut self, source: impl std::error::Error + Send + Sync + 'static) -> Self {
        self.source = Some(Box::new(source));
        self
    }

    pub(crate) fn with_status(mut self, status: Option<u16>) -> Self {
        self.status = status;
        self
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

/// A response whose body could not be decoded.
#[non_exhaustive]
pub struct DecodeError {
    /// The HTTP status.
    pub status: u16,
    /// Stytch's request id, if one could be found in the body.
    pub request_id: Option<String>,
    /// How long the server asked the client to wait (`Retry-After`), if it did.
    pub retry_after: Option<Duration>,
    body_snippet: String,
    body_len: usize,
    source: Option<serde_json::Error>,
}

impl DecodeError {
    pub(crate) fn new(status: u16, body: &[u8], source: Option<serde_json::Error>) -> Self {
        let end = body.len().min(BODY_SNIPPET_LIMIT);
        DecodeError {
            status,
            request_id: crate::client::find_request_id(body),
            retry_after: None,
            body_snippet: String::from_utf8_lossy(&body[..end]).into_owned(),
            body_len: body.len(),
            source,
        }
    }

    pub(crate) fn with_retry_after(mut self, retry_after: Option<Duration>) -> Self {
        self.retry_after = retry_after;
        self
    }

    /// The start of the body (at most [`BODY_SNIPPET_LIMIT`] bytes, lossily decoded as UTF-8).
    ///
    /// A 2xx body can hold session tokens, so `Debug` and `Display` never print it; read it here
    /// when you need it, and mind where you log it.
    pub fn body_snippet(&self) -> &str {
        &self.body_snippet
    }

    /// The length of the whole body in bytes.
    pub fn body_len(&self) -> usize {
        self.body_len
    }

    /// Why serde_json rejected the body, if it got as far as parsing it.
    pub fn json_error(&self) -> Option<&serde_json::Error> {
        self.source.as_ref()
    }

    fn snippet_is_printable(&self) -> bool {
        !(200..300).contains(&self.status)
    }
}

impl fmt::Debug for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut s = f.debug_struct("DecodeError");
        s.field("status", &self.status).field("request_id", &self.request_id);
        if self.snippet_is_printable() {
            s.field("body_snippet", &self.body_snippet);
        } else {
            s.field("body_snippet", &crate::redact::Redacted);
        }
        s.field("body_len", &self.body_len).field("source", &self.source).finish()
    }
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "could not decode the HTTP {} response", self.status)?;
        if self.body_len == 0 {
            f.write_str(": the body is empty")?;
        } else if let Some(source) = &self.source {
            write!(f, ": {source}")?;
        }
        if let Some(id) = &self.request_id {
            write!(f, " (request_id {id})")?;
        }
        if self.snippet_is_printable() && !self.body_snippet.is_empty() {
            let short: String = self.body_snippet.chars().take(120).collect();
            write!(f, "; body starts {short:?}")?;
        }
        Ok(())
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

impl From<ConfigError> for Error {
    fn from(e: ConfigError) -> Self {
        Error::Config(e)
    }
}
