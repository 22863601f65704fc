//! B2B Member sessions: `POST /v1/b2b/sessions/authenticate`, the JWKS that verifies Member
//! session JWTs, and the Member Session object.

use crate::b2b::organization::{Member, Organization};
use crate::consumer::session::{AuthenticationFactor, AuthorizationVerdict, JwkSet};
use crate::stytch_endpoint;
use crate::stytch_object;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

/// Authenticate a Member session, and refresh its JWT: `POST /v1/b2b/sessions/authenticate`.
///
/// Give exactly one of [`session_token`](Self::session_token) or
/// [`session_jwt`](Self::session_jwt) (else `no_session_arguments` or
/// `too_many_session_arguments`, 400; checked here before anything is sent). A JWT past its
/// `exp` is accepted while its signature is good and its session lives: the answer carries a
/// fresh `session_jwt`. A revoked or expired session is `session_not_found` (404).
///
/// [`session_duration_minutes`](Self::session_duration_minutes) extends the session to that many
/// minutes from now (without it the session is not extended);
/// [`session_custom_claims`](Self::session_custom_claims) merge into the session's claims as in
/// the resets. With an [`authorization_check`](Self::authorization_check), a Member whose session
/// Roles do not grant the action, or who is not of the check's Organization, is answered 403, and
/// a success says which Roles granted it in
/// [`verdict`](AuthenticateMemberSessionResponse::verdict).
///
/// ```no_run
/// use stytch_endpoint::{b2b::session::AuthenticateMemberSession, Client};
///
/// let client = Client::from_env()?;
/// # let session_jwt = String::new();
/// let response = AuthenticateMemberSession::with_session_jwt(session_jwt).send(&client)?;
/// println!("member {} of {}", response.member.member_id, response.organization.organization_name);
/// let refreshed_jwt = response.session_jwt; // valid for five more minutes
/// # Ok::<(), stytch_endpoint::Error>(())
/// ```
#[stytch_endpoint(
    POST,
    "/v1/b2b/sessions/authenticate",
    response = AuthenticateMemberSessionResponse,
    exactly_one_of(session_token, session_jwt)
)]
#[derive(Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct AuthenticateMemberSession {
    /// The session's opaque token.
    #[stytch(secret)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub session_token: Option<String>,
    /// Extend the session to last this many minutes from now: 5 to 527040 (366 days). Without
    /// it, the session is not extended.
    #[stytch(range(5..=527040))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub session_duration_minutes: Option<i32>,
    /// The session's JWT. One expired by its `exp` is fine: if its signature is good and its
    /// session lives, the answer carries a new JWT.
    #[stytch(secret)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub session_jwt: Option<String>,
    /// Custom claims for the session: a JSON object. They are merged into the session's claims
    /// deeply, and a key set to `null` deletes that claim. At most 4 KB of JSON (checked here);
    /// Stytch also holds the session's claims after the merge to 4 KB. The reserved claims `iss`,
    /// `sub`, `aud`, `exp`, `nbf`, `iat` and `jti`, and keys under `https://stytch.com/`, are
    /// rejected here, as Stytch rejects them (`reserved_claims_in_custom_claims`,
    /// `stytch_claims_in_custom_claims`).
    #[stytch(
        max_json_size = 4096,
        deny_keys("iss", "sub", "aud", "exp", "nbf", "iat", "jti"),
        custom = crate::validate::no_stytch_claims
    )]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub session_custom_claims: Option<Map<String, Value>>,
    /// Also check that the Member may perform an action on a Resource of an Organization (RBAC);
    /// a Member who may not is answered 403.
    #[stytch(custom = check_authorization)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub authorization_check: Option<AuthorizationCheck>,
}

impl AuthenticateMemberSession {
    /// Authenticate the Member session whose opaque token this is.
    pub fn with_session_token(session_token: impl Into<String>) -> Self {
        AuthenticateMemberSession { session_token: Some(session_token.into()), ..Default::default() }
    }

    /// Authenticate the Member session of this JWT (expired by its `exp` or not), and get a fresh
    /// one.
    pub fn with_session_jwt(session_jwt: impl Into<String>) -> Self {
        AuthenticateMemberSession { session_jwt: Some(session_jwt.into()), ..Default::default() }
    }
}

/// An RBAC check made with [`AuthenticateMemberSession`]: may the Member perform `action` on the
/// Resource `resource_id` of the Organization `organization_id`?
///
/// Stytch's default Resources (`stytch.organization`, `stytch.member`, `stytch.sso`,
/// `stytch.self`) may be checked too.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct AuthorizationCheck {
    /// The Organization: it must be the Member's own, or the check fails (403).
    pub organization_id: String,
    /// The Resource's id, as the project's RBAC policy names it.
    pub resource_id: String,
    /// The action on the Resource.
    pub action: String,
}

impl AuthorizationCheck {
    /// May the Member perform `action` on `resource_id` in `organization_id`?
    pub fn new(
        organization_id: impl Into<String>,
        resource_id: impl Into<String>,
        action: impl Into<String>,
    ) -> Self {
        AuthorizationCheck {
            organization_id: organization_id.into(),
            resource_id: resource_id.into(),
            action: action.into(),
        }
    }
}

/// The rule on [`AuthenticateMemberSession::authorization_check`]: each of its three ids is
/// given.
fn check_authorization(check: &Option<AuthorizationCheck>) -> Result<(), String> {
    let Some(check) = check else { return Ok(()) };
    let empty: Vec<&str> = [
        ("organization_id", &check.organization_id),
        ("resource_id", &check.resource_id),
        ("action", &check.action),
    ]
    .into_iter()
    .filter(|(_, value)| value.is_empty())
    .map(|(name, _)| name)
    .collect();
    crate::validate::none_empty(&empty)
}

/// The answer to [`AuthenticateMemberSession`].
#[stytch_object]
#[derive(Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct AuthenticateMemberSessionResponse {
    /// Stytch's id for this request; quote it to Stytch support.
    #[stytch(required)]
    pub request_id: String,
    /// The Member session, as it is after this call (extended, with its claims merged).
    pub member_session: MemberSession,
    /// The session's opaque token.
    #[stytch(secret)]
    pub session_token: String,
    /// A fresh JWT for the session, valid for five minutes.
    #[stytch(secret)]
    pub session_jwt: String,
    /// The Member the session belongs to.
    pub member: Member,
    /// The Member's Organization.
    pub organization: Organization,
    /// The HTTP status Stytch answered with.
    pub status_code: i32,
    /// Why the Member was authorized, when an `authorization_check` was given.
    pub verdict: Option<AuthorizationVerdict>,
}

/// The keys that verify a project's B2B Member session JWTs:
/// `GET /v1/b2b/sessions/jwks/{project_id}`.
///
/// Sent without the project's credentials: the key set is public, and JWT libraries fetch it as
/// a plain URL. The answer has the consumer route's shape, [`JwkSet`].
#[stytch_endpoint(GET, "/v1/b2b/sessions/jwks/{project_id}", response = JwkSet, auth = none)]
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct GetB2bJwks {
    /// The project whose keys to get.
    pub project_id: String,
}

impl GetB2bJwks {
    /// The key set of `project_id`.
    pub fn new(project_id: impl Into<String>) -> Self {
        GetB2bJwks { project_id: project_id.into() }
    }
}

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
