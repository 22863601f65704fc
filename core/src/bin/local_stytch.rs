//! Run a local Stytch on a port until stopped, for apps in any language to develop against.
//!
//! ```text
//! cargo install stytch-endpoint --features local    # once (in a clone: cargo run --bin local-stytch -- ...)
//! local-stytch --port 4010
//! local-stytch --port 4010 --project-id project-test-... --secret secret-test-...
//! local-stytch --seed seed.json      # start from your own data
//! local-stytch --vertical b2b --lock-after 3 --lock-seconds 300 \
//!     --breached leaked.txt                                       # the project's settings
//! local-stytch --help                # this text
//! ```
//!
//! It answers the two password reset endpoints, `POST /v1/passwords/existing_password/reset` and
//! `POST /v1/b2b/passwords/session/reset`, plus any stubs you add, and prints each request. The
//! data lives in memory: stopping the server (Ctrl-C) forgets every change. The credentials,
//! passwords and tokens it prints are test values for this local server only; a secret of your
//! own, given with `--secret`, is not printed. With nobody reading its output (`| head`, a log
//! pipe that went away), it goes on answering.
//!
//! # The project's settings
//!
//! Stytch's defaults unless flags say otherwise (and `POST /__local/settings` changes them later):
//!
//! ```text
//! --vertical consumer|b2b|both  which endpoints answer (default both): a consumer project answers
//!                               /v1/b2b/... with invalid_b2b_endpoint, a B2B project the consumer
//!                               endpoints with invalid_consumer_endpoint
//! --lock-after N                lock a user after N consecutive wrong passwords (default 10; 0 never)
//! --lock-seconds S              for S seconds of the local clock (default 3600)
//! --breached FILE               more passwords to answer breached_password (one a line, as written;
//!                               a small built-in list always applies)
//! ```
//!
//! # The journal
//!
//! Every API request is journaled (secrets redacted; `GET /__local/requests`) and printed. The
//! journal keeps the most recent requests within two bounds, the oldest going first:
//!
//! ```text
//! --journal-entries N           at most N requests (default 10000)
//! --journal-bytes B             at most about B bytes of memory (default 16777216, 16 MiB)
//! ```
//!
//! # Pointing an SDK at it
//!
//! Use the printed base URL, project id and secret. The official SDKs refuse a `custom_base_url`
//! that is not `https://`, but they do not check their environment setting, which is used as the
//! base URL when it is not `test` or `live` (in the versions read for this example):
//!
//! ```text
//! Node:    new stytch.Client({ project_id, secret, env: "http://127.0.0.1:4010/" })
//!          (it prints a warning about a custom env; custom_base_url would throw)
//! Python:  stytch.Client(project_id=..., secret=..., environment="http://127.0.0.1:4010/")
//!          (custom_base_url would raise)
//! ```
//!
//! # The control plane
//!
//! Under `/__local/` on the same port, with the same HTTP Basic credentials; every answer is JSON.
//! With the defaults below:
//!
//! ```text
//! AUTH='project-test-00000000-0000-4000-8000-000000000000:secret-test-local-stytch-not-a-real-secret'
//! URL=http://127.0.0.1:4010
//!
//! # what there is
//! curl -u "$AUTH" $URL/__local/
//! # seed: a user, an organization, a member, sessions (a fresh one whenever you need it)
//! curl -u "$AUTH" -H 'Content-Type: application/json' $URL/__local/users \
//!      -d '{"email": "lin@example.com", "password": "old password 1234!"}'
//! curl -u "$AUTH" -H 'Content-Type: application/json' $URL/__local/organizations \
//!      -d '{"organization_name": "Globex", "organization_slug": "globex"}'
//! curl -u "$AUTH" -H 'Content-Type: application/json' $URL/__local/members \
//!      -d '{"organization": "globex", "email_address": "hank@globex.example", "password": "old password 1234!"}'
//! curl -u "$AUTH" -H 'Content-Type: application/json' $URL/__local/sessions \
//!      -d '{"member_id": "member-test-...", "duration_minutes": 60,
//!           "factors": [{"type": "magic_link", "authenticated_seconds_ago": 30}]}'
//! # everything at once, in the --seed file's format
//! curl -u "$AUTH" -H 'Content-Type: application/json' $URL/__local/seed -d @seed.json
//! # move the clock forward (sessions expire, factors age), or read it
//! curl -u "$AUTH" -H 'Content-Type: application/json' $URL/__local/clock/advance -d '{"seconds": 600}'
//! curl -u "$AUTH" $URL/__local/clock
//! # what the app sent (secrets redacted); empty it
//! curl -u "$AUTH" $URL/__local/requests
//! curl -u "$AUTH" -X DELETE $URL/__local/requests
//! # stubs: any endpoint, a canned answer or a fault; first match wins, before the built-in routes
//! curl -u "$AUTH" -H 'Content-Type: application/json' $URL/__local/stubs \
//!      -d '{"method": "GET", "path": "/v1/users/{user_id}", "when": {"params": {"user_id": "user-test-1"}},
//!           "reply": {"body": {"user_id": "user-test-1", "status": "active"}}}'
//! curl -u "$AUTH" -H 'Content-Type: application/json' $URL/__local/stubs \
//!      -d '{"method": "POST", "path": "/v1/passwords/existing_password/reset", "times": 1,
//!           "fault": {"type": "rate_limited", "retry_after_seconds": 2}}'
//! curl -u "$AUTH" -H 'Content-Type: application/json' $URL/__local/stubs \
//!      -d '{"method": "GET", "path": "/v1/users/{user_id}", "fail": {"status": 404,
//!           "error_type": "user_not_found", "error_message": "User not found"}}'
//! curl -u "$AUTH" $URL/__local/stubs                    # each with its hits
//! curl -u "$AUTH" -X DELETE $URL/__local/stubs/1        # or all: DELETE /__local/stubs
//! # the project's settings: read them, change any of them (the rest stay; breached_passwords
//! # replaces your own list, the built-in one always applies)
//! curl -u "$AUTH" $URL/__local/settings
//! curl -u "$AUTH" -H 'Content-Type: application/json' $URL/__local/settings \
//!      -d '{"vertical": "b2b", "user_lock_threshold": 3, "user_lock_seconds": 300,
//!           "breached_passwords": ["our old staging password"]}'
//! # start over: no data, no stubs, an empty journal, the real time (the settings stay)
//! curl -u "$AUTH" -X POST $URL/__local/reset
//! ```
//!
//! Stub `when` matches path parameters, query values and a subset of the JSON body
//! (`{"params": {...}, "query": {...}, "body": {...}}`). Faults: `rate_limited`
//! (`retry_after_seconds`), `unavailable` (503), `close` (no answer), `bad_gateway` (an HTML 502),
//! `raw` (`status`, `content_type`, `body`), `delay` (`milliseconds`, then the next answer).
//! `secret_fields` names body or query fields to redact in the journal (besides every field
//! with a secret-looking name: password, token, session, secret, code, key, jwt, ...).
//! `"auth": "none"` makes a stub answer requests without the project's credentials too, for an
//! endpoint that takes none (Stytch's M2M token endpoint takes the client's own id and secret).
//! Replies take any status from 200 to 599 (not 204, 205 or 304: a reply has a body), failures
//! 400 to 599; a raw fault's `content_type` must be one line of visible ASCII.
//!
//! # Seed files
//!
//! ```json
//! {
//!   "users": [{"email": "lin@example.com", "password": "old password 1234!", "sessions": [{"duration_minutes": 60}]}],
//!   "organizations": [{
//!     "organization_name": "Globex", "organization_slug": "globex", "organization_external_id": "crm-7",
//!     "members": [{"email_address": "hank@globex.example", "password": "old password 1234!", "sessions": [{}]}]
//!   }]
//! }
//! ```
//!
//! Organizations take `organization_id`, `organization_external_id` and `mfa_required` (`true`:
//! members without a second factor get an intermediate session) besides their name and slug.
//! Sessions take `duration_minutes` (default 60), `factors` (`type`: `password`, `magic_link`,
//! `email_otp`, `totp`, `otp` (by SMS) or any other with a `delivery_method`;
//! `authenticated_seconds_ago` or `authenticated_at`, an RFC 3339 time on the local clock) and
//! `custom_claims`. The answer (printed at startup for `--seed`) holds the ids and session tokens.

