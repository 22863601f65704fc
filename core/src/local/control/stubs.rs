//! Stubs declared as JSON: `{method, path, times?, when?, secret_fields?, reply | fail | fault}`.

use super::Problem;
use crate::local::stub::{check_failure, check_status, Answer, Fault, StubEntry, StubRequest};
use serde::Deserialize;
use serde_json::{Map, Value};
use std::sync::atomic::AtomicUsize;
use std::sync::Arc;
use std::time::Duration;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct StubSpec {
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
    /// `"none"`: the endpoint takes no project credentials, so requests without them reach it.
    #[serde(default)]
    auth: Option<String>,
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
    pub(super) fn entry(self) -> Result<StubEntry, Problem> {
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
        let open = match self.auth.as_deref() {
            None | Some("project") => false,
            Some("none") => true,
            Some(other) => {
                return Err(Problem::invalid(format!("auth {other:?} is not `project` or `none`.")))
            }
        };
        let answer = match (self.reply, self.fail, self.fault) {
            (Some(reply), None, None) => {
                check_status("reply.status", reply.status, true)?;
                Answer::Json { status: reply.status, body: reply.body }
            }
            (None, Some(fail), None) => {
                check_failure("fail.status", fail.status)?;
                Answer::Fail { status: fail.status, error_type: fail.error_type, message: fail.error_message }
            }
            (None, None, Some(fault)) => Answer::Fault(match fault {
                FaultSpec::RateLimited { retry_after_seconds } => {
                    Fault::RateLimited { retry_after: Duration::from_secs(retry_after_seconds) }
                }
                FaultSpec::Unavailable => Fault::Unavailable,
                FaultSpec::Close => Fault::CloseConnection,
                FaultSpec::Raw { status, content_type, body } => Fault::raw(status, &content_type, &body)?,
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
            open,
            // A stub added over HTTP has no declaration behind it: no schema to hold it to.
            schema: None,
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
    use serde_json::json;

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
