//! `POST /v1/b2b/passwords/session/reset`, locally.

use super::clock::later;
use super::policy::{
    apply_claims, decode, email_words, session_failure, session_not_found, strong_password, validation,
};
use super::server::Failure;
use super::store::{Owner, Store};
use super::timestamp::rfc3339;
use crate::b2b::passwords::{Locale, SessionReset, SessionResetResponse};
use crate::ErrorType;
use std::time::{Duration, SystemTime};

/// How recent a factor must be for the session to reset the password.
const RESET_WINDOW: Duration = Duration::from_secs(5 * 60);
/// How long the session is extended when `session_duration_minutes` is not given.
const DEFAULT_MINUTES: u64 = 60;

/// Finds the organization and the session, checks the five-minute rule and the new password;
/// then sets the password, revokes the member's other sessions, and extends the one used.
pub(crate) fn session_reset(
    store: &mut Store,
    now: SystemTime,
    request_id: &str,
    body: &[u8],
) -> Result<Vec<u8>, Failure> {
    let request: SessionReset = decode(body)?;
    match (&request.session_token, &request.session_jwt) {
        (None, None) => {
            return Err(Failure::new(
                400,
                ErrorType::NoSessionArguments,
                "Give one of session_token or session_jwt.",
            ));
        }
        (Some(_), Some(_)) => {
            return Err(Failure::new(
                400,
                ErrorType::TooManySessionArguments,
                "Give only one of session_token or session_jwt.",
            ));
        }
        _ => validation(request.validate())?,
    }
    if let Some(Locale::Other(locale)) = &request.locale {
        return Err(Failure::new(
            400,
            ErrorType::InvalidLocale,
            format!("The locale {locale:?} is not supported; use en, es, pt-br or fr."),
        ));
    }

    let o = store.organization(&request.organization_id).ok_or_else(|| {
        Failure::new(
            404,
            ErrorType::OrganizationNotFound,
            "No organization has this id, slug or external id.",
        )
    })?;
    let organization_id = store.organizations[o].organization_id.clone();
    let s = store
        .find_session(request.session_token.as_deref(), request.session_jwt.as_deref(), now)
        .map_err(session_failure)?;
    let member_id = match &store.sessions[s].owner {
        Owner::Member { member_id, organization_id: of } if *of == organization_id => member_id.clone(),
        _ => return Err(session_not_found()),
    };
    let m = store.member_by_id(&member_id).ok_or_else(|| {
        Failure::new(404, ErrorType::MemberNotFound, "The member of this session no longer exists.")
    })?;
    let recent = store.sessions[s]
        .factors
        .iter()
        .any(|f| now.duration_since(f.last_authenticated_at).map_or(true, |age| age <= RESET_WINDOW));
    if !recent {
        return Err(Failure::new(
            400,
            ErrorType::SessionTooOldToResetPassword,
            "The session has no authentication factor from the last 5 minutes; authenticate again first.",
        ));
    }
    let organization = &store.organizations[o];
    let mut words = email_words(&store.members[m].member.email_address);
    words.extend([organization.organization_name.as_str(), organization.organization_slug.as_str()]);
    strong_password(&request.password, &words)?;

    // Success.
    if store.members[m].member.member_password_id.is_empty() {
        store.members[m].member.member_password_id = store.id("member-password");
    }
    let record = &mut store.members[m];
    record.password = Some(request.password.clone());
    record.member.updated_at = Some(rfc3339(now));
    let s = store.revoke_sessions_of(&member_id, Some(s)).ok_or_else(session_not_found)?;
    let minutes =
        request.session_duration_minutes.map_or(DEFAULT_MINUTES, |m| u64::try_from(m).unwrap_or_default());
    let session = &mut store.sessions[s];
    session.expires_at = later(now, Duration::from_secs(minutes.saturating_mul(60)));
    session.last_accessed_at = now;
    apply_claims(&mut session.custom_claims, request.session_custom_claims.as_ref());

    let response = SessionResetResponse {
        request_id: request_id.to_owned(),
        member_id,
        member: store.members[m].member.clone(),
        organization: store.organizations[o].clone(),
        session_token: store.sessions[s].token.clone(),
        session_jwt: store.jwt(s, now),
        intermediate_session_token: String::new(),
        member_authenticated: true,
        status_code: 200,
        member_session: Some(store.member_session_object(s)),
        mfa_required: None,
        member_device: None,
        intermediate_session_token_expires_at: None,
    };
    serde_json::to_vec(&response)
        .map_err(|_| Failure::new(500, ErrorType::InternalServerError, "The response could not be encoded."))
}
