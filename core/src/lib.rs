//! Call [Stytch](https://stytch.com)'s authentication API from blocking Rust, by declaring
//! endpoints as plain structs.
//!
//! `stytch-endpoint` is for programs that call Stytch synchronously: command-line tools, workers,
//! blocking web handlers. An endpoint is a struct with the [`#[stytch_endpoint]`](macro@stytch_endpoint)
//! attribute; the attribute derives its validation, a blocking `send` over [`ureq`], and its
//! typed response. The two password-reset endpoints ship declared, with the session endpoints
//! that follow a reset:
//!
//! - [`consumer::passwords::ExistingPasswordReset`]: `POST /v1/passwords/existing_password/reset`
//! - [`b2b::passwords::SessionReset`]: `POST /v1/b2b/passwords/session/reset`
//! - [`consumer::session::AuthenticateSession`]: `POST /v1/sessions/authenticate`
//! - [`b2b::session::AuthenticateMemberSession`]: `POST /v1/b2b/sessions/authenticate`
//! - [`consumer::session::GetJwks`]: `GET /v1/sessions/jwks/{project_id}`
//! - [`b2b::session::GetB2bJwks`]: `GET /v1/b2b/sessions/jwks/{project_id}`
//!
//! and any other Stytch endpoint is a dozen lines away.
//!
//! # Quick start
//!
//! ```no_run
//! use stytch_endpoint::consumer::passwords::ExistingPasswordReset;
//! use stytch_endpoint::{Client, ErrorType};
//!
//! // STYTCH_PROJECT_ID and STYTCH_SECRET; project-live-* ids go to api.stytch.com,
//! // the others to test.stytch.com.
//! let client = Client::from_env()?;
//!
//! let reset = ExistingPasswordReset {
//!     email: "ada@example.com".into(),
//!     existing_password: "the old passphrase".into(),
//!     new_password: "a much longer and stronger passphrase".into(),
//!     session_duration_minutes: Some(60),
//!     ..Default::default()
//! };
//! match reset.send(&client) {
//!     Ok(done) => println!("new session {}", done.session.map(|s| s.session_id).unwrap_or_default()),
//!     Err(e) if e.error_type() == Some(&ErrorType::UnauthorizedCredentials) => {
//!         println!("the existing password is wrong")
//!     }
//!     Err(e) => return Err(e),
//! }
//! # Ok::<(), stytch_endpoint::Error>(())
//! ```
//!
//! A [`Client`] is cheap to clone and safe to share between threads; build one and keep it.
//!
//! # Declaring an endpoint
//!
//! ```
//! use stytch_endpoint::{stytch_endpoint, stytch_object, Endpoint};
//!
//! /// `GET /v1/users/{user_id}`.
//! #[stytch_endpoint(GET, "/v1/users/{user_id}", response = GetUserResponse)]
//! #[derive(Clone, Default)]
//! pub struct GetUser {
//!     #[stytch(non_empty)]
//!     pub user_id: String,
//! }
//!
//! /// Decodes what Stytch may add next year: unknown fields ignored, `null` taken as the default.
//! #[stytch_object]
//! #[derive(Clone, Default)]
//! pub struct GetUserResponse {
//!     pub request_id: String,
//!     pub user_id: String,
//! }
//!
//! let request = GetUser { user_id: "user-test-16d9ba61".into() };
//! assert_eq!(request.path(), "/v1/users/user-test-16d9ba61");
//! assert!(request.validate().is_ok());
//! assert!(GetUser::default().validate().is_err()); // an empty path parameter
//! ```
//!
//! The attribute takes, in order:
//!
//! | argument | meaning |
//! |---|---|
//! | `GET`, `POST`, `PUT`, `PATCH` or `DELETE` | the method, bare. `POST`/`PUT`/`PATCH` send the fields as a JSON body; `GET`/`DELETE` as the query string |
//! | `"/v1/..."` | the path, a string literal starting with `/`. Each `{field}` names a field of the struct; its value is spelled as serde spells it (a string as it is, a number or boolean as in JSON, an enum variant under its serde name), percent-encoded into the path, and left out of the body and query |
//! | `response = Type` | what a 2xx answer decodes into: a [`#[stytch_object]`](macro@stytch_object) struct, [`Ack`] when only the acknowledgement matters, or any type that owns its data (`serde::de::DeserializeOwned`) and decodes from a JSON object, `HashMap<String, serde_json::Value>` included (`()`, `Vec<T>`, strings and numbers are compile errors) |
//! | `exactly_one_of(a, b, ...)` | optional: exactly one of these `Option` fields must be set |
//! | `at_most_one_of(a, b, ...)` | optional: at most one of these `Option` fields may be set |
//! | `auth = none` | optional: the request carries no project credentials (no `Authorization` header, whatever the client was built with), for Stytch's public routes (the JWKS) and for endpoints that authenticate with values in the request (the M2M token endpoint, `POST /v1/public/{project_id}/oauth2/token`, takes the M2M client's id and secret in its body; mark the secret `secret` as any other). [`Endpoint::AUTH`] tells it to code; `auth = project` is the default |
//! | `body = form` | optional, `POST`/`PUT`/`PATCH` only: the body is `application/x-www-form-urlencoded` (the pairs the query string would have, percent-encoded), as OAuth 2.0 token endpoints take it; [`Endpoint::BODY`]; `body = json` is the default |
//! | `crate = path` | optional: where this crate is, for a crate that renames it (`stytch = { package = "stytch-endpoint" }` in Cargo.toml takes `crate = stytch`); serde's spelling `crate = "stytch"` works too |
//!
//! The group rules go in these arguments, not in a `#[stytch(...)]` on the struct.
//!
//! Fields take rules in `#[stytch(...)]`; the attribute removes it from the emitted struct:
//!
//! | rule | checks | applies to |
//! |---|---|---|
//! | `non_empty` | the text is not empty | text: `String`, `&'static str`, `Cow<'static, str>`, `Box<str>` |
//! | `email` | the text is shaped like an email address (permissive: internationalized addresses pass) | text |
//! | `range(MIN..=MAX)` | the integer is within the bounds (`MIN..` and `..=MAX` too) | integers |
//! | `max_json_size = BYTES` | the value serializes to at most `BYTES` of JSON | anything `Serialize` |
//! | `deny_keys("k", ...)` | the map has none of these keys | `serde_json::Map`, `HashMap`/`BTreeMap<String, _>`, `serde_json::Value` |
//! | `custom = path::to::check` | `fn check(&FieldType) -> Result<(), String>` | any field |
//! | `secret` | not a check: the field prints as `<redacted>` in the `Debug` the attribute then writes, and is listed in [`Endpoint::SECRET_FIELDS`] | any field |
//! | `header = "Name"` | not a check: the field is sent as this request header, not in the body, query or path (`None` sends none); a value with CR, LF or another control character is a violation. The name must be a valid header name, and not one the client writes itself (`Authorization`, `Content-Type`, `Content-Length`, `Host`, `Accept`, `Transfer-Encoding`, `Connection`) | `String`, `Option<String>` (any text) |
//!
//! Rules on an `Option<T>` field check the `T` when it is `Some`; a `None` passes (a `custom` rule
//! sees the whole `Option`). Every path parameter is checked too, whatever its rules: it must
//! serialize to text, a number or a boolean, must not be empty, and must not be `.` or `..` or
//! hold a control character, so that no proxy on the way can resolve it into another resource
//! (`a..b` and `...` are fine). A path parameter cannot be an `Option`. A rule on a field of the wrong type is a compile error on that
//! field, and so is every other mistake in a declaration: an unknown method, a path parameter
//! that names no field, an unknown rule, a response type that cannot be deserialized.
//!
//! The struct stays a plain struct: derive what you like on it, *below* the attribute. With a
//! `secret` field the attribute writes `Debug` itself and removes `Debug` from the derives it
//! sees; a `#[derive(Debug)]` written above the attribute is applied before the attribute can
//! remove it, and the two impls conflict (E0119, pointing at `secret`). The struct needs no serde
//! derive of its own; where it has serde attributes (`rename`, `rename_all`, `skip_serializing_if`,
//! `serialize_with`, `skip`, `flatten`), the wire form follows them, with the same names serde
//! would give. Fields may carry `#[cfg]`, `#[cfg_attr]` and `#[deprecated]`; a `#[stytch]` or
//! `#[serde]` inside a `#[cfg_attr]` is a compile error (the attribute reads the field before the
//! condition is known). An `Option` field that is
//! `None` is left out, never sent as `null`. The attribute implements [`Endpoint`] and adds two
//! inherent methods: `validate(&self) -> Result<(), Error>` and
//! `send(&self, &Client) -> Result<Response, Error>`, which validates first and never opens a
//! connection for an invalid request.
//!
//! [`declaring`] is the reference for everything else: where derives go, how lists, nested values
//! and `None` reach the query, why a non-`Option` list is always sent, what path parameters
//! accept, response objects ([`#[stytch_object]`](macro@stytch_object),
//! [`#[stytch_enum]`](macro@stytch_enum), [`Ack`]) and how to test a declaration.
//!
//! # Errors
//!
//! Every failure is an [`Error`], a `#[non_exhaustive]` enum to match on:
//!
//! - [`Error::Validation`]: broken field rules, each a [`Violation`] with the wire field name, a
//!   [`ViolationCode`] and a message (never the value). Nothing was sent.
//! - [`Error::Api`]: Stytch answered with an error; [`ErrorType`] names it without string
//!   comparisons, and [`ApiError`] keeps the status, `request_id`, message, URL and details.
//! - [`Error::Transport`]: connect failure, timeout, TLS, a connection cut mid-body, a body over
//!   the size limit, told apart by [`TransportErrorKind`].
//! - [`Error::Decode`]: an answer that is not what it should be (an HTML page from a proxy,
//!   truncated JSON), with the status and the `request_id` where one was found.
//! - [`Error::Config`] and [`Error::Encode`]: a misconfigured client, a field that would not
//!   serialize.
//! - [`Error::Jwt`]: a session JWT refused by local verification (`jwt` feature), with the
//!   [`JwtError`] that names the check; nothing was sent.
//!
//! [`Error::status`], [`Error::request_id`], [`Error::error_type`], [`Error::is_timeout`] and
//! [`Error::is_retryable`] answer the common questions for every variant.
//!
//! ```
//! use stytch_endpoint::b2b::passwords::SessionReset;
//! use stytch_endpoint::ViolationCode;
//!
//! let reset = SessionReset {
//!     organization_id: "organization-test-07971b06".into(),
//!     password: "a much longer and stronger passphrase".into(),
//!     session_duration_minutes: Some(4),
//!     ..Default::default()
//! };
//! let err = reset.validate().unwrap_err();
//! let violations = err.as_validation().unwrap();
//! assert!(violations.has("session_token", ViolationCode::ExactlyOneOf));
//! assert!(violations.has("session_duration_minutes", ViolationCode::OutOfRange));
//! assert!(!err.to_string().contains("passphrase")); // values never appear
//! ```
//!
//! # Gateway mode
//!
//! Where a proxy injects the Stytch credentials server-side, the client needs only its URL and
//! sends no `Authorization` header:
//!
//! ```
//! let client = stytch_endpoint::Client::gateway("https://stytch-gateway.internal.example")?;
//! assert!(client.is_gateway());
//! # Ok::<(), stytch_endpoint::Error>(())
//! ```
//!
//! An endpoint declared `auth = none` (the M2M token endpoint, the JWKS) goes through the gateway
//! as any other, with no `Authorization` header either; a gateway that adds the project's
//! credentials should leave those routes alone ([`Endpoint::AUTH`] lists which, for a gateway
//! written in Rust).
//!
//! Credentials, on the other hand, only ever travel over `https`, or plain `http` to a loopback
//! host: [`ClientBuilder::build`] refuses anything else.
//!
//! # Timeouts, limits and retries
//!
//! A call gives up after 35 s ([`DEFAULT_TIMEOUT`], a little above Stytch's own 30 s), a
//! connection after 10 s, and a response body over 4 MiB is refused without being buffered; all
//! three are [`ClientBuilder`] settings. Nothing is retried unless you opt in with a
//! [`RetryPolicy`], and even then only where the request provably was not processed: a password
//! reset is not idempotent.
//!
//! # Testing without Stytch
//!
//! With the `local` feature, `local::LocalStytch` is a Stytch that runs in your process: a real
//! HTTP server on `127.0.0.1` with an in-memory store you seed, and a clock you move. It answers
//! the two password resets and `sessions/authenticate` as Stytch does (credentials, validation,
//! password strength, session revocation and refresh, the B2B five-minute rule, Stytch's
//! `error_type`s), so an app's tests run offline:
//!
#![cfg_attr(feature = "local", doc = "```")]
#![cfg_attr(not(feature = "local"), doc = "```ignore")]
//! use stytch_endpoint::consumer::passwords::ExistingPasswordReset;
//! use stytch_endpoint::local::{LocalStytch, NewSession};
//!
//! let stytch = LocalStytch::start()?;
//! let ada = stytch.add_user("ada@example.com", "old password 1234!")?;
//! let old_session = stytch.add_session(&ada.user_id, NewSession::new())?;
//!
//! // The app under test gets a client pointed at the local Stytch.
//! let client = stytch.client();
//! ExistingPasswordReset::new("ada@example.com", "old password 1234!", "correct horse battery staple")
//!     .send(&client)?;
//!
//! assert!(stytch.check_password("ada@example.com", "correct horse battery staple"));
//! assert!(!stytch.session_is_active(&old_session.session_token));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! Stubs (`LocalStytch::stub::<YourEndpoint>()`) answer the endpoints you declare and inject
//! faults (429, 503, a closed connection, an HTML 502, a delay) into any endpoint;
//! `requests_seen()` shows what was sent, secrets redacted. `cargo run --example
//! local_stytch_server -- --port 4010` runs one standalone, for apps written in other languages,
//! with a control plane over HTTP under `/__local/`.
//!
//! # Secrets
//!
//! `Debug` never prints the secret, a password, a session token or a JWT: not for [`Client`], not
//! for the request structs (their fields are marked `secret`), not for the response types, not
//! for errors. The crate writes no `log` records; its `tracing` span and event (feature
//! `tracing`) record no body, header, query or credential.
//!
//! What a server sends is held to Stytch's form before an error keeps it: a `request_id` of
//! another form is withheld, an error body whose `error_type` is not lowercase snake_case is an
//! [`Error::Decode`], and control and invisible formatting characters are replaced in every server
//! string an error keeps, so an answer cannot forge a log line. `error_message`, `error_url` and
//! `error_details` remain the server's free text: one that echoes the request shows it there.
//!
//! ureq's own `log` records are another matter: at TRACE, the `ureq` target shows each request's
//! path and query (so a `secret` field of a `GET` or `DELETE` endpoint, or one in the path), and
//! `ureq_proto` dumps the raw bytes, `Authorization` header and body included. Keep both below
//! TRACE wherever real credentials are used.
//!
//! # How the crate is built
//!
//! A call flows **declaration → validate → encode → client → transport → decode**:
//!
//! 1. **Declaration.** `macros/` (the `stytch-endpoint-macros` crate) reads the attribute and the
//!    struct, checks the declaration (every mistake is a compile error on its token), and writes the
//!    [`Endpoint`] impl, `validate()`, `send()`, the wire form and the `Debug`. Inside, one error
//!    sink (`ctxt.rs`) records every mistake; reading is `args.rs`, `read.rs`, `field_attr.rs`
//!    (`#[stytch]`) and `serde_attr.rs`; checking is `path.rs` (the path template), `check.rs` and
//!    `suggest.rs`; `parse.rs` runs those steps into the model (`model.rs`, types only); `expand.rs` writes the code; `object.rs` and `open_enum.rs` are `#[stytch_object]` and `#[stytch_enum]`. Generated code reaches the runtime only through
//!    `core/src/private.rs` (`__private`, re-exports, no logic).
//! 2. **Validate.** `core/src/validate.rs`: the traits (`Text`, `Integer`, `Keys`) that say which
//!    field types each rule accepts; `validate/rules.rs`: the rule checks the generated `validate()`
//!    calls, the path-parameter and header-value checks included.
//! 3. **Encode.** `core/src/request.rs`: the JSON body, the query string, path parameters (spelled
//!    by serde) and their percent-encoding, and the headers declared on fields.
//! 4. **Client.** `core/src/client/mod.rs`: `Client`, `send` and the retry loop (the policy is
//!    `core/src/retry.rs`); `client/builder.rs`: `ClientBuilder` and the base-URL checks, with the
//!    TLS roots from `core/src/tls.rs` and the proxy from `core/src/proxy.rs`.
//! 5. **Transport.** `core/src/client/transport.rs`: one exchange over ureq, and the one function
//!    that turns a ureq error into a `TransportError`; `client/connect.rs`: ureq's connectors, their
//!    failures marked as met before the request went out; `client/resolver.rs`: the DNS cache. Those
//!    two are the only code that touches ureq's unversioned API.
//! 6. **Decode.** `core/src/response.rs`: the answer into the response type, or Stytch's error body
//!    into an `ApiError`, and the request-id lookup in bodies that are not what they should be.
//!
//! Around them: `core/src/error/` (`Error` and its parts: `api.rs`, `error_type.rs` (every
//! `error_type` Stytch publishes), `transport.rs`, `decode.rs`, `validation.rs`), `endpoint.rs` (the
//! `Endpoint` trait, `Method`), `redact.rs` (`<redacted>`, and server text made printable), `trace.rs` (the `tracing`
//! span), `object.rs` ([`Ack`], the run-time side of `#[stytch_object]` and `#[stytch_enum]`, and
//! the compile-time check that a response can decode a JSON object; the attributes themselves are
//! `macros/src/object.rs` and `macros/src/open_enum.rs`), `declaring.rs` (the reference for
//! declarations, documentation only), `consumer/` and `b2b/` (the declared endpoints and Stytch's
//! objects, one file per API), `jwt/` (session JWTs of the `jwt` feature: `token.rs` the compact
//! form and its header checks, `keys.rs` the `KeySet`, `cache.rs` when it is fetched,
//! `claims.rs` the claims and their checks, `verifier.rs` the two verifiers and `authenticate`),
//! and `local/` (the in-process Stytch of the `local` feature).
//! Dependencies run one way: `error ← response ← client`, `error ← validate`, `request ← validate`, `request ← private`.
//!
//! `core/src/local/`, one line per file:
//!
//! - `mod.rs`: the module docs (what it models, the server, stubs, journal, control plane, seed
//!   files) and the re-exports; no logic.
//! - `handle.rs`: `LocalStytch`, the handle a test holds (URL, credentials, clock, seeding, stubs,
//!   inspection), and the state it shares with the server thread.
//! - `builder.rs`: `LocalStytchBuilder` (port, credentials, project settings) and `start`.
//! - `project.rs`: the project's settings (`Vertical`, the user lock, breached passwords) and their checks.
//! - `seed.rs`: `NewOrganization`, `NewSession`, `Factor`, `SeededSession` (what a test seeds); `seeding.rs`: putting them in the store, on the local clock.
//! - `error.rs`: `LocalError`.
//! - `store/`: the in-memory state: `mod.rs` (`Store`), `users.rs`, `organizations.rs` (with their
//!   members), `sessions.rs` (finding, revoking, and answering sessions as objects and JWTs).
//! - `server.rs`: each request's way: credentials, then stubs, then the built-in routes; faults; the
//!   journal entry.
//! - `failure.rs`: Stytch's error answer and the one place its JSON body is made.
//! - `consumer.rs`, `b2b.rs`, `sessions.rs`, `jwks.rs`: the built-in routes (the two resets, the
//!   two `sessions/authenticate`, the JWKS).
//! - `policy.rs`: what the resets share: decoding, Stytch's `error_type` for a broken rule, password
//!   strength, claims, `null` fields.
//! - `claims.rs`: custom claims (deep merge, `null` deletes, 4 KB after the merge, reserved keys).
//! - `jwt.rs` with `test_keys.pem`: RS256 signing with public test keys (two per local Stytch,
//!   each under a random key id), and the JWKS.
//! - `stub.rs`: stubs (`StubBuilder`, `Stub`, `Fault`, `StubRequest`) and path matching.
//! - `journal.rs`: `SeenRequest` and the redaction of headers, query and body.
//! - `control/`: the control plane under `/__local/`: `mod.rs` (routes), `seed.rs` (JSON seeds),
//!   `settings.rs` (the project's settings), `stubs.rs` (stubs as JSON).
//! - `http/`: the HTTP/1.1 server on `std` and httparse: `mod.rs` (connections, limits, shutdown),
//!   `wire.rs` (reading a request within bounds, writing an answer).
//! - `clock.rs`: the clock a test moves; `rng.rs`: ids and tokens; `timestamp.rs`: RFC 3339.
//!
//! # Feature flags
//!
//! | feature | default | |
//! |---|---|---|
//! | `rustls` | yes | TLS through rustls with the webpki root certificates |
//! | `native-tls` | no | TLS through the platform's library and its roots instead (used when both are on) |
//! | `platform-verifier` | no | [`RootCerts::PlatformVerifier`] under rustls: the platform's roots |
//! | `jwt` | yes | [`jwt`]: session JWTs verified locally over a key cache, with `sessions/authenticate` as the fallback; `ring`, already in the default build through rustls |
//! | `local` | no | `local::LocalStytch`, a Stytch that runs in-process (see [above](crate#testing-without-stytch)) |
//! | `tracing` | no | one `tracing` span per call, entered for its duration, and one event when it ends: method, path template, status, `request_id`, duration; never bodies or credentials |

