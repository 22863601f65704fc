//! [`ApiError`]: an error answered by Stytch, and [`ErrorType`], its `error_type` without strings.

use crate::object::open_enum;
use std::fmt;
use std::time::Duration;

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
    /// Extra structured detail, when Stytch sends any. `None` also when holding it would take
    /// more memory than the body's decoding budget (about 3 times the body plus 64 KiB): only a
    /// hostile or broken server sends such details.
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
