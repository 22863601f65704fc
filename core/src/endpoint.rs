//! The [`Endpoint`] trait that `#[stytch_endpoint]` implements.

use crate::Error;
use serde::de::DeserializeOwned;
use std::borrow::Cow;
use std::fmt;

/// The HTTP methods an endpoint can use.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Method {
    /// `GET`: the fields travel in the query string.
    Get,
    /// `POST`: the fields travel as a JSON body.
    Post,
    /// `PUT`: the fields travel as a JSON body.
    Put,
    /// `PATCH`: the fields travel as a JSON body.
    Patch,
    /// `DELETE`: the fields travel in the query string.
    Delete,
}

impl Method {
    /// The method as it appears in a request line.
    pub const fn as_str(self) -> &'static str {
        match self {
            Method::Get => "GET",
            Method::Post => "POST",
            Method::Put => "PUT",
            Method::Patch => "PATCH",
            Method::Delete => "DELETE",
        }
    }

    /// Whether requests with this method carry the fields as a JSON body.
    pub const fn has_body(self) -> bool {
        matches!(self, Method::Post | Method::Put | Method::Patch)
    }
}

impl fmt::Display for Method {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A Stytch endpoint: a request struct that knows its method, path and response type.
///
/// Implemented by [`#[stytch_endpoint]`](macro@crate::stytch_endpoint); there is no need to implement it
/// by hand. [`Client::send`](crate::Client::send) takes any `Endpoint`.
pub trait Endpoint {
    /// The HTTP method.
    const METHOD: Method;
    /// The path template as declared, such as `/v1/users/{user_id}`.
    const PATH: &'static str;
    /// The wire names of the fields marked `#[stytch(secret)]` (a header field by its header
    /// name): the values a log, a journal or a test double must never show.
    const SECRET_FIELDS: &'static [&'static str] = &[];
    /// The part of Stytch's published schema this endpoint was checked against when it was
    /// declared: its operation and every object it reaches. `None` for an endpoint the catalogue
    /// does not know (newer than this release) or declared with `schema = false`. Read by
    /// [`schema::check`](crate::schema::check) and by the local Stytch.
    const SCHEMA: Option<&'static crate::schema::Operation> = None;
    /// What a successful (2xx) response decodes into.
    type Response: DeserializeOwned;

    /// Checks the declared field rules. Every violation is reported, in field order, and no
    /// value ever appears in the error.
    fn validate(&self) -> Result<(), Error>;

    /// The path with every `{parameter}` replaced by its percent-encoded value.
    fn path(&self) -> Cow<'static, str>;

    /// The query-string pairs (unencoded) for `GET` and `DELETE` endpoints; empty otherwise.
    fn query(&self) -> Result<Vec<(String, String)>, Error>;

    /// Appends the JSON body for `POST`, `PUT` and `PATCH` endpoints; writes nothing otherwise.
    fn write_body(&self, out: &mut Vec<u8>) -> Result<(), Error>;

    /// The request headers declared with `#[stytch(header = "Name")]`, as `(name, value)` pairs
    /// in field order; a field that is `None` sends none. The client sends them after
    /// [`validate`](Endpoint::validate) has checked that no value holds CR, LF or another
    /// control character. None by default.
    fn headers(&self) -> Vec<(&'static str, &str)> {
        Vec::new()
    }
}
