//! `#[stytch_object]`: a response object that decodes what the server may send next year.
//!
//! The struct is emitted as written (its `#[stytch]` and `#[serde]` attributes removed). Serde's
//! derive runs on a private mirror of it, `#[serde(remote = "...")]`, with every field made
//! tolerant (`default`, and `null` taken as the default); the struct's own `Deserialize` accepts
//! only a JSON object and hands it to the mirror, so an array never fills the fields by position.
//! `Debug` is written here, with the fields marked `#[stytch(secret)]` redacted.

use crate::check;
use crate::ctxt::Ctxt;
use crate::field_attr::skip_meta;
use crate::read::{self, derive_paths, is_string, option_inner};
use proc_macro2::{Span, TokenStream};
use quote::{quote, quote_spanned};
use syn::ext::IdentExt;
use syn::spanned::Spanned;
use syn::{Attribute, Data, DeriveInput, Fields, Ident, Path, Type};

use crate::model::HELPER;

/// A checked field.
struct Field {
    ident: Ident,
    vis: syn::Visibility,
    ty: Type,
    secret: bool,
    /// `#[stytch(required)]`: a success always carries the field, filled.
    required: bool,
    /// `#[cfg(...)]` attributes, repeated on everything generated for the field.
    cfgs: Vec<Attribute>,
    /// The field's `#[serde(...)]` attributes, for the mirror.
    serde: Vec<Attribute>,
    keys: SerdeKeys,
}

/// Which serde keys a field's attributes use, as far as the added tolerance must step aside.
#[derive(Default)]
struct SerdeKeys {
    /// `with` or `deserialize_with`: the user decodes the field.
    decodes: bool,
    default: bool,
    skip_deserializing: bool,
    skip_serializing: bool,
    skip_serializing_if: bool,
    flatten: bool,
}

/// `#[stytch_object]` in the [pipeline](crate::pipeline).
pub struct StytchObject;

/// What `#[stytch_object]` reads: the runtime crate, the fields, the struct's own `#[serde]`.
pub struct Object {
    krate: Path,
    fields: Vec<Field>,
    container_serde: Vec<Attribute>,
}

impl crate::pipeline::Attribute for StytchObject {
    const NAME: &'static str = "`#[stytch_object]`";
    const APPLIES_TO: &'static str = "structs with named fields";
    type Model = Object;

    fn read(cx: &Ctxt, args: TokenStream, input: &mut DeriveInput) -> Object {
        let krate = read::crate_only(cx, args, "`#[stytch_object]`");
        let fields = check(cx, input);
        let container_serde = input.attrs.iter().filter(|a| a.path().is_ident("serde")).cloned().collect();
        strip(input);
        Object { krate, fields, container_serde }
    }

    fn expand(model: Object, input: &mut DeriveInput) -> TokenStream {
        generate(&input.ident, &model.container_serde, &model.fields, &model.krate)
    }

    fn fallback(model: Object, input: &DeriveInput) -> TokenStream {
        fallback(input, &model.krate)
    }
}

/// Reads and checks the struct; every mistake goes to `cx`.
fn check(cx: &Ctxt, input: &DeriveInput) -> Vec<Field> {
    let named = match &input.data {
        Data::Struct(data) => match &data.fields {
            Fields::Named(named) => Some(named),
            Fields::Unnamed(_) => {
                cx.error_spanned_by(
                    &input.ident,
                    "`#[stytch_object]` needs a struct with named fields: Stytch's objects are JSON \
                     objects, decoded by field name",
                );
                None
            }
            Fields::Unit => {
                cx.error_spanned_by(
                    &input.ident,
                    "`#[stytch_object]` needs a struct with named fields; for an answer whose content \
                     does not matter, use `stytch_endpoint::Ack`",
                );
                None
            }
        },
        Data::Enum(data) => {
            cx.error_spanned_by(
                data.enum_token,
                "`#[stytch_object]` goes on a struct with named fields; for an enum of string values, \
                 use `#[stytch_enum]`",
            );
            None
        }
        Data::Union(data) => {
            cx.error_spanned_by(
                data.union_token,
                "`#[stytch_object]` goes on a struct with named fields, not a union",
            );
            None
        }
    };
    check::owned_generics(cx, &input.generics, "`#[stytch_object]`");
    check::written_derives(cx, &input.attrs, "`#[stytch_object]`", &["Debug", "Serialize", "Deserialize"]);
    for attr in input.attrs.iter().filter(|a| a.path().is_ident(HELPER)) {
        cx.error_spanned_by(
            attr,
            "`#[stytch(...)]` goes on fields; the rules of `#[stytch_object]` are `secret` and `required`",
        );
    }
    check_container_serde(cx, &input.attrs);
    let mut fields = Vec::new();
    for field in named.into_iter().flat_map(|named| &named.named) {
        let Some(ident) = field.ident.clone() else { continue };
        let FieldRules { secret, required } = field_rules(cx, &field.attrs);
        let keys = serde_keys(cx, &field.attrs);
        fields.push(Field {
            ident,
            vis: field.vis.clone(),
            ty: field.ty.clone(),
            secret,
            required,
            cfgs: field.attrs.iter().filter(|a| a.path().is_ident("cfg")).cloned().collect(),
            serde: field.attrs.iter().filter(|a| a.path().is_ident("serde")).cloned().collect(),
            keys,
        });
    }
    fields
}

