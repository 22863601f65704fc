//! Stytch's published schema, as a declaration was checked against it.
//!
//! `#[stytch_endpoint]` checks a declaration whose method and path Stytch's published OpenAPI
//! description knows, at compile time: every field it sends is one the schema has (the nearest
//! name is suggested), of a JSON type its Rust type can hold; every field the schema requires is
//! declared, and not as an `Option`; the path's parameters are the schema's. It then records the
//! part of the schema it checked against in [`Endpoint::SCHEMA`]. A path the schema does not
//! know (an endpoint newer than this release) compiles as before, with `SCHEMA` `None`.
//!
//! The response type is another type's declaration, which the attribute cannot see; one line in
//! a test checks it:
//!
//! ```
//! # use stytch_endpoint::{stytch_endpoint, stytch_object};
//! #[stytch_endpoint(GET, "/v1/users/{user_id}", response = GetUserResponse)]
//! pub struct GetUser {
//!     pub user_id: String,
//! }
//!
//! #[stytch_object]
//! #[derive(Clone, Default)]
//! pub struct GetUserResponse {
//!     pub request_id: String,
//!     pub user_id: String,
//!     pub created_at: String,
//! }
//!
//! // In a test: every field of the response, nested objects included, is one Stytch's schema
//! // has, of a type that decodes what the schema says Stytch sends.
//! stytch_endpoint::schema::check::<GetUser>().unwrap();
//! ```
//!
//! A mistake is listed whole, one line a field:
//!
//! ```
//! # use stytch_endpoint::{stytch_endpoint, stytch_object};
//! # #[stytch_endpoint(GET, "/v1/users/{user_id}", response = GetUserResponse)]
//! # pub struct GetUser {
//! #     pub user_id: String,
//! # }
//! #[stytch_object]
//! #[derive(Clone, Default)]
//! pub struct GetUserResponse {
//!     pub request_id: String,
//!     pub usr_id: String,
//!     pub created_at: i64,
//! }
//!
//! let mismatch = stytch_endpoint::schema::check::<GetUser>().unwrap_err();
//! let text = mismatch.to_string();
//! assert!(text.contains("`usr_id`: not in Stytch's schema"), "{text}");
//! assert!(text.contains("`created_at`: Stytch's schema has a string"), "{text}");
//! ```
//!
//! # Opting out
//!
//! When Stytch's schema lags the API (a field Stytch sends but has not published yet):
//! `#[stytch(schema = false)]` on a request field leaves that field out of the check, and
//! `schema = false` among the attribute's arguments leaves the whole declaration out
//! (`SCHEMA` is then `None`). A response field Stytch's schema does not have is reported by
//! [`check`] only; leave that test out, or filter its [`Mismatch::problems`].
//!
//! # Where the schema comes from
//!
//! The catalogue is generated from Stytch's published Consumer and B2B OpenAPI descriptions
//! by `macros/schema/generate.py` (in the repository) and compiled into the macro crate
//! (about 120 KB of text); CI checks that it matches its source.

use crate::Endpoint;
use serde::Serialize;
use serde_json::{Map, Value};
use std::fmt;

/// One operation of Stytch's schema, and every object its request and response reach. Written
/// by `#[stytch_endpoint]` (the attribute and this crate are always of one version).
#[derive(Debug)]
pub struct Operation {
    /// `POST`, `GET`, ...
    pub method: &'static str,
    /// The path template as Stytch's schema writes it.
    pub path: &'static str,
    /// The name of the request body's object, if it has a body.
    pub request: Option<&'static str>,
    /// The name of the successful answer's object.
    pub response: Option<&'static str>,
    /// The query parameters.
    pub query: &'static [Field],
    /// The request headers the schema names.
    pub headers: &'static [Field],
    /// The wire names of the declaration's fields marked `#[stytch(schema = false)]`.
    pub unchecked: &'static [&'static str],
    /// Every object named above or reached from one.
    pub objects: &'static [Object],
}

/// An object of Stytch's schema: its fields, or for a string with a closed list of values,
/// those values.
#[derive(Debug)]
pub struct Object {
    /// The schema's name for it, such as `api_user_v1_User`.
    pub name: &'static str,
    /// Its fields, in the schema's order; empty for an enumerated string.
    pub fields: &'static [Field],
    /// The values of an enumerated string; empty for an object.
    pub values: &'static [&'static str],
}

