//! The journal: the requests a local Stytch answered, with their secrets redacted, bounded in
//! entries and bytes.
//!
//! Entries are kept behind `Arc`s in a ring ([`VecDeque`]) under a lock of their own (not the
//! store's): appending is O(1) amortized, a read copies pointers under the lock and the entries
//! outside it, and a reader that keeps its place ([`Journal::since`]) copies only what is new.

use crate::ErrorType;
use serde_json::{json, Map, Value};
use std::collections::VecDeque;
use std::mem::size_of;
use std::sync::Arc;

/// What stands in for a redacted value.
pub(crate) const REDACTED: &str = "<redacted>";

/// The journal's default bound on entries: [`LocalStytchBuilder::journal_limits`](super::LocalStytchBuilder::journal_limits).
pub const DEFAULT_JOURNAL_ENTRIES: usize = 10_000;
/// The journal's default bound on bytes (an estimate of the heap its entries hold).
pub const DEFAULT_JOURNAL_BYTES: usize = 16 * 1024 * 1024;

/// Field names whose values are always redacted, wherever they appear in a body or query.
pub(crate) const WELL_KNOWN_SECRETS: &[&str] = &[
    "password",
    "existing_password",
    "new_password",
    "session_token",
    "session_jwt",
    "intermediate_session_token",
];

/// Words that make a field or header name secret-looking: a string value under such a name is
/// redacted whichever endpoint (or none) the request was for.
pub(crate) const SECRET_WORDS: &[&str] = &[
    "password",
    "passcode",
    "secret",
    "token",
    "session",
    "jwt",
    "key",
    "code",
    "otp",
    "credential",
    "authorization",
    "cookie",
    "signature",
    "private",
];

/// One request the local Stytch answered.
///
/// Credentials and secrets are redacted (each value replaced by `"<redacted>"`), whichever stub
/// or route answered, and also when none did:
///
/// - headers: `Authorization`, `Proxy-Authorization`, `Cookie`, any header named by a `secret`
///   header field of an endpoint the local Stytch knows (its own, and every stub's), and any
///   header whose name holds one of `password`, `passcode`, `secret`, `token`, `session`, `jwt`,
///   `key`, `code`, `otp`, `credential`, `authorization`, `cookie`, `signature`, `private`;
/// - in the body (at any depth) and the query: every field declared
///   [`secret`](crate::Endpoint::SECRET_FIELDS) by an endpoint the local Stytch knows, always
///   `password`, `existing_password`, `new_password`, `session_token`, `session_jwt` and
///   `intermediate_session_token`, and every text value under a name holding one of the words
///   above (numbers and booleans under such names, such as `session_duration_minutes`, stay).
///
/// A request refused for its credentials keeps only its method, path and the answer (status,
/// `error_type`, `request_id`): no query, header or body.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct SeenRequest {
    /// Its place in the journal: `0` for the first request the local Stytch answered, one more
    /// for each after it. Never reused, not even after [`LocalStytch::reset`](super::LocalStytch::reset),
    /// so a reader can keep its place with
    /// [`requests_seen_since`](super::LocalStytch::requests_seen_since).
    pub sequence: u64,
    /// The HTTP method.
    pub method: String,
    /// The path, without the query.
    pub path: String,
    /// The query pairs, decoded, secrets redacted.
    pub query: Vec<(String, String)>,
    /// The headers as sent, credentials redacted.
    pub headers: Vec<(String, String)>,
    /// The body, when it was JSON (or a form, as an object of its pairs), secrets redacted.
    /// `None` for any other body, for JSON that would take more than four times its size to
    /// hold (many tiny values), and when the entry alone would be over the journal's byte bound.
    pub body: Option<Value>,
    /// The status answered (`0` when a fault closed the connection without an answer).
    pub status: u16,
    /// The `error_type` answered, for errors.
    pub error_type: Option<ErrorType>,
    /// The `request_id` answered.
    pub request_id: String,
}

impl SeenRequest {
    /// The header named `name` (ASCII case-insensitive), as journaled.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.iter().find(|(n, _)| n.eq_ignore_ascii_case(name)).map(|(_, v)| v.as_str())
    }

    /// The journal entry as the control plane shows it.
    pub(crate) fn to_json(&self) -> Value {
        let pairs =
            |pairs: &[(String, String)]| -> Vec<Value> { pairs.iter().map(|(n, v)| json!([n, v])).collect() };
        json!({
            "sequence": self.sequence,
            "method": self.method,
            "path": self.path,
            "query": pairs(&self.query),
            "headers": pairs(&self.headers),
            "body": self.body,
            "status": self.status,
            "error_type": self.error_type.as_ref().map(|e| e.as_str()),
            "request_id": self.request_id,
        })
    }

    /// An estimate of the heap this entry holds, for the journal's byte bound.
    fn weight(&self) -> usize {
        let pairs = |pairs: &[(String, String)]| -> usize {
            pairs.iter().map(|(n, v)| 2 * size_of::<String>() + n.capacity() + v.capacity()).sum()
        };
        size_of::<SeenRequest>()
            + self.method.capacity()
            + self.path.capacity()
            + self.request_id.capacity()
            + pairs(&self.query)
            + pairs(&self.headers)
            + self.body.as_ref().map_or(0, value_weight)
    }
}