/// Container keys that would make the object something other than a JSON object decoded by field
/// name.
fn check_container_serde(cx: &Ctxt, attrs: &[Attribute]) {
    for attr in attrs.iter().filter(|a| a.path().is_ident("serde")) {
        let result = attr.parse_nested_meta(|meta| {
            for key in ["transparent", "remote", "from", "try_from", "into", "crate"] {
                if meta.path.is_ident(key) {
                    cx.error_spanned_by(
                        &meta.path,
                        format!(
                            "`#[serde({key})]` does not combine with `#[stytch_object]`, which decodes \
                             the struct from a JSON object, field by field"
                        ),
                    );
                }
            }
            skip_meta(&meta)
        });
        if let Err(err) = result {
            cx.syn_error(err);
        }
    }
}

/// What a field's `#[stytch(...)]` says.
#[derive(Default)]
struct FieldRules {
    secret: bool,
    required: bool,
}

/// Reads the field's `#[stytch(...)]`: `secret` and `required` are accepted.
fn field_rules(cx: &Ctxt, attrs: &[Attribute]) -> FieldRules {
    let mut rules = FieldRules::default();
    for attr in attrs.iter().filter(|a| a.path().is_ident(HELPER)) {
        let result = attr.parse_nested_meta(|meta| {
            let flag = if meta.path.is_ident("secret") {
                Some((&mut rules.secret, "secret"))
            } else if meta.path.is_ident("required") {
                Some((&mut rules.required, "required"))
            } else {
                None
            };
            if let Some((flag, name)) = flag {
                if *flag {
                    cx.error_spanned_by(&meta.path, format!("`{name}` is given twice"));
                }
                *flag = true;
            } else {
                let name = meta.path.get_ident().map_or_else(|| "this rule".to_owned(), |i| format!("`{i}`"));
                cx.error_spanned_by(
                    &meta.path,
                    format!(
                        "unknown rule {name}: on a `#[stytch_object]` field, `#[stytch(...)]` accepts \
                         `secret` and `required`; validation rules belong to requests"
                    ),
                );
                skip_meta(&meta)?;
            }
            Ok(())
        });
        if let Err(err) = result {
            cx.syn_error(err);
        }
    }
    rules
}

fn serde_keys(cx: &Ctxt, attrs: &[Attribute]) -> SerdeKeys {
    let mut keys = SerdeKeys::default();
    for attr in attrs.iter().filter(|a| a.path().is_ident("serde")) {
        let result = attr.parse_nested_meta(|meta| {
            let is = |name: &str| meta.path.is_ident(name);
            if is("with") || is("deserialize_with") {
                keys.decodes = true;
            } else if is("default") {
                keys.default = true;
            } else if is("skip") {
                keys.skip_deserializing = true;
                keys.skip_serializing = true;
            } else if is("skip_deserializing") {
                keys.skip_deserializing = true;
            } else if is("skip_serializing") {
                keys.skip_serializing = true;
            } else if is("skip_serializing_if") {
                keys.skip_serializing_if = true;
            } else if is("flatten") {
                keys.flatten = true;
            }
            skip_meta(&meta)
        });
        if let Err(err) = result {
            cx.syn_error(err);
        }
    }
    keys
}

/// Removes the attributes only this macro and the mirror's derive understand.
fn strip(input: &mut DeriveInput) {
    input.attrs.retain(|a| !a.path().is_ident("serde") && !a.path().is_ident(HELPER));
    if let Data::Struct(data) = &mut input.data {
        for field in data.fields.iter_mut() {
            field.attrs.retain(|a| !a.path().is_ident("serde") && !a.path().is_ident(HELPER));
        }
    }
}

