//! Code generation for a checked [`Endpoint`] model.

use crate::model::{Endpoint, Field, Segment};
use proc_macro2::{Span, TokenStream};
use quote::{format_ident, quote, quote_spanned};
use syn::ext::IdentExt;
use syn::spanned::Spanned;
use syn::{DeriveInput, Ident};

mod validate;

/// The whole expansion: the struct as written (helper attributes stripped), then either the
/// generated impls or the compile errors.
pub fn endpoint(args: TokenStream, item: TokenStream) -> TokenStream {
    let mut input: DeriveInput = match syn::parse2(item.clone()) {
        Ok(input) => input,
        Err(err) => {
            let err = err.to_compile_error();
            return quote!(#item #err);
        }
    };
    match Endpoint::parse(args, &mut input) {
        Ok(model) => {
            let generated = generate(&model, &input.ident);
            quote!(#input #generated)
        }
        Err(failed) => {
            let err = failed.error.to_compile_error();
            let fallback = (!failed.generic).then(|| fallback(&input.ident, failed.response.as_ref()));
            quote!(#input #err #fallback)
        }
    }
}

/// The bodies of the generated methods; [`methods`] writes their signatures.
struct Bodies {
    /// Attributes on the inherent methods: their docs, or `#[doc(hidden)]`.
    validate_attrs: TokenStream,
    send_attrs: TokenStream,
    /// `Endpoint::METHOD`, `Endpoint::PATH`.
    method: TokenStream,
    path: TokenStream,
    /// Bodies of the inherent `validate` and `send` (which has `client`), and of the trait's
    /// methods (`write_body` has `__out`).
    inherent_validate: TokenStream,
    send: TokenStream,
    validate: TokenStream,
    render_path: TokenStream,
    query: TokenStream,
    write_body: TokenStream,
    /// `Endpoint::SECRET_FIELDS`: the wire names of the fields marked `secret`.
    secret_fields: TokenStream,
}

/// The inherent `validate`/`send` and the `Endpoint` impl, around the given bodies. Without a
/// response type (a declaration too broken to name one), only the inherent `validate`.
fn methods(name: &Ident, response: Option<&syn::Type>, bodies: &Bodies) -> (TokenStream, TokenStream) {
    let Bodies {
        validate_attrs,
        send_attrs,
        method,
        path,
        inherent_validate,
        send,
        validate,
        render_path,
        query,
        write_body,
        secret_fields,
    } = bodies;
    let inherent_validate = quote! {
        #validate_attrs
        pub fn validate(&self) -> ::core::result::Result<(), ::stytch_endpoint::Error> {
            #inherent_validate
        }
    };
    let Some(response) = response else {
        return (quote!(impl #name { #inherent_validate }), TokenStream::new());
    };
    let inherent = quote! {
        impl #name {
            #inherent_validate

            #send_attrs
            pub fn send(
                &self,
                client: &::stytch_endpoint::Client,
            ) -> ::core::result::Result<#response, ::stytch_endpoint::Error> {
                #send
            }
        }
    };
    let endpoint = quote! {
        impl ::stytch_endpoint::Endpoint for #name {
            const METHOD: ::stytch_endpoint::Method = #method;
            const PATH: &'static str = #path;
            const SECRET_FIELDS: &'static [&'static str] = #secret_fields;
            type Response = #response;

            fn validate(&self) -> ::core::result::Result<(), ::stytch_endpoint::Error> {
                #validate
            }

            fn path(&self) -> ::std::borrow::Cow<'static, str> {
                #render_path
            }

            fn query(
                &self,
            ) -> ::core::result::Result<
                ::std::vec::Vec<(::std::string::String, ::std::string::String)>,
                ::stytch_endpoint::Error,
            > {
                #query
            }

            fn write_body(
                &self,
                __out: &mut ::std::vec::Vec<u8>,
            ) -> ::core::result::Result<(), ::stytch_endpoint::Error> {
                #write_body
            }
        }
    };
    (inherent, endpoint)
}

