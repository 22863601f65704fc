//! The Stytch side of the local server: every request is checked for credentials, then offered to
//! the stubs (in the order they were added), then to the built-in routes; the control plane lives
//! under [`CONTROL_PREFIX`]. Every API request is journaled, its secrets redacted.

use super::failure::{error_json, Failure};
use super::http::{self, Handler, Refusal, Reply, Response};
use super::journal::{Secrets, SeenRequest};
use super::store::Store;
use super::stub::{self, match_path, query_pairs, Fault, StubEntry, StubRequest};
use super::{b2b, consumer, control, jwks, rng, sessions, Shared};
use crate::b2b::passwords::SessionReset;
use crate::b2b::session::AuthenticateMemberSession;
use crate::consumer::passwords::ExistingPasswordReset;
use crate::consumer::session::AuthenticateSession;
use crate::response::budget::{self, Budget};
use crate::{Endpoint, ErrorType, Method};
use base64::engine::general_purpose::STANDARD;
use base64::Engine as _;
use serde_json::Value;
use std::sync::Arc;
use std::time::{Duration, SystemTime};

/// Where the control plane answers: `/__local/...`.
pub(crate) const CONTROL_PREFIX: &str = "/__local/";

/// A built-in route's answer: the store, the time, the request id and the body.
type Answer = fn(&mut Store, SystemTime, &str, &[u8]) -> Result<Vec<u8>, Failure>;

/// A built-in route: its method and path template (`{name}` matches one segment).
struct Route {
    method: Method,
    path: &'static str,
    secret_fields: &'static [&'static str],
    answer: Answer,
}

const ROUTES: &[Route] = &[
    Route {
        method: ExistingPasswordReset::METHOD,
        path: ExistingPasswordReset::PATH,
        secret_fields: ExistingPasswordReset::SECRET_FIELDS,
        answer: consumer::existing_password_reset,
    },
    Route {
        method: SessionReset::METHOD,
        path: SessionReset::PATH,
        secret_fields: SessionReset::SECRET_FIELDS,
        answer: b2b::session_reset,
    },
    Route {
        method: AuthenticateSession::METHOD,
        path: AuthenticateSession::PATH,
        secret_fields: AuthenticateSession::SECRET_FIELDS,
        answer: sessions::authenticate,
    },
    Route {
        method: AuthenticateMemberSession::METHOD,
        path: AuthenticateMemberSession::PATH,
        secret_fields: AuthenticateMemberSession::SECRET_FIELDS,
        answer: sessions::authenticate_member,
    },
];

/// The local Stytch as an HTTP handler.
pub(crate) struct App {
    pub(crate) shared: Arc<Shared>,
}

/// How a request was answered, before it is journaled and written.
enum Outcome {
    Json { status: u16, body: Vec<u8>, error_type: Option<ErrorType> },
    Raw { status: u16, headers: Vec<(String, String)>, body: Vec<u8>, error_type: Option<ErrorType> },
    Close,
}

impl Handler for App {
    fn handle(&self, request: http::Request) -> Reply {
        if request.path().starts_with(CONTROL_PREFIX)
            || request.path() == CONTROL_PREFIX.trim_end_matches('/')
        {
            let response = control::handle(&self.shared, &request);
            return Reply::Answer { response, delay: Duration::ZERO };
        }
        self.api(request)
    }

    fn refuse(&self, refusal: Option<Refusal>) -> Response {
        let request_id = self.request_id();
        let (status, error_type, message) = match refusal {
            Some(Refusal::HeadTooLarge) => (
                431,
                "request_header_fields_too_large",
                format!(
                    "The request head is larger than {} bytes or has too many lines.",
                    http::MAX_HEAD_BYTES
                ),
            ),
            Some(Refusal::BodyTooLarge) => (
                413,
                "request_too_large",
                format!("The request body is larger than {} bytes.", http::MAX_BODY_BYTES),
            ),
            Some(Refusal::Malformed(message)) => (400, "bad_request", message.to_owned()),
            Some(Refusal::LengthRequired) => (
                411,
                "bad_request",
                "Send the body with a Content-Length (chunked bodies are not read).".into(),
            ),
            None => (500, "internal_server_error", "The local Stytch failed to answer this request.".into()),
        };
        Response::json(status, error_json(status, error_type, &message, &request_id, false))
    }

    /// A body is held only for a request that will be answered: with the project's credentials,
    /// or to a public route or a stub of an endpoint that takes none.
    fn wants_body(&self, head: &http::Request) -> bool {
        check_credentials(&self.shared, head).is_ok() || self.is_open(head)
    }
}

