//! Stubs: canned answers for any endpoint, declared or not, tried before the built-in routes.
//!
//! A typed stub is keyed by the endpoint type itself: its method and path template come from
//! [`Endpoint::METHOD`] and [`Endpoint::PATH`], and its secret fields (kept out of the journal) from
//! [`Endpoint::SECRET_FIELDS`].

use super::{LocalError, LocalStytch, Shared};
use crate::{Auth, Endpoint, Method};
use serde::Serialize;
use serde_json::Value;
use std::fmt;
use std::marker::PhantomData;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;

/// A failure to inject with [`StubBuilder::fault`].
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum Fault {
    /// `429 too_many_requests` in Stytch's error shape, with `Retry-After` in whole seconds
    /// (rounded up).
    RateLimited {
        /// How long the answer asks the client to wait.
        retry_after: Duration,
    },
    /// `503 server_unavailable` in Stytch's error shape.
    Unavailable,
    /// The connection is closed without an answer.
    CloseConnection,
    /// A body that is not Stytch's JSON, as a proxy or load balancer sends: see
    /// [`Fault::raw`] and [`Fault::html_bad_gateway`].
    Raw(RawAnswer),
    /// Wait this long, then answer as if this stub were not there (the next stub, or the
    /// built-in route): a slow server.
    Delay(Duration),
}

impl Fault {
    /// A `502` with an HTML page, as a load balancer in front of Stytch answers.
    pub fn html_bad_gateway() -> Fault {
        Fault::Raw(RawAnswer {
            status: 502,
            content_type: "text/html".into(),
            body: "<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1></body></html>"
                .into(),
        })
    }

    /// An answer with any status, `Content-Type` and body, as a proxy might send. Refused
    /// ([`LocalError::Invalid`]) when it could not be written as valid HTTP: a status outside
    /// 200-599, a body with 204, 205 or 304, or a `Content-Type` that is empty or holds a control
    /// character (CR and LF would start another header, or another answer).
    pub fn raw(status: u16, content_type: &str, body: &str) -> Result<Fault, LocalError> {
        check_status("fault.status", status, !body.is_empty())?;
        check_header_value("fault.content_type", content_type)?;
        Ok(Fault::Raw(RawAnswer { status, content_type: content_type.to_owned(), body: body.to_owned() }))
    }
}

/// The answer of a [`Fault::Raw`]: made by [`Fault::raw`], which refuses what is not valid HTTP.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RawAnswer {
    status: u16,
    content_type: String,
    body: String,
}

impl RawAnswer {
    /// The status.
    pub fn status(&self) -> u16 {
        self.status
    }

    /// The `Content-Type`.
    pub fn content_type(&self) -> &str {
        &self.content_type
    }

    /// The body, as is.
    pub fn body(&self) -> &str {
        &self.body
    }
}

/// A status a stub may answer: 200-599 (no 1xx: those are not final answers; nothing past 599),
/// and none of 204, 205 and 304 when there is a body (those answers have none).
pub(crate) fn check_status(what: &'static str, status: u16, with_body: bool) -> Result<(), LocalError> {
    if !(200..=599).contains(&status) {
        return Err(LocalError::invalid(
            what,
            format!("{status} is not a status a stub may answer: use 200 to 599"),
        ));
    }
    if with_body && matches!(status, 204 | 205 | 304) {
        return Err(LocalError::invalid(
            what,
            format!("{status} is answered without a body, and this answer has one"),
        ));
    }
    Ok(())
}

/// A header value that is written as one line: not empty, visible ASCII, spaces and tabs.
pub(crate) fn check_header_value(what: &'static str, value: &str) -> Result<(), LocalError> {
    if value.trim().is_empty() {
        return Err(LocalError::invalid(what, "must not be empty"));
    }
    if !value.bytes().all(|b| b == b'\t' || (0x20..0x7f).contains(&b)) {
        return Err(LocalError::invalid(
            what,
            "must be visible ASCII, spaces and tabs only (no CR, LF or other control character)",
        ));
    }
    Ok(())
}

