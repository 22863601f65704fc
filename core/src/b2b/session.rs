//! The B2B Member Session object.

use crate::consumer::session::AuthenticationFactor;
use crate::stytch_object;

/// A B2B Member Session.
///
/// See the [Session object](https://stytch.com/docs/b2b/api/session-object) for every field's
/// behaviour.
#[stytch_object]
#[derive(Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct MemberSession {
    /// The unique ID of the Member Session.
    pub member_session_id: String,
    /// The unique ID of the Member the Session belongs to.
    pub member_id: String,
    /// When the Session was created, as an RFC 3339 UTC timestamp (`2021-12-29T12:33:09Z`).
    pub started_at: String,
    /// When the Session was last accessed, as an RFC 3339 UTC timestamp
    /// (`2021-12-29T12:33:09Z`).
    pub last_accessed_at: String,
    /// When the Session expires, as an RFC 3339 UTC timestamp (`2021-12-29T12:33:09Z`).
    pub expires_at: String,
    /// The authentication factors that make up the Session.
    pub authentication_factors: Vec<AuthenticationFactor>,
    /// The unique ID of the Organization the Session belongs to.
    pub organization_id: String,
    /// The RBAC Roles granted by the Session.
    pub roles: Vec<String>,
    /// The URL slug of the Organization the Session belongs to.
    pub organization_slug: String,
    /// The custom claims of the Session, set by a Sessions authenticate call or by
    /// `session_custom_claims`; they are also in the session JWT.
    pub custom_claims: serde_json::Map<String, serde_json::Value>,
}
