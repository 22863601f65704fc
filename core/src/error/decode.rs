//! [`DecodeError`]: a response whose body was not what it should be, kept without printing it.

use std::fmt;
use std::time::Duration;

/// A response whose body could not be decoded.
///
/// Keeps the status, the request id when the body had one, the start of the body and why it was
/// rejected. `Display` and `Debug` print none of the body: a 2xx body can hold session tokens,
/// and a hostile or misconfigured server can echo the request back. Read
/// [`body_snippet`](Self::body_snippet) when you need it, and mind where you log it.
#[non_exhaustive]
pub struct DecodeError {
    /// The HTTP status.
    pub status: u16,
    /// Stytch's request id, if one in Stytch's form could be found in the body.
    pub request_id: Option<String>,
    /// How long the server asked the client to wait (`Retry-After`), if it did.
    pub retry_after: Option<Duration>,
    /// Whether the body had a `request_id` of another form, left out of `request_id`.
    request_id_withheld: bool,
    body_snippet: String,
    body_len: usize,
    json: Option<serde_json::Error>,
    pub(super) cause: Option<JsonCause>,
}

impl DecodeError {
    /// How many bytes of an unexpected response body the error keeps.
    pub const BODY_SNIPPET_LIMIT: usize = 512;

    pub(crate) fn new(
        status: u16,
        request_id: super::RequestId,
        body: &[u8],
        json: Option<serde_json::Error>,
    ) -> Self {
        let end = body.len().min(Self::BODY_SNIPPET_LIMIT);
        DecodeError {
            status,
            request_id: request_id.kept,
            request_id_withheld: request_id.withheld,
            retry_after: None,
            body_snippet: crate::redact::printable(&String::from_utf8_lossy(&body[..end])).into_owned(),
            body_len: body.len(),
            cause: json.as_ref().map(JsonCause::new),
            json,
        }
    }

    pub(crate) fn with_retry_after(mut self, retry_after: Option<Duration>) -> Self {
        self.retry_after = retry_after;
        self
    }

    /// The start of the body (at most [`BODY_SNIPPET_LIMIT`](Self::BODY_SNIPPET_LIMIT) bytes,
    /// lossily decoded as UTF-8), with line breaks and tabs as spaces and every other control or
    /// invisible formatting character replaced by `U+FFFD`.
    ///
    /// A 2xx body can hold session tokens, so `Debug` and `Display` never print it; read it here
    /// when you need it, and mind where you log it.
    pub fn body_snippet(&self) -> &str {
        &self.body_snippet
    }

    /// The length of the whole body in bytes.
    pub fn body_len(&self) -> usize {
        self.body_len
    }

    /// Why serde_json rejected the body, if it got as far as parsing it.
    ///
    /// Its message can quote a value from the body (`invalid type: string "..."`), so the
    /// [`source`](std::error::Error::source) of this error is a copy with every quoted string
    /// masked; this is the original.
    pub fn json_error(&self) -> Option<&serde_json::Error> {
        self.json.as_ref()
    }
}

impl fmt::Debug for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("DecodeError")
            .field("status", &self.status)
            .field("request_id", &self.request_id)
            .field("request_id_withheld", &self.request_id_withheld)
            .field("retry_after", &self.retry_after)
            .field("body_len", &self.body_len)
            .field("body_snippet", &crate::redact::Redacted)
            .field("cause", &self.cause.as_ref().map(|c| c.message.as_str()))
            .finish()
    }
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "could not decode the HTTP {} response: ", self.status)?;
        let blank = self.body_snippet.bytes().all(|b| b.is_ascii_whitespace());
        match &self.cause {
            _ if self.body_len == 0 || (blank && self.body_len <= Self::BODY_SNIPPET_LIMIT) => {
                f.write_str("the body is empty")?
            }
            Some(cause) => f.write_str(&cause.message)?,
            None => f.write_str("the body is JSON, but not a Stytch error")?,
        }
        write!(f, " ({} bytes", self.body_len)?;
        if let Some(id) = &self.request_id {
            write!(f, ", request_id {id}")?;
        } else if self.request_id_withheld {
            f.write_str(", request_id withheld: not in Stytch's form")?;
        }
        f.write_str(")")
    }
}

impl std::error::Error for DecodeError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        self.cause.as_ref().map(|s| s as _)
    }
}

/// serde_json's reason for rejecting a body, with every double-quoted string in it masked: the
/// [`source`](std::error::Error::source) of a [`DecodeError`].
pub(super) struct JsonCause {
    message: String,
}

impl JsonCause {
    fn new(error: &serde_json::Error) -> Self {
        JsonCause { message: crate::redact::printable(&mask_quoted(&error.to_string())).into_owned() }
    }
}

impl fmt::Debug for JsonCause {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&self.message, f)
    }
}

impl fmt::Display for JsonCause {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for JsonCause {}

/// Replaces the contents of every `"..."` (escapes honoured) with `…`: serde quotes the strings it
/// rejects, and in a response those can be session tokens.
fn mask_quoted(message: &str) -> String {
    let mut out = String::with_capacity(message.len());
    let mut chars = message.chars();
    while let Some(c) = chars.next() {
        out.push(c);
        if c == '"' {
            out.push('…');
            let mut escaped = false;
            for c in chars.by_ref() {
                match c {
                    _ if escaped => escaped = false,
                    '\\' => escaped = true,
                    '"' => {
                        out.push('"');
                        break;
                    }
                    _ => {}
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Error;

    #[test]
    fn quoted_strings_are_masked() {
        assert_eq!(
            mask_quoted(r#"invalid type: string "eyJhbGci.secret", expected struct User at line 1 column 9"#),
            r#"invalid type: string "…", expected struct User at line 1 column 9"#
        );
        assert_eq!(mask_quoted(r#"a "b\"c" d "e"#), r#"a "…" d "…"#);
        assert_eq!(mask_quoted("no quotes at line 1 column 2"), "no quotes at line 1 column 2");
    }

    #[test]
    fn a_decode_error_prints_no_body() {
        let body = br#"{"user": "jwt-secret", "request_id": "request-id-test-1"}"#;
        let json = serde_json::from_slice::<std::collections::HashMap<String, u8>>(body).unwrap_err();
        let id = crate::error::RequestId::checked(Some("request-id-test-1"));
        let err = Error::Decode(Box::new(DecodeError::new(200, id, body, Some(json))));
        let printed = format!("{err} {err:?} {}", std::error::Error::source(&err).unwrap());
        assert!(!printed.contains("secret"), "{printed}");
        assert!(printed.contains("request-id-test-1") && printed.contains("HTTP 200"), "{printed}");
        assert!(err.to_string().contains("invalid type: string \"…\""), "{err}");
    }
}
