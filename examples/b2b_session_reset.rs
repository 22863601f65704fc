//! Reset a B2B member's password through their current session.
//!
//! ```text
//! cargo run --example b2b_session_reset
//! ```
//!
//! With no `STYTCH_PROJECT_ID` / `STYTCH_SECRET` set, this starts a local Stytch
//! (`stytch_endpoint::local`), seeds an organization, a member and two of the member's sessions,
//! resets the password through the one that logged in a minute ago, and shows what happened. Then
//! it moves the local clock six minutes on and shows the five-minute rule as a typed error.
//!
//! With `STYTCH_PROJECT_ID` and `STYTCH_SECRET` set, it calls Stytch's API (`STYTCH_BASE_URL`
//! optionally points elsewhere) with `STYTCH_ORGANIZATION_ID` (an id, slug or external id),
//! `STYTCH_SESSION_TOKEN` or `STYTCH_SESSION_JWT`, and `STYTCH_NEW_PASSWORD`. The session must
//! have authenticated within the last five minutes; a success revokes the member's other sessions.

use std::error::Error;
use std::process::ExitCode;
use std::time::Duration;
use stytch_endpoint::b2b::passwords::{SessionReset, SessionResetResponse};
use stytch_endpoint::local::{Factor, LocalStytch, NewOrganization, NewSession};
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
    stytch.add_organization(NewOrganization::new("Acme Co", "acme").external_id("crm-42"))?;
    let grace = stytch.add_member("acme", "grace@acme.example", "old password 1234!")?;
    let laptop = stytch.add_member_session(
        &grace.member_id,
        NewSession::new().factor(Factor::magic_link().authenticated_ago(Duration::from_secs(60))),
    )?;
    let phone = stytch.add_member_session(
        &grace.member_id,
        NewSession::new().factor(Factor::password().authenticated_ago(Duration::from_secs(3 * 3600))),
    )?;

    let client = stytch.client();
    let reset =
        SessionReset::with_session_token("acme", "correct horse battery staple", &laptop.session_token);
    let response = reset.send(&client)?;
    report(&response);
    let kept = stytch.session_is_active(&laptop.session_token);
    let revoked = !stytch.session_is_active(&phone.session_token);
    println!(
        "The member's other session was {}; the session used was {}.",
        if revoked { "revoked" } else { "NOT revoked" },
        if kept { "kept" } else { "NOT kept" }
    );
    if !kept || !revoked || !stytch.check_member_password(&grace.member_id, "correct horse battery staple") {
        return Err("the local Stytch did not apply the reset".into());
    }

    // Six minutes later, the magic link of that session is too old to reset the password with.
    stytch.advance(Duration::from_secs(6 * 60));
    let again = SessionReset::with_session_token("acme", "another long passphrase", &laptop.session_token);
    match again.send(&client) {
        Ok(_) => Err("the five-minute rule was not applied".into()),
        Err(err) => match err.error_type() {
            Some(ErrorType::SessionTooOldToResetPassword) => {
                println!(
                    "Six minutes later: rejected with HTTP {} {} (request_id {}).",
                    err.status().unwrap_or_default(),
                    ErrorType::SessionTooOldToResetPassword,
                    err.request_id().unwrap_or("(none)")
                );
                Ok(())
            }
            _ => Err(err.into()),
        },
    }
}

fn with_stytch() -> Result<(), Box<dyn Error>> {
    let client = Client::from_env()?;
    let missing = "with STYTCH_PROJECT_ID and STYTCH_SECRET set, also set STYTCH_ORGANIZATION_ID, \
                   STYTCH_NEW_PASSWORD, and STYTCH_SESSION_TOKEN or STYTCH_SESSION_JWT (or unset them \
                   all to use a local Stytch)";
    let (Some(organization), Some(password)) = (var("STYTCH_ORGANIZATION_ID"), var("STYTCH_NEW_PASSWORD"))
    else {
        return Err(missing.into());
    };
    let reset = match (var("STYTCH_SESSION_TOKEN"), var("STYTCH_SESSION_JWT")) {
        (Some(token), None) => SessionReset::with_session_token(organization, password, token),
        (None, Some(jwt)) => SessionReset::with_session_jwt(organization, password, jwt),
        (Some(_), Some(_)) => {
            return Err("set only one of STYTCH_SESSION_TOKEN and STYTCH_SESSION_JWT".into())
        }
        (None, None) => return Err(missing.into()),
    };
    println!("Calling Stytch at {}.", client.base_url());
    match reset.send(&client) {
        Ok(response) => {
            report(&response);
            println!("Stytch revoked the member's other sessions and kept this one.");
            Ok(())
        }
        Err(err) => {
            let hint = match err.error_type() {
                Some(ErrorType::SessionTooOldToResetPassword) => {
                    " (the member must authenticate again: the session needs a factor from the last five minutes)"
                }
                Some(ErrorType::WeakPassword | ErrorType::BreachedPassword) => {
                    " (choose a stronger STYTCH_NEW_PASSWORD)"
                }
                Some(ErrorType::SessionNotFound) => " (the session expired, was revoked, or is another organization's)",
                Some(ErrorType::OrganizationNotFound) => " (check STYTCH_ORGANIZATION_ID)",
                Some(ErrorType::UnauthorizedCredentials) => " (check STYTCH_PROJECT_ID and STYTCH_SECRET)",
                _ => "",
            };
            Err(format!("{err}{hint}").into())
        }
    }
}

fn report(response: &SessionResetResponse) {
    println!(
        "Reset the password of {} in {}: member {}.",
        response.member.email_address, response.organization.organization_name, response.member_id
    );
    match &response.member_session {
        Some(session) => println!("The session used now expires at {}.", session.expires_at),
        None => println!("No member session was returned (MFA pending: {}).", !response.member_authenticated),
    }
}

/// A non-empty environment variable.
fn var(name: &str) -> Option<String> {
    std::env::var(name).ok().filter(|v| !v.is_empty())
}
