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
    /// Stytch's request id; missing on errors made by load balancers, and withheld when the
    /// server sent one that is not in Stytch's form (`request-id-test-...`, `request-id-live-...`).
    pub request_id: Option<String>,
    /// Whether the server sent a `request_id` of another form, left out of
    /// [`request_id`](Self::request_id): it may be a request value echoed back.
    pub(crate) request_id_withheld: bool,
    /// What went wrong, as a stable identifier (`error_type`, or OAuth2's `error`): always lowercase
    /// snake_case, as Stytch writes it. An error body with any other is an
    /// [`Error::Decode`](crate::Error::Decode).
    pub error_type: ErrorType,
    /// A human-readable explanation (`error_message`, or OAuth2's `error_description`): the
    /// server's free text, with control and invisible formatting characters replaced.
    pub error_message: String,
    /// A link to Stytch's documentation of the error (`error_url`, or OAuth2's `error_uri`), with
    /// control and invisible formatting characters replaced.
    pub error_url: Option<String>,
    /// Extra structured detail, when Stytch sends any; control and invisible formatting characters
    /// are replaced in its strings and keys. `None` also when holding it would take more memory
    /// than the body's decoding budget (about 3 times the body plus 64 KiB): only a hostile or
    /// broken server sends such details.
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
        } else if self.request_id_withheld {
            f.write_str(" (request_id withheld: not in Stytch's form)")?;
        }
        Ok(())
    }
}

impl std::error::Error for ApiError {}