/// A field of an object, or a parameter.
#[derive(Debug)]
pub struct Field {
    /// The name on the wire.
    pub name: &'static str,
    /// Its JSON type.
    pub ty: JsonType,
    /// Listed in the schema's `required`.
    pub required: bool,
}

/// A JSON type as Stytch's schema gives it. (The short names keep rustc's messages about the
/// user's own `String`, `Text` or `Integer` from spelling out their paths.)
#[derive(Debug)]
pub enum JsonType {
    /// A string.
    Str,
    /// A whole number.
    Int,
    /// Any number.
    Num,
    /// `true` or `false`.
    Bool,
    /// Any JSON object.
    Obj,
    /// A list of this type.
    Array(&'static JsonType),
    /// An [`Object`] of the operation, by name.
    Named(&'static str),
}

impl Operation {
    /// The object of this name.
    pub fn object(&self, name: &str) -> Option<&'static Object> {
        self.objects.iter().find(|o| o.name == name)
    }
}

/// What [`check`] found: every response field that Stytch's schema does not have or that its
/// type cannot decode, or that the endpoint was not checked at all.
#[derive(Debug)]
pub struct Mismatch {
    /// `POST /v1/...`
    pub endpoint: String,
    /// One line per field, in the order found.
    pub problems: Vec<Problem>,
}

/// One field's mistake.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Problem {
    /// The endpoint has no schema: its path is not in the catalogue, or `schema = false`.
    NotInCatalogue,
    /// A declared response field that Stytch's schema does not have (`path` such as
    /// `user.emails[].emial`).
    NotInSchema {
        /// Where, such as `user.emails[].emial`.
        path: String,
    },
    /// A declared response field whose type cannot decode, or writes back, what the schema says
    /// Stytch sends.
    WrongType {
        /// Where, such as `session.expires_at`.
        path: String,
        /// What the schema says is there, in words.
        schema: String,
        /// What the declared type did with it.
        detail: String,
    },
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Problem::NotInCatalogue => f.write_str(
                "not checked: Stytch's published schema does not have this endpoint, or it is declared \
                 with `schema = false`",
            ),
            Problem::NotInSchema { path } => write!(f, "`{path}`: not in Stytch's schema"),
            Problem::WrongType { path, schema, detail } => {
                write!(f, "`{path}`: Stytch's schema has {schema}, and the declared type {detail}")
            }
        }
    }
}

impl fmt::Display for Mismatch {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "the response of {} does not match Stytch's schema:", self.endpoint)?;
        for problem in &self.problems {
            write!(f, "\n  - {problem}")?;
        }
        Ok(())
    }
}

impl std::error::Error for Mismatch {}

/// Checks `E::Response` against Stytch's schema of `E`'s answer: every field it declares is one
/// the schema has, and decodes (and writes back) the JSON type the schema gives, nested objects
/// and lists included. Meant for a one-line test; it does no I/O.
///
/// It decodes an answer made from the schema, with every field filled, and reads back what the
/// type kept: a field whose type cannot decode its sample is listed (and the sample's value
/// taken out, so that the rest is still checked), as is every field the type writes back that
/// the schema does not have.
pub fn check<E: Endpoint>() -> Result<(), Mismatch>
where
    E::Response: Serialize,
{
    let endpoint = format!("{} {}", E::METHOD, E::PATH);
    let Some(op) = E::SCHEMA else {
        return Err(Mismatch { endpoint, problems: vec![Problem::NotInCatalogue] });
    };
    let Some(response) = op.response.and_then(|name| op.object(name)) else { return Ok(()) };
    let mut problems = Vec::new();
    let mut answer = sample_object(op, response, 0);

    // Decode; on each failure, the line it names says which field, whose sample is then taken
    // out. Bounded by the number of lines.
    let decoded = loop {
        let (text, lines) = render(&answer);
        match serde_json::from_str::<E::Response>(&text) {
            Ok(decoded) => break Some(decoded),
            Err(error) => {
                let at = lines.get(error.line().saturating_sub(1)).cloned().unwrap_or_default();
                let detail = error.to_string();
                let detail = detail.split(" at line ").next().unwrap_or_default().to_owned();
                let schema = describe(op, at.iter().map(String::as_str));
                problems.push(Problem::WrongType {
                    path: dotted(&at),
                    schema,
                    detail: format!("cannot decode it ({detail})"),
                });
                if at.is_empty() || !take_out(&mut answer, &at) {
                    break None;
                }
            }
        }
    };
    if let Some(decoded) = decoded {
        match serde_json::to_value(&decoded) {
            Ok(written) => compare(op, response, &written, &mut problems),
            Err(error) => problems.push(Problem::WrongType {
                path: String::new(),
                schema: "an object".to_owned(),
                detail: format!("cannot be written back as JSON ({error})"),
            }),
        }
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(Mismatch { endpoint, problems })
    }
}

