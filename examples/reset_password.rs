//! Reset a user's password with their existing password.
//!
//! ```text
//! cargo run --example reset_password
//! ```
//!
//! With no `STYTCH_PROJECT_ID` / `STYTCH_SECRET` set, this starts a local Stytch
//! (`stytch_endpoint::local`), seeds a user with a session, resets the password, and shows what
//! happened; then it tries the old password once more and shows the typed error.
//!
//! With `STYTCH_PROJECT_ID` and `STYTCH_SECRET` set, it does the same against Stytch's API
//! (`STYTCH_BASE_URL` optionally points elsewhere), for the user given by `STYTCH_EMAIL`,
//! `STYTCH_EXISTING_PASSWORD` and `STYTCH_NEW_PASSWORD`. Remember that a success revokes every
//! session of that user.

use std::error::Error;
use std::process::ExitCode;
use stytch_endpoint::consumer::passwords::{ExistingPasswordReset, ExistingPasswordResetResponse};
use stytch_endpoint::local::{LocalStytch, NewSession};
use stytch_endpoint::{Client, ErrorType};

fn main() -> ExitCode {
    let configured = ["STYTCH_PROJECT_ID", "STYTCH_SECRET"].iter().any(|name| var(name).is_some());
    let result = if configured { with_stytch() } else { with_local_stytch() };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("error: {err}");
            ExitCode::FAILURE
        }
    }
}

fn with_local_stytch() -> Result<(), Box<dyn Error>> {
    let stytch = LocalStytch::start()?;
    println!(
        "Using a local Stytch at {} (set STYTCH_PROJECT_ID and STYTCH_SECRET to call Stytch instead).",
        stytch.url()
    );
    let email = "ada@example.com";
    let (old_password, new_password) = ("old password 1234!", "correct horse battery staple");
    let ada = stytch.add_user(email, old_password)?;
    let old_session = stytch.add_session(&ada.user_id, NewSession::new())?;

    let client = stytch.client();
    let reset = ExistingPasswordReset {
        session_duration_minutes: Some(60),
        ..ExistingPasswordReset::new(email, old_password, new_password)
    };
    let response = reset.send(&client)?;
    report(&response);
    let revoked = !stytch.session_is_active(&old_session.session_token);
    println!(
        "The old session was {}.",
        if revoked { "revoked: its token no longer works" } else { "NOT revoked" }
    );
    if !revoked || !stytch.check_password(email, new_password) {
        return Err("the local Stytch did not apply the reset".into());
    }

    // The same request again: the "existing" password is the old one now.
    try_the_old_password(&client, &reset)
}

fn with_stytch() -> Result<(), Box<dyn Error>> {
    let client = Client::from_env()?;
    let (Some(email), Some(existing), Some(new)) =
        (var("STYTCH_EMAIL"), var("STYTCH_EXISTING_PASSWORD"), var("STYTCH_NEW_PASSWORD"))
    else {
        return Err("with STYTCH_PROJECT_ID and STYTCH_SECRET set, also set STYTCH_EMAIL, \
                    STYTCH_EXISTING_PASSWORD and STYTCH_NEW_PASSWORD (or unset them all to use a \
                    local Stytch)"
            .into());
    };
    println!("Calling Stytch at {}.", client.base_url());
    let reset = ExistingPasswordReset {
        session_duration_minutes: Some(60),
        ..ExistingPasswordReset::new(email, existing, new)
    };
    match reset.send(&client) {
        Ok(response) => {
            report(&response);
            println!("Stytch revoked every earlier session of this user.");
        }
        Err(err) => {
            let hint = match err.error_type() {
                Some(ErrorType::UnauthorizedCredentials) => {
                    " (check STYTCH_EXISTING_PASSWORD, STYTCH_PROJECT_ID and STYTCH_SECRET)"
                }
                Some(ErrorType::WeakPassword | ErrorType::BreachedPassword) => {
                    " (choose a stronger STYTCH_NEW_PASSWORD)"
                }
                Some(ErrorType::EmailNotFound) => " (check STYTCH_EMAIL)",
                _ => "",
            };
            return Err(format!("{err}{hint}").into());
        }
    }
    try_the_old_password(&client, &reset)
}

fn report(response: &ExistingPasswordResetResponse) {
    let email = response.user.emails.first().map_or("the user", |e| e.email.as_str());
    println!("Reset the password of {email}: user {}.", response.user_id);
    match &response.session {
        Some(session) => println!(
            "New session {} expires at {}.",
            session.session_id,
            session.expires_at.as_deref().unwrap_or("(no expiry given)")
        ),
        None => println!("No new session was started."),
    }
}

/// Sends the reset again, now with a wrong existing password, and shows the typed error.
fn try_the_old_password(client: &Client, reset: &ExistingPasswordReset) -> Result<(), Box<dyn Error>> {
    match reset.send(client) {
        Ok(_) => Err("the old password still worked".into()),
        Err(err) => match err.error_type() {
            Some(ErrorType::UnauthorizedCredentials) => {
                println!(
                    "Trying the old password again: rejected with HTTP {} {} (request_id {}).",
                    err.status().unwrap_or_default(),
                    ErrorType::UnauthorizedCredentials,
                    err.request_id().unwrap_or("(none)")
                );
                Ok(())
            }
            _ => Err(err.into()),
        },
    }
}

/// A non-empty environment variable.
fn var(name: &str) -> Option<String> {
    std::env::var(name).ok().filter(|v| !v.is_empty())
}
