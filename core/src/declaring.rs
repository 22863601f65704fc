//! Declaring endpoints: the reference.
//!
//! Any Stytch endpoint is a struct with [`#[stytch_endpoint]`](macro@crate::stytch_endpoint) and a
//! response type with [`#[stytch_object]`](macro@crate::stytch_object). This page says how the
//! fields reach the wire, how answers are decoded, and how to test a declaration. The attribute's
//! arguments and field rules are listed in the [crate documentation](crate#declaring-an-endpoint).
//!
//! # Where derives go
//!
//! Write the attribute first and derives below it:
//!
//! ```
//! use stytch_endpoint::{stytch_endpoint, stytch_object};
//!
//! #[stytch_endpoint(POST, "/v1/magic_links/authenticate", response = MagicLinkAuthenticated)]
//! #[derive(Clone, Debug, Default)]
//! pub struct AuthenticateMagicLink {
//!     #[stytch(non_empty, secret)]
//!     pub token: String,
//!     #[stytch(range(5..=527040))]
//!     pub session_duration_minutes: Option<i32>,
//! }
//!
//! #[stytch_object]
//! #[derive(Clone, Default, PartialEq)]
//! pub struct MagicLinkAuthenticated {
//!     pub request_id: String,
//!     pub user_id: String,
//!     #[stytch(secret)]
//!     pub session_token: String,
//! }
//!
//! let request = AuthenticateMagicLink { token: "DOYoip3rvIMMW5lgItikFK-Ak1CfMsgjuiCyI7uuU94=".into(), ..Default::default() };
//! assert!(!format!("{request:?}").contains("DOYoip3rvIMMW5lgItikFK"));
//! ```
//!
//! - `#[stytch_endpoint]` writes `Debug` when a field is `secret`, and takes `Debug` out of a
//!   derive list below it. It needs no serde derive on the struct.
//! - `#[stytch_object]` always writes `Serialize`, `Deserialize` and `Debug` (secret fields
//!   redacted); deriving one of them below it is a compile error that says so.
//! - `#[stytch_enum]` writes `Serialize`, `Deserialize`, `Default`, `Display`, `FromStr` and
//!   `From<&str>`; derive the rest (`Clone`, `Debug`, `PartialEq`, `Eq`, `Hash`) anywhere.
//!
//! An attribute macro only sees what follows it: a `#[derive(Debug)]` written *above*
//! `#[stytch_endpoint]` or `#[stytch_object]` cannot be taken out, and rustc then reports two
//! `Debug` impls (E0119). Move the derive below the attribute.
//!
//! # Body or query
//!
//! `POST`, `PUT` and `PATCH` send the fields (minus path parameters and `#[serde(skip)]` ones) as
//! a JSON object. `GET` and `DELETE` send them in the query string, built from the same JSON:
//!
//! | field value | query |
//! |---|---|
//! | a string | the string: `email=ada%40example.com` |
//! | a number or a boolean | its JSON text: `limit=20`, `include_expired=true` |
//! | a list | one pair per element, in order: `roles=admin&roles=viewer`; an empty list sends nothing |
//! | an object or a map (nested value) | its JSON text, percent-encoded: `filter=%7B%22status%22%3A%22active%22%7D` |
//! | `None` (or any JSON `null`) | nothing: the key is left out |
//! | an empty string, `Some("")` | the key with an empty value: `cursor=` |
//!
//! Keys and values are percent-encoded (everything but RFC 3986's unreserved characters), and
//! serde's `rename`, `rename_all`, `skip_serializing_if`, `serialize_with` and `flatten` apply as
//! they do for the body. [`Endpoint::query`](crate::Endpoint::query) returns the pairs before
//! encoding:
//!
//! ```
//! use serde::Serialize;
//! use stytch_endpoint::{stytch_endpoint, Ack, Endpoint};
//!
//! #[derive(Clone, Serialize)]
//! pub struct Filter {
//!     pub status: String,
//! }
//!
//! #[stytch_endpoint(GET, "/v1/things", response = Ack)]
//! pub struct ListThings {
//!     pub limit: u32,
//!     pub roles: Vec<String>,
//!     pub filter: Option<Filter>,
//!     pub cursor: Option<String>,
//!     pub tags: Vec<String>,
//! }
//!
//! let request = ListThings {
//!     limit: 20,
//!     roles: vec!["admin".into(), "viewer".into()],
//!     filter: Some(Filter { status: "active".into() }),
//!     cursor: Some(String::new()),
//!     tags: Vec::new(),
//! };
//! let pairs: Vec<(String, String)> = request.query()?;
//! let pairs: Vec<(&str, &str)> = pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
//! assert_eq!(
//!     pairs,
//!     [
//!         ("limit", "20"),
//!         ("roles", "admin"),
//!         ("roles", "viewer"),
//!         ("filter", r#"{"status":"active"}"#),
//!         ("cursor", ""),
//!     ]
//! );
//! # Ok::<(), stytch_endpoint::Error>(())
//! ```
//!
//! # `Option`, lists and updates
//!
//! A field whose type is written `Option<...>` is left out when it is `None`, in the body and in
//! the query. Every other field is always sent, whatever its value. That matters for updates:
//! a `Vec` field that is not an `Option` is sent as `[]` when empty, and Stytch takes an empty list
//! as "clear it". Declare what an update may leave alone as `Option<Vec<T>>`:
//!
//! ```
//! use stytch_endpoint::{stytch_endpoint, Ack, Endpoint};
//!
//! #[stytch_endpoint(PUT, "/v1/users/{user_id}", response = Ack)]
//! pub struct UpdateUser {
//!     pub user_id: String,
//!     /// Always sent: `[]` would remove every role.
//!     pub roles: Vec<String>,
//!     /// Sent only when `Some`.
//!     pub external_id: Option<String>,
//! }
//!
//! let update = UpdateUser { user_id: "user-test-1".into(), roles: Vec::new(), external_id: None };
//! let mut body = Vec::new();
//! update.write_body(&mut body)?;
//! assert_eq!(body, br#"{"roles":[]}"#);
//! # Ok::<(), stytch_endpoint::Error>(())
//! ```
//!
//! `Option` is recognised by how the field's type is written (`Option<T>`,
//! `std::option::Option<T>`), because the attribute sees tokens, not types. Behind an alias it is
//! not: a field of type `type Maybe<T> = Option<T>;` is sent as `null` when it is `None`, which
//! Stytch may take as "clear this value". Write `Option<T>` on the field, or add
//! `#[serde(skip_serializing_if = "Option::is_none")]`:
//!
//! ```
//! use stytch_endpoint::{stytch_endpoint, Ack, Endpoint};
//!
//! type Maybe<T> = Option<T>;
//!
//! #[stytch_endpoint(POST, "/v1/things", response = Ack)]
//! pub struct Aliased {
//!     pub name: Maybe<String>,
//!     #[serde(skip_serializing_if = "Option::is_none")]
//!     pub note: Maybe<String>,
//! }
//!
//! let mut body = Vec::new();
//! Aliased { name: None, note: None }.write_body(&mut body)?;
//! assert_eq!(body, br#"{"name":null}"#);
//! # Ok::<(), stytch_endpoint::Error>(())
//! ```
//!
//! Rules on an `Option` field check the value inside when it is `Some`, and the group rules
//! (`exactly_one_of`, `at_most_one_of`) take only `Option` fields, recognised the same way.
//!
//! # Text fields
//!
//! The text rules (`non_empty`, `email`) apply to `String`, `&'static str`, `Cow<'static, str>`
//! and `Box<str>`. A request struct takes no lifetime or type parameters, so a borrowed field must
//! be `'static`; use `String` for text known only at run time.
//!
//! # Path parameters
//!
//! Each `{name}` of the path names a field by its Rust name (not its `#[serde(rename)]`), which
//! leaves the body and the query. Its value is any type that implements `Serialize` and
//! serializes to text, a number or a boolean (`String`, integers, `bool`, a newtype around text, a
//! unit variant of your own enum, a `#[stytch_enum]`), spelled as serde spells it in the body; it
//! is percent-encoded as one path segment, so `/`, `?`, `#` and spaces in a value stay inside the segment (`a/b` becomes
//! `a%2Fb`). A value that renders empty is a validation error
//! ([`ViolationCode::EmptyPathParameter`](crate::ViolationCode::EmptyPathParameter)) and nothing is
//! sent. What the attribute can tell from the field's type as written is refused at compile
//! time: an `Option`, `()`, a tuple, an array, a slice, a `Vec` or another list, a map. A struct
//! with named fields serializes to an object and is refused by `validate()`, before anything is
//! sent: the attribute sees the type's name, not its definition. [`Endpoint::path`](crate::Endpoint::path)
//! shows the result:
//!
//! ```
//! use stytch_endpoint::{stytch_endpoint, Ack, Endpoint};
//!
//! #[stytch_endpoint(DELETE, "/v1/b2b/organizations/{organization_id}/members/{member_id}", response = Ack)]
//! pub struct DeleteMember {
//!     pub organization_id: String,
//!     pub member_id: String,
//! }
//!
//! let request = DeleteMember { organization_id: "org 1".into(), member_id: "a/b".into() };
//! assert_eq!(request.path(), "/v1/b2b/organizations/org%201/members/a%2Fb");
//! ```
//!
//! # Responses
//!
//! `response = Type` is what a 2xx answer decodes into. Declare it with
//! [`#[stytch_object]`](macro@crate::stytch_object): a missing field or a `null` takes the
//! field's `Default`, unknown fields are ignored, and only a JSON object is accepted (never an
//! array filled field by field). Nested objects are `#[stytch_object]` structs too; enums of
//! string values are [`#[stytch_enum]`](macro@crate::stytch_enum), whose `Other(String)` keeps a
//! value added later. Mark tokens and other secrets `#[stytch(secret)]`: `Debug` then prints
//! `<redacted>` (an empty string as `""`, a `None` as `None`).
//!
//! ```
//! use stytch_endpoint::{stytch_enum, stytch_object};
//!
//! #[stytch_object]
//! #[derive(Clone, Default, PartialEq)]
//! pub struct GetUserResponse {
//!     pub request_id: String,
//!     pub user_id: String,
//!     pub status: UserStatus,
//!     pub emails: Vec<Email>,
//! }
//!
//! #[stytch_object]
//! #[derive(Clone, Default, PartialEq)]
//! pub struct Email {
//!     pub email_id: String,
//!     pub email: String,
//!     pub verified: bool,
//! }
//!
//! #[stytch_enum]
//! #[serde(rename_all = "snake_case")]
//! #[derive(Clone, Debug, PartialEq, Eq, Hash)]
//! pub enum UserStatus {
//!     Active,
//!     Pending,
//!     /// A status this program does not know, kept as Stytch sent it.
//!     Other(String),
//! }
//!
//! let user: GetUserResponse = serde_json::from_str(
//!     r#"{"request_id": "r-1", "user_id": null, "status": "archived", "emails": null, "new": 1}"#,
//! )?;
//! assert_eq!(user.user_id, "");
//! assert_eq!(user.status, UserStatus::Other("archived".into()));
//! assert!(user.emails.is_empty());
//! assert!(serde_json::from_str::<GetUserResponse>(r#"["r-1", "user-1", "active", []]"#).is_err());
//! # Ok::<(), serde_json::Error>(())
//! ```
//!
//! Where nothing in the answer matters but that Stytch acted (a deletion, a revocation), declare
//! `response = `[`Ack`](crate::Ack): the `request_id` and `status_code` every answer carries.
//! Types that can never decode from a JSON object are refused at compile time, because every
//! success would otherwise come back as an error after Stytch acted: `()`, `Vec<T>` and other
//! lists, strings, numbers, tuples. A plain `#[derive(Deserialize)]` struct still works, with
//! serde's strictness (a `null` in a non-`Option` field fails the call).
//!
//! A crate that renames this one (`stytch = { package = "stytch-endpoint" }` in Cargo.toml) says
//! so to each attribute, as to `#[stytch_endpoint]`: `#[stytch_object(crate = stytch)]`,
//! `#[stytch_enum(crate = stytch)]` (or serde's spelling, `crate = "stytch"`). They take no other
//! argument.
//!
//! # Testing a declaration
//!
//! Most of a declaration is checked without a network: [`validate`](crate::Endpoint::validate),
//! [`path`](crate::Endpoint::path), [`query`](crate::Endpoint::query) and
//! [`write_body`](crate::Endpoint::write_body) show exactly what would be sent (as above), and a
//! recorded answer decodes with `serde_json::from_str::<YourResponse>`.
//!
//! To run the whole call, point a client at a server on `127.0.0.1` that your test starts, with
//! [`ClientBuilder::base_url`](crate::ClientBuilder::base_url) (credentials travel over plain
//! `http` only to loopback). Any HTTP server will do; this one answers a single request:
//!
//! ```
//! use std::io::{BufRead, BufReader, Write};
//! use std::net::TcpListener;
//! use stytch_endpoint::{stytch_endpoint, Ack, Client};
//!
//! #[stytch_endpoint(DELETE, "/v1/users/{user_id}", response = Ack)]
//! pub struct DeleteUser {
//!     pub user_id: String,
//! }
//!
//! let listener = TcpListener::bind("127.0.0.1:0")?;
//! let url = format!("http://{}", listener.local_addr()?);
//! let server = std::thread::spawn(move || -> std::io::Result<String> {
//!     let (stream, _) = listener.accept()?;
//!     let mut reader = BufReader::new(&stream);
//!     let mut request_line = String::new();
//!     reader.read_line(&mut request_line)?;
//!     let mut line = String::new();
//!     while reader.read_line(&mut line)? > 2 {
//!         line.clear(); // the headers; a DELETE has no body
//!     }
//!     let body = r#"{"request_id": "request-id-test-1", "status_code": 200}"#;
//!     write!(&stream, "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {}\r\n\r\n{body}", body.len())?;
//!     Ok(request_line)
//! });
//!
//! let client = Client::builder().credentials("project-test-1", "secret-test-1").base_url(&url).build()?;
//! let ack = DeleteUser { user_id: "user-test-1".into() }.send(&client)?;
//! assert_eq!(ack.request_id, "request-id-test-1");
//! assert_eq!(server.join().unwrap()?, "DELETE /v1/users/user-test-1 HTTP/1.1\r\n");
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! With the `local` feature, `local::LocalStytch` runs a Stytch in-process: it answers the two
//! password resets this crate ships, and `stytch.stub::<YourEndpoint>()` makes it answer a
//! declared endpoint too (`.reply(response)`, `.fail(status, error_type, message)`, or a fault),
//! recording what was sent; see the `local` module and
//! [the crate documentation](crate#testing-without-stytch).
