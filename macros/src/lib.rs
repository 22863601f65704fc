//! The `#[stytch_endpoint]` attribute of [`stytch-endpoint`](https://docs.rs/stytch-endpoint).
//!
//! Use it through `stytch_endpoint::stytch_endpoint`: the generated code refers to items of the
//! runtime crate, so this crate is not useful on its own. The attribute is documented there.
//!
//! The three attributes run one pipeline (`pipeline`): read the item, read and check it into a
//! model with one error sink (`ctxt`) that records every mistake with its span and keeps going,
//! then expand the model or, after a mistake, emit the item with the errors and fallback impls.
//! Each attribute says only what differs; the shared pieces (reading the item, `respan`, the one
//! lint-allow list, the `stytch` helper's name in `model`) serve all three.
//!
//! - reading: `args` splits the attribute's arguments, `read` reads them and the struct's fields,
//!   whose attributes `field_attr` (`#[stytch(...)]`) and `serde_attr` (`#[serde(...)]`) read;
//! - checking: `path` splits the path template against the fields, `check` checks the rest, and
//!   `suggest` finds what a misspelt name was meant to be; `parse` runs those steps for
//!   `#[stytch_endpoint]` into its `model`;
//! - expanding: `expand` turns a checked endpoint model into code.
//!
//! `object` (`#[stytch_object]`) and `open_enum` (`#[stytch_enum]`) are the other two attributes'
//! steps, with the same readers and checks (`case` has serde's rename rules for fields and for
//! variants).
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
mod object;
mod open_enum;
mod parse;
mod path;
mod pipeline;
mod read;
mod schema;
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
/// The arguments (method, path, `response = Type`, `exactly_one_of`, `at_most_one_of`,
/// `crate = path`), the field rules in `#[stytch(...)]` and everything else about declarations
/// are in one reference, the `declaring` module of `stytch-endpoint`:
/// <https://docs.rs/stytch-endpoint/latest/stytch_endpoint/declaring/index.html>.
///
/// Derives go below the attribute. With a `secret` field the attribute writes `Debug` and removes
/// `Debug` from the derives below it; a `#[derive(Debug)]` above the attribute is applied before
/// the attribute runs, and its impl then conflicts with the redacting one.
///
/// The attribute implements `stytch_endpoint::Endpoint` and adds the inherent methods
/// `validate(&self)` and `send(&self, &Client)`. Every mistake in a declaration is a compile error
/// on the offending token.
#[proc_macro_attribute]
pub fn stytch_endpoint(args: TokenStream, item: TokenStream) -> TokenStream {
    pipeline::run::<expand::StytchEndpoint>(args.into(), item.into()).into()
}

/// Declares a response object: a struct that decodes what Stytch may send next year.
///
/// ```ignore
/// use stytch_endpoint::stytch_object;
///
/// #[stytch_object]
/// #[derive(Clone, Default, PartialEq)]
/// pub struct MagicLinkSent {
///     pub request_id: String,
///     pub user_id: String,
///     #[stytch(secret)]
///     pub session_token: String,
/// }
/// ```
///
/// The attribute writes `Serialize`, `Deserialize` and `Debug` (fields marked `#[stytch(secret)]`
/// print as `<redacted>`). Decoding accepts only a JSON object; unknown fields are ignored, and a
/// missing or `null` field takes its type's `Default`, except a field marked `#[stytch(required)]`:
/// what makes an answer a success (an id, the `request_id`) must be there and filled (a
/// non-empty `String` or `Vec`, `Some`, a non-null JSON value), or decoding fails, and the call
/// reports a decode error that keeps the HTTP status. Field and container `#[serde(...)]`
/// attributes apply as with serde's derive. Derive anything else (`Clone`, `Default`, `PartialEq`)
/// below the attribute; a struct used as a field of another object needs `Default`. Generic
/// parameters and lifetimes are refused: a response owns its data. The one argument,
/// `crate = path`, is for a crate that renames the runtime, as with `#[stytch_endpoint]`
/// (`#[stytch_object(crate = stytch)]`). The crate documentation of
/// `stytch-endpoint` (its `declaring` module) has the full reference.
#[proc_macro_attribute]
pub fn stytch_object(args: TokenStream, item: TokenStream) -> TokenStream {
    pipeline::run::<object::StytchObject>(args.into(), item.into()).into()
}

/// Declares an enum of string values that stays open: a value not listed decodes into its
/// `Other(String)` variant, and encodes back to the same string.
///
/// ```ignore
/// use stytch_endpoint::stytch_enum;
///
/// #[stytch_enum]
/// #[serde(rename_all = "snake_case")]
/// #[derive(Clone, Debug, PartialEq, Eq, Hash)]
/// pub enum UserStatus {
///     Active,
///     Pending,
///     /// A value not listed above, kept as the server sent it.
///     Other(String),
/// }
/// ```
///
/// Each unit variant is one value, named as serde would (`#[serde(rename = "...")]`,
/// `#[serde(alias = "...")]`, `#[serde(rename_all = "...")]`); the catch-all `Other(String)` is
/// required, written by you, so that every derive sees it. The attribute writes `as_str`,
/// `Display`, `FromStr`, `From<&str>`, `Default` (`Other("")`), `Serialize` and `Deserialize`.
/// The one argument, `crate = path`, is for a crate that renames the runtime, as with
/// `#[stytch_endpoint]` (`#[stytch_enum(crate = stytch)]`).
/// The crate documentation of `stytch-endpoint` has the full reference.
#[proc_macro_attribute]
pub fn stytch_enum(args: TokenStream, item: TokenStream) -> TokenStream {
    pipeline::run::<open_enum::StytchEnum>(args.into(), item.into()).into()
}
