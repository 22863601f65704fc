//! Declaring endpoints: the reference.
//!
//! Any Stytch endpoint is a struct with [`#[stytch_endpoint]`](macro@crate::stytch_endpoint) and a
//! response type with [`#[stytch_object]`](macro@crate::stytch_object). This page says how the
//! fields reach the wire, how answers are decoded, and how to test a declaration. It is the one
//! reference for the attributes: the README, the crate documentation and the macros' own
//! documentation link here.
//!
//! # The attribute's arguments and field rules
//!
//! `#[stytch_endpoint(METHOD, "/path", response = Type, ...)]` takes, in order:
//!
//! | argument | meaning |
//! |---|---|
//! | `GET`, `POST`, `PUT`, `PATCH` or `DELETE` | the method, bare. `POST`/`PUT`/`PATCH` send the fields as a JSON body; `GET`/`DELETE` as the query string |
//! | `"/v1/..."` | the path, a string literal starting with `/`. Each `{field}` names a field of the struct; its value is spelled as serde spells it (a string as it is, a number or boolean as in JSON, an enum variant under its serde name), percent-encoded into the path, and left out of the body and query |
//! | `response = Type` | what a 2xx answer decodes into: a [`#[stytch_object]`](macro@crate::stytch_object) struct, [`Ack`](crate::Ack) when only the acknowledgement matters, or any type that owns its data (`serde::de::DeserializeOwned`) and decodes from a JSON object, `HashMap<String, serde_json::Value>` included (`()`, `Vec<T>`, strings and numbers are compile errors) |
//! | `exactly_one_of(a, b, ...)` | optional: exactly one of these `Option` fields must be set |
//! | `at_most_one_of(a, b, ...)` | optional: at most one of these `Option` fields may be set |
//! | `auth = none` | optional: the request carries no project credentials (no `Authorization` header, whatever the client was built with), for Stytch's public routes (the JWKS) and for endpoints that authenticate with values in the request (the M2M token endpoint, `POST /v1/public/{project_id}/oauth2/token`, takes the M2M client's id and secret in its body; mark the secret `secret` as any other). [`Endpoint::AUTH`](crate::Endpoint::AUTH) tells it to code; `auth = project` is the default |
//! | `body = form` | optional, `POST`/`PUT`/`PATCH` only: the body is `application/x-www-form-urlencoded` (the pairs the query string would have, percent-encoded), as OAuth 2.0 token endpoints take it; [`Endpoint::BODY`](crate::Endpoint::BODY); `body = json` is the default |
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
//! | `secret` | not a check: the field prints as `<redacted>` in the `Debug` the attribute then writes, and is listed in [`Endpoint::SECRET_FIELDS`](crate::Endpoint::SECRET_FIELDS) | any field |
//! | `header = "Name"` | not a check: the field is sent as this request header, not in the body, query or path (`None` sends none); a value with CR, LF or another ASCII control character is a violation (a tab is allowed, as in any HTTP field value). The name must be a valid header name, and not one the client writes itself (`Authorization`, `Content-Type`, `Content-Length`, `Host`, `Accept`, `User-Agent`, `Transfer-Encoding`, `Connection`) | `String`, `Option<String>` (any text) |
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
//! `None` is left out, never sent as `null`. The attribute implements [`Endpoint`](crate::Endpoint) and adds two
//! inherent methods: `validate(&self) -> Result<(), Error>` and
//! `send(&self, &Client) -> Result<Response, Error>`, which validates first and never opens a
//! connection for an invalid request.
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
//! ## Where `None` is left out
//!
//! Exactly here: a field of the request struct written `Option<...>` (in the body, the query
//! and a form body), and a field written `Option<...>` of a [`#[stytch_object]`](macro@crate::stytch_object)
//! struct, wherever that struct sits: a nested value (`siwe_params: Option<SiweParams>`), a list
//! of them, or a `#[serde(flatten)]` field. Declare a request's nested values with
//! `#[stytch_object]` too, and `None` never reaches the wire as `null`:
//!
//! ```
//! use stytch_endpoint::{stytch_endpoint, stytch_object, Ack, Endpoint};
//!
//! #[stytch_object]
//! #[derive(Clone, Default)]
//! pub struct SiweParams {
//!     pub domain: String,
//!     pub chain_id: Option<String>,
//! }
//!
//! #[stytch_endpoint(POST, "/v1/crypto_wallets/authenticate/start", response = Ack)]
//! pub struct Start {
//!     pub crypto_wallet_type: String,
//!     pub crypto_wallet_address: String,
//!     pub siwe_params: Option<SiweParams>,
//! }
//!
//! let request = Start {
//!     crypto_wallet_type: "ethereum".into(),
//!     crypto_wallet_address: "0x6df2".into(),
//!     siwe_params: Some(SiweParams::default().with_domain("example.com")),
//! };
//! let mut body = Vec::new();
//! request.write_body(&mut body)?;
//! assert_eq!(
//!     body,
//!     br#"{"crypto_wallet_type":"ethereum","crypto_wallet_address":"0x6df2","siwe_params":{"domain":"example.com"}}"#
//! );
//! # Ok::<(), stytch_endpoint::Error>(())
//! ```
//!
//! Nowhere else: a nested struct with a plain `#[derive(Serialize)]` follows serde, which sends
//! `null` for `None` unless the field says `#[serde(skip_serializing_if = "Option::is_none")]`;
//! a map or a `serde_json::Value` sends what it holds.
//!
//! # Building objects in tests
//!
//! The crate's objects are `#[non_exhaustive]` (Stytch adds fields, and so will the crate), so a
//! struct literal does not compile outside it. Every `#[stytch_object]` has a `with_<field>`
//! setter (as visible as the field) that takes anything `Into` the field's type, so a stub's
//! reply is one expression:
//!
//! ```
//! use stytch_endpoint::consumer::user::User;
//!
//! let user = User::default().with_user_id("user-test-1").with_emails(Vec::new());
//! assert_eq!(user.user_id, "user-test-1");
//! ```
//!
//! A struct that writes a method of the same name (`with_user_id`) itself gets a compile error
//! (E0592); rename one of them.
//!
//! # Credentials and the body's format
//!
//! Every request carries the project's credentials (HTTP Basic auth), except for an endpoint
//! declared `auth = none`: Stytch's public routes (the JWKS) and endpoints that authenticate
//! with values of their own, as the M2M token endpoint takes the M2M client's id and secret in its
//! body ([`m2m::TokenRequest`](crate::m2m::TokenRequest) is declared so). Mark such values
//! `secret` as any other: `Debug`, [`Endpoint::SECRET_FIELDS`](crate::Endpoint::SECRET_FIELDS)
//! and the local Stytch's journal keep them out. `body = form` sends a `POST`, `PUT` or `PATCH`
//! as `application/x-www-form-urlencoded` (the pairs of the table above, percent-encoded), for
//! OAuth 2.0-style endpoints that take it; Stytch's token endpoint takes JSON as well.
//!
//! ```
//! use stytch_endpoint::{stytch_endpoint, Ack, Auth, BodyFormat, Endpoint};
//!
//! #[stytch_endpoint(POST, "/v1/public/{project_id}/oauth2/token", response = Ack, auth = none, body = form)]
//! pub struct Token {
//!     pub project_id: String,
//!     pub client_id: String,
//!     #[stytch(secret)]
//!     pub client_secret: String,
//!     pub grant_type: String,
//! }
//!
//! let token = Token {
//!     project_id: "project-test-1".into(),
//!     client_id: "m2m-client-test-1".into(),
//!     client_secret: "a/b".into(),
//!     grant_type: "client_credentials".into(),
//! };
//! let mut body = Vec::new();
//! token.write_body(&mut body)?;
//! assert_eq!(body, b"client_id=m2m-client-test-1&client_secret=a%2Fb&grant_type=client_credentials");
//! assert_eq!((Token::AUTH, Token::BODY), (Auth::None, BodyFormat::Form));
//! # Ok::<(), stytch_endpoint::Error>(())
//! ```
//!
//! # Another host
//!
//! A declaration names a path, not a host: the client it is sent with does. For an endpoint on
//! another host (the fingerprint lookup is on Stytch's telemetry host), derive a second client
//! with [`Client::with_base_url`](crate::Client::with_base_url): the same credentials and
//! settings, another base URL. Make it once, next to the first, and send those requests with it.
//!
//! # What the wire form refuses
//!
//! Mistakes that would compile and send the wrong thing are compile errors: two fields serde
//! would send under one name (both are reported); `#[serde(skip)]` on a path parameter (the path
//! takes its value whatever serde says) or on a field with rules (they would check a value that is
//! never sent); `exactly_one_of` and `at_most_one_of` over the same fields, or one group written
//! twice; an unknown `rename_all` rule; a header the client writes itself.
//!
//! # Text fields
//!
//! The text rules (`non_empty`, `email`) apply to `String`, `&'static str`, `Cow<'static, str>`,
//! `Box<str>` and [`#[stytch_enum]`](macro@crate::stytch_enum) types, whose default `Other("")`
//! is empty: `non_empty` on an enum field catches a request built with `..Default::default()`
//! that never set it. A request struct takes no lifetime or type parameters, so a borrowed field must
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
//! time: an `Option`, `()`, a tuple, an array, a slice, a `Vec` or another list, a map, and a
//! [`#[stytch_object]`](macro@crate::stytch_object) struct. Any other struct with named fields
//! serializes to an object and is refused by `validate()`, before anything is sent: the attribute
//! sees the type's name, not its definition. [`Endpoint::path`](crate::Endpoint::path)
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
//! # Checked against Stytch's schema
//!
//! A declaration whose method and path are in Stytch's published OpenAPI description is checked
//! against it when it compiles (see [`schema`](crate::schema)): a field Stytch's schema does not
//! have is an error on the field, with the nearest name suggested
//! (`session_duration_minute`: did you mean `session_duration_minutes`?); a Rust type that cannot
//! hold the schema's JSON type is an error on the type; a field the schema requires that the
//! struct lacks, or declares as an `Option`, is reported; so are path parameters named otherwise
//! than the schema names them, and a method the schema does not have at that path. Only
//! Stytch's own `X-Stytch-*` headers are checked. A path the schema does not know compiles as
//! before. When Stytch's schema lags the API, `#[stytch(schema = false)]` on a field, or
//! `schema = false` among the attribute's arguments, leaves that field or the whole declaration
//! out. The response type is checked by one line in a test:
//! `stytch_endpoint::schema::check::<YourEndpoint>().unwrap()`.
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
