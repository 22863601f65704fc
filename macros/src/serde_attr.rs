//! Serde's attributes on the struct and its fields, read as far as serializing goes, so that the
//! wire form (and the field names in validation errors) match what serde would send.

use crate::ctxt::Ctxt;
use crate::field_attr::skip_meta;
use crate::model::SerdeField;
use proc_macro2::Span;
use syn::ext::IdentExt;
use syn::meta::ParseNestedMeta;
use syn::{Attribute, Data, DeriveInput, Ident, LitStr, Path, Token};

/// Reads a field's `#[serde(...)]` attributes. Keys that only matter for deserializing are passed
/// over; serde's own derive (if any) checks them.
pub fn field(cx: &Ctxt, attrs: &[Attribute], ident: &Ident) -> SerdeField {
    let mut out = SerdeField { wire: ident.unraw().to_string(), ..SerdeField::default() };
    for attr in attrs.iter().filter(|a| a.path().is_ident("serde")) {
        let result = attr.parse_nested_meta(|meta| {
            if meta.path.is_ident("rename") {
                if meta.input.peek(Token![=]) {
                    out.wire = meta.value()?.parse::<LitStr>()?.value();
                    out.renamed = true;
                } else {
                    meta.parse_nested_meta(|inner| {
                        if inner.path.is_ident("serialize") {
                            out.wire = inner.value()?.parse::<LitStr>()?.value();
                            out.renamed = true;
                        } else {
                            skip_meta(&inner)?;
                        }
                        Ok(())
                    })?;
                }
            } else if meta.path.is_ident("skip") || meta.path.is_ident("skip_serializing") {
                out.skip = true;
            } else if meta.path.is_ident("flatten") {
                out.flatten = true;
            } else if meta.path.is_ident("skip_serializing_if") {
                out.skip_if = Some(path_value(&meta)?);
            } else if meta.path.is_ident("serialize_with") {
                out.serialize_with = Some(path_value(&meta)?);
            } else if meta.path.is_ident("with") {
                let mut module = path_value(&meta)?;
                module.segments.push(Ident::new("serialize", Span::call_site()).into());
                out.serialize_with = Some(module);
            } else {
                skip_meta(&meta)?;
            }
            Ok(())
        });
        if let Err(err) = result {
            cx.syn_error(err);
        }
    }
    out
}

/// `key = "path::to::item"`.
fn path_value(meta: &ParseNestedMeta) -> syn::Result<Path> {
    meta.value()?.parse::<LitStr>()?.parse::<Path>()
}

/// The container's `#[serde(rename_all = "...")]` (or its `serialize` half).
pub fn rename_all(attrs: &[Attribute]) -> Option<LitStr> {
    let mut rule = None;
    for attr in attrs.iter().filter(|a| a.path().is_ident("serde")) {
        let _ = attr.parse_nested_meta(|meta| {
            if meta.path.is_ident("rename_all") && meta.input.peek(Token![=]) {
                rule = Some(meta.value()?.parse::<LitStr>()?);
            } else if meta.path.is_ident("rename_all") {
                // `rename_all(serialize = "...", deserialize = "...")`
                meta.parse_nested_meta(|inner| {
                    if inner.path.is_ident("serialize") {
                        rule = Some(inner.value()?.parse::<LitStr>()?);
                    } else {
                        skip_meta(&inner)?;
                    }
                    Ok(())
                })?;
            } else {
                skip_meta(&meta)?;
            }
            Ok(())
        });
    }
    rule
}

/// Without a serde derive on the struct, nothing would consume `#[serde]` attributes: the
/// attribute has read them for the wire form, and removes them from the emitted struct.
pub fn strip(input: &mut DeriveInput) {
    input.attrs.retain(|a| !a.path().is_ident("serde"));
    if let Data::Struct(data) = &mut input.data {
        for field in data.fields.iter_mut() {
            field.attrs.retain(|a| !a.path().is_ident("serde"));
        }
    }
}