/// What the allocator adds to each block, and a B-tree node of a JSON object (up to 11 entries;
/// about half full on average).
const BLOCK: usize = 16;
const NODE: usize = 11 * (size_of::<String>() + size_of::<Value>()) + 64 + BLOCK;

/// An estimate of the heap a JSON value holds: its blocks at their capacity, with the
/// allocator's overhead.
fn value_weight(value: &Value) -> usize {
    size_of::<Value>()
        + match value {
            Value::String(s) if s.capacity() > 0 => s.capacity() + BLOCK,
            Value::Array(items) if items.capacity() > 0 => {
                (items.capacity() - items.len()) * size_of::<Value>()
                    + BLOCK
                    + items.iter().map(value_weight).sum::<usize>()
            }
            Value::Object(map) if !map.is_empty() => {
                NODE * map.len().div_ceil(6)
                    + map
                        .iter()
                        .map(|(k, v)| k.capacity() + BLOCK + value_weight(v) - size_of::<Value>())
                        .sum::<usize>()
            }
            _ => 0,
        }
}

/// The journal's bounds: the most entries and the most bytes it keeps. The oldest entries go
/// first.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Limits {
    pub(crate) entries: usize,
    pub(crate) bytes: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits { entries: DEFAULT_JOURNAL_ENTRIES, bytes: DEFAULT_JOURNAL_BYTES }
    }
}

/// The requests answered, oldest first, within [`Limits`].
pub(crate) struct Journal {
    entries: VecDeque<(Arc<SeenRequest>, usize)>,
    bytes: usize,
    /// The sequence number of the next entry.
    next: u64,
    limits: Limits,
}

impl Journal {
    pub(crate) fn new(limits: Limits) -> Journal {
        Journal { entries: VecDeque::new(), bytes: 0, next: 0, limits }
    }

    /// Appends an entry (numbering it), then lets the oldest go until both bounds hold.
    pub(crate) fn push(&mut self, mut entry: SeenRequest) {
        entry.sequence = self.next;
        self.next += 1;
        if self.limits.entries == 0 {
            return;
        }
        let mut weight = entry.weight();
        if weight > self.limits.bytes {
            // Too large to keep whole: keep what identifies it.
            entry.body = None;
            entry.headers = Vec::new();
            entry.query = Vec::new();
            weight = entry.weight();
            if weight > self.limits.bytes {
                return;
            }
        }
        while !self.entries.is_empty()
            && (self.entries.len() >= self.limits.entries || self.bytes + weight > self.limits.bytes)
        {
            if let Some((_, w)) = self.entries.pop_front() {
                self.bytes -= w;
            }
        }
        self.bytes += weight;
        self.entries.push_back((Arc::new(entry), weight));
    }

    /// The entries numbered `from` or later (every one still kept, when `from` is older).
    pub(crate) fn since(&self, from: u64) -> Vec<Arc<SeenRequest>> {
        let first = self.entries.front().map_or(self.next, |(e, _)| e.sequence);
        let skip = usize::try_from(from.saturating_sub(first)).unwrap_or(usize::MAX);
        self.entries.iter().skip(skip).map(|(e, _)| e.clone()).collect()
    }

    /// Forgets every entry; the numbering goes on.
    pub(crate) fn clear(&mut self) {
        self.entries = VecDeque::new();
        self.bytes = 0;
    }

    #[cfg(test)]
    fn bytes(&self) -> usize {
        self.bytes
    }
}

/// The secrets a request is redacted of: the `secret` fields declared by every endpoint the local
/// Stytch knows, header names among them, besides the well-known names and secret-looking words.
pub(crate) struct Secrets<'a> {
    pub(crate) declared: Vec<&'a str>,
}

