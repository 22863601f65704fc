//! The `#[stytch_endpoint]` attribute of [`stytch-endpoint`](https://docs.rs/stytch-endpoint).
//!
//! Use it through `stytch_endpoint::stytch_endpoint`: the generated code refers to items of the
//! runtime crate, so this crate is not useful on its own. The attribute is documented there.
//!
//! The macro works in three steps: [`model`] parses the attribute and the struct into a model,
//! checking it and collecting every mistake with its span; [`expand`] turns a checked model into
//! code. Nothing here runs when the user's program runs.

#![deny(missing_docs)]

mod args;
mod case;
mod expand;
mod model;
mod rules;

use proc_macro::TokenStream;

/// Declares a Stytch endpoint on a struct with named fields.
///
/// See `stytch_endpoint::stytch_endpoint` for the full reference.
#[proc_macro_attribute]
pub fn stytch_endpoint(args: TokenStream, item: TokenStream) -> TokenStream {
    expand::endpoint(args.into(), item.into()).into()
}
