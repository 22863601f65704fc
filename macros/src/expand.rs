//! Code generation for a checked [`Endpoint`] model.

use crate::ctxt::Ctxt;
use crate::model::{Endpoint, Failed, Segment};
use crate::pipeline::{quiet, respan, respanned, Attribute};
use proc_macro2::{Span, TokenStream};
use quote::{quote, quote_spanned};
use syn::ext::IdentExt;
use syn::spanned::Spanned;
use syn::{DeriveInput, Ident, Path};

mod validate;
mod wire;

/// `#[stytch_endpoint]` in the [pipeline](crate::pipeline).
pub struct StytchEndpoint;

impl Attribute for StytchEndpoint {
    const NAME: &'static str = "`#[stytch_endpoint]`";
    const APPLIES_TO: &'static str = "structs with named fields";
    type Model = Result<Endpoint, Box<Failed>>;

    fn read(cx: &Ctxt, args: TokenStream, input: &mut DeriveInput) -> Self::Model {
        crate::parse::endpoint(cx, args, input)
    }

    fn expand(model: Self::Model, input: &mut DeriveInput) -> TokenStream {
        let Ok(model) = model else {
            return syn::Error::new(Span::call_site(), "`#[stytch_endpoint]` is incomplete")
                .to_compile_error();
        };
        // The attribute writes `Debug` itself; after a mistake the derives stay as written
        // (`Debug` included), so that code using the struct compiles on.
        if model.redacts {
            crate::read::strip_derive(&mut input.attrs, "Debug");
        }
        generate(&model, &input.ident)
    }

    fn fallback(model: Self::Model, input: &DeriveInput) -> TokenStream {
        if crate::check::is_generic(&input.generics) {
            return TokenStream::new();
        }
        let (response, krate) = match model {
            Ok(model) => (Some(model.response), model.krate),
            Err(failed) => (failed.response, failed.krate),
        };
        fallback(&input.ident, response.as_ref(), &krate)
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
    /// `Endpoint::headers`, when some field is a header.
    headers: Option<TokenStream>,
    /// `Endpoint::SECRET_FIELDS`: the wire names of the fields marked `secret`.
    secret_fields: TokenStream,
    /// `Endpoint::SCHEMA`, when the catalogue knows the endpoint.
    schema: Option<TokenStream>,
    /// `Endpoint::AUTH` and `Endpoint::BODY`, where the declaration leaves the default.
    consts: TokenStream,
}

/// The inherent `validate`/`send` and the `Endpoint` impl, around the given bodies. Without a
/// response type (a declaration too broken to name one), only the inherent `validate`.
fn methods(
    name: &Ident,
    response: Option<&syn::Type>,
    krate: &Path,
    bodies: &Bodies,
) -> (TokenStream, TokenStream) {
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
        headers,
        secret_fields,
        schema,
        consts,
    } = bodies;
    let quiet = quiet();
    let inherent_validate = quote! {
        #validate_attrs
        pub fn validate(&self) -> ::core::result::Result<(), #krate::Error> {
            #inherent_validate
        }
    };
    let Some(response) = response else {
        return (
            quote!(#[automatically_derived] #quiet impl #name { #inherent_validate }),
            TokenStream::new(),
        );
    };
    let inherent = quote! {
        #[automatically_derived]
        #quiet
        impl #name {
            #inherent_validate

            #send_attrs
            pub fn send(
                &self,
                client: &#krate::Client,
            ) -> ::core::result::Result<#response, #krate::Error> {
                #send
            }
        }
    };
    let headers = headers.as_ref().map(|body| {
        quote! {
            fn headers(&self) -> ::std::vec::Vec<(&'static str, &str)> {
                #body
            }
        }
    });
    let schema = schema.as_ref().map(|operation| {
        quote! {
            const SCHEMA: ::core::option::Option<&'static #krate::schema::Operation> =
                ::core::option::Option::Some(#operation);
        }
    });
    let endpoint = quote! {
        #[automatically_derived]
        #quiet
        impl #krate::Endpoint for #name {
            const METHOD: #krate::Method = #method;
            const PATH: &'static str = #path;
            const SECRET_FIELDS: &'static [&'static str] = #secret_fields;
            #schema
            #consts
            type Response = #response;

            fn validate(&self) -> ::core::result::Result<(), #krate::Error> {
                #validate
            }

            fn path(&self) -> ::std::borrow::Cow<'static, str> {
                #render_path
            }

            fn query(
                &self,
            ) -> ::core::result::Result<
                ::std::vec::Vec<(::std::string::String, ::std::string::String)>,
                #krate::Error,
            > {
                #query
            }

            fn write_body(
                &self,
                __out: &mut ::std::vec::Vec<u8>,
            ) -> ::core::result::Result<(), #krate::Error> {
                #write_body
            }

            #headers
        }
    };
    (inherent, endpoint)
}