/// A request as a stub's matcher ([`StubBuilder::when`]) sees it: path parameters (percent-decoded),
/// query pairs (decoded), headers and the JSON body, unredacted.
#[derive(Clone, PartialEq)]
pub struct StubRequest {
    pub(crate) method: String,
    pub(crate) path: String,
    pub(crate) params: Vec<(String, String)>,
    pub(crate) query: Vec<(String, String)>,
    pub(crate) headers: Vec<(String, String)>,
    pub(crate) body: Option<Value>,
}

impl StubRequest {
    /// The HTTP method.
    pub fn method(&self) -> &str {
        &self.method
    }

    /// The path as sent, without the query.
    pub fn path(&self) -> &str {
        &self.path
    }

    /// The value of the path parameter `{name}` of the endpoint's path template, percent-decoded.
    pub fn param(&self, name: &str) -> Option<&str> {
        lookup(&self.params, name)
    }

    /// The first value of the query parameter `name`, decoded.
    pub fn query(&self, name: &str) -> Option<&str> {
        lookup(&self.query, name)
    }

    /// Every query pair, decoded, in order.
    pub fn query_pairs(&self) -> &[(String, String)] {
        &self.query
    }

    /// The first header named `name` (ASCII case-insensitive).
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.iter().find(|(n, _)| n.eq_ignore_ascii_case(name)).map(|(_, v)| v.as_str())
    }

    /// The body, when it is JSON; a form body (`application/x-www-form-urlencoded`, as
    /// `body = form` sends it) as an object of its decoded pairs, each value a string.
    pub fn body(&self) -> Option<&Value> {
        self.body.as_ref()
    }
}

impl fmt::Debug for StubRequest {
    /// Method and path only: the body and headers may hold secrets.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("StubRequest")
            .field("method", &self.method)
            .field("path", &self.path)
            .finish_non_exhaustive()
    }
}

fn lookup<'a>(pairs: &'a [(String, String)], name: &str) -> Option<&'a str> {
    pairs.iter().find(|(n, _)| n == name).map(|(_, v)| v.as_str())
}

type Matcher = Box<dyn Fn(&StubRequest) -> bool + Send + Sync>;

/// What a stub answers.
#[derive(Clone, Debug)]
pub(crate) enum Answer {
    /// A JSON body with this status; a missing or empty `request_id` is filled in.
    Json {
        status: u16,
        body: Value,
    },
    /// Stytch's error shape.
    Fail {
        status: u16,
        error_type: String,
        message: String,
    },
    Fault(Fault),
}

/// One stub, as kept by the local Stytch.
pub(crate) struct StubEntry {
    pub(crate) id: u64,
    pub(crate) method: String,
    pub(crate) template: String,
    pub(crate) secret_fields: Vec<String>,
    pub(crate) when: Option<Matcher>,
    pub(crate) times: Option<usize>,
    pub(crate) hits: Arc<AtomicUsize>,
    pub(crate) answer: Answer,
    /// The endpoint takes no project credentials: requests without them reach this stub.
    pub(crate) open: bool,
    /// What Stytch's schema says the endpoint takes ([`Endpoint::SCHEMA`]): a request it finds
    /// malformed is answered 400, as Stytch answers one, before the stub is asked.
    pub(crate) schema: Option<&'static crate::schema::Operation>,
}

impl StubEntry {
    /// Counts one more answer, unless it has answered as often as it may. Atomic, so two
    /// requests at once never both take a stub's last answer.
    pub(crate) fn take(&self) -> bool {
        let times = self.times.unwrap_or(usize::MAX);
        self.hits.fetch_update(Ordering::SeqCst, Ordering::SeqCst, |h| (h < times).then(|| h + 1)).is_ok()
    }
}

/// The path parameters of `path` under `template` (`/v1/users/{user_id}`), percent-decoded; `None`
/// when the path does not fit the template.
pub(crate) fn match_path(template: &str, path: &str) -> Option<Vec<(String, String)>> {
    let (mut t, mut p) = (template.split('/'), path.split('/'));
    let mut params = Vec::new();
    loop {
        match (t.next(), p.next()) {
            (None, None) => return Some(params),
            (Some(t), Some(p)) => {
                let decoded = percent_decode(p, false);
                if let Some(name) = t.strip_prefix('{').and_then(|t| t.strip_suffix('}')) {
                    if decoded.is_empty() {
                        return None;
                    }
                    params.push((name.to_owned(), decoded));
                } else if t != decoded {
                    return None;
                }
            }
            _ => return None,
        }
    }
}

