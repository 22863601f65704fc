//! Stytch's error answer: [`Failure`] (a status, an `error_type` and a message) and the one place
//! its JSON body is made.

use crate::ErrorType;
use serde::Serialize;

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
pub(crate) fn error_json(
    status: u16,
    error_type: &str,
    message: &str,
    request_id: &str,
    b2b: bool,
) -> Vec<u8> {
    let docs =
        if b2b { "https://stytch.com/docs/b2b/api/errors" } else { "https://stytch.com/docs/api/errors" };
    let body = ErrorBody {
        status_code: status,
        request_id,
        error_type,
        error_message: message,
        error_url: format!("{docs}/{status}#{error_type}"),
    };
    serde_json::to_vec(&body).unwrap_or_default()
}
