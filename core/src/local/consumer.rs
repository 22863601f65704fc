//! `POST /v1/passwords/existing_password/reset`, locally.

use super::policy::{
    apply_claims, decode, email_words, session_failure, session_not_found, strong_password, validation,
};
use super::seed::Factor;
use super::server::Failure;
use super::store::{Owner, Store};
use crate::consumer::passwords::{ExistingPasswordReset, ExistingPasswordResetResponse};
use crate::consumer::user::Password;
use crate::ErrorType;
use serde_json::Map;
use std::time::{Duration, SystemTime};

/// Checks the email and existing password, and the session if one is named; then sets the new
/// password, revokes every session of the user, and starts a new one only when
/// `session_duration_minutes` is given.
pub(crate) fn existing_password_reset(
    store: &mut Store,
    now: SystemTime,
    request_id: &str,
    body: &[u8],
) -> Result<Vec<u8>, Failure> {
    let request: ExistingPasswordReset = decode(body)?;
    validation(request.validate())?;

    let u = store
        .user_by_email(&request.email)
        .ok_or_else(|| Failure::new(404, ErrorType::EmailNotFound, "No user has this email address."))?;
    if store.users[u].password != request.existing_password {
        return Err(Failure::new(
            401,
            ErrorType::UnauthorizedCredentials,
            "The email address and existing password do not match.",
        ));
    }
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
        let mut claims = Map::new();
        apply_claims(&mut claims, request.session_custom_claims.as_ref());
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
    serde_json::to_vec(&response)
        .map_err(|_| Failure::new(500, ErrorType::InternalServerError, "The response could not be encoded."))
}
