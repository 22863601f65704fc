//! The one pipeline the three attributes run, as serde_derive's `internals/` serves both of its
//! derives: read the item, read and check it into a model with one error sink, then expand the
//! model or, after a mistake, emit the item with the errors and the fallback impls that keep
//! rustc from adding errors of its own. Each attribute says only what differs ([`Attribute`]);
//! the pieces they share (one [`respan`], one lint-allow list in [`quiet`]) are here.

use crate::ctxt::Ctxt;
use proc_macro2::{Span, TokenStream};
use quote::{quote, quote_spanned, ToTokens};
use syn::spanned::Spanned;
use syn::{DeriveInput, Ident, Path};

/// What one attribute adds to the pipeline.
pub trait Attribute {
    /// The attribute as messages name it: "`#[stytch_object]`".
    const NAME: &'static str;
    /// What it applies to, for an item of another kind: "structs with named fields".
    const APPLIES_TO: &'static str;
    /// What reading and checking learn, complete or not.
    type Model;
    /// Reads the arguments and the item, recording every mistake in `cx`, and strips from `input`
    /// what only the attribute reads.
    fn read(cx: &Ctxt, args: TokenStream, input: &mut DeriveInput) -> Self::Model;
    /// The code for a declaration without mistakes (`input` may still lose a derive the
    /// attribute writes itself).
    fn expand(model: Self::Model, input: &mut DeriveInput) -> TokenStream;
    /// After a mistake: the impls the attribute would have written, with bodies that never run.
    fn fallback(model: Self::Model, input: &DeriveInput) -> TokenStream;
}

/// Runs the pipeline for `A`.
pub fn run<A: Attribute>(args: TokenStream, item: TokenStream) -> TokenStream {
    let mut input = match crate::read::item(item, A::NAME, A::APPLIES_TO) {
        Ok(input) => input,
        Err(tokens) => return tokens,
    };
    let cx = Ctxt::new();
    let model = A::read(&cx, args, &mut input);
    match cx.check() {
        Ok(()) => {
            let generated = A::expand(model, &mut input);
            quote!(#input #generated)
        }
        Err(err) => {
            let err = err.to_compile_error();
            let fallback = A::fallback(model, &input);
            quote!(#input #err #fallback)
        }
    }
}

/// The lint allows on everything the three attributes write: the user's crate may deny any lint,
/// what the attribute writes stays quiet under all of them, and a `#[deprecated]` field is the
/// user's to use.
pub fn quiet() -> TokenStream {
    quote!(#[allow(non_local_definitions, deprecated, clippy::all, clippy::pedantic, clippy::nursery)])
}

/// `ident` with another span, so that an expression using it is reported as one span.
pub fn respanned(ident: &Ident, span: Span) -> Ident {
    let mut ident = ident.clone();
    ident.set_span(span);
    ident
}

/// The tokens of `path` with another span, for code written with `quote_spanned!`.
pub fn respan(path: &Path, span: Span) -> TokenStream {
    path.to_token_stream()
        .into_iter()
        .map(|mut tree| {
            tree.set_span(span);
            tree
        })
        .collect()
}

/// `&self.field` in a generated `Debug`, spanned on the field's type: a type that is not `Debug`
/// is reported there, with the reason.
pub fn debug_value(krate: &Path, ident: &Ident, ty: &syn::Type) -> TokenStream {
    let span = ty.span();
    let member = respanned(ident, span);
    let krate = respan(krate, span);
    quote_spanned!(span=> #krate::__private::debug_field(&self.#member))
}
