//! The wire form: a private struct of references to the fields that go into the body or query,
//! whose derived `Serialize` follows the wire names and serde's serialize options.

use crate::model::{Endpoint, Field};
use crate::pipeline::respan;
use proc_macro2::TokenStream;
use quote::{format_ident, quote, quote_spanned, ToTokens};
use syn::spanned::Spanned;

/// The fields that go into the body or query.
pub fn fields(model: &Endpoint) -> impl Iterator<Item = &Field> {
    model.fields.iter().filter(|f| !f.in_path && !f.serde.skip && f.rules.header.is_none())
}

/// A private struct of references whose `Serialize` is the wire form: path parameters, headers
/// and skipped fields left out, `None` omitted, the wire names and serde's serialize options
/// applied. A field's `#[cfg]` goes with it.
pub fn definition(model: &Endpoint) -> TokenStream {
    let krate = &model.krate;
    let mut helpers = TokenStream::new();
    let fields = fields(model).map(|f| {
        let ident = &f.ident;
        let ty = &f.ty;
        let cfgs = &f.cfgs;
        let mut attrs = quote!(#(#cfgs)*);
        if f.serde.flatten {
            attrs.extend(quote!(#[serde(flatten)]));
        } else {
            let wire = &f.serde.wire;
            attrs.extend(quote!(#[serde(rename = #wire)]));
        }
        if let Some(path) = &f.serde.skip_if {
            let helper = format_ident!("__stytch_skip_if_{}", ident);
            let helper_name = helper.to_string();
            helpers.extend(quote_spanned!(path.span()=>
                #(#cfgs)*
                fn #helper(value: &&#ty) -> bool { #path(*value) }
            ));
            attrs.extend(quote!(#[serde(skip_serializing_if = #helper_name)]));
        } else if f.option_inner.is_some() {
            let is_none = format!("{}::__private::is_none", krate.to_token_stream());
            attrs.extend(quote!(#[serde(skip_serializing_if = #is_none)]));
        }
        // Every field serializes through a helper spanned on the user's code, so that a field whose
        // type is not `Serialize` (or a `serialize_with` of the wrong type) is reported there,
        // rather than on the attribute through serde's derive.
        let helper = format_ident!("__stytch_serialize_{}", ident);
        let helper_name = helper.to_string();
        let serialize = match &f.serde.serialize_with {
            Some(path) => quote_spanned!(path.span()=> #path(*value, serializer)),
            None if f.serde.flatten => quote!(),
            None => {
                let krate = respan(krate, ty.span());
                quote_spanned!(ty.span()=>
                    #krate::__private::serde::Serialize::serialize(*value, serializer)
                )
            }
        };
        if !serialize.is_empty() {
            let span = f.serde.serialize_with.as_ref().map_or_else(|| ty.span(), |p| p.span());
            let krate = respan(krate, span);
            helpers.extend(quote_spanned!(span=>
                #(#cfgs)*
                fn #helper<S: #krate::__private::serde::Serializer>(
                    value: &&#ty,
                    serializer: S,
                ) -> ::core::result::Result<S::Ok, S::Error> {
                    #serialize
                }
            ));
            attrs.extend(quote!(#[serde(serialize_with = #helper_name)]));
        }
        quote!(#attrs #ident: &'__stytch #ty,)
    });
    let fields: Vec<TokenStream> = fields.collect();
    let serde_crate = format!("{}::__private::serde", krate.to_token_stream());
    quote! {
        #helpers

        #[derive(#krate::__private::serde::Serialize)]
        #[serde(crate = #serde_crate)]
        struct __StytchWire<'__stytch> {
            #(#fields)*
            #[serde(skip)]
            __stytch_marker: ::core::marker::PhantomData<&'__stytch ()>,
        }
    }
}

pub fn value(model: &Endpoint) -> TokenStream {
    let fields = fields(model).map(|f| {
        let ident = &f.ident;
        let cfgs = &f.cfgs;
        quote!(#(#cfgs)* #ident: &self.#ident,)
    });
    quote!(__StytchWire { #(#fields)* __stytch_marker: ::core::marker::PhantomData })
}
