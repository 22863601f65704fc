//! B2B password endpoints.

use crate::b2b::mfa::MfaRequired;
use crate::b2b::organization::{Member, Organization};
use crate::b2b::session::MemberSession;
use crate::device_history::DeviceInfo;
use crate::stytch_endpoint;
use crate::{stytch_enum, stytch_object};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

/// Reset a Member's password using their existing session:
/// `POST /v1/b2b/passwords/session/reset`.
///
/// Give exactly one of [`session_token`](Self::session_token) or
/// [`session_jwt`](Self::session_jwt). The session must have an authentication factor from the
/// last five minutes, or the call fails with `session_too_old_to_reset_password` (400).
///
/// A success **revokes every other session of the Member**; the session used here is kept and
/// extended (by 60 minutes when [`session_duration_minutes`](Self::session_duration_minutes) is
/// not given).
///
/// ```no_run
/// use stytch_endpoint::{b2b::passwords::SessionReset, Client};
///
/// let client = Client::from_env()?;
/// let reset = SessionReset {
///     organization_id: "organization-test-...".into(),
///     password: "a much longer and stronger passphrase".into(),
///     session_token: Some("mZAYn5aLEqKUlZ_Ad9U_fWr38GaAQ1oFAhT8ds245v7Q".into()),
///     ..Default::default()
/// };
/// let response = reset.send(&client)?;
/// println!("member {} has a new password", response.member_id);
/// # Ok::<(), stytch_endpoint::Error>(())
/// ```
#[stytch_endpoint(
    POST,
    "/v1/b2b/passwords/session/reset",
    response = SessionResetResponse,
    exactly_one_of(session_token, session_jwt)
)]
#[derive(Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct SessionReset {
    /// The Organization: its id, or for convenience its slug or external id.
    #[stytch(non_empty)]
    pub organization_id: String,
    /// The new password. Any UTF-8 is allowed; Stytch checks its strength and known breaches.
    #[stytch(non_empty, secret)]
    pub password: String,
    /// A `session_token` of the Member's session.
    #[stytch(secret)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub session_token: Option<String>,
    /// A `session_jwt` of the Member's session.
    #[stytch(secret)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub session_jwt: Option<String>,
    /// Extend the session to last this many minutes from now: 5 to 527040 (366 days). Without
    /// it, the session is extended by 60 minutes.
    #[stytch(range(5..=527040))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub session_duration_minutes: Option<i32>,
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
    /// The language of any email Stytch sends the Member as part of this flow.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub locale: Option<Locale>,
    /// A Device Fingerprinting telemetry id; Stytch then records the device for the Member.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub telemetry_id: Option<String>,
}

impl SessionReset {
    /// A reset through the session identified by `session_token`.
    pub fn with_session_token(
        organization_id: impl Into<String>,
        password: impl Into<String>,
        session_token: impl Into<String>,
    ) -> Self {
        SessionReset {
            organization_id: organization_id.into(),
            password: password.into(),
            session_token: Some(session_token.into()),
            ..Default::default()
        }
    }

    /// A reset through the session identified by `session_jwt`.
    pub fn with_session_jwt(
        organization_id: impl Into<String>,
        password: impl Into<String>,
        session_jwt: impl Into<String>,
    ) -> Self {
        SessionReset {
            organization_id: organization_id.into(),
            password: password.into(),
            session_jwt: Some(session_jwt.into()),
            ..Default::default()
        }
    }
}

/// The language of emails Stytch sends. Open: Stytch adds languages, and any other code can
/// be sent as `Other("ja".into())`.
#[stytch_enum]
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Locale {
    /// English.
    #[serde(rename = "en")]
    En,
    /// Spanish.
    #[serde(rename = "es")]
    Es,
    /// Brazilian Portuguese, `pt-br` on the wire.
    #[serde(rename = "pt-br")]
    PtBr,
    /// French.
    #[serde(rename = "fr")]
    Fr,
    /// A value this version of the crate does not know, kept as the server sent it.
    Other(String),
}

/// The answer to [`SessionReset`].
#[stytch_object]
#[derive(Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct SessionResetResponse {
    /// Stytch's id for this request; quote it to Stytch support.
    #[stytch(required)]
    pub request_id: String,
    /// The id of the Member whose password changed.
    #[stytch(required)]
    pub member_id: String,
    /// The Member, after the reset.
    pub member: Member,
    /// The Member's Organization.
    pub organization: Organization,
    /// The session's opaque token, or `""` while MFA is still pending.
    #[stytch(secret)]
    pub session_token: String,
    /// The session's JWT, or `""` while MFA is still pending.
    #[stytch(secret)]
    pub session_jwt: String,
    /// A token to finish MFA with, or `""` when the Member is fully authenticated.
    #[stytch(secret)]
    pub intermediate_session_token: String,
    /// Whether the Member is fully authenticated (no MFA step is pending).
    pub member_authenticated: bool,
    /// The HTTP status Stytch answered with.
    pub status_code: i32,
    /// The Member's session, when fully authenticated.
    pub member_session: Option<MemberSession>,
    /// What MFA the Member still has to complete, when not fully authenticated.
    pub mfa_required: Option<MfaRequired>,
    /// The device the request came from, when a `telemetry_id` was given.
    pub member_device: Option<DeviceInfo>,
    /// When the `intermediate_session_token` expires (RFC 3339), when there is one.
    pub intermediate_session_token_expires_at: Option<String>,
}
