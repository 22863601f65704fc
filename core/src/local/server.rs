//! The HTTP side of the local Stytch: one thread takes requests from `tiny_http`, checks what
//! every Stytch request must satisfy, routes, and answers in Stytch's JSON shapes.

use super::{b2b, consumer, SeenRequest, Shared};
use crate::b2b::passwords::SessionReset;
use crate::consumer::passwords::ExistingPasswordReset;
use crate::{Endpoint, ErrorType};
use serde::Serialize;
use std::io::Read;
use std::sync::atomic::Ordering;
use tiny_http::{Header, Request, Response, Server};

/// The largest request body read; Stytch's own limit is far below it for these endpoints.
const MAX_BODY_BYTES: u64 = 1024 * 1024;

/// An error answer: the status and Stytch's `error_type` and message.
#[derive(Debug)]
pub(crate) struct Failure {
    pub(crate) status: u16,
    pub(crate) error_type: ErrorType,
    pub(crate) message: String,
}

impl Failure {
    pub(crate) fn new(status: u16, error_type: ErrorType, message: impl Into<String>) -> Self {
        Failure { status, error_type, message: message.into() }
    }

    /// A 400 `bad_request`.
    pub(crate) fn bad_request(message: impl Into<String>) -> Self {
        Failure::new(400, ErrorType::BadRequest, message)
    }
}

/// Stytch's error body.
#[derive(Serialize)]
struct ErrorBody<'a> {
    status_code: u16,
    request_id: &'a str,
    error_type: &'a str,
    error_message: &'a str,
    error_url: String,
}

/// The one place error bodies are made.
fn error_json(failure: &Failure, request_id: &str, b2b: bool) -> Vec<u8> {
    let docs =
        if b2b { "https://stytch.com/docs/b2b/api/errors" } else { "https://stytch.com/docs/api/errors" };
    let body = ErrorBody {
        status_code: failure.status,
        request_id,
        error_type: failure.error_type.as_str(),
        error_message: &failure.message,
        error_url: format!("{docs}/{}#{}", failure.status, failure.error_type),
    };
    serde_json::to_vec(&body).unwrap_or_default()
}

/// Serves until the handle is dropped.
pub(crate) fn serve(server: &Server, shared: &Shared) {
    loop {
        match server.recv() {
            Ok(request) => answer(shared, request),
            // `unblock()` (from `Drop`) or a failed connection: only the first ends the loop.
            Err(_) if shared.stop.load(Ordering::SeqCst) => return,
            Err(_) => continue,
        }
    }
}

fn answer(shared: &Shared, mut request: Request) {
    let request_id = format!("request-id-test-{}", shared.store().rng.uuid());
    let method = request.method().as_str().to_owned();
    let path = request.url().split('?').next().unwrap_or_default().to_owned();
    let (status, body, error_type) = match handle(shared, &mut request, &method, &path, &request_id) {
        Ok(body) => (200, body, None),
        Err(failure) => {
            let body = error_json(&failure, &request_id, path.starts_with("/v1/b2b/"));
            (failure.status, body, Some(failure.error_type))
        }
    };
    shared.store().seen.push(SeenRequest { method, path, status, error_type, request_id });
    let mut response = Response::from_data(body).with_status_code(status);
    if let Ok(header) = Header::from_bytes(&b"Content-Type"[..], &b"application/json"[..]) {
        response.add_header(header);
    }
    // The client may have gone away; there is nobody left to tell.
    let _ = request.respond(response);
}

fn handle(
    shared: &Shared,
    request: &mut Request,
    method: &str,
    path: &str,
    request_id: &str,
) -> Result<Vec<u8>, Failure> {
    check_credentials(shared, request)?;
    let route = match path {
        p if p == ExistingPasswordReset::PATH => Route::ExistingPasswordReset,
        p if p == SessionReset::PATH => Route::SessionReset,
        _ => {
            return Err(Failure::new(
                404,
                ErrorType::Other("route_not_found".into()),
                format!("The local Stytch has no endpoint at {path}."),
            ));
        }
    };
    if method != "POST" {
        return Err(Failure::new(
            405,
            ErrorType::Other("method_not_allowed".into()),
            format!("{path} takes POST, not {method}."),
        ));
    }
    check_content_type(request)?;
    let mut body = Vec::new();
    let read = request.as_reader().take(MAX_BODY_BYTES + 1).read_to_end(&mut body);
    if read.is_err() {
        return Err(Failure::bad_request("The request body could not be read."));
    }
    if body.len() as u64 > MAX_BODY_BYTES {
        return Err(Failure::bad_request("The request body is too large."));
    }
    let now = shared.clock.now();
    let mut store = shared.store();
    match route {
        Route::ExistingPasswordReset => consumer::existing_password_reset(&mut store, now, request_id, &body),
        Route::SessionReset => b2b::session_reset(&mut store, now, request_id, &body),
    }
}

enum Route {
    ExistingPasswordReset,
    SessionReset,
}

fn header<'a>(request: &'a Request, name: &'static str) -> Option<&'a str> {
    request.headers().iter().find(|h| h.field.equiv(name)).map(|h| h.value.as_str())
}

fn check_credentials(shared: &Shared, request: &Request) -> Result<(), Failure> {
    let expected = base64::Engine::encode(
        &base64::engine::general_purpose::STANDARD,
        format!("{}:{}", shared.project_id, shared.secret),
    );
    let given = header(request, "Authorization").and_then(|value| value.trim().split_once(' '));
    match given {
        Some((scheme, credentials))
            if scheme.eq_ignore_ascii_case("basic") && credentials.trim() == expected =>
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

fn check_content_type(request: &Request) -> Result<(), Failure> {
    match header(request, "Content-Type") {
        Some(value) if value.trim().eq_ignore_ascii_case("application/json") => Ok(()),
        Some(_) => Err(Failure::bad_request(
            "The Content-Type must be exactly application/json (no charset or other parameter).",
        )),
        None => Err(Failure::bad_request("The Content-Type header is missing; send application/json.")),
    }
}