/// The body as a stub's matcher and the journal see it: JSON, or a form's decoded pairs as an
/// object of strings (the first value of a name repeated). JSON is decoded within a memory
/// budget of four times its size (and 64 KiB): a body of many tiny values that would take more
/// is seen as no JSON body at all.
fn body_value(request: &http::Request) -> Option<Value> {
    let form = request.header("Content-Type").is_some_and(|v| {
        let media = v.split(';').next().unwrap_or_default().trim();
        media.eq_ignore_ascii_case(crate::BodyFormat::Form.content_type())
    });
    if !form {
        let budget = Budget::new(4 * request.body.len() + 64 * 1024);
        return budget::from_slice(&request.body, &budget).ok();
    }
    let text = std::str::from_utf8(&request.body).ok()?;
    let mut fields = serde_json::Map::new();
    for (name, value) in query_pairs(text) {
        fields.entry(name).or_insert(Value::String(value));
    }
    Some(Value::Object(fields))
}

/// Whether a stub of an endpoint that takes no project credentials is there for this request.
fn open_stub(stubs: &[Arc<StubEntry>], request: &http::Request) -> bool {
    stubs
        .iter()
        .any(|s| s.open && s.method == request.method && match_path(&s.template, request.path()).is_some())
}

impl App {
    /// The JWKS is public, as Stytch's is (JWKS clients fetch it without credentials), and so are
    /// stubs of endpoints that take no project credentials. Control-plane routes are not.
    fn is_open(&self, request: &http::Request) -> bool {
        let path = request.path();
        if path.starts_with(CONTROL_PREFIX) {
            return false;
        }
        jwks::route(path).is_some() || open_stub(&self.shared.stubs().list, request)
    }

    fn request_id(&self) -> String {
        format!("request-id-test-{}", rng::uuid())
    }

    fn api(&self, request: http::Request) -> Reply {
        let shared = &self.shared;
        let request_id = self.request_id();
        let path = request.path().to_owned();
        let b2b = path.starts_with("/v1/b2b/");
        // A snapshot: matchers run without the lock, so one may call back into the local Stytch.
        let stubs = shared.stubs().list.clone();
        let credentials = check_credentials(shared, &request);
        let public = jwks::route(&path).is_some();
        if let (Err(failure), false) = (&credentials, public || open_stub(&stubs, &request)) {
            // Refused before the body is even parsed.
            return self.refused(request, failure, request_id, b2b);
        }
        // On a public route every stub answers (a fault injected into the JWKS reaches JWKS
        // clients); elsewhere, without credentials, only the stubs of endpoints that take none.
        let every_stub = credentials.is_ok() || public;
        let seen = StubRequest {
            method: request.method.clone(),
            path: path.clone(),
            params: Vec::new(),
            query: query_pairs(request.query()),
            headers: request.headers.clone(),
            body: body_value(&request),
        };
        let mut delay = Duration::ZERO;
        let stubbed = self.stubbed(&stubs, &seen, every_stub, &request_id, b2b, &mut delay);
        let outcome = match (stubbed, credentials) {
            (Some(outcome), _) => outcome,
            // No stub without credentials took it (one used up, say): refused as any other.
            (None, Err(failure)) if !public => return self.refused(request, &failure, request_id, b2b),
            (None, _) => self.built_in(&request, &request_id, b2b),
        };

        // Redacted whichever stub or route answered: every secret field the local Stytch knows.
        let secrets = Secrets {
            declared: stubs
                .iter()
                .flat_map(|s| s.secret_fields.iter().map(String::as_str))
                .chain(ROUTES.iter().flat_map(|r| r.secret_fields.iter().copied()))
                .collect(),
        };
        let mut body = seen.body;
        if let Some(body) = &mut body {
            secrets.body(body);
        }
        let (status, error_type) = outcome.status();
        shared.journal().push(SeenRequest {
            sequence: 0,
            method: request.method.clone(),
            path,
            query: secrets.query(&seen.query),
            headers: secrets.headers(&request.headers),
            body,
            status,
            error_type,
            request_id,
        });
        outcome.into_reply(delay)
    }

    /// A request refused for its credentials: answered `401`, journaled with only its method,
    /// path and the answer.
    fn refused(&self, request: http::Request, failure: &Failure, request_id: String, b2b: bool) -> Reply {
        let outcome = failure_outcome(failure, &request_id, b2b);
        let (status, error_type) = outcome.status();
        let path = request.path().to_owned();
        self.shared.journal().push(SeenRequest {
            sequence: 0,
            method: request.method,
            path,
            query: Vec::new(),
            headers: Vec::new(),
            body: None,
            status,
            error_type,
            request_id,
        });
        outcome.into_reply(Duration::ZERO)
    }

