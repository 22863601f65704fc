//! `POST /v1/b2b/passwords/session/reset`, locally.

use super::clock::later;
use super::failure::Failure;
use super::policy::{
    custom_claims, decode, email_words, encode, session_arguments, session_failure, session_not_found,
    strong_password, validation,
};
use super::store::{Owner, Store, TOKEN_LEN};
use super::timestamp::rfc3339;
use crate::b2b::mfa::{MemberOptions, MfaRequired};
use crate::b2b::passwords::{Locale, SessionReset, SessionResetResponse};
use crate::consumer::session::{AuthenticationFactorType, DeliveryMethod};
use crate::ErrorType;
use std::time::{Duration, SystemTime};

/// How recent a factor must be for the session to reset the password.
const RESET_WINDOW: Duration = Duration::from_secs(5 * 60);
/// How long the session is extended when `session_duration_minutes` is not given.
const DEFAULT_MINUTES: u64 = 60;
/// How long an intermediate session token lives on Stytch.
const INTERMEDIATE_SESSION_LIFETIME: Duration = Duration::from_secs(10 * 60);
/// The fields Stytch sends as `null` when they do not apply.
const NULLABLE: [&str; 4] =
    ["member_session", "mfa_required", "member_device", "intermediate_session_token_expires_at"];

/// Finds the organization and the session, checks the five-minute rule, the new password and the
/// claims; then sets the password, revokes the member's other sessions, and extends the one used.
///
/// When MFA is required of the member (by the organization's `mfa_policy` or the member's
/// `mfa_enrolled`) and the session has no second factor (a session from before the requirement,
/// say), the password is still reset and the other sessions revoked, but the member is not
/// authenticated: the answer has `member_authenticated: false`, an `intermediate_session_token`
/// and `mfa_required`, and no session; the session used is left as it was.
pub(crate) fn session_reset(
    store: &mut Store,
    now: SystemTime,
    request_id: &str,
    body: &[u8],
) -> Result<Vec<u8>, Failure> {
    store.settings.check_vertical(true)?;
    let request: SessionReset = decode(body)?;
    session_arguments(request.session_token.as_deref(), request.session_jwt.as_deref())?;
    validation(request.validate())?;
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
    store.settings.check_breached(&request.password)?;
    let claims = custom_claims(&store.sessions[s].custom_claims, request.session_custom_claims.as_ref())?;
    let mfa_pending = mfa_required_of(store, o, m) && !has_second_factor(store, s);

    // Success.
    if store.members[m].member.member_password_id.is_empty() {
        store.members[m].member.member_password_id = store.id("member-password");
    }
    let record = &mut store.members[m];
    record.password = Some(request.password.clone());
    record.member.updated_at = Some(rfc3339(now));
    let s = store.revoke_sessions_of(&member_id, Some(s)).ok_or_else(session_not_found)?;
    if mfa_pending {
        let member = &store.members[m].member;
        let mfa_required = MfaRequired {
            member_options: Some(MemberOptions {
                mfa_phone_number: member.mfa_phone_number.clone(),
                totp_registration_id: member.totp_registration_id.clone(),
            }),
            secondary_auth_initiated: None,
        };
        let response = SessionResetResponse {
            request_id: request_id.to_owned(),
            member_id,
            member: member.clone(),
            organization: store.organizations[o].clone(),
            session_token: String::new(),
            session_jwt: String::new(),
            intermediate_session_token: store.rng.token(TOKEN_LEN),
            member_authenticated: false,
            status_code: 200,
            member_session: None,
            mfa_required: Some(mfa_required),
            member_device: None,
            intermediate_session_token_expires_at: now
                .checked_add(INTERMEDIATE_SESSION_LIFETIME)
                .map(rfc3339),
        };
        return encode(&response, &NULLABLE);
    }
    let minutes =
        request.session_duration_minutes.map_or(DEFAULT_MINUTES, |m| u64::try_from(m).unwrap_or_default());
    let session = &mut store.sessions[s];
    session.expires_at = later(now, Duration::from_secs(minutes.saturating_mul(60)));
    session.last_accessed_at = now;
    session.custom_claims = claims;

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
    encode(&response, &NULLABLE)
}

/// Whether MFA is required of the member: by the organization's policy, or because the member
/// enrolled.
fn mfa_required_of(store: &Store, o: usize, m: usize) -> bool {
    store.organizations[o].mfa_policy == "REQUIRED_FOR_ALL" || store.members[m].member.mfa_enrolled
}

/// Whether the session has a second factor: a TOTP, an SMS passcode or a recovery code.
fn has_second_factor(store: &Store, s: usize) -> bool {
    store.sessions[s].factors.iter().any(|f| match f.factor_type {
        AuthenticationFactorType::Totp | AuthenticationFactorType::RecoveryCodes => true,
        AuthenticationFactorType::Otp => f.delivery_method == DeliveryMethod::Sms,
        _ => false,
    })
}
