//! Code generation for a checked [`Endpoint`] model.

use crate::model::{Endpoint, Segment};
use proc_macro2::{Span, TokenStream};
use quote::ToTokens;
use quote::{quote, quote_spanned};
use syn::ext::IdentExt;
use syn::spanned::Spanned;
use syn::{DeriveInput, Ident, Path};

mod validate;
mod wire;

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
    match crate::parse::endpoint(args, &mut input) {
        Ok(model) => {
            let generated = generate(&model, &input.ident);
            quote!(#input #generated)
        }
        Err(failed) => {
            let err = failed.error.to_compile_error();
            let fallback =
                (!failed.generic).then(|| fallback(&input.ident, failed.response.as_ref(), &failed.krate));
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
    /// `Endpoint::headers`, when some field is a header.
    headers: Option<TokenStream>,
    /// `Endpoint::SECRET_FIELDS`: the wire names of the fields marked `secret`.
    secret_fields: TokenStream,
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
        consts,
    } = bodies;
    // The user's crate may deny any lint; what the attribute writes stays quiet under all of
    // them, and a `#[deprecated]` field is the user's to use.
    let quiet = quote!(#[allow(deprecated, clippy::all, clippy::pedantic, clippy::nursery)]);
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
    let endpoint = quote! {
        #[automatically_derived]
        #quiet
        impl #krate::Endpoint for #name {
            const METHOD: #krate::Method = #method;
            const PATH: &'static str = #path;
            const SECRET_FIELDS: &'static [&'static str] = #secret_fields;
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
        consts,
    };
    let (inherent, endpoint) = methods(name, Some(&model.response), krate, &bodies);
    let response_check = response_check(&model.response, krate);

    quote! {
        #inherent

        #[allow(non_local_definitions, deprecated, clippy::all, clippy::pedantic, clippy::nursery)]
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
            quote!(&self.#ident)
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

/// `ident` with another span, so that an expression using it is reported as one span.
fn respanned(ident: &Ident, span: Span) -> Ident {
    let mut ident = ident.clone();
    ident.set_span(span);
    ident
}

/// The tokens of `path` with another span, for code written with `quote_spanned!`.
fn respan(path: &Path, span: Span) -> TokenStream {
    path.to_token_stream()
        .into_iter()
        .map(|mut tree| {
            tree.set_span(span);
            tree
        })
        .collect()
}

/// What `#[stytch_endpoint]` writes for its `response = Type`: a compile error, on the type, when
/// the type can never decode from the JSON object Stytch answers with (`()`, `Vec<T>`, a string, a
/// number, a tuple), since every successful call would otherwise fail after Stytch acted.
fn response_check(response: &syn::Type, krate: &Path) -> TokenStream {
    // The crate's path takes the type's span too, so that the error lands on the type alone.
    let krate: TokenStream = quote::ToTokens::to_token_stream(krate)
        .into_iter()
        .map(|mut tt| {
            tt.set_span(response.span());
            tt
        })
        .collect();
    quote_spanned! {response.span()=>
        #[allow(dead_code)]
        fn __stytch_response_check() {
            #[allow(unused_imports)]
            use #krate::__private::Accepted as _;
            #krate::__private::ResponseCheck::<#response>::new().check();
        }
    }
}