/// The mirror and the impls; `container_serde` are the struct's own `#[serde(...)]` attributes.
fn generate(name: &Ident, container_serde: &[Attribute], fields: &[Field], krate: &Path) -> TokenStream {
    let name_str = name.unraw().to_string();
    let remote = name_str.clone();
    let expecting = format!("a JSON object ({name_str})");
    let private = quote!(#krate::__private);
    let serde = quote!(#private::serde);
    // Serde's derive takes these paths as strings.
    let serde_str = format!("{private}::serde");
    let lenient_str = format!("{private}::lenient");

    // The field's default and its lenient decoding go through paths spanned on the field's type
    // (serde's derive spans the code it writes for a path on the string that names it), so that a
    // type without `Default` is reported on the field, with the reason.
    let mut defaults = TokenStream::new();
    let mirror_fields: Vec<TokenStream> = fields.iter().map(|f| {
        let Field { ident, ty, cfgs, serde, keys, .. } = f;
        let span = ty.span();
        let mut added = TokenStream::new();
        let krate = crate::pipeline::respan(krate, span);
        let mut default = None;
        if !keys.default && !keys.skip_deserializing && !keys.flatten {
            let helper = quote::format_ident!("__stytch_default_{}", ident.unraw());
            defaults.extend(quote_spanned!(span=>
                #(#cfgs)*
                fn #helper() -> #ty {
                    #krate::__private::default_field::<#ty>()
                }
            ));
            let name = syn::LitStr::new(&helper.to_string(), span);
            added.extend(quote!(#[serde(default = #name)]));
            default = Some(helper);
        }
        if !keys.decodes && !keys.skip_deserializing && !keys.flatten {
            // `null` takes the default: through the field's own default helper where there is one,
            // so that a type without `Default` is reported once.
            let lenient = match &default {
                Some(default) => {
                    let helper = quote::format_ident!("__stytch_lenient_{}", ident.unraw());
                    defaults.extend(quote_spanned!(span=>
                        #(#cfgs)*
                        fn #helper<'de, __D: #krate::__private::serde::Deserializer<'de>>(
                            __deserializer: __D,
                        ) -> ::core::result::Result<#ty, __D::Error> {
                            ::core::result::Result::Ok(
                                <::core::option::Option<#ty> as #krate::__private::serde::Deserialize>::deserialize(
                                    __deserializer,
                                )?
                                .unwrap_or_else(#default),
                            )
                        }
                    ));
                    helper.to_string()
                }
                None => lenient_str.clone(),
            };
            let lenient = syn::LitStr::new(&lenient, span);
            added.extend(quote!(#[serde(deserialize_with = #lenient)]));
        }
        if option_inner(ty).is_some() && !keys.skip_serializing && !keys.skip_serializing_if && !keys.flatten
        {
            added.extend(quote!(#[serde(skip_serializing_if = "::core::option::Option::is_none")]));
        }
        quote!(#(#cfgs)* #(#serde)* #added #ident: #ty,)
    }).collect();

    let debug_fields = fields.iter().map(|f| {
        let Field { ident, ty, cfgs, secret, .. } = f;
        let label = ident.unraw().to_string();
        let value = if !secret {
            crate::pipeline::debug_value(krate, ident, ty)
        } else if option_inner(ty).is_some() {
            quote!(&#private::redact_option(&self.#ident))
        } else if is_string(ty) {
            quote!(&#private::RedactedStr(&self.#ident))
        } else {
            quote!(&#private::Redacted)
        };
        quote!(#(#cfgs)* { __debug.field(#label, #value); })
    });

    let required_checks = fields.iter().filter(|f| f.required).map(|f| {
        let Field { ident, cfgs, .. } = f;
        let message =
            format!("`{name_str}` without `{}`: every successful answer carries it, filled", ident.unraw());
        let filled = quote_spanned!(f.ty.span()=> #private::Filled::is_filled(&__value.#ident));
        quote! {
            #(#cfgs)*
            if !#filled {
                return ::core::result::Result::Err(<__A::Error as #serde::de::Error>::custom(#message));
            }
        }
    });

    // `with_*`: one expression builds an object that is `#[non_exhaustive]` (a struct literal
    // cannot), each setter as visible as its field.
    let setters = fields.iter().map(|f| {
        let Field { ident, vis, ty, cfgs, .. } = f;
        let setter = quote::format_ident!("with_{}", ident.unraw());
        let doc = format!("This object with `{}` set: `{name_str}::default().{setter}(...)`.", ident.unraw());
        quote! {
            #(#cfgs)*
            #[doc = #doc]
            #[must_use]
            #vis fn #setter(mut self, value: impl ::core::convert::Into<#ty>) -> Self {
                self.#ident = ::core::convert::Into::into(value);
                self
            }
        }
    });

    let span = name.span();
    let visitor = quote_spanned!(span=> __StytchObjectOnly);
    let quiet = crate::pipeline::quiet();
    quote! {
        #[doc(hidden)]
        #quiet
        const _: () = {
            #defaults

            #[derive(#serde::Serialize, #serde::Deserialize)]
            #[serde(crate = #serde_str, remote = #remote)]
            #(#container_serde)*
            struct __StytchObject {
                #(#mirror_fields)*
            }

            #[automatically_derived]
            impl #serde::Serialize for #name {
                fn serialize<__S: #serde::Serializer>(
                    &self,
                    __serializer: __S,
                ) -> ::core::result::Result<__S::Ok, __S::Error> {
                    __StytchObject::serialize(self, __serializer)
                }
            }

            #[automatically_derived]
            impl<'de> #serde::Deserialize<'de> for #name {
                fn deserialize<__D: #serde::Deserializer<'de>>(
                    __deserializer: __D,
                ) -> ::core::result::Result<Self, __D::Error> {
                    struct #visitor;
                    impl<'de> #serde::de::Visitor<'de> for #visitor {
                        type Value = #name;
                        fn expecting(&self, __f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                            __f.write_str(#expecting)
                        }
                        fn visit_map<__A: #serde::de::MapAccess<'de>>(
                            self,
                            __map: __A,
                        ) -> ::core::result::Result<#name, __A::Error> {
                            let __value =
                                __StytchObject::deserialize(#serde::de::value::MapAccessDeserializer::new(__map))?;
                            #(#required_checks)*
                            ::core::result::Result::Ok(__value)
                        }
                    }
                    __deserializer.deserialize_map(#visitor)
                }
            }

            #[automatically_derived]
            #[allow(dead_code)]
            impl #name {
                #(#setters)*
            }

            #[automatically_derived]
            impl #private::IsObject for #name {}

            #[automatically_derived]
            impl ::core::fmt::Debug for #name {
                fn fmt(&self, __f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                    let mut __debug = __f.debug_struct(#name_str);
                    #(#debug_fields)*
                    __debug.finish()
                }
            }
        };
    }
}

/// After a mistake: the impls the attribute would have written, with bodies that never run (the
/// compile fails anyway), so that code using the struct adds no errors of its own.
fn fallback(input: &DeriveInput, krate: &Path) -> TokenStream {
    if !input.generics.params.is_empty() || !matches!(input.data, Data::Struct(_)) {
        return TokenStream::new();
    }
    let name = &input.ident;
    let serde = quote!(#krate::__private::serde);
    let derived = derived(&input.attrs);
    let mut impls = TokenStream::new();
    if !derived.iter().any(|d| d == "Serialize") {
        impls.extend(quote! {
            impl #serde::Serialize for #name {
                fn serialize<__S: #serde::Serializer>(&self, __s: __S) -> ::core::result::Result<__S::Ok, __S::Error> {
                    ::core::unreachable!()
                }
            }
        });
    }
    if !derived.iter().any(|d| d == "Deserialize") {
        impls.extend(quote! {
            impl<'de> #serde::Deserialize<'de> for #name {
                fn deserialize<__D: #serde::Deserializer<'de>>(__d: __D) -> ::core::result::Result<Self, __D::Error> {
                    ::core::unreachable!()
                }
            }
        });
    }
    if !derived.iter().any(|d| d == "Debug") {
        impls.extend(quote! {
            impl ::core::fmt::Debug for #name {
                fn fmt(&self, __f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                    ::core::unreachable!()
                }
            }
        });
    }
    let quiet = crate::pipeline::quiet();
    let span = Span::call_site();
    quote_spanned! {span=>
        #quiet
        #[allow(unreachable_code, unused_variables)]
        const _: () = { #impls };
    }
}

/// The last segments of the paths in the item's derive lists.
fn derived(attrs: &[Attribute]) -> Vec<String> {
    attrs
        .iter()
        .filter_map(derive_paths)
        .flatten()
        .filter_map(|p| p.segments.last().map(|s| s.ident.to_string()))
        .collect()
}
