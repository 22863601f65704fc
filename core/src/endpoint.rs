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

/// The credentials a request carries: `Endpoint::AUTH`, set by `auth = ...` in
/// [`#[stytch_endpoint]`](macro@crate::stytch_endpoint).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Auth {
    /// The project's id and secret as HTTP Basic auth (a [gateway](crate::Client::gateway) client
    /// sends none and leaves them to the gateway). The default.
    Project,
    /// No project credentials: the client sends no `Authorization` header, whatever it was built
    /// with. For Stytch's public routes (the JWKS) and for endpoints that authenticate with
    /// values in the request itself (the M2M token endpoint takes the M2M client's id and secret
    /// in its body). Declared with `auth = none`.
    None,
}

/// How a `POST`, `PUT` or `PATCH` request's fields travel: `Endpoint::BODY`, set by
/// `body = ...` in [`#[stytch_endpoint]`](macro@crate::stytch_endpoint).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum BodyFormat {
    /// A JSON object, `Content-Type: application/json`. The default.
    Json,
    /// `application/x-www-form-urlencoded`, as OAuth 2.0 token endpoints take it: the pairs the
    /// query string would have (see [`declaring`](crate::declaring#body-or-query)), each key and
    /// value percent-encoded, joined by `&`. Declared with `body = form`.
    Form,
}

impl BodyFormat {
    /// The `Content-Type` the client sends with this body.
    pub const fn content_type(self) -> &'static str {
        match self {
            BodyFormat::Json => "application/json",
            BodyFormat::Form => "application/x-www-form-urlencoded",
        }
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
    /// The credentials the client sends: the project's unless the declaration says `auth = none`.
    /// A test double (the local Stytch's stubs) asks it too, to tell a request that should carry
    /// no credentials from one that lost them.
    const AUTH: Auth = Auth::Project;
    /// How the fields of a `POST`, `PUT` or `PATCH` travel: JSON unless the declaration says
    /// `body = form`. Ignored for `GET` and `DELETE`, whose fields travel in the query string.
    const BODY: BodyFormat = BodyFormat::Json;
    /// What a successful (2xx) response decodes into.
    type Response: DeserializeOwned;

    /// Checks the declared field rules. Every violation is reported, in field order, and no
    /// value ever appears in the error.
    fn validate(&self) -> Result<(), Error>;

    /// The path with every `{parameter}` replaced by its percent-encoded value.
    fn path(&self) -> Cow<'static, str>;

    /// The query-string pairs (unencoded) for `GET` and `DELETE` endpoints; empty otherwise.
    fn query(&self) -> Result<Vec<(String, String)>, Error>;

    /// Appends the body for `POST`, `PUT` and `PATCH` endpoints, in the [`BODY`](Endpoint::BODY)
    /// format; writes nothing otherwise.
    fn write_body(&self, out: &mut Vec<u8>) -> Result<(), Error>;

    /// The request headers declared with `#[stytch(header = "Name")]`, as `(name, value)` pairs
    /// in field order; a field that is `None` sends none. The client sends them after
    /// [`validate`](Endpoint::validate) has checked that no value holds CR, LF or another ASCII
    /// control character (a tab is allowed, as in any HTTP field value). None by default.
    fn headers(&self) -> Vec<(&'static str, &str)> {
        Vec::new()
    }
}