use std::error::Error;
use std::io::Write as _;
use std::process::ExitCode;
use std::time::Duration;
use stytch_endpoint::local::{
    LocalStytch, NewOrganization, NewSession, Vertical, DEFAULT_JOURNAL_BYTES, DEFAULT_JOURNAL_ENTRIES,
};

const DEFAULT_PORT: u16 = 4010;
const DEFAULT_PROJECT_ID: &str = "project-test-00000000-0000-4000-8000-000000000000";
const DEFAULT_SECRET: &str = "secret-test-local-stytch-not-a-real-secret";
const USAGE: &str = "usage: local-stytch [--port PORT] [--project-id ID] [--secret SECRET] [--seed FILE.json]
                    [--vertical consumer|b2b|both] [--lock-after N] [--lock-seconds S] [--breached FILE]
                    [--journal-entries N] [--journal-bytes B] [--help]";
/// The help text: the module documentation above, as plain text.
const HELP: &str = include_str!("local_stytch.rs");

/// `println!` that never stops the server: when nobody reads its output any more
/// (`local-stytch | head`, a service whose log pipe is gone, a full disk), the line is dropped
/// and the server goes on answering.
macro_rules! say {
    ($($arg:tt)*) => {{
        let _ = writeln!(std::io::stdout(), $($arg)*);
    }};
}

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            let _ = writeln!(std::io::stderr(), "error: {err}");
            ExitCode::FAILURE
        }
    }
}

