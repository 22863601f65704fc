//! The control plane: seeding, resetting, the clock, the journal and stubs, over HTTP on the same
//! port, under `/__local/`, for apps and test suites in any language. It takes the same HTTP Basic
//! credentials as the API; its requests are not journaled.
//!
//! Every answer is JSON. Errors use Stytch's error shape with these `error_type`s:
//! `invalid_seed` (400, a value is missing or wrong), `not_found` (404), `duplicate` (409),
//! `route_not_found` (404) and `method_not_allowed` (405).

use super::error::LocalError;
use super::http::{Request, Response};
use super::seed::{Factor, NewOrganization, NewSession, SeededSession};
use super::server::{built_in_routes, check_credentials, error_json, CONTROL_PREFIX};
use super::stub::{self, Answer, Fault, StubEntry, StubRequest};
use super::timestamp::rfc3339;
use super::Shared;
use crate::consumer::session::{AuthenticationFactorType, DeliveryMethod};
use serde::Deserialize;
use serde_json::{json, Map, Value};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;

/// The control plane's routes, as its index lists them.
const ROUTES: &[(&str, &str, &str)] = &[
    ("GET", "/__local/", "this list"),
    ("POST", "/__local/users", "{email, password} -> the user"),
    ("POST", "/__local/organizations", "{organization_name, organization_slug, organization_id?, organization_external_id?} -> the organization"),
    ("POST", "/__local/members", "{organization, email_address, password} -> the member (organization: id, slug or external id)"),
    ("POST", "/__local/sessions", "{user_id | member_id, duration_minutes?, factors?, custom_claims?} -> {session_id, session_token, session_jwt, expires_at}"),
    ("POST", "/__local/seed", "{users?, organizations?} -> everything made, session tokens included"),
    ("POST", "/__local/reset", "forget every user, organization, member, session, stub and journal entry; the clock back to real time"),
    ("GET", "/__local/clock", "{now, offset_seconds}"),
    ("POST", "/__local/clock/advance", "{seconds} -> {now, offset_seconds}"),
    ("GET", "/__local/requests", "the journal, oldest first, secrets redacted"),
    ("DELETE", "/__local/requests", "empty the journal"),
    ("GET", "/__local/stubs", "[{id, method, path, times, hits}]"),
    ("POST", "/__local/stubs", "{method, path, times?, when?, secret_fields?, reply | fail | fault} -> {id}"),
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
    let request_id = format!("request-id-test-{}", shared.store().rng.uuid());
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
        ("POST", "users") => {
            let user: SeedUser = parse(body()?)?;
            let made = seed_user(shared, &user)?;
            Ok(made)
        }
        ("POST", "organizations") => {
            let organization: SeedOrganization = parse(body()?)?;
            seed_organization(shared, &organization)
        }
        ("POST", "members") => {
            let member: SeedMemberIn = parse(body()?)?;
            let seed = SeedMember {
                email_address: member.email_address,
                password: member.password,
                sessions: member.sessions,
            };
            seed_member(shared, &member.organization, &seed)
        }
        ("POST", "sessions") => {
            let s: SeedSessionFor = parse(body()?)?;
            let session = SeedSession {
                duration_minutes: s.duration_minutes,
                factors: s.factors,
                custom_claims: s.custom_claims,
            };
            match (&s.user_id, &s.member_id) {
                (Some(user_id), None) => Ok(session_json(&shared.add_session(user_id, session.build()?)?)),
                (None, Some(member_id)) => {
                    Ok(session_json(&shared.add_member_session(member_id, session.build()?)?))
                }
                _ => Err(Problem::invalid("Give exactly one of user_id or member_id.")),
            }
        }
        ("POST", "seed") => seed(shared, &body()?).map_err(Problem::from),
        ("POST", "reset") => {
            shared.reset();
            Ok(json!({"reset": true}))
        }
        ("GET", "clock") => Ok(clock(shared)),
        ("POST", "clock/advance") => {
            let advance: Advance = parse(body()?)?;
            if !advance.seconds.is_finite() || advance.seconds < 0.0 {
                return Err(Problem::invalid("seconds must be a number of seconds, zero or more."));
            }
            shared.clock.advance(Duration::try_from_secs_f64(advance.seconds).unwrap_or(Duration::MAX));
            Ok(clock(shared))
        }
        ("GET", "requests") => Ok(Value::Array(shared.store().seen.iter().map(|r| r.to_json()).collect())),
        ("DELETE", "requests") => {
            shared.store().seen.clear();
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
            let spec: StubSpec = parse(body()?)?;
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

// --- seeding ---

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct Seed {
    #[serde(default)]
    users: Vec<SeedUser>,
    #[serde(default)]
    organizations: Vec<SeedOrganization>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SeedUser {
    email: String,
    password: String,
    #[serde(default)]
    sessions: Vec<SeedSession>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SeedOrganization {
    organization_name: String,
    organization_slug: String,
    #[serde(default)]
    organization_id: Option<String>,
    #[serde(default)]
    organization_external_id: Option<String>,
    #[serde(default)]
    members: Vec<SeedMember>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SeedMember {
    email_address: String,
    password: String,
    #[serde(default)]
    sessions: Vec<SeedSession>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SeedMemberIn {
    organization: String,
    email_address: String,
    password: String,
    #[serde(default)]
    sessions: Vec<SeedSession>,
}

#[derive(Deserialize, Clone, Default)]
#[serde(deny_unknown_fields)]
struct SeedSession {
    #[serde(default)]
    duration_minutes: Option<u64>,
    #[serde(default)]
    factors: Vec<SeedFactor>,
    #[serde(default)]
    custom_claims: Option<Map<String, Value>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SeedSessionFor {
    #[serde(default)]
    user_id: Option<String>,
    #[serde(default)]
    member_id: Option<String>,
    #[serde(default)]
    duration_minutes: Option<u64>,
    #[serde(default)]
    factors: Vec<SeedFactor>,
    #[serde(default)]
    custom_claims: Option<Map<String, Value>>,
}

#[derive(Deserialize, Clone)]
#[serde(deny_unknown_fields)]
struct SeedFactor {
    /// `password`, `magic_link`, `email_otp`, or any of Stytch's factor types.
    #[serde(rename = "type")]
    factor_type: String,
    /// Stytch's delivery method; by default the usual one for the type.
    #[serde(default)]
    delivery_method: Option<String>,
    #[serde(default)]
    authenticated_seconds_ago: Option<u64>,
}

impl SeedSession {
    fn build(&self) -> Result<NewSession, Problem> {
        let mut session = NewSession::new();
        if let Some(minutes) = self.duration_minutes {
            session = session.lasting(Duration::from_secs(minutes.saturating_mul(60)));
        }
        for f in &self.factors {
            let factor_type = AuthenticationFactorType::from(f.factor_type.as_str());
            let delivery = match (f.delivery_method.as_deref(), f.factor_type.as_str()) {
                (Some(delivery), _) => delivery,
                (None, "password") => "knowledge",
                (None, "magic_link" | "email_otp") => "email",
                (None, other) => {
                    return Err(Problem::invalid(format!(
                        "A factor of type {other:?} needs a delivery_method."
                    )))
                }
            };
            let mut factor = Factor::new(factor_type, DeliveryMethod::from(delivery));
            if let Some(ago) = f.authenticated_seconds_ago {
                factor = factor.authenticated_ago(Duration::from_secs(ago));
            }
            session = session.factor(factor);
        }
        if let Some(claims) = &self.custom_claims {
            session = session.custom_claims(claims.clone());
        }
        Ok(session)
    }
}

fn session_json(session: &SeededSession) -> Value {
    json!({
        "session_id": session.session_id,
        "session_token": session.session_token,
        "session_jwt": session.session_jwt,
        "expires_at": rfc3339(session.expires_at),
    })
}

fn seed_user(shared: &Shared, user: &SeedUser) -> Result<Value, Problem> {
    let made = shared.add_user(&user.email, &user.password)?;
    let mut sessions = Vec::new();
    for s in &user.sessions {
        sessions.push(session_json(&shared.add_session(&made.user_id, s.build()?)?));
    }
    Ok(json!({"user": made, "sessions": sessions}))
}

fn seed_organization(shared: &Shared, organization: &SeedOrganization) -> Result<Value, Problem> {
    let mut seed = NewOrganization::new(&organization.organization_name, &organization.organization_slug);
    if let Some(id) = &organization.organization_id {
        seed = seed.id(id);
    }
    if let Some(external_id) = &organization.organization_external_id {
        seed = seed.external_id(external_id);
    }
    let made = shared.add_organization(&seed)?;
    let mut members = Vec::new();
    for member in &organization.members {
        members.push(seed_member(shared, &made.organization_id, member)?);
    }
    Ok(json!({"organization": made, "members": members}))
}

fn seed_member(shared: &Shared, organization: &str, member: &SeedMember) -> Result<Value, Problem> {
    let made = shared.add_member(organization, &member.email_address, &member.password)?;
    let mut sessions = Vec::new();
    for s in &member.sessions {
        sessions.push(session_json(&shared.add_member_session(&made.member_id, s.build()?)?));
    }
    Ok(json!({"member": made, "sessions": sessions}))
}

/// Seeds users and organizations (with their members and sessions) from JSON. Stops at the first
/// failure; what was made before it stays.
pub(crate) fn seed(shared: &Shared, seed: &Value) -> Result<Value, LocalError> {
    let seed: Seed = parse(seed.clone())?;
    let mut users = Vec::new();
    for user in &seed.users {
        users.push(seed_user(shared, user).map_err(LocalError::from)?);
    }
    let mut organizations = Vec::new();
    for organization in &seed.organizations {
        organizations.push(seed_organization(shared, organization).map_err(LocalError::from)?);
    }
    Ok(json!({"users": users, "organizations": organizations}))
}

// --- stubs ---

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct StubSpec {
    method: String,
    path: String,
    #[serde(default)]
    times: Option<usize>,
    #[serde(default)]
    when: Option<When>,
    #[serde(default)]
    secret_fields: Vec<String>,
    #[serde(default)]
    reply: Option<ReplySpec>,
    #[serde(default)]
    fail: Option<FailSpec>,
    #[serde(default)]
    fault: Option<FaultSpec>,
}

/// Matches when every pair given is present: path parameters and query values equal, and the body
/// contains `body` (objects by subset, anything else by equality).
#[derive(Deserialize, Clone, Default)]
#[serde(deny_unknown_fields)]
struct When {
    #[serde(default)]
    params: Map<String, Value>,
    #[serde(default)]
    query: Map<String, Value>,
    #[serde(default)]
    body: Option<Value>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ReplySpec {
    #[serde(default = "ok")]
    status: u16,
    body: Value,
}

fn ok() -> u16 {
    200
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FailSpec {
    status: u16,
    error_type: String,
    error_message: String,
}

#[derive(Deserialize)]
#[serde(tag = "type", rename_all = "snake_case", deny_unknown_fields)]
enum FaultSpec {
    RateLimited {
        #[serde(default = "one")]
        retry_after_seconds: u64,
    },
    Unavailable,
    Close,
    Raw {
        status: u16,
        #[serde(default = "html")]
        content_type: String,
        body: String,
    },
    BadGateway,
    Delay {
        milliseconds: u64,
    },
}

fn one() -> u64 {
    1
}

fn html() -> String {
    "text/html".into()
}

impl StubSpec {
    fn entry(self) -> Result<StubEntry, Problem> {
        let method = self.method.to_ascii_uppercase();
        if !["GET", "POST", "PUT", "PATCH", "DELETE"].contains(&method.as_str()) {
            return Err(Problem::invalid(format!(
                "{:?} is not a method; use GET, POST, PUT, PATCH or DELETE.",
                self.method
            )));
        }
        if !self.path.starts_with('/') {
            return Err(Problem::invalid("The path must start with `/`."));
        }
        let answer = match (self.reply, self.fail, self.fault) {
            (Some(reply), None, None) => Answer::Json { status: reply.status, body: reply.body },
            (None, Some(fail), None) => {
                Answer::Fail { status: fail.status, error_type: fail.error_type, message: fail.error_message }
            }
            (None, None, Some(fault)) => Answer::Fault(match fault {
                FaultSpec::RateLimited { retry_after_seconds } => {
                    Fault::RateLimited { retry_after: Duration::from_secs(retry_after_seconds) }
                }
                FaultSpec::Unavailable => Fault::Unavailable,
                FaultSpec::Close => Fault::CloseConnection,
                FaultSpec::Raw { status, content_type, body } => Fault::Raw { status, content_type, body },
                FaultSpec::BadGateway => Fault::html_bad_gateway(),
                FaultSpec::Delay { milliseconds } => Fault::Delay(Duration::from_millis(milliseconds)),
            }),
            _ => return Err(Problem::invalid("Give exactly one of reply, fail or fault.")),
        };
        let when = self.when.map(|when| {
            Box::new(move |request: &StubRequest| matches(&when, request))
                as Box<dyn Fn(&StubRequest) -> bool + Send + Sync>
        });
        Ok(StubEntry {
            id: 0,
            method,
            template: self.path,
            secret_fields: self.secret_fields,
            when,
            times: self.times,
            hits: Arc::new(AtomicUsize::new(0)),
            answer,
        })
    }
}

fn as_text(value: &Value) -> String {
    match value {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

fn matches(when: &When, request: &StubRequest) -> bool {
    when.params.iter().all(|(name, value)| request.param(name) == Some(as_text(value).as_str()))
        && when.query.iter().all(|(name, value)| request.query(name) == Some(as_text(value).as_str()))
        && when.body.as_ref().is_none_or(|want| request.body().is_some_and(|got| contains(got, want)))
}

/// Whether `got` contains `want`: objects by subset, recursively; anything else by equality.
fn contains(got: &Value, want: &Value) -> bool {
    match (got, want) {
        (Value::Object(got), Value::Object(want)) => {
            want.iter().all(|(k, w)| got.get(k).is_some_and(|g| contains(g, w)))
        }
        _ => got == want,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn body_matching_is_by_subset() {
        let got = json!({"a": 1, "b": {"c": "x", "d": [1, 2]}});
        assert!(contains(&got, &json!({"a": 1})));
        assert!(contains(&got, &json!({"b": {"c": "x"}})));
        assert!(!contains(&got, &json!({"b": {"c": "y"}})));
        assert!(!contains(&got, &json!({"e": null})));
        assert!(contains(&got, &json!({"b": {"d": [1, 2]}})));
    }
}