/// After a mistake, the methods the attribute would have written, with bodies that never run (the
/// compile fails anyway), so that code using the struct does not add errors of its own.
fn fallback(name: &Ident, response: Option<&syn::Type>) -> TokenStream {
    let never = quote!(::core::unreachable!());
    let bodies = Bodies {
        validate_attrs: quote!(#[doc(hidden)]),
        send_attrs: quote!(#[doc(hidden)]),
        method: quote!(::stytch_endpoint::Method::Post),
        path: quote!(""),
        inherent_validate: never.clone(),
        send: quote!({
            let _ = client;
            #never
        }),
        validate: never.clone(),
        render_path: never.clone(),
        query: never.clone(),
        write_body: quote!({
            let _ = __out;
            #never
        }),
        secret_fields: quote!(&[]),
    };
    let (inherent, endpoint) = methods(name, response, &bodies);
    quote!(#inherent #endpoint)
}

fn generate(model: &Endpoint, name: &Ident) -> TokenStream {
    let path = &model.path;
    let method = Ident::new(model.method.variant(), Span::call_site());
    let wire_struct = wire_struct(model);
    let wire_value = wire_value(model);
    let (write_body, query) = if model.method.has_body() {
        (
            quote!(::stytch_endpoint::__private::write_json(__out, &#wire_value)),
            quote!(::core::result::Result::Ok(::std::vec::Vec::new())),
        )
    } else {
        (
            quote!({
                let _ = __out;
                ::core::result::Result::Ok(())
            }),
            quote!(::stytch_endpoint::__private::to_query(&#wire_value)),
        )
    };
    let debug = model.redacts.then(|| debug_impl(model, name));
    let secret_names = model.fields.iter().filter(|f| f.rules.secret).map(|f| &f.serde.wire);
    let secret_fields = quote!(&[#(#secret_names),*]);
    let send_doc = format!(
        "Validates this request, sends it as `{} {}` with `client`, and decodes the answer.",
        model.method.variant().to_ascii_uppercase(),
        path.value()
    );
    let bodies = Bodies {
        validate_attrs: quote! {
            /// Checks this request against the rules declared on its fields, without any network
            /// I/O. Every violation is reported, in field order; no value is ever included.
        },
        send_attrs: quote!(#[doc = #send_doc]),
        method: quote!(::stytch_endpoint::Method::#method),
        path: quote!(#path),
        inherent_validate: quote!(<Self as ::stytch_endpoint::Endpoint>::validate(self)),
        send: quote!(client.send(self)),
        validate: validate::body(model),
        render_path: render_path(model),
        query,
        write_body,
        secret_fields,
    };
    let (inherent, endpoint) = methods(name, Some(&model.response), &bodies);

    quote! {
        #inherent

        #[allow(non_local_definitions)]
        const _: () = {
            #wire_struct
            #endpoint
            #debug
        };
    }
}

fn wire_fields(model: &Endpoint) -> impl Iterator<Item = &Field> {
    model.fields.iter().filter(|f| !f.in_path && !f.serde.skip)
}

/// A private struct of references whose `Serialize` is the wire form: path parameters and skipped
/// fields left out, `None` omitted, the wire names and serde's serialize options applied.
fn wire_struct(model: &Endpoint) -> TokenStream {
    let mut helpers = TokenStream::new();
    let fields = wire_fields(model).map(|f| {
        let ident = &f.ident;
        let ty = &f.ty;
        let mut attrs = TokenStream::new();
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
                fn #helper(value: &&#ty) -> bool { #path(*value) }
            ));
            attrs.extend(quote!(#[serde(skip_serializing_if = #helper_name)]));
        } else if f.option_inner.is_some() {
            attrs.extend(quote!(#[serde(skip_serializing_if = "::stytch_endpoint::__private::is_none")]));
        }
        // Every field serializes through a helper spanned on the user's code, so that a field whose
        // type is not `Serialize` (or a `serialize_with` of the wrong type) is reported there,
        // rather than on the attribute through serde's derive.
        let helper = format_ident!("__stytch_serialize_{}", ident);
        let helper_name = helper.to_string();
        let serialize = match &f.serde.serialize_with {
            Some(path) => quote_spanned!(path.span()=> #path(*value, serializer)),
            None if f.serde.flatten => quote!(),
            None => quote_spanned!(ty.span()=>
                ::stytch_endpoint::__private::serde::Serialize::serialize(*value, serializer)
            ),
        };
        if !serialize.is_empty() {
            let span = f.serde.serialize_with.as_ref().map_or_else(|| ty.span(), |p| p.span());
            helpers.extend(quote_spanned!(span=>
                fn #helper<S: ::stytch_endpoint::__private::serde::Serializer>(
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
    quote! {
        #helpers

        #[derive(::stytch_endpoint::__private::serde::Serialize)]
        #[serde(crate = "::stytch_endpoint::__private::serde")]
        struct __StytchWire<'__stytch> {
            #(#fields)*
            #[serde(skip)]
            __stytch_marker: ::core::marker::PhantomData<&'__stytch ()>,
        }
    }
}

fn wire_value(model: &Endpoint) -> TokenStream {
    let fields = wire_fields(model).map(|f| {
        let ident = &f.ident;
        quote!(#ident: &self.#ident,)
    });
    quote!(__StytchWire { #(#fields)* __stytch_marker: ::core::marker::PhantomData })
}

fn render_path(model: &Endpoint) -> TokenStream {
    if !model.segments.iter().any(|s| matches!(s, Segment::Param(_))) {
        let path = &model.path;
        return quote!(::std::borrow::Cow::Borrowed(#path));
    }
    let pushes = model.segments.iter().map(|segment| match segment {
        Segment::Literal(text) => quote!(__path.push_str(#text);),
        Segment::Param(index) => {
            let field = &model.fields[*index];
            let ident = &field.ident;
            let member = respanned(ident, field.ty.span());
            quote_spanned!(field.ty.span()=>
                ::stytch_endpoint::__private::push_path_param(
                    &mut __path,
                    ::stytch_endpoint::__private::rules::path_value(&self.#member),
                );
            )
        }
    });
    let capacity = model.path.value().len() + 16;
    quote!({
        let mut __path = ::std::string::String::with_capacity(#capacity);
        #(#pushes)*
        ::std::borrow::Cow::Owned(__path)
    })
}

fn debug_impl(model: &Endpoint, name: &Ident) -> TokenStream {
    let name_str = name.unraw().to_string();
    let fields = model.fields.iter().map(|f| {
        let ident = &f.ident;
        let label = &f.name;
        if !f.rules.secret {
            quote!(.field(#label, &self.#ident))
        } else if f.option_inner.is_some() {
            quote!(.field(#label, &::stytch_endpoint::__private::redact_option(&self.#ident)))
        } else {
            quote!(.field(#label, &::stytch_endpoint::__private::Redacted))
        }
    });
    quote! {
        impl ::core::fmt::Debug for #name {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct(#name_str) #(#fields)* .finish()
            }
        }
    }
}

/// `ident` with another span, so that an expression using it is reported as one span.
fn respanned(ident: &Ident, span: Span) -> Ident {
    let mut ident = ident.clone();
    ident.set_span(span);
    ident
}
