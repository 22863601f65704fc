//! The `#[stytch_endpoint]` attribute of [`stytch-endpoint`](https://docs.rs/stytch-endpoint).
//!
//! Use it through `stytch_endpoint::stytch_endpoint`: the generated code refers to items of the
//! runtime crate, so this crate is not useful on its own. The attribute is documented there.
//!
//! The macro works in three steps, with one error sink (`ctxt`) that records every mistake with
//! its span and keeps going:
//!
//! - reading: `args` splits the attribute's arguments, `read` reads them and the struct's fields,
//!   whose attributes `field_attr` (`#[stytch(...)]`) and `serde_attr` (`#[serde(...)]`) read;
//! - checking: `path` splits the path template against the fields, `check` checks the rest, and
//!   `suggest` finds what a misspelt name was meant to be; `model` holds the result;
//! - expanding: `expand` turns a checked model into code.
//!
//! Nothing here runs when the user's program runs.

#![deny(missing_docs)]

mod args;
mod case;
mod check;
mod ctxt;
mod expand;
mod field_attr;
mod model;
mod path;
mod read;
mod serde_attr;
mod suggest;

use proc_macro::TokenStream;

/// Declares a Stytch endpoint on a struct with named fields.
///
/// ```ignore
/// use stytch_endpoint::stytch_endpoint;
///
/// #[stytch_endpoint(POST, "/v1/b2b/passwords/session/reset", response = SessionResetResponse,
///                   exactly_one_of(session_token, session_jwt))]
/// #[derive(Clone, Default)]
/// pub struct SessionReset {
///     #[stytch(non_empty)]
///     pub organization_id: String,
///     #[stytch(non_empty, secret)]
///     pub password: String,
///     #[stytch(secret)]
///     pub session_token: Option<String>,
///     #[stytch(secret)]
///     pub session_jwt: Option<String>,
///     #[stytch(range(5..=527040))]
///     pub session_duration_minutes: Option<i32>,
/// }
/// ```
///
/// Arguments, in order: the method (`GET`, `POST`, `PUT`, `PATCH` or `DELETE`, bare); the path, a
/// string literal starting with `/` whose `{field}` segments name fields of the struct; then
/// `response = Type` and, optionally, `exactly_one_of(field, ...)` and `at_most_one_of(field, ...)`
/// over `Option` fields, and `crate = path` where the runtime crate is renamed
/// (`stytch = { package = "stytch-endpoint" }` takes `crate = stytch`).
///
/// Field rules, in `#[stytch(...)]` (removed from the emitted struct): `non_empty`, `email`,
/// `range(MIN..=MAX)`, `max_json_size = BYTES`, `deny_keys("key", ...)`, `custom = path::to::fn`
/// (`fn(&FieldType) -> Result<(), String>`), `secret` (the field prints as `<redacted>` in the
/// `Debug` the attribute then writes), and `header = "Name"` (the field, `String` or
/// `Option<String>`, is sent as that request header).
///
/// Derives go below the attribute. With a `secret` field the attribute writes `Debug` and removes
/// `Debug` from the derives below it; a `#[derive(Debug)]` above the attribute is applied before
/// the attribute runs, and its impl then conflicts with the redacting one.
///
/// The attribute implements `stytch_endpoint::Endpoint` and adds the inherent methods
/// `validate(&self)` and `send(&self, &Client)`. Every mistake in a declaration is a compile error
/// on the offending token. The crate documentation of `stytch-endpoint` has the full reference.
#[proc_macro_attribute]
pub fn stytch_endpoint(args: TokenStream, item: TokenStream) -> TokenStream {
    expand::endpoint(args.into(), item.into()).into()
}