/// How deep a sample goes: Stytch's objects nest a few levels; a cycle stops here.
const MAX_DEPTH: usize = 8;

fn sample_object(op: &Operation, object: &Object, depth: usize) -> Value {
    let mut map = Map::new();
    if depth < MAX_DEPTH {
        for field in object.fields {
            map.insert(field.name.to_owned(), sample(op, &field.ty, depth + 1));
        }
    }
    Value::Object(map)
}

fn sample(op: &Operation, ty: &JsonType, depth: usize) -> Value {
    match ty {
        JsonType::Str => Value::from("x"),
        JsonType::Int => Value::from(1),
        JsonType::Num => Value::from(1.5),
        JsonType::Bool => Value::from(true),
        JsonType::Obj => Value::Object(Map::new()),
        JsonType::Array(items) => Value::Array(vec![sample(op, items, depth)]),
        JsonType::Named(name) => match op.object(name) {
            Some(object) if !object.values.is_empty() => Value::from(object.values[0]),
            Some(object) => sample_object(op, object, depth),
            None => Value::Object(Map::new()),
        },
    }
}

/// One step of a path into a sample: a key, or the one element of a list.
type Step = String;
const ELEMENT: &str = "[]";

/// The sample as JSON text, one field a line, with the path each line holds.
fn render(value: &Value) -> (String, Vec<Vec<Step>>) {
    fn go(value: &Value, path: &mut Vec<Step>, out: &mut String, lines: &mut Vec<Vec<Step>>) {
        match value {
            Value::Object(map) => {
                out.push('{');
                for (i, (key, item)) in map.iter().enumerate() {
                    out.push_str(if i == 0 { "\n" } else { ",\n" });
                    path.push(key.clone());
                    lines.push(path.clone());
                    out.push_str(&Value::from(key.as_str()).to_string());
                    out.push(':');
                    go(item, path, out, lines);
                    path.pop();
                }
                out.push('\n');
                lines.push(path.clone());
                out.push('}');
            }
            Value::Array(items) => {
                out.push('[');
                path.push(ELEMENT.to_owned());
                for (i, item) in items.iter().enumerate() {
                    out.push_str(if i == 0 { "\n" } else { ",\n" });
                    lines.push(path.clone());
                    go(item, path, out, lines);
                }
                path.pop();
                out.push('\n');
                lines.push(path.clone());
                out.push(']');
            }
            scalar => out.push_str(&scalar.to_string()),
        }
    }
    let mut out = String::new();
    // Line 1 holds the opening brace: the whole answer.
    let mut lines = vec![Vec::new()];
    go(value, &mut Vec::new(), &mut out, &mut lines);
    (out, lines)
}

/// Sets the value at `path` to `null` (taken as the field's default). False if nothing was there.
fn take_out(value: &mut Value, path: &[Step]) -> bool {
    let Some((last, init)) = path.split_last() else { return false };
    let mut here = value;
    for step in init {
        here = match (here, step.as_str()) {
            (Value::Array(items), ELEMENT) => match items.first_mut() {
                Some(item) => item,
                None => return false,
            },
            (Value::Object(map), key) => match map.get_mut(key) {
                Some(item) => item,
                None => return false,
            },
            _ => return false,
        };
    }
    match (here, last.as_str()) {
        (Value::Array(items), ELEMENT) => {
            let had = !items.is_empty();
            items.clear();
            had
        }
        (Value::Object(map), key) => match map.get_mut(key) {
            Some(item) if !item.is_null() => {
                *item = Value::Null;
                true
            }
            _ => false,
        },
        _ => false,
    }
}

