//! A Stytch that runs in-process, for examples, tests, and apps developed offline.
//!
//! [`LocalStytch`] is a real HTTP server on `127.0.0.1` that answers the two password reset
//! endpoints, the two `sessions/authenticate` endpoints and the two session JWKS routes the way
//! Stytch does: the same paths, HTTP Basic credentials, request rules, JSON shapes and
//! `error_type`s, backed by an in-memory store that a test seeds and inspects. Its clock can be
//! moved forward, so the five-minute rule, JWT refresh and session expiry are testable without
//! sleeping.
//!
//! ```
//! use std::time::Duration;
//! use stytch_endpoint::consumer::passwords::ExistingPasswordReset;
//! use stytch_endpoint::local::{LocalStytch, NewSession};
//! use stytch_endpoint::ErrorType;
//!
//! let stytch = LocalStytch::start()?;
//! let ada = stytch.add_user("ada@example.com", "old password 1234!")?;
//! let old = stytch.add_session(&ada.user_id, NewSession::new())?;
//!
//! let client = stytch.client();
//! let reset = ExistingPasswordReset {
//!     session_duration_minutes: Some(60),
//!     ..ExistingPasswordReset::new("ada@example.com", "old password 1234!", "correct horse battery staple")
//! };
//! let response = reset.send(&client)?;
//! assert_eq!(response.user_id, ada.user_id);
//! assert!(!stytch.session_is_active(&old.session_token)); // every old session is revoked
//! assert!(stytch.session_is_active(&response.session_token));
//! assert!(stytch.check_password("ada@example.com", "correct horse battery staple"));
//!
//! // The same call again: the existing password is no longer right.
//! let err = reset.send(&client).unwrap_err();
//! assert_eq!(err.error_type(), Some(&ErrorType::UnauthorizedCredentials));
//! assert_eq!(err.status(), Some(401));
//!
//! // Time passes only when the test says so.
//! stytch.advance(Duration::from_secs(61 * 60));
//! assert!(!stytch.session_is_active(&response.session_token));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! # What it models, and what it does not
//!
//! - Every request needs HTTP Basic credentials matching [`LocalStytch::project_id`] and
//!   [`LocalStytch::secret`] (compared in constant time; else `unauthorized_credentials`, 401;
//!   the JWKS and [stubs without credentials](#stubs-and-faults) excepted) and a `Content-Type` of
//!   exactly `application/json` (else `bad_request`, 400: Stytch rejects a `charset` suffix too).
//!   Bodies are decoded with this crate's request types and checked with their own `validate()`;
//!   each broken rule is answered with Stytch's `error_type` for it.
//! - An unknown path is answered `404 route_not_found`, naming the routes that exist (stubs
//!   included); another method on a known path `405 method_not_allowed`, both in Stytch's error
//!   shape.
//! - New passwords must score at least 3 out of 4 with zxcvbn (Stytch's default policy), with the
//!   account's email address as a user input, and must not be breached: the
//!   [built-in list](BUILT_IN_BREACHED_PASSWORDS) and your own
//!   ([`LocalStytchBuilder::breached_passwords`]) stand in for HaveIBeenPwned
//!   (`breached_password`, 400). LUDS policies, device fingerprinting and rate limits are not
//!   modelled.
//! - Project settings are set on the builder (or over HTTP, `POST /__local/settings`), with
//!   Stytch's defaults: the vertical
//!   ([`LocalStytchBuilder::vertical`]; a consumer project answers the B2B endpoints
//!   `invalid_b2b_endpoint`, a B2B project the consumer ones `invalid_consumer_endpoint`, both 400;
//!   the default answers both), and the user lock ([`LocalStytchBuilder::user_lock`]; 10
//!   consecutive wrong existing passwords lock the user for an hour on the local clock, during
//!   which every attempt is answered `user_lock_limit_reached`, 429).
//! - Custom claims follow Stytch's custom-claims guide: an update merges into the session's claims
//!   deeply, `null` deletes a key at any depth, and the 4 KB limit (`custom_claims_too_large`)
//!   applies to the claims after the merge. Reserved claims (`iss`, `sub`, `aud`, `exp`, `nbf`,
//!   `iat`, `jti`) are refused with `reserved_claims_in_custom_claims`, keys under
//!   `https://stytch.com/` with `stytch_claims_in_custom_claims`, by the request types' own
//!   `validate()` and by the server alike.
//! - A B2B session that belongs to another organization than the one named is answered
//!   `session_not_found` (404). When the organization requires MFA
//!   ([`NewOrganization::mfa_required`]) and the session has no second factor, the reset goes
//!   through but the member is not authenticated: `member_authenticated: false`, an
//!   `intermediate_session_token` (ten minutes), `mfa_required`, and no session.
//! - Optional objects that do not apply are sent as `null` (`session`, `user_device`,
//!   `member_session`, `mfa_required`, `member_device`, `intermediate_session_token_expires_at`),
//!   as Stytch sends them.
//! - The consumer reset checks a `session_token` or `session_jwt` if one is given (it must name a
//!   live session of the user), then revokes every session of the user, that one included, as
//!   the issue of record describes; a new session starts only with `session_duration_minutes`.
//! - `POST /v1/sessions/authenticate` and `POST /v1/b2b/sessions/authenticate` take exactly one
//!   of `session_token` / `session_jwt` (`no_session_arguments`, `too_many_session_arguments`,
//!   400). A JWT is accepted past its `exp` while its signature is good and its session lives,
//!   and every answer carries a fresh JWT; `session_duration_minutes` sets the session's end that
//!   many minutes from now (without it the end stays), `session_custom_claims` merge as in the
//!   resets, and a revoked or expired session, or one of the other kind (a member's on the
//!   consumer route), is `session_not_found` (404). The B2B answer has `member_session`, `member`
//!   and `organization`. An `authorization_check` is judged against Stytch's default RBAC policy
//!   with nothing added, the only one the local project has: a user's `stytch_user` Role grants
//!   nothing (`consumer_session_authorization_error`, 403); a member's `stytch_member` Role grants
//!   every action on `stytch.self` (the answer's `verdict` names it) and nothing else
//!   (`session_authorization_error`, 403); a check naming another organization than the
//!   member's is `session_authorization_tenancy_error` (403). Stub the route to answer what a
//!   richer policy would.
//! - Session tokens are 44 random characters from the operating system's generator (ring's
//!   `SystemRandom`), as are ids and request ids. Session JWTs are RS256 and carry Stytch's claims (`sub`, `iss` `stytch.com/{project_id}`, `aud`
//!   `[project_id]`, `iat`, `nbf`, `exp`, `https://stytch.com/session`, for members
//!   `https://stytch.com/organization`) and the custom claims. Their times follow the model below.
//! - Keys: each local Stytch signs consumer session JWTs with one key and member session JWTs
//!   with another, each under a random key id (`jwk-test-{uuid}`), served at
//!   `GET /v1/sessions/jwks/{project_id}` and `GET /v1/b2b/sessions/jwks/{project_id}`
//!   respectively, without credentials, as apps and SDKs fetch them. So a verifier refuses a JWT
//!   of another local Stytch (its key id is unknown; within one process its key differs too) and
//!   a member's JWT checked with the consumer keys, and the local Stytch's own routes refuse them
//!   (`session_not_found`). The keys come from a pool of eight **public test keys** checked in
//!   with the crate: a test double on loopback, not a security boundary; anyone can sign with
//!   them. A local Stytch that starts over ([`LocalStytch::reset`]) keeps its keys, so the key
//!   sets apps cached stay right.
//!
//! # Time, and session JWTs on two clocks
//!
//! The local clock is the wall clock plus however far the test moved it
//! ([`LocalStytch::advance`], `POST /__local/clock/advance`); it never runs behind the wall
//! clock. Everything Stytch decides server-side runs on the local clock: session ends, the
//! five-minute reset rule, user locks, and which session a JWT still names.
//!
//! A JWT is checked by clients on one of two clocks: the official SDKs, `jsonwebtoken`, `jose`
//! and most apps use the wall clock; a test that gives its verifier the local clock
//! ([`LocalStytch::now`], `GET /__local/clock`; Node's `current_date`) uses the local one. The
//! local Stytch writes each JWT's times so that it is right on both:
//!
//! - `iat` and `nbf` are the wall clock's now, the earlier of the two: a verifier on either clock
//!   never finds a JWT issued in its future, so the SDKs' local verification works after the
//!   clock was moved, and a maximum token age on the wall clock sees the real age.
//! - `exp` is five minutes after the local clock's now: a verifier on the local clock finds the
//!   JWT expired exactly when Stytch would (move the clock six minutes and it has expired, so
//!   Node's `authenticateJwt` given `current_date` falls back to `sessions/authenticate`, which
//!   answers a fresh one), and a verifier on the wall clock no sooner than five minutes after it
//!   was issued: five minutes plus however far the clock had been moved when it was issued.
//!
//! What no model can do: a verifier on the wall clock cannot see the local clock move, so a JWT
//! issued before a move keeps verifying there until its `exp`, as a JWT of a revoked session
//! verifies locally on Stytch until its `exp`. Give the verifier the local clock to see it
//! expire, or a maximum token age of zero to send every JWT to `sessions/authenticate`, which
//! always decides on the local clock. After a move, a maximum token age checked on the local
//! clock counts the move as age (`iat` is on the wall clock).
//!
//! `tests/sdk/` in the repository drives the official Python and Node SDKs through all of this
//! against the standalone server.
//!
//! # The server
//!
//! A small HTTP/1.1 server on `std`: one thread per connection, at most 256. At the cap, the
//! connection idle the longest (waiting for its next request, no byte of it read) is closed; a
//! connection with a request in progress, from its first byte to its answer, is never closed to
//! make room: when all 256 are busy, a new connection waits in the listen backlog until one ends.
//! Keep-alive and pipelining (RFC 9112 section 9.3.2: requests sent back to back, in any number
//! of reads, answered in order), and bounds that hold against a hostile client: a request head
//! over 32 KiB is answered `431`, a body over 1 MiB `413`, a bad or conflicting `Content-Length`
//! `400` (two written differently, `0` and `00`, conflict), each in Stytch's error shape, then
//! the connection is closed; a head must arrive within 10 s of its first byte, a body within
//! 10 s, and an idle connection is closed after 30 s. A handler that panics is answered `500`
//! and the server goes on. Dropping the [`LocalStytch`] closes every connection and returns
//! promptly; the port then refuses connections. The clock saturates at 9999-12-31T23:59:59Z.
//!
//! # Stubs and faults
//!
//! [`LocalStytch::stub`] answers any declared endpoint (matched by its method and path template)
//! with a response (`200`, or any 2xx with a body:
//! [`reply_with_status`](StubBuilder::reply_with_status)), raw JSON, a Stytch error or a
//! [`Fault`], before the built-in routes; see [`StubBuilder`]. A stub on a built-in endpoint
//! injects faults into it. A stub that could not be written as valid HTTP is refused
//! when it is added ([`LocalError::Invalid`] from Rust, `400` naming the field over HTTP): a
//! status outside 200-599 (an error outside 400-599), a body with 204, 205 or 304, a
//! `Content-Type` that is empty or holds CR, LF or another control character.
//!
//! Requests need the project's credentials, except the JWKS and the stubs of endpoints that take
//! none or credentials of their own (Stytch's M2M token endpoint, say): those declared
//! `auth = none` ([`Endpoint::AUTH`](crate::Endpoint::AUTH)), and any made
//! [`without_credentials`](StubBuilder::without_credentials) (`"auth": "none"` over HTTP).
//! Without the project's credentials only those stubs answer; anything else is `401`. A form
//! body (`body = form`) reaches matchers and the journal as an object of its decoded pairs,
//! secrets redacted as in JSON.
//!
//! A stub holds the requests it is asked to answer to Stytch's published schema, as its
//! declaration was ([`Endpoint::SCHEMA`](crate::Endpoint::SCHEMA), see
//! [`schema`](crate::schema)): a JSON body with a field the schema does not have (nested objects
//! included), a value of another JSON type or outside an enumeration, a required field missing or
//! `null`, or an unknown or mistyped query parameter is answered `400 bad_request` in Stytch's
//! error shape, naming every such field, and the stub is not counted. That is what a test needs
//! to see what the compiler could not (a field declared `schema = false`, a flattened map, a
//! `serde_json::Value`); fields the declaration opted out are taken. Whether Stytch itself refuses
//! an unknown field or passes over it is not in its documentation and could not be tried from
//! here; the local Stytch refuses it, so that a misspelt name shows in a test rather than being
//! ignored. A stub added over HTTP has no declaration, so no schema.
//!
//! ```
//! use serde::{Deserialize, Serialize};
//! use stytch_endpoint::local::LocalStytch;
//! use stytch_endpoint::stytch_endpoint;
//!
//! #[stytch_endpoint(GET, "/v1/users/{user_id}", response = GetUserResponse)]
//! pub struct GetUser {
//!     pub user_id: String,
//! }
//!
//! #[derive(Debug, Serialize, Deserialize)]
//! pub struct GetUserResponse {
//!     pub request_id: String,
//!     pub user_id: String,
//! }
//!
//! let stytch = LocalStytch::start()?;
//! let stub = stytch
//!     .stub::<GetUser>()
//!     .when(|req| req.param("user_id") == Some("user-test-1"))
//!     .reply(GetUserResponse { request_id: String::new(), user_id: "user-test-1".into() });
//! stytch.stub::<GetUser>().fail(404, "user_not_found", "User not found")?;
//!
//! let client = stytch.client();
//! assert_eq!(GetUser { user_id: "user-test-1".into() }.send(&client)?.user_id, "user-test-1");
//! let err = GetUser { user_id: "user-test-2".into() }.send(&client).unwrap_err();
//! assert_eq!(err.error_type(), Some(&stytch_endpoint::ErrorType::UserNotFound));
//! assert_eq!(stub.hits(), 1);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! # The journal
//!
//! [`LocalStytch::requests_seen`] lists the API requests answered: method, path, query, headers
//! and JSON body, with credentials and secrets redacted (see [`SeenRequest`]), and the status,
//! `error_type` and `request_id` answered; [`requests_seen_for::<E>()`](LocalStytch::requests_seen_for)
//! those of one endpoint. Secrets are redacted whichever stub or route answered, or none: every
//! field and header declared `secret` by an endpoint the local Stytch knows (its own and every
//! stub's), the well-known names, and any text value under a name holding `password`, `token`,
//! `session`, `secret`, `code`, `key`, `jwt` and the like. A request refused for its credentials
//! is checked before its body is parsed and keeps only its method, path and answer.
//!
//! The journal is bounded: the latest [`DEFAULT_JOURNAL_ENTRIES`] (10 000) entries within about
//! [`DEFAULT_JOURNAL_BYTES`] (16 MiB) of memory by default, the oldest going first
//! ([`LocalStytchBuilder::journal_limits`]). Each entry has a [`sequence`](SeenRequest::sequence)
//! number, never reused (not even after a reset), and
//! [`requests_seen_since`](LocalStytch::requests_seen_since) (`GET /__local/requests?since=N`)
//! reads only what is new: a reader that polls copies nothing twice. Entries are shared, not
//! copied, under the journal's own lock, which no other part of the local Stytch waits on.
//!
//! # The control plane
//!
//! Under `/__local/` on the same port, with the same credentials, for apps and test suites in any
//! language: seed users, organizations, members and sessions (`POST /__local/users`,
//! `/organizations`, `/members`, `/sessions`, `/seed`), start over (`POST /__local/reset`), read
//! and change the project's settings (`GET`/`POST /__local/settings`: `vertical`,
//! `user_lock_threshold`, `user_lock_seconds`, `breached_passwords`), read and move the clock (`GET /__local/clock`, `POST /__local/clock/advance`), read and empty the
//! journal (`GET`/`DELETE /__local/requests`), add, list and remove stubs and faults
//! (`POST`/`GET`/`DELETE /__local/stubs`). `GET /__local/` lists them all. The crate's
//! `local-stytch` program documents each with `curl` (`local-stytch --help`, after
//! `cargo install stytch-endpoint --features local`).
//!
//! # Seed files
//!
//! [`LocalStytch::seed_json`], `POST /__local/seed` and `local-stytch --seed FILE` take:
//!
//! ```json
//! {
//!   "users": [{"email": "lin@example.com", "password": "old password 1234!",
//!              "sessions": [{"duration_minutes": 60}]}],
//!   "organizations": [{
//!     "organization_name": "Globex", "organization_slug": "globex",
//!     "organization_id": "optional", "organization_external_id": "optional", "mfa_required": false,
//!     "members": [{"email_address": "hank@globex.example", "password": "old password 1234!",
//!                  "sessions": [{"factors": [{"type": "magic_link", "authenticated_seconds_ago": 30}]}]}]
//!   }]
//! }
//! ```
//!
//! A session takes `duration_minutes` (default 60), `factors` (`type`: `password`,
//! `magic_link`, `email_otp`, `totp`, `otp`, or another of Stytch's types with a
//! `delivery_method`; `authenticated_seconds_ago`, or `authenticated_at`, an RFC 3339 time on the
//! local clock) and `custom_claims`. `mfa_required: true` is
//! [`NewOrganization::mfa_required`]. Unknown fields are refused. The answer has
//! the same shape, with every object made and each session's `session_id`, `session_token`,
//! `session_jwt` and `expires_at`.
//!
//! # Where Stytch's documentation disagrees with itself
//!
//! - Reserved custom claims: the API reference of the endpoints says claims named `iss`, `sub`,
//!   `aud`, `exp`, `nbf`, `iat` or `jti` "will be ignored"; the custom-claims guide says reserved
//!   claims (those and `https://stytch.com/*`) "will result in an error if they are set". The
//!   local Stytch follows the guide: an error is what an app must handle, and silently losing a
//!   claim is the worse surprise to meet first in production.
//! - JWKS credentials: the session JWKS reference does not say whether credentials are needed,
//!   while Stytch's other JWKS route says none are and the guides tell apps to hand the URL to
//!   their JWT library (which sends none). The local JWKS routes need no credentials.
//! - User locks: the lock guide says a lock starts after the threshold of consecutive failures
//!   and the error list says locked users get `user_lock_limit_reached`; neither says what the
//!   failure that reaches the threshold answers. Here it is still the ordinary failure (401), and
//!   every attempt after it is 429 until the lock expires.
//! - The status of `invalid_b2b_endpoint` and `invalid_consumer_endpoint` is not documented;
//!   they are answered 400, as request mistakes are.

mod b2b;
mod builder;
mod claims;
mod clock;
mod consumer;
mod control;
mod error;
mod failure;
mod handle;
mod http;
mod journal;
mod jwks;
mod jwt;
mod policy;
mod project;
mod rng;
mod seed;
mod seeding;
mod server;
mod sessions;
mod store;
mod stub;
mod timestamp;

pub use builder::LocalStytchBuilder;
pub use error::LocalError;
pub use handle::LocalStytch;
pub(crate) use handle::Shared;
pub use journal::{SeenRequest, DEFAULT_JOURNAL_BYTES, DEFAULT_JOURNAL_ENTRIES};
pub use project::{Vertical, BUILT_IN_BREACHED_PASSWORDS};
pub use seed::{Factor, NewOrganization, NewSession, SeededSession};
pub use stub::{Fault, RawAnswer, Stub, StubBuilder, StubRequest};
