//! `#[stytch_enum]`: an enum of string values that stays open to values added later.
//!
//! The enum is emitted as written: unit variants, one per value, and the catch-all
//! `Other(String)` that keeps any value not listed as the server sent it. The catch-all is written
//! by the user, not added here, so that derives placed above the attribute (which see the enum
//! before this macro runs) see it too. Serde's `rename` and `rename_all` name the values on the wire;
//! `as_str`, `Display`, `FromStr`, `From<&str>`, `Default` (`Other("")`) and the serde impls are
//! written here, all through the one table of wire names.

use crate::case::{self, RULES};
use crate::check;
use crate::ctxt::Ctxt;
use crate::field_attr::skip_meta;
use crate::read::{self, is_string};
use proc_macro2::TokenStream;
use quote::quote;
use syn::ext::IdentExt;
use syn::{Attribute, Data, DeriveInput, Fields, Ident, LitStr, Path, Token};

/// The variant that keeps the values not listed.
const CATCH_ALL: &str = "Other";

struct Variant {
    ident: Ident,
    wire: String,
    aliases: Vec<String>,
}

/// `#[stytch_enum]` in the [pipeline](crate::pipeline).
pub struct StytchEnum;

/// What `#[stytch_enum]` reads: the runtime crate and the listed values.
pub struct OpenEnum {
    krate: Path,
    variants: Vec<Variant>,
}

impl crate::pipeline::Attribute for StytchEnum {
    const NAME: &'static str = "`#[stytch_enum]`";
    const APPLIES_TO: &'static str = "enums of unit variants";
    type Model = OpenEnum;

    fn read(cx: &Ctxt, args: TokenStream, input: &mut DeriveInput) -> OpenEnum {
        let krate = read::crate_only(cx, args, "`#[stytch_enum]`");
        let variants = check(cx, input);
        strip(input);
        OpenEnum { krate, variants }
    }

    fn expand(model: OpenEnum, input: &mut DeriveInput) -> TokenStream {
        generate(&input.ident, &model.variants, &model.krate)
    }

    fn fallback(model: OpenEnum, input: &DeriveInput) -> TokenStream {
        if check::is_generic(&input.generics) {
            return TokenStream::new();
        }
        fallback(&input.ident, &model.krate)
    }
}

/// After a mistake, what the attribute would have written, with bodies that never run (the
/// compile fails anyway), so that code using the enum adds no errors of its own (`as_str`,
/// `From<&str>`, the serde impls).
fn fallback(name: &Ident, krate: &Path) -> TokenStream {
    let serde = quote!(#krate::__private::serde);
    let quiet = crate::pipeline::quiet();
    quote! {
        #quiet
        const _: () = {
            #[automatically_derived]
            impl #name {
                #[doc(hidden)]
                pub fn as_str(&self) -> &str {
                    ::core::unreachable!()
                }
            }
            #[automatically_derived]
            impl ::core::default::Default for #name {
                fn default() -> Self {
                    ::core::unreachable!()
                }
            }
            #[automatically_derived]
            impl ::core::convert::From<&str> for #name {
                fn from(_: &str) -> Self {
                    ::core::unreachable!()
                }
            }
            #[automatically_derived]
            impl ::core::str::FromStr for #name {
                type Err = ::core::convert::Infallible;
                fn from_str(_: &str) -> ::core::result::Result<Self, Self::Err> {
                    ::core::unreachable!()
                }
            }
            #[automatically_derived]
            impl ::core::fmt::Display for #name {
                fn fmt(&self, _: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                    ::core::unreachable!()
                }
            }
            #[automatically_derived]
            impl #serde::Serialize for #name {
                fn serialize<__S: #serde::Serializer>(&self, _: __S) -> ::core::result::Result<__S::Ok, __S::Error> {
                    ::core::unreachable!()
                }
            }
            #[automatically_derived]
            impl<'de> #serde::Deserialize<'de> for #name {
                fn deserialize<__D: #serde::Deserializer<'de>>(_: __D) -> ::core::result::Result<Self, __D::Error> {
                    ::core::unreachable!()
                }
            }
            #[automatically_derived]
            #[diagnostic::do_not_recommend]
            impl #krate::validate::Text for #name {
                fn as_text(&self) -> &str {
                    ::core::unreachable!()
                }
            }
        };
    }
}

