//! Checking what was read against the struct: the group rules name `Option` fields of it, and the
//! item has no generic parameters.

use crate::ctxt::Ctxt;
use crate::model::{Field, Group};
use crate::suggest::field_list;
use proc_macro2::TokenStream;
use syn::ext::IdentExt;
use syn::punctuated::Punctuated;
use syn::{Generics, Ident, Token};

/// Reads and checks one `exactly_one_of(...)` or `at_most_one_of(...)`. `fields` is `None` when
/// the item has no named fields (reported elsewhere).
pub fn group(cx: &Ctxt, key: &Ident, content: &TokenStream, fields: Option<&[Field]>) -> Option<Group> {
    let parsed =
        syn::parse::Parser::parse2(Punctuated::<Ident, Token![,]>::parse_terminated, content.clone());
    let Ok(names) = parsed else {
        cx.error_spanned_by(
            content,
            format!("`{key}` takes field names: `{key}(session_token, session_jwt)`"),
        );
        return None;
    };
    if names.len() < 2 {
        cx.error_spanned_by(key, format!("`{key}` needs at least two fields"));
        return None;
    }
    let fields = fields?;
    let mut members = Vec::new();
    for name in &names {
        match fields.iter().position(|f| name.unraw() == f.name) {
            None => cx.error_spanned_by(
                name,
                format!(
                    "`{key}` names `{name}`, which is not a field of this struct; {}",
                    field_list(fields)
                ),
            ),
            Some(index) if members.contains(&index) => {
                cx.error_spanned_by(name, format!("`{name}` appears twice in `{key}`"))
            }
            Some(index) if fields[index].option_inner.is_none() => cx.error_spanned_by(
                name,
                format!("`{key}` needs `Option` fields, and `{name}` is not an `Option`"),
            ),
            Some(index) => members.push(index),
        }
    }
    (members.len() == names.len()).then_some(Group { exactly: key == "exactly_one_of", members })
}

/// Whether the item has generic parameters or a where clause: no impl can be written for it.
pub fn is_generic(generics: &Generics) -> bool {
    !generics.params.is_empty() || generics.where_clause.is_some()
}

/// Reports generic parameters.
pub fn generics(cx: &Ctxt, generics: &Generics) {
    if is_generic(generics) {
        cx.error_spanned_by(generics, "`#[stytch_endpoint]` does not support generic parameters");
    }
}
