//! `POST /v1/sessions/authenticate` and `POST /v1/b2b/sessions/authenticate`, locally: find the
//! live session a token or JWT names (a JWT past its `exp` included), check an
//! `authorization_check` against the local project's RBAC policy, extend the session and merge
//! its claims, and answer with the session and a fresh JWT.
//!
//! The local project's RBAC policy is Stytch's default one with nothing added: a user's session
//! has the Role `stytch_user`, which grants nothing, so every consumer `authorization_check` is
//! refused (`consumer_session_authorization_error`, 403); a member's session has the Role
//! `stytch_member`, which grants every action on the Stytch Resource `stytch.self` and nothing
//! else (`session_authorization_error`, 403). A check naming another organization than the
//! member's is refused first (`session_authorization_tenancy_error`, 403). A stub on the route
//! answers what a richer policy would.

use super::clock::later;
use super::failure::Failure;
use super::policy::{
    custom_claims, decode, encode, session_arguments, session_failure, session_not_found, validation,
};
use super::store::{Owner, Store};
use crate::b2b::session::{AuthenticateMemberSession, AuthenticateMemberSessionResponse};
use crate::consumer::session::{AuthenticateSession, AuthenticateSessionResponse, AuthorizationVerdict};
use crate::ErrorType;
use serde_json::{Map, Value};
use std::time::{Duration, SystemTime};

/// The Role of every member session, and the one Resource it may act on.
const MEMBER_ROLE: &str = "stytch_member";
const SELF_RESOURCE: &str = "stytch.self";

/// Authenticates a user's session: exactly one of token and JWT, which must name a live session
/// of a user; then the check, the claims and the new lifetime.
pub(crate) fn authenticate(
    store: &mut Store,
    now: SystemTime,
    request_id: &str,
    body: &[u8],
) -> Result<Vec<u8>, Failure> {
    store.settings.check_vertical(false)?;
    let request: AuthenticateSession = decode(body)?;
    session_arguments(request.session_token.as_deref(), request.session_jwt.as_deref())?;
    validation(request.validate())?;
    let s = store
        .find_session(request.session_token.as_deref(), request.session_jwt.as_deref(), now)
        .map_err(session_failure)?;
    let Owner::User(user_id) = &store.sessions[s].owner else { return Err(session_not_found()) };
    let u = store.user_by_id(user_id).ok_or_else(session_not_found)?;
    if let Some(check) = &request.authorization_check {
        return Err(Failure::new(
            403,
            ErrorType::ConsumerSessionAuthorizationError,
            format!(
                "The user's Roles do not grant {:?} on {:?}: the local project's RBAC policy is \
                 Stytch's default one, whose stytch_user Role grants nothing.",
                check.action, check.resource_id
            ),
        ));
    }
    let claims = custom_claims(&store.sessions[s].custom_claims, request.session_custom_claims.as_ref())?;
    touch(store, s, now, request.session_duration_minutes, claims);

    let response = AuthenticateSessionResponse {
        request_id: request_id.to_owned(),
        session: store.session_object(s),
        session_token: store.sessions[s].token.clone(),
        session_jwt: store.jwt(s, now),
        user: store.users[u].user.clone(),
        status_code: 200,
        verdict: None,
    };
    encode(&response, &["verdict"])
}

/// Authenticates a member's session: exactly one of token and JWT, which must name a live session
/// of a member; then the check, the claims and the new lifetime.
pub(crate) fn authenticate_member(
    store: &mut Store,
    now: SystemTime,
    request_id: &str,
    body: &[u8],
) -> Result<Vec<u8>, Failure> {
    store.settings.check_vertical(true)?;
    let request: AuthenticateMemberSession = decode(body)?;
    session_arguments(request.session_token.as_deref(), request.session_jwt.as_deref())?;
    validation(request.validate())?;
    let s = store
        .find_session(request.session_token.as_deref(), request.session_jwt.as_deref(), now)
        .map_err(session_failure)?;
    let Owner::Member { member_id, organization_id } = store.sessions[s].owner.clone() else {
        return Err(session_not_found());
    };
    let m = store.member_by_id(&member_id).ok_or_else(|| {
        Failure::new(404, ErrorType::MemberNotFound, "The member of this session no longer exists.")
    })?;
    let o = store.organization(&organization_id).ok_or_else(|| {
        Failure::new(
            404,
            ErrorType::OrganizationNotFound,
            "The organization of this session no longer exists.",
        )
    })?;
    let verdict = match &request.authorization_check {
        None => None,
        Some(check) => {
            if check.organization_id != organization_id {
                return Err(Failure::new(
                    403,
                    ErrorType::SessionAuthorizationTenancyError,
                    "The authorization check names another organization than the member's.",
                ));
            }
            if check.resource_id != SELF_RESOURCE {
                return Err(Failure::new(
                    403,
                    ErrorType::SessionAuthorizationError,
                    format!(
                        "The member's Roles do not grant {:?} on {:?}: the local project's RBAC policy \
                         is Stytch's default one, whose stytch_member Role acts on stytch.self only.",
                        check.action, check.resource_id
                    ),
                ));
            }
            Some(AuthorizationVerdict { authorized: true, granting_roles: vec![MEMBER_ROLE.into()] })
        }
    };
    let claims = custom_claims(&store.sessions[s].custom_claims, request.session_custom_claims.as_ref())?;
    touch(store, s, now, request.session_duration_minutes, claims);

    let response = AuthenticateMemberSessionResponse {
        request_id: request_id.to_owned(),
        member_session: store.member_session_object(s),
        session_token: store.sessions[s].token.clone(),
        session_jwt: store.jwt(s, now),
        member: store.members[m].member.clone(),
        organization: store.organizations[o].clone(),
        status_code: 200,
        verdict,
    };
    encode(&response, &["verdict"])
}

/// The session was used now: its claims are the merged ones, and `session_duration_minutes`
/// (when given) sets its end that many minutes from now.
fn touch(store: &mut Store, s: usize, now: SystemTime, minutes: Option<i32>, claims: Map<String, Value>) {
    let session = &mut store.sessions[s];
    session.last_accessed_at = now;
    session.custom_claims = claims;
    if let Some(minutes) = minutes {
        let minutes = u64::try_from(minutes).unwrap_or_default();
        session.expires_at = later(now, Duration::from_secs(minutes.saturating_mul(60)));
    }
}