/// Reads and checks the enum; every mistake goes to `cx`.
fn check(cx: &Ctxt, input: &DeriveInput) -> Vec<Variant> {
    let data = match &input.data {
        Data::Enum(data) => Some(data),
        Data::Struct(data) => {
            cx.error_spanned_by(
                data.struct_token,
                "`#[stytch_enum]` goes on an enum of unit variants; for an object, use `#[stytch_object]`",
            );
            None
        }
        Data::Union(data) => {
            cx.error_spanned_by(
                data.union_token,
                "`#[stytch_enum]` goes on an enum of unit variants, not a union",
            );
            None
        }
    };
    check::owned_generics(cx, &input.generics, "`#[stytch_enum]`");
    check::written_derives(cx, &input.attrs, "`#[stytch_enum]`", &["Serialize", "Deserialize", "Default"]);
    let rule = rename_all(cx, &input.attrs);
    let mut variants: Vec<Variant> = Vec::new();
    let mut catch_all = false;
    for variant in data.into_iter().flat_map(|d| &d.variants) {
        if variant.ident == CATCH_ALL {
            check_catch_all(cx, variant);
            catch_all = true;
            continue;
        }
        if !matches!(variant.fields, Fields::Unit) {
            cx.error_spanned_by(
                &variant.fields,
                "`#[stytch_enum]` variants carry no data: each is one string value; values not listed \
                 land in `Other(String)`",
            );
        }
        if let Some((eq, expr)) = &variant.discriminant {
            cx.error_spanned_by(
                quote!(#eq #expr),
                "a `#[stytch_enum]` value is a string, not a number: write `#[serde(rename = \"...\")]` \
                 above the variant",
            );
        }
        let (renamed, aliases) = variant_serde(cx, &variant.attrs);
        let name = variant.ident.unraw().to_string();
        let wire = renamed
            .unwrap_or_else(|| rule.as_deref().and_then(|r| case::rename_variant(r, &name)).unwrap_or(name));
        for taken in std::iter::once(&wire).chain(&aliases) {
            if let Some(other) = variants.iter().find(|v| &v.wire == taken || v.aliases.contains(taken)) {
                cx.error_spanned_by(
                    &variant.ident,
                    format!("the value `{taken}` is already `{}`; each value names one variant", other.ident),
                );
            }
        }
        variants.push(Variant { ident: variant.ident.clone(), wire, aliases });
    }
    if let (Some(data), false) = (data, catch_all) {
        let end = data.brace_token.span.close();
        cx.syn_error(syn::Error::new(
            end,
            "`#[stytch_enum]` needs the catch-all variant `Other(String)`, which keeps any value not \
             listed as the server sent it: add `Other(String),`",
        ));
    }
    variants
}

/// `Other(String)`: one field, written `String`, no serde attributes.
fn check_catch_all(cx: &Ctxt, variant: &syn::Variant) {
    match &variant.fields {
        Fields::Unnamed(fields)
            if fields.unnamed.len() == 1 && fields.unnamed.iter().all(|f| is_string(&f.ty)) => {}
        other => cx.error_spanned_by(
            quote!(#variant),
            format!(
                "the catch-all of a `#[stytch_enum]` is `Other(String)`{}; to name a value `\"Other\"`, \
                 give its variant another name and `#[serde(rename = \"Other\")]`",
                if matches!(other, Fields::Unit) { ", holding the value the server sent" } else { "" }
            ),
        ),
    }
    if let Some(attr) = variant.attrs.iter().find(|a| a.path().is_ident("serde")) {
        cx.error_spanned_by(
            attr,
            "`Other(String)` takes no `#[serde(...)]`: it holds every value not listed",
        );
    }
    if let Some((eq, expr)) = &variant.discriminant {
        cx.error_spanned_by(quote!(#eq #expr), "`Other(String)` takes no discriminant");
    }
}

/// The container's `#[serde(rename_all = "...")]`; other container keys are mistakes.
fn rename_all(cx: &Ctxt, attrs: &[Attribute]) -> Option<String> {
    let mut rule = None;
    for attr in attrs.iter().filter(|a| a.path().is_ident("serde")) {
        let result = attr.parse_nested_meta(|meta| {
            if meta.path.is_ident("rename_all") && meta.input.peek(Token![=]) {
                let lit: LitStr = meta.value()?.parse()?;
                if RULES.contains(&lit.value().as_str()) {
                    rule = Some(lit.value());
                } else {
                    cx.error_spanned_by(
                        &lit,
                        format!(
                            "unknown `rename_all` rule {:?}; expected one of {}",
                            lit.value(),
                            RULES.join(", ")
                        ),
                    );
                }
            } else {
                cx.error_spanned_by(
                    &meta.path,
                    "`#[stytch_enum]` reads only `#[serde(rename_all = \"...\")]` on the enum and \
                     `#[serde(rename = \"...\")]` or `#[serde(alias = \"...\")]` on its variants",
                );
                skip_meta(&meta)?;
            }
            Ok(())
        });
        if let Err(err) = result {
            cx.syn_error(err);
        }
    }
    rule
}

/// A variant's `rename` and `alias`es.
fn variant_serde(cx: &Ctxt, attrs: &[Attribute]) -> (Option<String>, Vec<String>) {
    let mut renamed = None;
    let mut aliases = Vec::new();
    for attr in attrs.iter().filter(|a| a.path().is_ident("serde")) {
        let result = attr.parse_nested_meta(|meta| {
            if meta.path.is_ident("rename") && meta.input.peek(Token![=]) {
                renamed = Some(meta.value()?.parse::<LitStr>()?.value());
            } else if meta.path.is_ident("alias") {
                aliases.push(meta.value()?.parse::<LitStr>()?.value());
            } else {
                cx.error_spanned_by(
                    &meta.path,
                    "a `#[stytch_enum]` variant accepts `#[serde(rename = \"...\")]` and \
                     `#[serde(alias = \"...\")]`",
                );
                skip_meta(&meta)?;
            }
            Ok(())
        });
        if let Err(err) = result {
            cx.syn_error(err);
        }
    }
    (renamed, aliases)
}

fn strip(input: &mut DeriveInput) {
    input.attrs.retain(|a| !a.path().is_ident("serde"));
    if let Data::Enum(data) = &mut input.data {
        for variant in data.variants.iter_mut() {
            variant.attrs.retain(|a| !a.path().is_ident("serde"));
            // A mistake already reported; left in, rustc would add one of its own.
            variant.discriminant = None;
        }
    }
}

fn generate(name: &Ident, variants: &[Variant], krate: &Path) -> TokenStream {
    let serde = quote!(#krate::__private::serde);
    let idents: Vec<&Ident> = variants.iter().map(|v| &v.ident).collect();
    let wires: Vec<&str> = variants.iter().map(|v| v.wire.as_str()).collect();
    let decoded = variants.iter().map(|v| {
        let ident = &v.ident;
        let names = std::iter::once(&v.wire).chain(&v.aliases);
        quote!(#(#names)|* => Self::#ident,)
    });
    let quiet = crate::pipeline::quiet();
    quote! {
        #quiet
        const _: () = {
            /// `non_empty` and `email` check the value as it is spelled on the wire: a default
            /// `Other("")` is empty.
            #[automatically_derived]
            #[diagnostic::do_not_recommend]
            impl #krate::validate::Text for #name {
                fn as_text(&self) -> &str {
                    self.as_str()
                }
            }

            #[automatically_derived]
            #[diagnostic::do_not_recommend]
            impl #krate::__private::Filled for #name {
                fn is_filled(&self) -> bool {
                    !self.as_str().is_empty()
                }
            }

            #[automatically_derived]
            impl #name {
                /// The value as it is spelled on the wire.
                pub fn as_str(&self) -> &str {
                    match self {
                        #(Self::#idents => #wires,)*
                        Self::Other(__other) => __other,
                    }
                }
            }

            #[automatically_derived]
            impl ::core::default::Default for #name {
                /// `Other("")`: what a missing or `null` value decodes to.
                fn default() -> Self {
                    Self::Other(::std::string::String::new())
                }
            }

            #[automatically_derived]
            impl ::core::convert::From<&str> for #name {
                fn from(__value: &str) -> Self {
                    match __value {
                        #(#decoded)*
                        __other => Self::Other(::std::borrow::ToOwned::to_owned(__other)),
                    }
                }
            }

            #[automatically_derived]
            impl ::core::str::FromStr for #name {
                type Err = ::core::convert::Infallible;
                fn from_str(__value: &str) -> ::core::result::Result<Self, Self::Err> {
                    ::core::result::Result::Ok(<Self as ::core::convert::From<&str>>::from(__value))
                }
            }

            #[automatically_derived]
            impl ::core::fmt::Display for #name {
                fn fmt(&self, __f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                    __f.write_str(self.as_str())
                }
            }

            #[automatically_derived]
            impl #serde::Serialize for #name {
                fn serialize<__S: #serde::Serializer>(
                    &self,
                    __serializer: __S,
                ) -> ::core::result::Result<__S::Ok, __S::Error> {
                    __serializer.serialize_str(self.as_str())
                }
            }

            #[automatically_derived]
            impl<'de> #serde::Deserialize<'de> for #name {
                fn deserialize<__D: #serde::Deserializer<'de>>(
                    __deserializer: __D,
                ) -> ::core::result::Result<Self, __D::Error> {
                    struct __StytchEnumVisitor;
                    impl #serde::de::Visitor<'_> for __StytchEnumVisitor {
                        type Value = #name;
                        fn expecting(&self, __f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                            __f.write_str("a string")
                        }
                        fn visit_str<__E: #serde::de::Error>(
                            self,
                            __value: &str,
                        ) -> ::core::result::Result<#name, __E> {
                            ::core::result::Result::Ok(<#name as ::core::convert::From<&str>>::from(__value))
                        }
                    }
                    __deserializer.deserialize_str(__StytchEnumVisitor)
                }
            }
        };
    }
}