    /// The answer of the first stub that matches, if any. Delays on the way add up.
    /// With `every_stub` false (no project credentials), only stubs of endpoints that take none
    /// answer.
    fn stubbed(
        &self,
        stubs: &[Arc<StubEntry>],
        seen: &StubRequest,
        every_stub: bool,
        request_id: &str,
        b2b: bool,
        delay: &mut Duration,
    ) -> Option<Outcome> {
        for stub in stubs {
            if stub.method != seen.method || !(every_stub || stub.open) {
                continue;
            }
            let Some(params) = match_path(&stub.template, &seen.path) else { continue };
            let request = StubRequest { params, ..seen.clone() };
            if let Some(op) = stub.schema {
                let problems = crate::schema::request_problems(op, request.body.as_ref(), &request.query);
                if !problems.is_empty() {
                    let message = format!("Invalid request: {}.", problems.join("; "));
                    let failure = Failure::new(400, ErrorType::BadRequest, message);
                    return Some(failure_outcome(&failure, request_id, b2b));
                }
            }
            if stub.when.as_ref().is_some_and(|when| !when(&request)) || !stub.take() {
                continue;
            }
            let outcome = match &stub.answer {
                stub::Answer::Json { status, body } => {
                    let mut body = body.clone();
                    if let Value::Object(map) = &mut body {
                        let empty = map.get("request_id").is_none_or(|id| id.as_str() == Some(""));
                        if empty {
                            map.insert("request_id".into(), Value::String(request_id.to_owned()));
                        }
                    }
                    let bytes = serde_json::to_vec(&body).unwrap_or_default();
                    let error_type = (*status >= 400)
                        .then(|| body.get("error_type").and_then(Value::as_str).map(ErrorType::from))
                        .flatten();
                    Outcome::Json { status: *status, body: bytes, error_type }
                }
                stub::Answer::Fail { status, error_type, message } => Outcome::Json {
                    status: *status,
                    body: error_json(*status, error_type, message, request_id, b2b),
                    error_type: Some(ErrorType::from(error_type.as_str())),
                },
                stub::Answer::Fault(Fault::Delay(by)) => {
                    *delay = delay.saturating_add(*by);
                    continue;
                }
                stub::Answer::Fault(fault) => fault_outcome(fault, request_id, b2b),
            };
            return Some(outcome);
        }
        None
    }

    fn built_in(&self, request: &http::Request, request_id: &str, b2b: bool) -> Outcome {
        let path = request.path();
        if let Some((b2b, project_id)) = jwks::route(path) {
            let answered = if request.method == Method::Get.as_str() {
                jwks::get_jwks(&self.shared.store(), b2b, project_id, request_id)
            } else {
                Err(Failure::new(
                    405,
                    ErrorType::Other("method_not_allowed".into()),
                    format!("{path} takes GET, not {}.", request.method),
                ))
            };
            return match answered {
                Ok(body) => Outcome::Json { status: 200, body, error_type: None },
                Err(failure) => failure_outcome(&failure, request_id, b2b),
            };
        }
        // Routes are path templates; the one with the request's method first, else any (for 405).
        let fits = |r: &&Route| match_path(r.path, path).is_some();
        let same_method = ROUTES.iter().filter(fits).find(|r| r.method.as_str() == request.method);
        let Some(route) = same_method.or_else(|| ROUTES.iter().find(fits)) else {
            let failure = Failure::new(
                404,
                ErrorType::Other("route_not_found".into()),
                format!("The local Stytch has no endpoint at {path}. It answers {}.", self.routes()),
            );
            return failure_outcome(&failure, request_id, b2b);
        };
        if request.method != route.method.as_str() {
            let failure = Failure::new(
                405,
                ErrorType::Other("method_not_allowed".into()),
                format!("{path} takes {}, not {}.", route.method, request.method),
            );
            return failure_outcome(&failure, request_id, b2b);
        }
        if route.method.has_body() {
            if let Err(failure) = check_content_type(request) {
                return failure_outcome(&failure, request_id, b2b);
            }
        }
        let now = self.shared.clock.now();
        let answered = (route.answer)(&mut self.shared.store(), now, request_id, &request.body);
        match answered {
            Ok(body) => Outcome::Json { status: 200, body, error_type: None },
            Err(failure) => failure_outcome(&failure, request_id, b2b),
        }
    }

    /// Every route that answers now: stubs first, then the built-in ones, then the control plane.
    fn routes(&self) -> String {
        let mut routes: Vec<String> = Vec::new();
        for stub in &self.shared.stubs().list {
            let route = format!("{} {} (stub)", stub.method, stub.template);
            if !routes.contains(&route) {
                routes.push(route);
            }
        }
        routes.extend(built_in_routes());
        routes.push(format!("the control plane under {CONTROL_PREFIX}"));
        routes.join(", ")
    }
}