/// Decodes `%XX` escapes (and, in a query, `+` as a space); invalid UTF-8 is replaced.
pub(crate) fn percent_decode(text: &str, plus_is_space: bool) -> String {
    if plus_is_space && text.contains('+') {
        let spaced = text.replace('+', " ");
        return percent_encoding::percent_decode_str(&spaced).decode_utf8_lossy().into_owned();
    }
    percent_encoding::percent_decode_str(text).decode_utf8_lossy().into_owned()
}

/// The decoded pairs of a query string.
pub(crate) fn query_pairs(query: &str) -> Vec<(String, String)> {
    query
        .split('&')
        .filter(|pair| !pair.is_empty())
        .map(|pair| {
            let (name, value) = pair.split_once('=').unwrap_or((pair, ""));
            (percent_decode(name, true), percent_decode(value, true))
        })
        .collect()
}

/// A stub being declared: see [`LocalStytch::stub`]. It takes effect with one of the answers:
/// [`reply`](Self::reply), [`reply_json`](Self::reply_json), [`fail`](Self::fail) or
/// [`fault`](Self::fault).
#[must_use = "a stub takes effect only with reply, reply_json, fail or fault"]
pub struct StubBuilder<'a, E> {
    stytch: &'a LocalStytch,
    method: Method,
    template: &'static str,
    secret_fields: &'static [&'static str],
    times: Option<usize>,
    when: Option<Matcher>,
    open: bool,
    endpoint: PhantomData<fn() -> E>,
}

impl<'a, E: Endpoint> StubBuilder<'a, E> {
    pub(crate) fn new(stytch: &'a LocalStytch) -> Self {
        StubBuilder {
            stytch,
            method: E::METHOD,
            template: E::PATH,
            secret_fields: E::SECRET_FIELDS,
            times: None,
            when: None,
            // Declared `auth = none`: the client sends no project credentials to it.
            open: matches!(E::AUTH, Auth::None),
            endpoint: PhantomData,
        }
    }

    /// Answer at most `n` times; after that the stub is passed over (the next stub or the built-in
    /// route answers), though it stays listed.
    pub fn times(mut self, n: usize) -> Self {
        self.times = Some(n);
        self
    }

    /// Answer only the requests `matcher` accepts. A matcher that panics is answered `500`.
    pub fn when(mut self, matcher: impl Fn(&StubRequest) -> bool + Send + Sync + 'static) -> Self {
        self.when = Some(Box::new(matcher));
        self
    }

    /// Answer requests that come without the project's credentials too, as an endpoint that
    /// takes none (or credentials of its own) is answered by Stytch. A stub of an endpoint
    /// declared `auth = none` ([`Endpoint::AUTH`]) does so already; this is for endpoints
    /// declared otherwise, or requests sent by other clients. Secret fields are redacted from the
    /// journal all the same.
    pub fn without_credentials(mut self) -> Self {
        self.open = true;
        self
    }

    /// Answer `200` with this response, as JSON. A missing or empty `request_id` is filled in.
    pub fn reply(self, response: E::Response) -> Stub
    where
        E::Response: Serialize,
    {
        let body = serde_json::to_value(&response).unwrap_or(Value::Null);
        self.install(Answer::Json { status: 200, body })
    }

    /// Answer with this response, as JSON, and a success status other than `200` (`201` for an
    /// object created, say). Refused ([`LocalError::Invalid`]) unless `status` is a 2xx that has
    /// a body (not 204 or 205). A missing or empty `request_id` is filled in.
    pub fn reply_with_status(self, status: u16, response: E::Response) -> Result<Stub, LocalError>
    where
        E::Response: Serialize,
    {
        check_success("status", status)?;
        let body = serde_json::to_value(&response).unwrap_or(Value::Null);
        Ok(self.install(Answer::Json { status, body }))
    }

    /// Answer `200` with this JSON. A missing or empty `request_id` is filled in.
    pub fn reply_json(self, body: Value) -> Stub {
        self.install(Answer::Json { status: 200, body })
    }

    /// Answer with this JSON and a success status other than `200`, as
    /// [`reply_with_status`](Self::reply_with_status).
    pub fn reply_json_with_status(self, status: u16, body: Value) -> Result<Stub, LocalError> {
        check_success("status", status)?;
        Ok(self.install(Answer::Json { status, body }))
    }

