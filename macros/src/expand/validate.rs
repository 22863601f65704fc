//! The generated `validate()`: every field rule, then the group rules, in field order.

use crate::model::Rule;
use crate::model::{Endpoint, Field};
use crate::pipeline::{respan, respanned};
use proc_macro2::TokenStream;
use quote::{format_ident, quote, quote_spanned};
use syn::spanned::Spanned;
use syn::Path;

/// The body of `Endpoint::validate`.
pub fn body(model: &Endpoint) -> TokenStream {
    let krate = &model.krate;
    let mut checks = Vec::new();
    for (index, field) in model.fields.iter().enumerate() {
        let field_checks = field_checks(field, krate);
        let cfgs = &field.cfgs;
        checks.push(if cfgs.is_empty() { field_checks } else { quote!(#(#cfgs)* { #field_checks }) });
        for group in model.groups.iter().filter(|g| g.members.first() == Some(&index)) {
            let wire = &field.serde.wire;
            let names: Vec<&str> =
                group.members.iter().map(|&i| model.fields[i].serde.wire.as_str()).collect();
            let present = group.members.iter().map(|&i| {
                let ident = &model.fields[i].ident;
                quote!(::core::option::Option::is_some(&self.#ident))
            });
            let rule = format_ident!("{}", if group.exactly { "exactly_one_of" } else { "at_most_one_of" });
            checks.push(quote! {
                #krate::__private::rules::#rule(&mut __violations, #wire, &[#(#present),*], &[#(#names),*]);
            });
        }
    }
    quote! {
        let mut __violations = #krate::__private::Violations::new();
        #(#checks)*
        __violations.finish()
    }
}

fn field_checks(field: &Field, krate: &Path) -> TokenStream {
    let wire = &field.serde.wire;
    let ident = &field.ident;
    let mut out = TokenStream::new();
    let target = field.option_inner.as_ref().unwrap_or(&field.ty);
    // The runtime crate spanned as the code around it, so that rustc points only at the user's
    // tokens.
    let krate_ty = respan(krate, field.ty.span());
    let krate_target = respan(krate, target.span());
    if field.in_path {
        // A path parameter must be one safe, non-empty segment; `non_empty` already reports an
        // empty text.
        let report_empty = !field.rules.rules.iter().any(|r| matches!(r, Rule::NonEmpty));
        let member = respanned(ident, field.ty.span());
        let ty = &field.ty;
        out.extend(quote_spanned!(field.ty.span()=>
            {
                #[allow(unused_imports)]
                use #krate_ty::__private::{ObjectProbe as _, ScalarProbe as _};
                #krate_ty::__private::path_segment_kind(
                    (&&#krate_ty::__private::PathProbe::<#ty>(::core::marker::PhantomData)).kind(),
                );
            }
            #krate_ty::__private::rules::path_param(
                &mut __violations,
                #wire,
                #krate_ty::__private::rules::path_value(&self.#member),
                #report_empty,
            );
        ));
    }
    if field.rules.header.is_some() {
        // A header value must not break the request's framing; the call also checks the type.
        let member = respanned(ident, field.ty.span());
        out.extend(quote_spanned!(field.ty.span()=>
            #krate_ty::__private::rules::header_value(
                &mut __violations,
                #wire,
                #krate_ty::__private::rules::header_text(&self.#member),
            );
        ));
    }
    let mut value_checks = TokenStream::new();
    let mut custom_checks = TokenStream::new();
    for rule in &field.rules.rules {
        let check = match rule {
            Rule::NonEmpty => quote_spanned!(target.span()=>
                #krate_target::__private::rules::non_empty(&mut __violations, #wire, __value);
            ),
            Rule::Email => quote_spanned!(target.span()=>
                #krate_target::__private::rules::email(&mut __violations, #wire, __value);
            ),
            Rule::Range { min, max } => {
                let min = bound(*min);
                let max = bound(*max);
                quote_spanned!(target.span()=>
                    #krate_target::__private::rules::range(&mut __violations, #wire, __value, #min, #max);
                )
            }
            Rule::MaxJsonSize(limit) => quote_spanned!(target.span()=>
                #krate_target::__private::rules::max_json_size(&mut __violations, #wire, __value, #limit);
            ),
            Rule::DenyKeys(keys) => quote_spanned!(target.span()=>
                #krate_target::__private::rules::deny_keys(&mut __violations, #wire, __value, &[#(#keys),*]);
            ),
            Rule::Custom(path) => {
                // A custom rule sees the whole field, `Option` included, after the other rules.
                // Spanned on the path as a whole, so that a function of the wrong type is
                // reported there.
                let member = respanned(ident, path.span());
                let krate = respan(krate, path.span());
                custom_checks.extend(quote_spanned!(path.span()=>
                    #krate::__private::rules::custom(&mut __violations, #wire, #path(&self.#member));
                ));
                continue;
            }
        };
        value_checks.extend(check);
    }
    if !value_checks.is_empty() {
        let check = if field.option_inner.is_some() {
            quote!(if let ::core::option::Option::Some(__value) = &self.#ident { #value_checks })
        } else {
            quote!({ let __value = &self.#ident; #value_checks })
        };
        out.extend(check);
    }
    out.extend(custom_checks);
    out
}

fn bound(value: Option<i128>) -> TokenStream {
    match value {
        Some(v) => {
            let lit = proc_macro2::Literal::i128_unsuffixed(v);
            quote!(::core::option::Option::Some(#lit))
        }
        None => quote!(::core::option::Option::None),
    }
}
