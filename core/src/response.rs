//! From a complete answer to the response type or an [`Error`]: decoding, Stytch's error bodies,
//! and the request-id lookup in bodies that are not what they should be. Free of I/O.
//!
//! What the server chose is held to Stytch's form before an error keeps it: `request_id` and
//! `error_type` only as Stytch writes them (anything else can be the request echoed back, or a
//! forged log line), and the free text (message, URL, details) without control characters.

pub(crate) mod budget;

use crate::error::{ApiError, DecodeError, Error, ErrorType, RequestId};
use crate::redact::{printable, printable_json};
use budget::Budget;
use serde::de::{self, DeserializeOwned};
use serde::{Deserialize, Deserializer};
use std::fmt;
use std::marker::PhantomData;
use std::time::{Duration, SystemTime};

/// Turns a complete answer into the response type or an error: the whole decoding path, free of
/// I/O so that it can be fuzzed (`stytch_endpoint::__private::decode_response`).
///
/// A 2xx body must be a JSON object that decodes as `T`; any other status is Stytch's error body
/// (or OAuth2's spelling of it), or a decode error that keeps the status.
///
/// Decoding never holds more than `decoding_budget` bytes for a body (see `budget.rs`): a body
/// that would is a decode error, and an error body's `error_details` that would are dropped.
pub fn decode_response<T: DeserializeOwned>(
    status: u16,
    retry_after: Option<&str>,
    body: &[u8],
) -> Result<T, Error> {
    if (200..300).contains(&status) {
        match budget::from_slice::<JsonObject<T>>(body, &Budget::new(decoding_budget(body.len()))) {
            Ok(JsonObject(value)) => Ok(value),
            Err(e) => {
                Err(Error::Decode(Box::new(DecodeError::new(status, find_request_id(body), body, Some(e)))))
            }
        }
    } else {
        let retry_after = retry_after.and_then(|v| crate::retry::parse_retry_after(v, SystemTime::now()));
        Err(error_response(status, body, retry_after))
    }
}

/// `T`, decoded only from a JSON object. serde's derive also accepts an array for a struct (and,
/// with `#[serde(default)]`, an empty one), which would turn `[]` into an all-empty response.
struct JsonObject<T>(T);

impl<'de, T: Deserialize<'de>> Deserialize<'de> for JsonObject<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visitor<T>(PhantomData<T>);
        impl<'de, T: Deserialize<'de>> de::Visitor<'de> for Visitor<T> {
            type Value = T;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a JSON object")
            }
            fn visit_map<A: de::MapAccess<'de>>(self, map: A) -> Result<T, A::Error> {
                T::deserialize(de::value::MapAccessDeserializer::new(map))
            }
        }
        deserializer.deserialize_map(Visitor(PhantomData)).map(JsonObject)
    }
}

/// The most memory that decoding a body of `len` bytes may hold: the decoded value, counted as
/// `budget.rs` does. With the body itself, a call then holds at most about 4 times the body
/// plus a fixed part, whatever the body is. Real answers use less than the budget: the complete
/// consumer reset (12.4 KB, every field filled) is charged 2.5 times its size, most of it for
/// its two authentication factors (2.5 KB each in memory).
pub(crate) fn decoding_budget(len: usize) -> usize {
    const FIXED: usize = 64 * 1024;
    FIXED.saturating_add(len.saturating_mul(3))
}

/// A non-2xx answer: Stytch's error body (or OAuth2's spelling of it), or a decode error that
/// keeps the status when the body is something else (an HTML page from a proxy, nothing at all).
fn error_response(status: u16, body: &[u8], retry_after: Option<Duration>) -> Error {
    /// `D`: `serde_json::Value` for the details, or `IgnoredAny` to skip them.
    #[derive(serde::Deserialize)]
    struct Body<D> {
        request_id: Option<String>,
        error_type: Option<String>,
        error_message: Option<String>,
        error_url: Option<String>,
        error_details: Option<D>,
        error: Option<String>,
        error_description: Option<String>,
        error_uri: Option<String>,
    }
    let budget = Budget::new(decoding_budget(body.len()));
    let parsed = match budget::from_slice::<Body<serde_json::Value>>(body, &budget) {
        // Details too large to hold: the error without them.
        Err(_) if budget.is_spent() => {
            budget::from_slice::<Body<de::IgnoredAny>>(body, &Budget::new(decoding_budget(body.len()))).map(
                |b| Body {
                    request_id: b.request_id,
                    error_type: b.error_type,
                    error_message: b.error_message,
                    error_url: b.error_url,
                    error_details: None,
                    error: b.error,
                    error_description: b.error_description,
                    error_uri: b.error_uri,
                },
            )
        }
        parsed => parsed,
    };
    match parsed {
        Ok(parsed) if parsed.error_type.is_some() || parsed.error.is_some() => {
            let error_type = parsed.error_type.or(parsed.error).unwrap_or_default();
            if !is_error_type(&error_type) {
                let why =
                    de::Error::custom("its error_type is not one Stytch would send (lowercase snake_case)");
                return Error::Decode(Box::new(
                    DecodeError::new(status, find_request_id(body), body, Some(why))
                        .with_retry_after(retry_after),
                ));
            }
            let mut error_details = parsed.error_details.filter(|d| !d.is_null());
            if let Some(details) = &mut error_details {
                printable_json(details);
            }
            let shown = |text: String| match printable(&text) {
                std::borrow::Cow::Borrowed(_) => text,
                std::borrow::Cow::Owned(shown) => shown,
            };
            let request_id = RequestId::checked(parsed.request_id.as_deref());
            Error::Api(Box::new(ApiError {
                status,
                request_id: request_id.kept,
                request_id_withheld: request_id.withheld,
                error_type: ErrorType::from(error_type.as_str()),
                error_message: shown(parsed.error_message.or(parsed.error_description).unwrap_or_default()),
                error_url: parsed.error_url.or(parsed.error_uri).map(shown),
                error_details,
                retry_after,
            }))
        }
        Ok(_) => Error::Decode(Box::new(
            DecodeError::new(status, find_request_id(body), body, None).with_retry_after(retry_after),
        )),
        Err(e) => Error::Decode(Box::new(
            DecodeError::new(status, find_request_id(body), body, Some(e)).with_retry_after(retry_after),
        )),
    }
}

