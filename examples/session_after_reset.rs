//! The session a password reset returns: verify its JWT locally on every request, and let Stytch
//! refresh it once it expires.
//!
//! ```text
//! cargo run --example session_after_reset
//! ```
//!
//! With no `STYTCH_PROJECT_ID` / `STYTCH_SECRET` set, this starts a local Stytch
//! (`stytch_endpoint::local`), resets a seeded user's password with a session, verifies the JWT
//! locally, moves the local clock six minutes (the JWT lives five, the session an hour), and
//! authenticates again: the verifier falls back to `sessions/authenticate`, which answers with a
//! new JWT. A second reset then revokes the session, and Stytch says so.
//!
//! With `STYTCH_PROJECT_ID` and `STYTCH_SECRET` set, it verifies `STYTCH_SESSION_JWT` against
//! Stytch's API (`STYTCH_BASE_URL` optionally points elsewhere) and prints which way it went.

use std::error::Error;
use std::process::ExitCode;
use std::sync::Arc;
use std::time::Duration;
use stytch_endpoint::consumer::passwords::ExistingPasswordReset;
use stytch_endpoint::jwt::{Authenticated, AuthenticatedSession, SessionVerifier};
use stytch_endpoint::local::LocalStytch;
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

/// What an app does with the JWT of each request: `authenticate`, then use the session, and hand
/// a refreshed JWT back to the browser.
fn handle_request(verifier: &SessionVerifier, jwt: &str) -> Result<Option<String>, stytch_endpoint::Error> {
    let session = verifier.authenticate(jwt)?;
    println!("  {} for user {} (session {})", describe(&session), session.user_id(), session.session_id());
    Ok(session.refreshed_jwt().map(str::to_owned))
}

fn describe(session: &AuthenticatedSession) -> String {
    match session {
        Authenticated::Local(claims) => {
            format!("verified locally, {} factor(s), no request", claims.authentication_factors.len())
        }
        Authenticated::Remote { reason, .. } => {
            format!("refreshed by Stytch (the local check `{}` failed)", reason.check())
        }
    }
}

fn with_local_stytch() -> Result<(), Box<dyn Error>> {
    let stytch = Arc::new(LocalStytch::start()?);
    println!(
        "Using a local Stytch at {} (set STYTCH_PROJECT_ID and STYTCH_SECRET to call Stytch instead).",
        stytch.url()
    );
    let (email, old_password, new_password) =
        ("ada@example.com", "old password 1234!", "correct horse battery staple");
    stytch.add_user(email, old_password)?;
    let client = stytch.client();

    // One verifier per project, built at start-up (no request yet) and shared by every handler.
    // Against the local Stytch it follows the local clock, so that moving it expires the JWT.
    let clock = stytch.clone();
    let verifier = SessionVerifier::builder(&client).clock(move || clock.now()).build()?;

    let reset = ExistingPasswordReset {
        session_duration_minutes: Some(60),
        ..ExistingPasswordReset::new(email, old_password, new_password)
    }
    .send(&client)?;
    println!("Reset the password; the answer holds a session and its JWT.");
    println!("A request with that JWT:");
    handle_request(&verifier, &reset.session_jwt)?;

    stytch.advance(Duration::from_secs(6 * 60));
    println!("Six minutes later (the JWT lives five minutes, the session an hour):");
    let fresh =
        handle_request(&verifier, &reset.session_jwt)?.ok_or("Stytch should have refreshed the JWT")?;
    println!("The next request carries the new JWT:");
    handle_request(&verifier, &fresh)?;

    ExistingPasswordReset::new(email, new_password, "a much longer and stronger passphrase").send(&client)?;
    stytch.advance(Duration::from_secs(6 * 60));
    println!("Another reset revoked the session; six minutes later:");
    match handle_request(&verifier, &fresh) {
        Err(err) if err.error_type() == Some(&ErrorType::SessionNotFound) => {
            println!("  refused: {err}");
            Ok(())
        }
        Err(err) => Err(err.into()),
        Ok(_) => Err("a revoked session was accepted".into()),
    }
}

fn with_stytch() -> Result<(), Box<dyn Error>> {
    let client = Client::from_env()?;
    let Some(jwt) = var("STYTCH_SESSION_JWT") else {
        return Err(
            "with STYTCH_PROJECT_ID and STYTCH_SECRET set, also set STYTCH_SESSION_JWT (or unset them \
                    all to use a local Stytch)"
                .into(),
        );
    };
    println!("Calling Stytch at {}.", client.base_url());
    let verifier = SessionVerifier::new(&client)?;
    if let Some(fresh) = handle_request(&verifier, &jwt)? {
        println!("Stytch answered a new JWT ({} bytes); use it from now on.", fresh.len());
    }
    Ok(())
}

fn var(name: &str) -> Option<String> {
    std::env::var(name).ok().filter(|v| !v.is_empty())
}