/// Every built-in route, as `METHOD /path`.
pub(crate) fn built_in_routes() -> Vec<String> {
    let mut routes: Vec<String> = ROUTES.iter().map(|r| format!("{} {}", r.method, r.path)).collect();
    routes.extend(jwks::ROUTES.iter().map(|r| (*r).to_owned()));
    routes
}

impl Outcome {
    /// The status and `error_type` answered, as journaled.
    fn status(&self) -> (u16, Option<ErrorType>) {
        match self {
            Outcome::Json { status, error_type, .. } => (*status, error_type.clone()),
            Outcome::Raw { status, error_type, .. } => (*status, error_type.clone()),
            Outcome::Close => (0, None),
        }
    }

    fn into_reply(self, delay: Duration) -> Reply {
        match self {
            Outcome::Json { status, body, .. } => {
                Reply::Answer { response: Response::json(status, body), delay }
            }
            Outcome::Raw { status, headers, body, .. } => {
                Reply::Answer { response: Response { status, headers, body }, delay }
            }
            Outcome::Close => Reply::Close { delay },
        }
    }
}

fn failure_outcome(failure: &Failure, request_id: &str, b2b: bool) -> Outcome {
    Outcome::Json {
        status: failure.status,
        body: error_json(failure.status, failure.error_type.as_str(), &failure.message, request_id, b2b),
        error_type: Some(failure.error_type.clone()),
    }
}

fn fault_outcome(fault: &Fault, request_id: &str, b2b: bool) -> Outcome {
    match fault {
        Fault::RateLimited { retry_after } => {
            let seconds = retry_after.as_secs() + u64::from(retry_after.subsec_nanos() > 0);
            let message = "Too many requests: slow down and retry.";
            let body = error_json(429, ErrorType::TooManyRequests.as_str(), message, request_id, b2b);
            Outcome::Raw {
                status: 429,
                headers: vec![
                    ("Content-Type".into(), "application/json".into()),
                    ("Retry-After".into(), seconds.to_string()),
                ],
                body,
                error_type: Some(ErrorType::TooManyRequests),
            }
        }
        Fault::Unavailable => failure_outcome(
            &Failure::new(503, ErrorType::ServerUnavailable, "The server is unavailable; please retry."),
            request_id,
            b2b,
        ),
        Fault::CloseConnection => Outcome::Close,
        Fault::Raw(raw) => Outcome::Raw {
            status: raw.status(),
            headers: vec![("Content-Type".into(), raw.content_type().to_owned())],
            body: raw.body().as_bytes().to_vec(),
            error_type: None,
        },
        // Handled while matching: a delay passes the request on.
        Fault::Delay(_) => Outcome::Close,
    }
}

pub(crate) fn check_credentials(shared: &Shared, request: &http::Request) -> Result<(), Failure> {
    let expected = STANDARD.encode(format!("{}:{}", shared.project_id, shared.secret));
    let given = request.header("Authorization").and_then(|value| value.trim().split_once(' '));
    match given {
        Some((scheme, credentials))
            if scheme.eq_ignore_ascii_case("basic") && same_secret(credentials.trim(), &expected) =>
        {
            Ok(())
        }
        Some(_) => Err(Failure::new(
            401,
            ErrorType::UnauthorizedCredentials,
            "Unauthorized credentials: the project id and secret do not match this local Stytch.",
        )),
        None => Err(Failure::new(
            401,
            ErrorType::UnauthorizedCredentials,
            "Unauthorized credentials: send the project id and secret with HTTP Basic authentication.",
        )),
    }
}

/// Whether two secrets are equal, in time that does not depend on where they differ: their
/// SHA-256 digests (of fixed length) are compared byte by byte without an early exit.
fn same_secret(given: &str, expected: &str) -> bool {
    let given = ring::digest::digest(&ring::digest::SHA256, given.as_bytes());
    let expected = ring::digest::digest(&ring::digest::SHA256, expected.as_bytes());
    let difference = given.as_ref().iter().zip(expected.as_ref()).fold(0u8, |acc, (a, b)| acc | (a ^ b));
    std::hint::black_box(difference) == 0
}

fn check_content_type(request: &http::Request) -> Result<(), Failure> {
    match request.header("Content-Type") {
        Some(value) if value.trim().eq_ignore_ascii_case("application/json") => Ok(()),
        Some(_) => Err(Failure::bad_request(
            "The Content-Type must be exactly application/json (no charset or other parameter).",
        )),
        None => Err(Failure::bad_request("The Content-Type header is missing; send application/json.")),
    }
}