#![deny(missing_docs)]
#![cfg_attr(docsrs, feature(doc_cfg))]

extern crate self as stytch_endpoint;

pub mod b2b;
mod budget;
mod client;
pub mod consumer;
pub mod declaring;
pub mod device_history;
mod endpoint;
mod error;
#[cfg(feature = "jwt")]
#[cfg_attr(docsrs, doc(cfg(feature = "jwt")))]
pub mod jwt;
#[cfg(feature = "local")]
#[cfg_attr(docsrs, doc(cfg(feature = "local")))]
pub mod local;
pub(crate) mod object;
mod proxy;
mod redact;
mod request;
mod response;
mod retry;
mod tls;
mod trace;
pub mod validate;

pub use client::{
    Client, ClientBuilder, DEFAULT_CONNECT_TIMEOUT, DEFAULT_MAX_RESPONSE_BYTES, DEFAULT_TIMEOUT, LIVE_URL,
    TEST_URL,
};
pub use endpoint::{Auth, BodyFormat, Endpoint, Method};
pub use error::{
    ApiError, ConfigError, DecodeError, Error, ErrorType, JwtError, TransportError, TransportErrorKind,
};
pub use object::Ack;
pub use retry::RetryPolicy;
pub use stytch_endpoint_macros::{stytch_endpoint, stytch_enum, stytch_object};
pub use tls::RootCerts;
pub use validate::{ValidationErrors, Violation, ViolationCode};

#[doc(hidden)]
#[path = "private.rs"]
pub mod __private;