    /// Answer with Stytch's error shape: `status_code`, `request_id`, `error_type`,
    /// `error_message` and `error_url`. Refused ([`LocalError::Invalid`]) unless `status` is an
    /// error status, 400 to 599.
    pub fn fail(self, status: u16, error_type: &str, message: &str) -> Result<Stub, LocalError> {
        check_failure("status", status)?;
        Ok(self.install(Answer::Fail {
            status,
            error_type: error_type.to_owned(),
            message: message.to_owned(),
        }))
    }

    /// Answer with a fault: a rate limit, an outage, a closed connection, a non-JSON body, a delay.
    pub fn fault(self, fault: Fault) -> Stub {
        self.install(Answer::Fault(fault))
    }

    fn install(self, answer: Answer) -> Stub {
        let hits = Arc::new(AtomicUsize::new(0));
        let entry = StubEntry {
            id: 0,
            method: self.method.as_str().to_owned(),
            template: self.template.to_owned(),
            secret_fields: self.secret_fields.iter().map(|s| (*s).to_owned()).collect(),
            when: self.when,
            times: self.times,
            hits: hits.clone(),
            answer,
            open: self.open,
            schema: E::SCHEMA,
        };
        let id = add(&self.stytch.shared, entry);
        Stub { id, hits }
    }
}

impl<E> fmt::Debug for StubBuilder<'_, E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("StubBuilder")
            .field("method", &self.method)
            .field("path", &self.template)
            .field("times", &self.times)
            .finish_non_exhaustive()
    }
}

/// A success status with a body: 200 to 299 but 204 and 205.
pub(crate) fn check_success(what: &'static str, status: u16) -> Result<(), LocalError> {
    if !(200..=299).contains(&status) {
        return Err(LocalError::invalid(what, format!("{status} is not a success status: use 200 to 299")));
    }
    check_status(what, status, true)
}

/// An error status: 400 to 599.
pub(crate) fn check_failure(what: &'static str, status: u16) -> Result<(), LocalError> {
    if !(400..=599).contains(&status) {
        return Err(LocalError::invalid(what, format!("{status} is not an error status: use 400 to 599")));
    }
    Ok(())
}

/// Adds a stub after the others (the first that matches answers), and returns its id.
pub(crate) fn add(shared: &Shared, mut entry: StubEntry) -> u64 {
    let mut stubs = shared.stubs();
    stubs.next_id += 1;
    entry.id = stubs.next_id;
    let id = entry.id;
    stubs.list.push(Arc::new(entry));
    id
}

/// The stubs of a local Stytch, in the order they were added.
#[derive(Default)]
pub(crate) struct Stubs {
    pub(crate) list: Vec<Arc<StubEntry>>,
    pub(crate) next_id: u64,
}

/// A stub in place: how often it has answered.
#[derive(Clone, Debug)]
pub struct Stub {
    id: u64,
    hits: Arc<AtomicUsize>,
}

impl Stub {
    /// How many requests this stub has answered (a [`Fault::Delay`] counts each one it delayed).
    pub fn hits(&self) -> usize {
        self.hits.load(Ordering::SeqCst)
    }

    /// The stub's id, as the control plane lists it.
    pub fn id(&self) -> u64 {
        self.id
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_match_templates_with_decoded_parameters() {
        let params = match_path("/v1/users/{user_id}", "/v1/users/user-test%2F1%20x").unwrap();
        assert_eq!(params, [("user_id".to_owned(), "user-test/1 x".to_owned())]);
        assert_eq!(match_path("/v1/users/{user_id}", "/v1/users/"), None);
        assert_eq!(match_path("/v1/users/{user_id}", "/v1/users/a/b"), None);
        assert_eq!(match_path("/v1/users", "/v1/users"), Some(vec![]));
        assert_eq!(match_path("/v1/users", "/v1/user"), None);
        assert_eq!(
            query_pairs("a=1&b=x+y%21&c&=&d=%ZZ"),
            [("a", "1"), ("b", "x y!"), ("c", ""), ("", ""), ("d", "%ZZ")]
                .map(|(n, v)| (n.to_owned(), v.to_owned()))
        );
    }
}
