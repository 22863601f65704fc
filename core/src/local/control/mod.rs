//! The control plane: seeding, resetting, the project's settings, the clock, the journal and
//! stubs, over HTTP on the same port, under `/__local/`, for apps and test suites in any language.
//! It takes the same HTTP Basic credentials as the API; its requests are not journaled.
//!
//! Every answer is JSON. Errors use Stytch's error shape with these `error_type`s:
//! `invalid_seed` (400, a value is missing or wrong), `not_found` (404), `duplicate` (409),
//! `route_not_found` (404) and `method_not_allowed` (405).

mod seed;
mod settings;
mod stubs;

pub(crate) use seed::seed;

use super::error::LocalError;
use super::failure::error_json;
use super::http::{Request, Response};
use super::server::{built_in_routes, check_credentials, CONTROL_PREFIX};
use super::stub;
use super::timestamp::rfc3339;
use super::Shared;
use serde::Deserialize;
use serde_json::{json, Value};
use std::sync::atomic::Ordering;
use std::time::Duration;

/// The control plane's routes, as its index lists them.
const ROUTES: &[(&str, &str, &str)] = &[
    ("GET", "/__local/", "this list"),
    ("POST", "/__local/users", "{email, password} -> the user"),
    ("POST", "/__local/organizations", "{organization_name, organization_slug, organization_id?, organization_external_id?, mfa_required?, members?} -> the organization"),
    ("POST", "/__local/members", "{organization, email_address, password} -> the member (organization: id, slug or external id)"),
    ("POST", "/__local/sessions", "{user_id | member_id, duration_minutes?, factors?, custom_claims?} -> {session_id, session_token, session_jwt, expires_at}"),
    ("POST", "/__local/seed", "{users?, organizations?} -> everything made, session tokens included"),
    ("POST", "/__local/reset", "forget every user, organization, member, session, stub and journal entry; the clock back to real time (the settings stay)"),
    ("GET", "/__local/settings", "{vertical, user_lock_threshold, user_lock_seconds, breached_passwords}"),
    ("POST", "/__local/settings", "{vertical?: consumer | b2b | both, user_lock_threshold?, user_lock_seconds?, breached_passwords?} -> the settings"),
    ("GET", "/__local/clock", "{now, offset_seconds}"),
    ("POST", "/__local/clock/advance", "{seconds} -> {now, offset_seconds}"),
    ("GET", "/__local/requests", "the journal, oldest first, secrets redacted (?since=N: entries numbered N or later)"),
    ("DELETE", "/__local/requests", "empty the journal"),
    ("GET", "/__local/stubs", "[{id, method, path, times, hits}]"),
    ("POST", "/__local/stubs", "{method, path, times?, when?, secret_fields?, auth?: project | none, reply | fail | fault} -> {id}"),
    ("DELETE", "/__local/stubs", "remove every stub"),
    ("DELETE", "/__local/stubs/{id}", "remove one stub"),
];

/// A control-plane failure.
struct Problem {
    status: u16,
    error_type: &'static str,
    message: String,
}

impl Problem {
    fn invalid(message: impl Into<String>) -> Problem {
        Problem { status: 400, error_type: "invalid_seed", message: message.into() }
    }
}

impl From<LocalError> for Problem {
    fn from(e: LocalError) -> Problem {
        let (status, error_type) = match &e {
            LocalError::NotFound { .. } => (404, "not_found"),
            LocalError::Duplicate { .. } => (409, "duplicate"),
            _ => (400, "invalid_seed"),
        };
        Problem { status, error_type, message: e.to_string() }
    }
}

impl From<Problem> for LocalError {
    fn from(p: Problem) -> LocalError {
        LocalError::Invalid { what: "seed", message: p.message }
    }
}

/// Answers a control-plane request.
pub(crate) fn handle(shared: &Shared, request: &Request) -> Response {
    let request_id = format!("request-id-test-{}", super::rng::uuid());
    let answer = check_credentials(shared, request)
        .map_err(|f| Problem { status: f.status, error_type: "unauthorized_credentials", message: f.message })
        .and_then(|()| route(shared, request));
    match answer {
        Ok(body) => Response::json(200, serde_json::to_vec(&body).unwrap_or_default()),
        Err(p) => {
            Response::json(p.status, error_json(p.status, p.error_type, &p.message, &request_id, false))
        }
    }
}