/// `user.emails[].email`.
fn dotted(path: &[Step]) -> String {
    let mut out = String::new();
    for step in path {
        if step == ELEMENT {
            out.push_str(ELEMENT);
        } else {
            if !out.is_empty() {
                out.push('.');
            }
            out.push_str(step);
        }
    }
    out
}

/// What the schema says is at `path` of the answer, in words ("a string").
fn describe<'a>(op: &Operation, path: impl Iterator<Item = &'a str>) -> String {
    let mut ty: Option<&JsonType> = None;
    let mut object = op.response.and_then(|name| op.object(name));
    for step in path {
        let next = if step == ELEMENT {
            match ty {
                Some(JsonType::Array(items)) => Some(*items),
                _ => None,
            }
        } else {
            object.and_then(|o| o.fields.iter().find(|f| f.name == step)).map(|f| &f.ty)
        };
        let Some(next) = next else { return "an object".to_owned() };
        ty = Some(next);
        object = match next {
            JsonType::Named(name) => op.object(name),
            _ => None,
        };
    }
    match ty {
        None => "an object".to_owned(),
        Some(ty) => words(op, ty),
    }
}

fn words(op: &Operation, ty: &JsonType) -> String {
    match ty {
        JsonType::Str => "a string".to_owned(),
        JsonType::Int => "an integer".to_owned(),
        JsonType::Num => "a number".to_owned(),
        JsonType::Bool => "a boolean".to_owned(),
        JsonType::Obj => "an object".to_owned(),
        JsonType::Array(items) => format!("a list of ({})", words(op, items)),
        JsonType::Named(name) => match op.object(name) {
            Some(object) if !object.values.is_empty() => "an enumerated string".to_owned(),
            _ => format!("an object ({name})"),
        },
    }
}

/// What a walk of a JSON value against the schema found. (Without the `local` feature only the
/// response check reads it, and it reads less.)
#[cfg_attr(not(feature = "local"), allow(dead_code))]
enum Finding {
    /// A key the schema's object does not have.
    Unknown { path: String, object: &'static str },
    /// A value of another JSON type.
    Mismatch { path: String, ty: &'static JsonType, found: &'static str },
    /// A required field missing or `null` (requests only).
    Missing { path: String },
    /// A string outside an enumeration (requests only).
    NotInEnum { path: String, values: &'static [&'static str] },
}

/// Walks `map` against `object`, nested objects and lists included, passing over the keys in
/// `unchecked`. `request`: also hold it to the schema's `required` lists and enumerations (an
/// answer's type declares only the fields it wants, and writes back what it decoded).
fn walk_object(
    op: &Operation,
    object: &'static Object,
    map: &Map<String, Value>,
    path: &mut Vec<Step>,
    unchecked: &[&str],
    request: bool,
    found: &mut Vec<Finding>,
) {
    for (key, value) in map {
        if unchecked.contains(&key.as_str()) {
            continue;
        }
        path.push(key.clone());
        match object.fields.iter().find(|f| f.name == key) {
            None => found.push(Finding::Unknown { path: dotted(path), object: object.name }),
            Some(field) if request && field.required && value.is_null() => {
                found.push(Finding::Missing { path: dotted(path) });
            }
            Some(field) => walk_value(op, &field.ty, value, path, request, found),
        }
        path.pop();
    }
    if request {
        for field in object.fields.iter().filter(|f| f.required && !map.contains_key(f.name)) {
            path.push(field.name.to_owned());
            found.push(Finding::Missing { path: dotted(path) });
            path.pop();
        }
    }
}

fn walk_value(
    op: &Operation,
    ty: &'static JsonType,
    value: &Value,
    path: &mut Vec<Step>,
    request: bool,
    found: &mut Vec<Finding>,
) {
    let fits = match (ty, value) {
        (_, Value::Null) => true,
        (JsonType::Str, Value::String(_)) => true,
        (JsonType::Int, Value::Number(n)) => n.is_i64() || n.is_u64(),
        (JsonType::Num, Value::Number(_)) => true,
        (JsonType::Bool, Value::Bool(_)) => true,
        (JsonType::Obj, Value::Object(_)) => true,
        (JsonType::Array(items), Value::Array(values)) => {
            path.push(ELEMENT.to_owned());
            for value in values {
                walk_value(op, items, value, path, request, found);
            }
            path.pop();
            true
        }
        (JsonType::Named(name), value) => match (op.object(name), value) {
            (Some(object), Value::String(text)) if !object.values.is_empty() => {
                if request && !object.values.contains(&text.as_str()) {
                    found.push(Finding::NotInEnum { path: dotted(path), values: object.values });
                }
                true
            }
            (Some(object), Value::Object(map)) if object.values.is_empty() => {
                walk_object(op, object, map, path, &[], request, found);
                true
            }
            (None, _) => true,
            _ => false,
        },
        _ => false,
    };
    if !fits {
        found.push(Finding::Mismatch { path: dotted(path), ty, found: kind(value) });
    }
}