/// Whether `text` has the form of Stytch's `error_type` (and OAuth2's `error`): lowercase ASCII
/// snake_case, starting with a letter, at most 100 bytes.
fn is_error_type(text: &str) -> bool {
    (1..=100).contains(&text.len())
        && text.starts_with(|c: char| c.is_ascii_lowercase())
        && text.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
}

/// Finds `"request_id": "..."` in a body that may be truncated, not JSON, or not even UTF-8, and
/// holds it to Stytch's form ([`RequestId`]). The value ends at its closing quote; one with an
/// escape or that never ends counts as withheld.
pub(crate) fn find_request_id(body: &[u8]) -> RequestId {
    const KEY: &[u8] = b"\"request_id\"";
    let Some(at) = body.windows(KEY.len()).position(|w| w == KEY) else { return RequestId::default() };
    let value = body[at + KEY.len()..]
        .trim_ascii_start()
        .strip_prefix(b":")
        .and_then(|rest| rest.trim_ascii_start().strip_prefix(b"\""));
    let Some(value) = value else { return RequestId::default() };
    match value.iter().position(|&b| b == b'"' || b == b'\\') {
        Some(end) if value[end] == b'"' => match std::str::from_utf8(&value[..end]) {
            Ok(id) => RequestId::checked(Some(id)),
            Err(_) => RequestId { kept: None, withheld: true },
        },
        _ => RequestId { kept: None, withheld: true },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn request_id_is_found_in_broken_bodies() {
        let id = |body: &[u8]| find_request_id(body).kept;
        let withheld = |body: &[u8]| find_request_id(body).withheld;
        assert_eq!(id(br#"{"request_id": "request-id-test-1", "x": "#).as_deref(), Some("request-id-test-1"));
        assert_eq!(find_request_id(b"<html>"), RequestId::default());
        assert_eq!(find_request_id(br#"{"request_id":""}"#), RequestId::default());
        assert_eq!(
            id(b"\xff\xfe{\"request_id\" :\n \"request-id-live-2\"\xff").as_deref(),
            Some("request-id-live-2")
        );
        assert!(withheld(br#"{"request_id": "request-id-test-3"#), "unterminated");
        assert!(withheld(b"{\"request_id\": \"request-id-test-\x1b[2J\"}"), "a control character");
        assert!(withheld(br#"{"request_id": "a\"b"}"#), "an escape");
        assert!(withheld(br#"{"request_id": "hunter2"}"#), "not Stytch's form");
        assert!(withheld(b"{\"request_id\": \"request-id-test-\xff\"}"), "not UTF-8");
        assert_eq!(find_request_id(br#"{"request_id": 5}"#), RequestId::default());
        let long = format!(r#"{{"request_id": "request-id-test-{}"}}"#, "r".repeat(65));
        assert!(withheld(long.as_bytes()));
    }

    #[test]
    fn error_types_and_request_ids_have_stytchs_form() {
        for good in ["weak_password", "m2m_client_not_found", "x", "invalid_grant"] {
            assert!(is_error_type(good), "{good}");
        }
        for bad in ["", "Weak", "weak password", "weak-password", "_x", "1x", "wëak", "x\n"] {
            assert!(!is_error_type(bad), "{bad:?}");
        }
        assert!(is_error_type(&"a".repeat(100)) && !is_error_type(&"a".repeat(101)));
        for good in ["request-id-test-b05c992f-ebdc-489d-a754-c7e70ba13141", "request-id-live-1"] {
            assert_eq!(RequestId::checked(Some(good)).kept.as_deref(), Some(good));
        }
        for bad in
            ["request-id-test-", "request-id-prod-1", "req-1", "request-id-test-a_b", "request-id-test-a b"]
        {
            assert_eq!(RequestId::checked(Some(bad)), RequestId { kept: None, withheld: true }, "{bad}");
        }
    }
}