fn route(shared: &Shared, request: &Request) -> Result<Value, Problem> {
    let path = request.path().trim_start_matches(CONTROL_PREFIX).trim_start_matches("/__local");
    let path = path.trim_matches('/');
    let method = request.method.as_str();
    let body = || -> Result<Value, Problem> {
        if request.body.is_empty() {
            return Ok(json!({}));
        }
        serde_json::from_slice(&request.body)
            .map_err(|e| Problem::invalid(format!("The body is not JSON: {e}.")))
    };
    match (method, path) {
        ("GET", "") => Ok(index()),
        ("POST", "users") => seed::user(shared, body()?),
        ("POST", "organizations") => seed::organization(shared, body()?),
        ("POST", "members") => seed::member(shared, body()?),
        ("POST", "sessions") => seed::session(shared, body()?),
        ("POST", "seed") => seed(shared, &body()?).map_err(Problem::from),
        ("POST", "reset") => {
            shared.reset();
            Ok(json!({"reset": true}))
        }
        ("GET", "settings") => Ok(settings::get(shared)),
        ("POST", "settings") => settings::set(shared, body()?),
        ("GET", "clock") => Ok(clock(shared)),
        ("POST", "clock/advance") => {
            let advance: Advance = parse(body()?)?;
            if !advance.seconds.is_finite() || advance.seconds < 0.0 {
                return Err(Problem::invalid("seconds must be a number of seconds, zero or more."));
            }
            shared.clock.advance(Duration::try_from_secs_f64(advance.seconds).unwrap_or(Duration::MAX));
            Ok(clock(shared))
        }
        ("GET", "requests") => {
            let since = stub::query_pairs(request.query())
                .into_iter()
                .find(|(name, _)| name == "since")
                .map(|(_, value)| {
                    value
                        .parse::<u64>()
                        .map_err(|_| Problem::invalid(format!("since {value:?} is not a sequence number.")))
                })
                .transpose()?;
            let entries = shared.journal().since(since.unwrap_or(0));
            Ok(Value::Array(entries.iter().map(|r| r.to_json()).collect()))
        }
        ("DELETE", "requests") => {
            shared.journal().clear();
            Ok(json!({"cleared": true}))
        }
        ("GET", "stubs") => Ok(Value::Array(
            shared
                .stubs()
                .list
                .iter()
                .map(|s| {
                    json!({
                        "id": s.id,
                        "method": s.method,
                        "path": s.template,
                        "times": s.times,
                        "hits": s.hits.load(Ordering::SeqCst),
                    })
                })
                .collect(),
        )),
        ("POST", "stubs") => {
            let spec: stubs::StubSpec = parse(body()?)?;
            let id = stub::add(shared, spec.entry()?);
            Ok(json!({"id": id}))
        }
        ("DELETE", "stubs") => {
            shared.stubs().list.clear();
            Ok(json!({"cleared": true}))
        }
        (method, path) => {
            if let Some(id) = path.strip_prefix("stubs/") {
                if method != "DELETE" {
                    return Err(not_allowed(method, path));
                }
                let id: u64 =
                    id.parse().map_err(|_| Problem::invalid(format!("{id:?} is not a stub id.")))?;
                let mut stubs = shared.stubs();
                let before = stubs.list.len();
                stubs.list.retain(|s| s.id != id);
                if stubs.list.len() == before {
                    return Err(Problem {
                        status: 404,
                        error_type: "not_found",
                        message: format!("No stub has the id {id}."),
                    });
                }
                return Ok(json!({"removed": id}));
            }
            if ROUTES.iter().any(|(_, p, _)| p.trim_start_matches("/__local/").trim_matches('/') == path) {
                return Err(not_allowed(method, path));
            }
            Err(Problem {
                status: 404,
                error_type: "route_not_found",
                message: format!(
                    "The control plane has no route {method} /__local/{path}; GET /__local/ lists them."
                ),
            })
        }
    }
}

fn not_allowed(method: &str, path: &str) -> Problem {
    Problem {
        status: 405,
        error_type: "method_not_allowed",
        message: format!("/__local/{path} does not take {method}; GET /__local/ lists the routes."),
    }
}

fn index() -> Value {
    json!({
        "control_plane": ROUTES.iter().map(|(m, p, what)| json!({"method": m, "path": p, "does": what})).collect::<Vec<_>>(),
        "api": built_in_routes(),
    })
}

fn clock(shared: &Shared) -> Value {
    json!({"now": rfc3339(shared.clock.now()), "offset_seconds": shared.clock.offset().as_secs()})
}

fn parse<T: for<'de> Deserialize<'de>>(value: Value) -> Result<T, Problem> {
    serde_json::from_value(value).map_err(|e| Problem::invalid(format!("The body does not fit: {e}.")))
}

#[derive(Deserialize)]
struct Advance {
    seconds: f64,
}
