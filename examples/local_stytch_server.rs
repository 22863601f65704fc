//! Run a local Stytch on a port until stopped, for apps in any language to develop against.
//!
//! ```text
//! cargo run --example local_stytch_server -- --port 4010
//! cargo run --example local_stytch_server -- --port 4010 --project-id project-test-... --secret secret-test-...
//! ```
//!
//! Point your app's Stytch SDK at the printed base URL (every official SDK takes a custom base
//! URL or environment), with the printed project id and secret. It answers the two password reset
//! endpoints, `POST /v1/passwords/existing_password/reset` and
//! `POST /v1/b2b/passwords/session/reset`, and prints each request it answers. The data lives in
//! memory: stopping the server (Ctrl-C) forgets every change.
//!
//! The credentials, passwords and tokens printed are test values for this local server only.

use std::error::Error;
use std::process::ExitCode;
use std::time::Duration;
use stytch_endpoint::local::{LocalStytch, NewOrganization, NewSession};

const DEFAULT_PORT: u16 = 4010;
const DEFAULT_PROJECT_ID: &str = "project-test-00000000-0000-4000-8000-000000000000";
const DEFAULT_SECRET: &str = "secret-test-local-stytch-not-a-real-secret";
const USAGE: &str = "usage: local_stytch_server [--port PORT] [--project-id ID] [--secret SECRET]";

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("error: {err}");
            ExitCode::FAILURE
        }
    }
}

struct Options {
    port: u16,
    project_id: String,
    secret: String,
}

fn options() -> Result<Options, Box<dyn Error>> {
    let mut options =
        Options { port: DEFAULT_PORT, project_id: DEFAULT_PROJECT_ID.into(), secret: DEFAULT_SECRET.into() };
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let mut value = |name: &str| args.next().ok_or_else(|| format!("{name} needs a value\n{USAGE}"));
        match arg.as_str() {
            "--port" => {
                let port = value("--port")?;
                options.port = port.parse().map_err(|_| format!("--port {port:?} is not a port number"))?;
            }
            "--project-id" => options.project_id = value("--project-id")?,
            "--secret" => options.secret = value("--secret")?,
            "-h" | "--help" => {
                println!("{USAGE}");
                std::process::exit(0);
            }
            other => return Err(format!("unknown argument {other:?}\n{USAGE}").into()),
        }
    }
    Ok(options)
}

fn run() -> Result<(), Box<dyn Error>> {
    let options = options()?;
    let stytch = LocalStytch::builder()
        .port(options.port)
        .credentials(&options.project_id, &options.secret)
        .start()?;

    // Consumer: a user with a password and a session.
    let user_password = "old password 1234!";
    let ada = stytch.add_user("ada@example.com", user_password)?;
    let user_session =
        stytch.add_session(&ada.user_id, NewSession::new().lasting(Duration::from_secs(24 * 3600)))?;
    // B2B: an organization and a member with a password and a session.
    let acme = stytch.add_organization(NewOrganization::new("Acme Co", "acme").external_id("crm-42"))?;
    let member_password = "old password 1234!";
    let grace = stytch.add_member("acme", "grace@acme.example", member_password)?;
    let member_session = stytch
        .add_member_session(&grace.member_id, NewSession::new().lasting(Duration::from_secs(24 * 3600)))?;

    println!("A local Stytch is listening (test credentials, for this server only).");
    println!();
    println!("  base URL    {}", stytch.url());
    println!("  project id  {}", stytch.project_id());
    println!("  secret      {}", stytch.secret());
    println!();
    println!("Consumer user");
    println!("  email          ada@example.com");
    println!("  password       {user_password}");
    println!("  user_id        {}", ada.user_id);
    println!("  session_token  {} (24 hours)", user_session.session_token);
    println!();
    println!("B2B organization {} (slug acme, external id crm-42)", acme.organization_id);
    println!("  member email   grace@acme.example");
    println!("  password       {member_password}");
    println!("  member_id      {}", grace.member_id);
    println!("  session_token  {} (24 hours;", member_session.session_token);
    println!("                 a B2B reset needs a factor from the last 5 minutes: restart to renew it)");
    println!();
    println!("Try it:");
    println!(
        "  curl -u '{}:{}' -H 'Content-Type: application/json' \\\n    -d '{{\"email\": \"ada@example.com\", \"existing_password\": \"{user_password}\", \"new_password\": \"correct horse battery staple\"}}' \\\n    {}/v1/passwords/existing_password/reset",
        stytch.project_id(),
        stytch.secret(),
        stytch.url()
    );
    println!();
    println!("Answering requests until stopped (Ctrl-C).");

    // Print each request as it is answered.
    let mut printed = 0;
    loop {
        std::thread::sleep(Duration::from_millis(200));
        let seen = stytch.requests_seen();
        for request in &seen[printed..] {
            let outcome = request.error_type.as_ref().map_or("ok".to_owned(), ToString::to_string);
            println!(
                "{} {} -> {} {outcome} ({})",
                request.method, request.path, request.status, request.request_id
            );
        }
        printed = seen.len();
    }
}