/// After a mistake, the methods the attribute would have written, with bodies that never run (the
/// compile fails anyway), so that code using the struct does not add errors of its own.
fn fallback(name: &Ident, response: Option<&syn::Type>, krate: &Path) -> TokenStream {
    let never = quote!(::core::unreachable!());
    let bodies = Bodies {
        validate_attrs: quote!(#[doc(hidden)]),
        send_attrs: quote!(#[doc(hidden)]),
        method: quote!(#krate::Method::Post),
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
        headers: None,
        secret_fields: quote!(&[]),
        schema: None,
        consts: TokenStream::new(),
    };
    let (inherent, endpoint) = methods(name, response, krate, &bodies);
    quote!(#inherent #endpoint)
}

fn generate(model: &Endpoint, name: &Ident) -> TokenStream {
    let krate = &model.krate;
    let path = &model.path;
    let method = Ident::new(model.method.variant(), Span::call_site());
    let wire_struct = wire::definition(model);
    let wire_value = wire::value(model);
    let write = if model.form { quote!(write_form) } else { quote!(write_json) };
    let (write_body, query) = if model.method.has_body() {
        (
            quote!(#krate::__private::#write(__out, &#wire_value)),
            quote!(::core::result::Result::Ok(::std::vec::Vec::new())),
        )
    } else {
        (
            quote!({
                let _ = __out;
                ::core::result::Result::Ok(())
            }),
            quote!(#krate::__private::to_query(&#wire_value)),
        )
    };
    let debug = model.redacts.then(|| debug_impl(model, name));
    let secret_names = model.fields.iter().filter(|f| f.rules.secret.is_some()).map(|f| &f.serde.wire);
    let secret_fields = quote!(&[#(#secret_names),*]);
    let send_doc = format!(
        "Validates this request, sends it as `{} {}` with `client`, and decodes the answer.",
        model.method.variant().to_ascii_uppercase(),
        path.value()
    );
    let mut consts = TokenStream::new();
    if model.auth_none {
        consts.extend(quote!(const AUTH: #krate::Auth = #krate::Auth::None;));
    }
    if model.form {
        consts.extend(quote!(const BODY: #krate::BodyFormat = #krate::BodyFormat::Form;));
    }
    let bodies = Bodies {
        validate_attrs: quote! {
            /// Checks this request against the rules declared on its fields, without any network
            /// I/O. Every violation is reported, in field order; no value is ever included.
        },
        send_attrs: quote!(#[doc = #send_doc]),
        method: quote!(#krate::Method::#method),
        path: quote!(#path),
        inherent_validate: quote!(<Self as #krate::Endpoint>::validate(self)),
        send: quote!(client.send(self)),
        validate: validate::body(model),
        render_path: render_path(model),
        query,
        write_body,
        headers: headers(model),
        secret_fields,
        schema: model.schema.clone(),
        consts,
    };
    let (inherent, endpoint) = methods(name, Some(&model.response), krate, &bodies);
    let response_check = response_check(&model.response, krate);
    let quiet = quiet();

    quote! {
        #inherent

        #quiet
        const _: () = {
            #wire_struct
            #endpoint
            #debug
            #response_check
        };
    }
}

/// The body of `Endpoint::headers`: one pair per header field that has a value.
fn headers(model: &Endpoint) -> Option<TokenStream> {
    let krate = &model.krate;
    let pushes: Vec<TokenStream> = model
        .fields
        .iter()
        .filter_map(|f| {
            let name = f.rules.header.as_ref()?;
            let ident = &f.ident;
            let cfgs = &f.cfgs;
            let member = respanned(ident, f.ty.span());
            let krate = respan(krate, f.ty.span());
            Some(quote_spanned!(f.ty.span()=>
                #(#cfgs)*
                #krate::__private::push_header(
                    &mut __headers,
                    #name,
                    #krate::__private::rules::header_text(&self.#member),
                );
            ))
        })
        .collect();
    (!pushes.is_empty()).then(|| {
        quote!({
            let mut __headers = ::std::vec::Vec::new();
            #(#pushes)*
            __headers
        })
    })
}

/// The path with each parameter spelled as serde spells it, percent-encoded.
fn render_path(model: &Endpoint) -> TokenStream {
    let krate = &model.krate;
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
            let krate = respan(krate, field.ty.span());
            quote_spanned!(field.ty.span()=>
                #krate::__private::push_path_param(
                    &mut __path,
                    #krate::__private::rules::path_value(&self.#member),
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

/// `Debug` with the `secret` fields redacted.
fn debug_impl(model: &Endpoint, name: &Ident) -> TokenStream {
    let krate = &model.krate;
    let name_str = name.unraw().to_string();
    let fields = model.fields.iter().map(|f| {
        let ident = &f.ident;
        let label = &f.name;
        let cfgs = &f.cfgs;
        let value = if f.rules.secret.is_none() {
            crate::pipeline::debug_value(krate, ident, &f.ty)
        } else if f.option_inner.is_some() {
            quote!(&#krate::__private::redact_option(&self.#ident))
        } else {
            quote!(&#krate::__private::Redacted)
        };
        quote!(#(#cfgs)* __debug.field(#label, #value);)
    });
    // Spanned on the first `secret`: a `Debug` derived elsewhere conflicts with this impl, and
    // rustc then points at the rule that made it.
    let span = model.fields.iter().find_map(|f| f.rules.secret).unwrap_or_else(Span::call_site);
    let debug = quote_spanned!(span=> ::core::fmt::Debug);
    quote_spanned! {span=>
        #[automatically_derived]
        impl #debug for #name {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                let mut __debug = f.debug_struct(#name_str);
                #(#fields)*
                __debug.finish()
            }
        }
    }
}

/// What `#[stytch_endpoint]` writes for its `response = Type`: a compile error, on the type, when
/// the type can never decode from the JSON object Stytch answers with (`()`, `Vec<T>`, a string, a
/// number, a tuple), since every successful call would otherwise fail after Stytch acted.
fn response_check(response: &syn::Type, krate: &Path) -> TokenStream {
    // The crate's path takes the type's span too, so that the error lands on the type alone.
    let krate = respan(krate, response.span());
    quote_spanned! {response.span()=>
        #[allow(dead_code)]
        fn __stytch_response_check() {
            #[allow(unused_imports)]
            use #krate::__private::Accepted as _;
            #krate::__private::ResponseCheck::<#response>::new().check();
        }
    }
}