impl Secrets<'_> {
    /// Whether a field's value is secret whatever it holds.
    fn is_declared(&self, name: &str) -> bool {
        self.declared.contains(&name) || WELL_KNOWN_SECRETS.contains(&name)
    }

    /// Whether a header carries credentials or secrets.
    pub(crate) fn is_secret_header(&self, name: &str) -> bool {
        let lower = name.to_ascii_lowercase();
        matches!(lower.as_str(), "authorization" | "proxy-authorization" | "cookie" | "set-cookie")
            || self.declared.iter().any(|d| d.eq_ignore_ascii_case(name))
            || looks_secret(&lower)
    }

    /// The headers with credentials and secrets redacted.
    pub(crate) fn headers(&self, headers: &[(String, String)]) -> Vec<(String, String)> {
        headers
            .iter()
            .map(|(name, value)| {
                let value = if self.is_secret_header(name) { REDACTED.to_owned() } else { value.clone() };
                (name.clone(), value)
            })
            .collect()
    }

    /// The query with secret values redacted.
    pub(crate) fn query(&self, query: &[(String, String)]) -> Vec<(String, String)> {
        query
            .iter()
            .map(|(name, value)| {
                let secret = self.is_declared(name) || looks_secret(&name.to_ascii_lowercase());
                (name.clone(), if secret { REDACTED.to_owned() } else { value.clone() })
            })
            .collect()
    }

    /// Redacts secret fields at any depth: a declared secret's value (unless `null`) becomes
    /// `"<redacted>"`, and so does a text value under a secret-looking name.
    pub(crate) fn body(&self, value: &mut Value) {
        match value {
            Value::Object(map) => self.map(map),
            Value::Array(items) => items.iter_mut().for_each(|item| self.body(item)),
            _ => {}
        }
    }

    fn map(&self, map: &mut Map<String, Value>) {
        for (name, value) in map.iter_mut() {
            if self.is_declared(name) {
                if !value.is_null() {
                    *value = Value::String(REDACTED.into());
                }
            } else if looks_secret(&name.to_ascii_lowercase()) && value.is_string() {
                *value = Value::String(REDACTED.into());
            } else {
                self.body(value);
            }
        }
    }
}

/// Whether a (lowercase) name holds one of the [`SECRET_WORDS`].
fn looks_secret(lower: &str) -> bool {
    SECRET_WORDS.iter().any(|word| lower.contains(word))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secrets_are_redacted_at_any_depth() {
        let secrets = Secrets { declared: vec!["api_secret", "recovery_phrase", "X-Member-Thing"] };
        let mut body = json!({
            "email": "a@b.c",
            "new_password": "hunter2 hunter2",
            "session_jwt": null,
            "session_duration_minutes": 60,
            "totp_code": "492817",
            "recovery_phrase": ["a", "b"],
            "nested": {"api_secret": "s", "list": [{"password": "p", "ok": 1}]},
        });
        secrets.body(&mut body);
        assert_eq!(
            body,
            json!({
                "email": "a@b.c",
                "new_password": "<redacted>",
                "session_jwt": null,
                "session_duration_minutes": 60,
                "totp_code": "<redacted>",
                "recovery_phrase": "<redacted>",
                "nested": {"api_secret": "<redacted>", "list": [{"password": "<redacted>", "ok": 1}]},
            })
        );
        let headers = secrets.headers(&[
            ("Authorization".into(), "Basic abc".into()),
            ("X-Api-Key".into(), "k".into()),
            ("X-Session-Token".into(), "t".into()),
            ("X-Stytch-Member-Session".into(), "m".into()),
            ("x-member-thing".into(), "declared".into()),
            ("Content-Type".into(), "application/json".into()),
        ]);
        let values: Vec<&str> = headers.iter().map(|(_, v)| v.as_str()).collect();
        assert_eq!(
            values,
            ["<redacted>", "<redacted>", "<redacted>", "<redacted>", "<redacted>", "application/json"]
        );
        let query = secrets.query(&[
            ("api_secret".into(), "x".into()),
            ("session_token".into(), "y".into()),
            ("kind".into(), "red".into()),
        ]);
        assert_eq!(
            query,
            [
                ("api_secret".into(), REDACTED.into()),
                ("session_token".into(), REDACTED.into()),
                ("kind".into(), "red".into())
            ]
        );
    }

    fn entry(body: Option<Value>) -> SeenRequest {
        SeenRequest {
            sequence: 0,
            method: "POST".into(),
            path: "/v1/x".into(),
            query: Vec::new(),
            headers: Vec::new(),
            body,
            status: 200,
            error_type: None,
            request_id: "request-id-test-1".into(),
        }
    }

    #[test]
    fn the_journal_keeps_within_its_bounds_and_numbers_on() {
        let mut journal = Journal::new(Limits { entries: 3, bytes: 64 * 1024 });
        for _ in 0..5 {
            journal.push(entry(None));
        }
        let kept: Vec<u64> = journal.since(0).iter().map(|e| e.sequence).collect();
        assert_eq!(kept, [2, 3, 4]);
        assert_eq!(journal.since(4).len(), 1);
        assert!(journal.since(5).is_empty());
        journal.clear();
        assert!(journal.since(0).is_empty());
        journal.push(entry(None));
        assert_eq!(journal.since(0)[0].sequence, 5, "the numbering goes on after a clear");

        // Bytes: many small values weigh far more than their text; the bound holds anyway.
        let mut journal = Journal::new(Limits { entries: 1000, bytes: 256 * 1024 });
        let tiny: Vec<Value> = (0..10_000).map(|_| json!([1])).collect();
        for _ in 0..20 {
            journal.push(entry(Some(Value::Array(tiny.clone()))));
            assert!(journal.bytes() <= 256 * 1024);
        }
        // An entry over the whole bound keeps what identifies it, without its body.
        let huge: Vec<Value> = (0..100_000).map(|_| json!(1)).collect();
        journal.push(entry(Some(Value::Array(huge))));
        let last = journal.since(0).pop().unwrap();
        assert_eq!((last.sequence, last.body.as_ref()), (20, None));
    }
}