/// Compares what the type wrote back with the schema's answer: a key the schema does not have,
/// or a value of another JSON type (unless decoding it already failed there).
fn compare(op: &Operation, response: &'static Object, written: &Value, problems: &mut Vec<Problem>) {
    let Value::Object(map) = written else { return };
    let mut found = Vec::new();
    walk_object(op, response, map, &mut Vec::new(), &[], false, &mut found);
    for finding in found {
        match finding {
            Finding::Unknown { path, .. } => problems.push(Problem::NotInSchema { path }),
            Finding::Mismatch { path, ty, found } => {
                let reported =
                    problems.iter().any(|p| matches!(p, Problem::WrongType { path: at, .. } if *at == path));
                if !reported {
                    let (schema, detail) = (words(op, ty), format!("writes back {found}"));
                    problems.push(Problem::WrongType { path, schema, detail });
                }
            }
            Finding::Missing { .. } | Finding::NotInEnum { .. } => {}
        }
    }
}

fn kind(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(n) if n.is_f64() => "a fractional number",
        Value::Number(_) => "an integer",
        Value::String(_) => "a string",
        Value::Array(_) => "a list",
        Value::Object(_) => "an object",
    }
}

/// What Stytch's schema finds wrong with a request as it arrived: in a JSON body, a field the
/// schema does not have (nested objects included), a value of another JSON type, a required field
/// missing or `null`; in the query, a parameter the schema does not have or a required one
/// missing. Fields declared `schema = false` are passed over. One sentence a problem, in order.
#[cfg(feature = "local")]
pub(crate) fn request_problems(
    op: &Operation,
    body: Option<&Value>,
    query: &[(String, String)],
) -> Vec<String> {
    let mut problems = Vec::new();
    if let Some(request) = op.request.and_then(|name| op.object(name)) {
        match body {
            Some(Value::Object(map)) => {
                let mut found = Vec::new();
                walk_object(op, request, map, &mut Vec::new(), op.unchecked, true, &mut found);
                problems.extend(found.into_iter().map(|finding| match finding {
                    Finding::Unknown { path, object } => format!("`{path}` is not a field of {object}"),
                    Finding::Mismatch { path, ty, found } => {
                        format!("`{path}` must be {}, not {found}", words(op, ty))
                    }
                    Finding::Missing { path } => format!("`{path}` is required"),
                    Finding::NotInEnum { path, values } => format!(
                        "`{path}` must be one of {}",
                        values.iter().map(|v| format!("`{v}`")).collect::<Vec<_>>().join(", ")
                    ),
                }));
            }
            Some(Value::Null) | None => {
                for field in request.fields.iter().filter(|f| f.required) {
                    problems.push(format!("`{}` is required", field.name));
                }
            }
            Some(_) => problems.push("the body is not a JSON object".to_owned()),
        }
    }
    for (name, value) in query {
        if op.unchecked.contains(&name.as_str()) {
            continue;
        }
        match op.query.iter().find(|f| f.name == *name) {
            None => problems.push(format!("`{name}` is not a query parameter of {} {}", op.method, op.path)),
            Some(field) => {
                let fits = match field.ty {
                    JsonType::Int => value.parse::<i64>().is_ok(),
                    JsonType::Num => value.parse::<f64>().is_ok(),
                    JsonType::Bool => matches!(value.as_str(), "true" | "false"),
                    _ => true,
                };
                if !fits {
                    problems.push(format!("`{name}` must be {}", words(op, &field.ty)));
                }
            }
        }
    }
    for field in op.query.iter().filter(|f| f.required) {
        if !query.iter().any(|(name, _)| name == field.name) {
            problems.push(format!("`{}` is required", field.name));
        }
    }
    problems
}