struct Options {
    port: u16,
    project_id: String,
    secret: String,
    seed: Option<String>,
    vertical: Vertical,
    lock_after: u32,
    lock_seconds: u64,
    breached: Vec<String>,
    journal_entries: usize,
    journal_bytes: usize,
}

fn options() -> Result<Options, Box<dyn Error>> {
    let mut options = Options {
        port: DEFAULT_PORT,
        project_id: DEFAULT_PROJECT_ID.into(),
        secret: DEFAULT_SECRET.into(),
        seed: None,
        vertical: Vertical::Both,
        lock_after: 10,
        lock_seconds: 60 * 60,
        breached: Vec::new(),
        journal_entries: DEFAULT_JOURNAL_ENTRIES,
        journal_bytes: DEFAULT_JOURNAL_BYTES,
    };
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
            "--seed" => options.seed = Some(value("--seed")?),
            "--vertical" => {
                let name = value("--vertical")?;
                options.vertical = VERTICALS
                    .into_iter()
                    .find(|v| vertical_name(*v) == name)
                    .ok_or_else(|| format!("--vertical {name:?} is not consumer, b2b or both"))?;
            }
            "--lock-after" => {
                let n = value("--lock-after")?;
                options.lock_after = n.parse().map_err(|_| format!("--lock-after {n:?} is not a count"))?;
            }
            "--lock-seconds" => {
                let s = value("--lock-seconds")?;
                options.lock_seconds =
                    s.parse().map_err(|_| format!("--lock-seconds {s:?} is not a number of seconds"))?;
            }
            "--breached" => {
                let path = value("--breached")?;
                let text = std::fs::read_to_string(&path).map_err(|e| format!("--breached {path}: {e}"))?;
                let lines = text.lines().map(|l| l.strip_suffix('\r').unwrap_or(l));
                options.breached.extend(lines.filter(|l| !l.is_empty()).map(String::from));
            }
            "--journal-entries" => {
                let n = value("--journal-entries")?;
                options.journal_entries =
                    n.parse().map_err(|_| format!("--journal-entries {n:?} is not a count"))?;
            }
            "--journal-bytes" => {
                let n = value("--journal-bytes")?;
                options.journal_bytes =
                    n.parse().map_err(|_| format!("--journal-bytes {n:?} is not a number of bytes"))?;
            }
            "-h" | "--help" => {
                match write_help(&mut std::io::stdout().lock()) {
                    // `local-stytch --help | head`: the reader had what it wanted.
                    Ok(()) => std::process::exit(0),
                    Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => std::process::exit(0),
                    Err(e) => return Err(format!("cannot write the help: {e}").into()),
                }
            }
            other => return Err(format!("unknown argument {other:?}\n{USAGE}").into()),
        }
    }
    Ok(options)
}

/// The usage line, then the module documentation above as plain text.
fn write_help(out: &mut impl std::io::Write) -> std::io::Result<()> {
    writeln!(out, "{USAGE}\n")?;
    let docs = HELP.lines().take_while(|l| l.starts_with("//!"));
    for line in docs.filter(|l| !l.contains("```")) {
        writeln!(out, "{}", line.trim_start_matches("//!").strip_prefix(' ').unwrap_or_default())?;
    }
    out.flush()
}

