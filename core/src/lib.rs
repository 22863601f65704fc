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
//! The attribute's arguments, the field rules, where derives go, how lists, nested values and
//! `None` reach the query, what path parameters accept, response objects
//! ([`#[stytch_object]`](macro@stytch_object), [`#[stytch_enum]`](macro@stytch_enum), [`Ack`])
//! and how to test a declaration: [`declaring`], the reference.
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
//! `requests_seen()` shows what was sent, secrets redacted. The crate's `local-stytch` program
//! (`cargo install stytch-endpoint --features local`, then `local-stytch --port 4010`) runs one
//! standalone, for apps written in other languages, with a control plane over HTTP under
//! `/__local/`.
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
//! # Examples
//!
//! The crate ships them (each needs the `local` feature, and runs against a local Stytch unless
//! `STYTCH_*` is set): [`reset_password`](https://docs.rs/crate/stytch-endpoint/latest/source/examples/reset_password.rs),
//! [`b2b_session_reset`](https://docs.rs/crate/stytch-endpoint/latest/source/examples/b2b_session_reset.rs),
//! [`custom_endpoint`](https://docs.rs/crate/stytch-endpoint/latest/source/examples/custom_endpoint.rs),
//! [`error_handling`](https://docs.rs/crate/stytch-endpoint/latest/source/examples/error_handling.rs),
//! [`gateway`](https://docs.rs/crate/stytch-endpoint/latest/source/examples/gateway.rs) and
//! [`session_after_reset`](https://docs.rs/crate/stytch-endpoint/latest/source/examples/session_after_reset.rs). How the crate is built, file by file:
//! [ARCHITECTURE.md](https://github.com/stytch-endpoint/stytch-endpoint/blob/main/ARCHITECTURE.md).
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
pub mod m2m;
pub(crate) mod object;
mod proxy;
mod redact;
mod request;
mod response;
mod retry;
pub mod schema;
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
pub use error::{ValidationErrors, Violation, ViolationCode};
pub use object::Ack;
pub use retry::RetryPolicy;
pub use stytch_endpoint_macros::{stytch_endpoint, stytch_enum, stytch_object};
pub use tls::RootCerts;

#[doc(hidden)]
#[path = "private.rs"]
pub mod __private;
