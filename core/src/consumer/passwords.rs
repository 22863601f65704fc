//! Consumer password endpoints.

use crate::consumer::session::Session;
use crate::consumer::user::User;
use crate::device_history::DeviceInfo;
use crate::stytch_endpoint;
use crate::stytch_object;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

/// Reset a User's password using their existing password:
/// `POST /v1/passwords/existing_password/reset`.
///
/// A success **revokes every active session of the User**. No new session is created unless
/// [`session_duration_minutes`](Self::session_duration_minutes) is set; without it the response's
/// `session_token` and `session_jwt` are empty strings.
///
/// A wrong existing password fails with `unauthorized_credentials` (401); a new password Stytch
/// finds too weak or breached fails with `weak_password` or `breached_password` (400).
///
/// ```no_run
/// use stytch_endpoint::{consumer::passwords::ExistingPasswordReset, Client};
///
/// let client = Client::from_env()?;
/// let reset = ExistingPasswordReset {
///     email: "ada@example.com".into(),
///     existing_password: "old correct horse".into(),
///     new_password: "a much longer and stronger passphrase".into(),
///     session_duration_minutes: Some(60),
///     ..Default::default()
/// };
/// let response = reset.send(&client)?;
/// println!("user {} has a new password", response.user_id);
/// # Ok::<(), stytch_endpoint::Error>(())
/// ```
#[stytch_endpoint(
    POST,
    "/v1/passwords/existing_password/reset",
    response = ExistingPasswordResetResponse,
    at_most_one_of(session_token, session_jwt)
)]
#[derive(Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ExistingPasswordReset {
    /// The email address of the User.
    #[stytch(non_empty, email)]
    pub email: String,
    /// The User's current password.
    #[stytch(non_empty, secret)]
    pub existing_password: String,
    /// The new password. Any UTF-8 is allowed; Stytch checks its strength and known breaches.
    #[stytch(non_empty, secret)]
    pub new_password: String,
    /// A `session_token` of the User's existing session, to extend it.
    #[stytch(secret)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub session_token: Option<String>,
    /// Start (or extend) a session lasting this many minutes: 5 to 527040 (366 days). Without it,
    /// no session is created.
    #[stytch(range(5..=527040))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub session_duration_minutes: Option<i32>,
    /// A `session_jwt` of the User's existing session, to extend it.
    #[stytch(secret)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub session_jwt: Option<String>,
    /// Custom claims for the session: a JSON object. They are merged into the session's claims
    /// deeply, and a key set to `null` deletes that claim. At most 4 KB of JSON (checked here);
    /// Stytch also holds the session's claims after the merge to 4 KB. The reserved claims `iss`, `sub`, `aud`, `exp`, `nbf`, `iat` and `jti`, and keys under
    /// `https://stytch.com/`, are rejected here, as Stytch rejects them
    /// (`reserved_claims_in_custom_claims`, `stytch_claims_in_custom_claims`).
    #[stytch(
        max_json_size = 4096,
        deny_keys("iss", "sub", "aud", "exp", "nbf", "iat", "jti"),
        custom = crate::validate::no_stytch_claims
    )]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub session_custom_claims: Option<Map<String, Value>>,
    /// A Device Fingerprinting telemetry id; Stytch then records the device for the User.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub telemetry_id: Option<String>,
}

impl ExistingPasswordReset {
    /// A reset with the three required fields and nothing else.
    pub fn new(
        email: impl Into<String>,
        existing_password: impl Into<String>,
        new_password: impl Into<String>,
    ) -> Self {
        ExistingPasswordReset {
            email: email.into(),
            existing_password: existing_password.into(),
            new_password: new_password.into(),
            ..Default::default()
        }
    }
}

/// The answer to [`ExistingPasswordReset`].
#[stytch_object]
#[derive(Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct ExistingPasswordResetResponse {
    /// Stytch's id for this request; quote it to Stytch support.
    #[stytch(required)]
    pub request_id: String,
    /// The id of the User whose password changed.
    #[stytch(required)]
    pub user_id: String,
    /// The new session's opaque token, or `""` when no session was created.
    #[stytch(secret)]
    pub session_token: String,
    /// The new session's JWT, or `""` when no session was created.
    #[stytch(secret)]
    pub session_jwt: String,
    /// The User, after the reset.
    pub user: User,
    /// The HTTP status Stytch answered with.
    pub status_code: i32,
    /// The new session, when `session_duration_minutes` was given.
    pub session: Option<Session>,
    /// The device the request came from, when a `telemetry_id` was given.
    pub user_device: Option<DeviceInfo>,
}