fn run() -> Result<(), Box<dyn Error>> {
    let options = options()?;
    let stytch = LocalStytch::builder()
        .port(options.port)
        .credentials(&options.project_id, &options.secret)
        .vertical(options.vertical)
        .user_lock(options.lock_after, Duration::from_secs(options.lock_seconds))
        .breached_passwords(options.breached.iter().cloned())
        .journal_limits(options.journal_entries, options.journal_bytes)
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

    say!("A local Stytch is listening (test credentials, for this server only).");
    say!();
    say!("  base URL    {}", stytch.url());
    say!("  project id  {}", stytch.project_id());
    // A secret of your own (`--secret`) is not echoed: this output may end up in a log.
    let own_secret = options.secret != DEFAULT_SECRET;
    say!("  secret      {}", if own_secret { "(the one given with --secret)" } else { DEFAULT_SECRET });
    say!();
    let lock = match options.lock_after {
        0 => "users are never locked".to_owned(),
        n => format!("{n} wrong passwords lock a user for {} s", options.lock_seconds),
    };
    say!(
        "Project settings: vertical {}, {lock}, {} breached passwords of your own (POST /__local/settings)",
        vertical_name(options.vertical),
        options.breached.len()
    );
    say!();
    say!("Consumer user");
    say!("  email          ada@example.com");
    say!("  password       {user_password}");
    say!("  user_id        {}", ada.user_id);
    say!("  session_token  {} (24 hours)", user_session.session_token);
    say!();
    say!("B2B organization {} (slug acme, external id crm-42)", acme.organization_id);
    say!("  member email   grace@acme.example");
    say!("  password       {member_password}");
    say!("  member_id      {}", grace.member_id);
    say!("  session_token  {} (24 hours;", member_session.session_token);
    say!("                 a B2B reset needs a factor from the last 5 minutes: POST /__local/sessions");
    say!("                 makes a fresh one)");
    if let Some(path) = &options.seed {
        let text = std::fs::read_to_string(path).map_err(|e| format!("--seed {path}: {e}"))?;
        let seed: serde_json::Value =
            serde_json::from_str(&text).map_err(|e| format!("--seed {path} is not JSON: {e}"))?;
        let made = stytch.seed_json(&seed).map_err(|e| format!("--seed {path}: {e}"))?;
        say!();
        say!("Seeded from {path}:");
        print_seeded(&made);
    }
    say!();
    say!("Control plane: {}/__local/ (same credentials; --help shows it with curl)", stytch.url());
    say!();
    say!("Try it:");
    let credentials = if own_secret {
        format!("\"{}:$STYTCH_SECRET\"", stytch.project_id())
    } else {
        format!("'{}:{DEFAULT_SECRET}'", stytch.project_id())
    };
    say!(
        "  curl -u {credentials} -H 'Content-Type: application/json' \\\n    -d '{{\"email\": \"ada@example.com\", \"existing_password\": \"{user_password}\", \"new_password\": \"correct horse battery staple\"}}' \\\n    {}/v1/passwords/existing_password/reset",
        stytch.url()
    );
    say!();
    say!("Answering requests until stopped (Ctrl-C).");

    // Print each request as it is answered: only what is new since the last look, by sequence
    // number (a reset or an emptied journal does not renumber; entries the journal let go
    // before they were printed are counted).
    let mut next = 0;
    loop {
        std::thread::sleep(Duration::from_millis(200));
        for request in stytch.requests_seen_since(next) {
            if request.sequence > next {
                say!("({} requests not printed: the journal let them go)", request.sequence - next);
            }
            let outcome = request.error_type.as_ref().map_or("ok".to_owned(), ToString::to_string);
            say!(
                "{} {} -> {} {outcome} ({})",
                request.method,
                request.path,
                request.status,
                request.request_id
            );
            next = request.sequence + 1;
        }
    }
}

const VERTICALS: [Vertical; 3] = [Vertical::Consumer, Vertical::B2b, Vertical::Both];

/// The vertical's name, as `--vertical` and the control plane's settings spell it.
fn vertical_name(vertical: Vertical) -> &'static str {
    match vertical {
        Vertical::Consumer => "consumer",
        Vertical::B2b => "b2b",
        _ => "both",
    }
}

/// The ids and session tokens a seed made, one line each.
fn print_seeded(made: &serde_json::Value) {
    let sessions = |of: &serde_json::Value| -> Vec<String> {
        let list = of["sessions"].as_array().map(Vec::as_slice).unwrap_or_default();
        list.iter()
            .map(|s| format!("session_token {}", s["session_token"].as_str().unwrap_or_default()))
            .collect()
    };
    for user in made["users"].as_array().map(Vec::as_slice).unwrap_or_default() {
        let (email, id) = (&user["user"]["emails"][0]["email"], &user["user"]["user_id"]);
        say!(
            "  user {} {}  {}",
            email.as_str().unwrap_or_default(),
            id.as_str().unwrap_or_default(),
            sessions(user).join(", ")
        );
    }
    for organization in made["organizations"].as_array().map(Vec::as_slice).unwrap_or_default() {
        let o = &organization["organization"];
        say!(
            "  organization {} (slug {})",
            o["organization_id"].as_str().unwrap_or_default(),
            o["organization_slug"].as_str().unwrap_or_default()
        );
        for member in organization["members"].as_array().map(Vec::as_slice).unwrap_or_default() {
            let m = &member["member"];
            say!(
                "    member {} {}  {}",
                m["email_address"].as_str().unwrap_or_default(),
                m["member_id"].as_str().unwrap_or_default(),
                sessions(member).join(", ")
            );
        }
    }
}
