//! The journal: every request a local Stytch answered, with its secrets redacted.

use crate::ErrorType;
use serde_json::{json, Map, Value};

/// What stands in for a redacted value.
pub(crate) const REDACTED: &str = "<redacted>";

/// Field names whose values are always redacted, wherever they appear in a body or query.
pub(crate) const WELL_KNOWN_SECRETS: &[&str] = &[
    "password",
    "existing_password",
    "new_password",
    "session_token",
    "session_jwt",
    "intermediate_session_token",
];

/// One request the local Stytch answered.
///
/// Credentials and secrets are redacted (each value replaced by `"<redacted>"`): the
/// `Authorization`, `Proxy-Authorization` and `Cookie` headers and any header whose name holds
/// `secret`, `token`, `password` or `key`; in the body and the query, the endpoint's
/// [`secret` fields](crate::Endpoint::SECRET_FIELDS), at any depth, and always `password`,
/// `existing_password`, `new_password`, `session_token`, `session_jwt` and
/// `intermediate_session_token`.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct SeenRequest {
    /// The HTTP method.
    pub method: String,
    /// The path, without the query.
    pub path: String,
    /// The query pairs, decoded, secrets redacted.
    pub query: Vec<(String, String)>,
    /// The headers as sent, credentials redacted.
    pub headers: Vec<(String, String)>,
    /// The body, when it was JSON, secrets redacted.
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
}

/// Whether a header carries credentials.
pub(crate) fn is_secret_header(name: &str) -> bool {
    let name = name.to_ascii_lowercase();
    matches!(name.as_str(), "authorization" | "proxy-authorization" | "cookie" | "set-cookie")
        || ["secret", "token", "password", "key"].iter().any(|word| name.contains(word))
}

/// The headers with credentials redacted.
pub(crate) fn redact_headers(headers: &[(String, String)]) -> Vec<(String, String)> {
    headers
        .iter()
        .map(|(name, value)| {
            let value = if is_secret_header(name) { REDACTED.to_owned() } else { value.clone() };
            (name.clone(), value)
        })
        .collect()
}

fn is_secret_field(name: &str, secret_fields: &[&str]) -> bool {
    secret_fields.contains(&name) || WELL_KNOWN_SECRETS.contains(&name)
}

/// The query with secret values redacted.
pub(crate) fn redact_query(query: &[(String, String)], secret_fields: &[&str]) -> Vec<(String, String)> {
    query
        .iter()
        .map(|(name, value)| {
            let value =
                if is_secret_field(name, secret_fields) { REDACTED.to_owned() } else { value.clone() };
            (name.clone(), value)
        })
        .collect()
}

/// Redacts secret fields at any depth: a secret field's value (unless `null`) becomes `"<redacted>"`.
pub(crate) fn redact_body(value: &mut Value, secret_fields: &[&str]) {
    match value {
        Value::Object(map) => redact_map(map, secret_fields),
        Value::Array(items) => items.iter_mut().for_each(|item| redact_body(item, secret_fields)),
        _ => {}
    }
}

fn redact_map(map: &mut Map<String, Value>, secret_fields: &[&str]) {
    for (name, value) in map.iter_mut() {
        if is_secret_field(name, secret_fields) {
            if !value.is_null() {
                *value = Value::String(REDACTED.into());
            }
        } else {
            redact_body(value, secret_fields);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secrets_are_redacted_at_any_depth() {
        let mut body = json!({
            "email": "a@b.c",
            "new_password": "hunter2 hunter2",
            "session_jwt": null,
            "nested": {"api_secret": "s", "list": [{"password": "p", "ok": 1}]},
        });
        redact_body(&mut body, &["api_secret"]);
        assert_eq!(
            body,
            json!({
                "email": "a@b.c",
                "new_password": "<redacted>",
                "session_jwt": null,
                "nested": {"api_secret": "<redacted>", "list": [{"password": "<redacted>", "ok": 1}]},
            })
        );
        let headers = redact_headers(&[
            ("Authorization".into(), "Basic abc".into()),
            ("X-Api-Key".into(), "k".into()),
            ("X-Session-Token".into(), "t".into()),
            ("Content-Type".into(), "application/json".into()),
        ]);
        let values: Vec<&str> = headers.iter().map(|(_, v)| v.as_str()).collect();
        assert_eq!(values, ["<redacted>", "<redacted>", "<redacted>", "application/json"]);
        let query =
            redact_query(&[("token".into(), "x".into()), ("session_token".into(), "y".into())], &["token"]);
        assert_eq!(query, [("token".into(), REDACTED.into()), ("session_token".into(), REDACTED.into())]);
    }
}
