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
    /// and neither does `user_lock_limit_reached` (429): the lock outlasts any retry.
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
        }
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Transport(e) => e.source.as_deref().map(|s| s as _),
            Error::Decode(e) => e.cause.as_ref().map(|s| s as _),
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
        /// 400: `session_custom_claims` uses a reserved claim (`iss`, `sub`, `aud`, `exp`, `nbf`,
        /// `iat`, `jti`).
        ReservedClaimsInCustomClaims = "reserved_claims_in_custom_claims",
        /// 400: `session_custom_claims` uses a key under `https://stytch.com/`, Stytch's own.
        StytchClaimsInCustomClaims = "stytch_claims_in_custom_claims",
        /// 400: a B2B endpoint was called with the credentials of a consumer project.
        InvalidB2bEndpoint = "invalid_b2b_endpoint",
        /// 400: a consumer endpoint was called with the credentials of a B2B project.
        InvalidConsumerEndpoint = "invalid_consumer_endpoint",
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

impl std::error::Error for ApiError {}

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

    pub(crate) fn with_boxed_source(mut self, source: Box<dyn std::error::Error + Send + Sync>) -> Self {
        self.source = Some(source);
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

impl std::error::Error for TransportError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        self.source.as_deref().map(|s| s as _)
    }
}

/// A response whose body could not be decoded.
///
/// Keeps the status, the request id when the body had one, the start of the body and why it was
/// rejected. `Display` and `Debug` print none of the body: a 2xx body can hold session tokens,
/// and a hostile or misconfigured server can echo the request back. Read
/// [`body_snippet`](Self::body_snippet) when you need it, and mind where you log it.
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
    json: Option<serde_json::Error>,
    cause: Option<JsonCause>,
}

impl DecodeError {
    pub(crate) fn new(status: u16, body: &[u8], json: Option<serde_json::Error>) -> Self {
        let end = body.len().min(BODY_SNIPPET_LIMIT);
        DecodeError {
            status,
            request_id: crate::client::find_request_id(body),
            retry_after: None,
            body_snippet: String::from_utf8_lossy(&body[..end]).into_owned(),
            body_len: body.len(),
            cause: json.as_ref().map(JsonCause::new),
            json,
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
    ///
    /// Its message can quote a value from the body (`invalid type: string "..."`), so the
    /// [`source`](std::error::Error::source) of this error is a copy with every quoted string
    /// masked; this is the original.
    pub fn json_error(&self) -> Option<&serde_json::Error> {
        self.json.as_ref()
    }
}

impl fmt::Debug for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("DecodeError")
            .field("status", &self.status)
            .field("request_id", &self.request_id)
            .field("retry_after", &self.retry_after)
            .field("body_len", &self.body_len)
            .field("body_snippet", &crate::redact::Redacted)
            .field("cause", &self.cause.as_ref().map(|c| c.message.as_str()))
            .finish()
    }
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "could not decode the HTTP {} response: ", self.status)?;
        let blank = self.body_snippet.bytes().all(|b| b.is_ascii_whitespace());
        match &self.cause {
            _ if self.body_len == 0 || (blank && self.body_len <= BODY_SNIPPET_LIMIT) => {
                f.write_str("the body is empty")?
            }
            Some(cause) => f.write_str(&cause.message)?,
            None => f.write_str("the body is JSON, but not a Stytch error")?,
        }
        write!(f, " ({} bytes", self.body_len)?;
        if let Some(id) = &self.request_id {
            write!(f, ", request_id {id}")?;
        }
        f.write_str(")")
    }
}

impl std::error::Error for DecodeError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        self.cause.as_ref().map(|s| s as _)
    }
}

/// serde_json's reason for rejecting a body, with every double-quoted string in it masked: the
/// [`source`](std::error::Error::source) of a [`DecodeError`].
struct JsonCause {
    message: String,
}

impl JsonCause {
    fn new(error: &serde_json::Error) -> Self {
        JsonCause { message: mask_quoted(&error.to_string()) }
    }
}

impl fmt::Debug for JsonCause {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&self.message, f)
    }
}

impl fmt::Display for JsonCause {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for JsonCause {}

/// Replaces the contents of every `"..."` (escapes honoured) with `…`: serde quotes the strings it
/// rejects, and in a response those can be session tokens.
fn mask_quoted(message: &str) -> String {
    let mut out = String::with_capacity(message.len());
    let mut chars = message.chars();
    while let Some(c) = chars.next() {
        out.push(c);
        if c == '"' {
            out.push('…');
            let mut escaped = false;
            for c in chars.by_ref() {
                match c {
                    _ if escaped => escaped = false,
                    '\\' => escaped = true,
                    '"' => {
                        out.push('"');
                        break;
                    }
                    _ => {}
                }
            }
        }
    }
    out
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
    fn quoted_strings_are_masked() {
        assert_eq!(
            mask_quoted(r#"invalid type: string "eyJhbGci.secret", expected struct User at line 1 column 9"#),
            r#"invalid type: string "…", expected struct User at line 1 column 9"#
        );
        assert_eq!(mask_quoted(r#"a "b\"c" d "e"#), r#"a "…" d "…"#);
        assert_eq!(mask_quoted("no quotes at line 1 column 2"), "no quotes at line 1 column 2");
    }

    #[test]
    fn a_decode_error_prints_no_body() {
        let body = br#"{"user": "jwt-secret", "request_id": "req-1"}"#;
        let json = serde_json::from_slice::<std::collections::HashMap<String, u8>>(body).unwrap_err();
        let err = Error::Decode(Box::new(DecodeError::new(200, body, Some(json))));
        let printed = format!("{err} {err:?} {}", std::error::Error::source(&err).unwrap());
        assert!(!printed.contains("secret"), "{printed}");
        assert!(printed.contains("req-1") && printed.contains("HTTP 200"), "{printed}");
        assert!(err.to_string().contains("invalid type: string \"…\""), "{err}");
    }
}
