//! [`ApiError`]: an error answered by Stytch.

use super::ErrorType;
use std::fmt;
use std::time::Duration;

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
