//! `POST /v1/passwords/existing_password/reset`, locally.

use super::failure::Failure;
use super::policy::{
    custom_claims, decode, email_words, encode, session_failure, session_not_found, strong_password,
    validation,
};
use super::seed::Factor;
use super::store::{Owner, Store};
use super::timestamp::rfc3339;
use crate::consumer::passwords::{ExistingPasswordReset, ExistingPasswordResetResponse};
use crate::consumer::user::Password;
use crate::ErrorType;
use serde_json::Map;
use std::time::{Duration, SystemTime};

/// Checks the email, the user's lock and the existing password (counting failures towards a
/// lock), the session if one is named, the new password and the claims; then sets the new
/// password, revokes every session of the user, and starts a new one only when
/// `session_duration_minutes` is given.
pub(crate) fn existing_password_reset(
    store: &mut Store,
    now: SystemTime,
    request_id: &str,
    body: &[u8],
) -> Result<Vec<u8>, Failure> {
    store.settings.check_vertical(false)?;
    let request: ExistingPasswordReset = decode(body)?;
    validation(request.validate())?;

    let u = store
        .user_by_email(&request.email)
        .ok_or_else(|| Failure::new(404, ErrorType::EmailNotFound, "No user has this email address."))?;
    check_lock(store, u, now)?;
    if store.users[u].password != request.existing_password {
        count_failure(store, u, now);
        return Err(Failure::new(
            401,
            ErrorType::UnauthorizedCredentials,
            "The email address and existing password do not match.",
        ));
    }
    store.users[u].failed_attempts = 0;
    let user_id = store.users[u].user.user_id.clone();
    if request.session_token.is_some() || request.session_jwt.is_some() {
        let s = store
            .find_session(request.session_token.as_deref(), request.session_jwt.as_deref(), now)
            .map_err(session_failure)?;
        if store.sessions[s].owner != Owner::User(user_id.clone()) {
            return Err(session_not_found());
        }
    }
    strong_password(&request.new_password, &email_words(&store.users[u].email))?;
    store.settings.check_breached(&request.new_password)?;
    let claims = custom_claims(&Map::new(), request.session_custom_claims.as_ref())?;

    // Success.
    let password_id = match &store.users[u].user.password {
        Some(existing) if !existing.password_id.is_empty() => existing.password_id.clone(),
        _ => store.id("password"),
    };
    let record = &mut store.users[u];
    record.password = request.new_password.clone();
    record.user.password = Some(Password { password_id, requires_reset: false });
    let email = (record.email_id.clone(), record.email.clone());
    store.revoke_sessions_of(&user_id, None);

    let (mut session_token, mut session_jwt, mut session) = (String::new(), String::new(), None);
    if let Some(minutes) = request.session_duration_minutes {
        let minutes = u64::try_from(minutes).unwrap_or_default();
        let index = store.create_session(
            Owner::User(user_id.clone()),
            email,
            &[Factor::password()],
            Duration::from_secs(minutes.saturating_mul(60)),
            claims,
            now,
        );
        session_token = store.sessions[index].token.clone();
        session_jwt = store.jwt(index, now);
        session = Some(store.session_object(index));
    }
    let response = ExistingPasswordResetResponse {
        request_id: request_id.to_owned(),
        user_id,
        session_token,
        session_jwt,
        user: store.users[u].user.clone(),
        status_code: 200,
        session,
        user_device: None,
    };
    encode(&response, &["session", "user_device"])
}

/// The longest lock the clock is asked to represent.
const CENTURY: Duration = Duration::from_secs(100 * 365 * 24 * 60 * 60);

/// A locked user is answered `user_lock_limit_reached`, whatever the password; an expired lock
/// is lifted.
fn check_lock(store: &mut Store, u: usize, now: SystemTime) -> Result<(), Failure> {
    let record = &mut store.users[u];
    match record.locked_until {
        Some(until) if now < until => Err(Failure::new(
            429,
            ErrorType::UserLockLimitReached,
            "The user is locked after too many failed attempts; try again later.",
        )),
        Some(_) => {
            record.locked_until = None;
            record.failed_attempts = 0;
            record.user.is_locked = false;
            record.user.lock_created_at = None;
            record.user.lock_expires_at = None;
            Ok(())
        }
        None => Ok(()),
    }
}

/// Counts a failed attempt; the one that reaches the project's threshold locks the user.
fn count_failure(store: &mut Store, u: usize, now: SystemTime) {
    let (threshold, ttl) = (store.settings.lock_threshold, store.settings.lock_ttl);
    let record = &mut store.users[u];
    record.failed_attempts = record.failed_attempts.saturating_add(1);
    if threshold > 0 && record.failed_attempts >= threshold {
        // A TTL past the end of time locks for as long as the clock can say.
        let until = now.checked_add(ttl).or_else(|| now.checked_add(CENTURY)).unwrap_or(now);
        record.locked_until = Some(until);
        record.failed_attempts = 0;
        record.user.is_locked = true;
        record.user.lock_created_at = Some(rfc3339(now));
        record.user.lock_expires_at = Some(rfc3339(until));
    }
}
