//! Checking what was read against the struct: the group rules name `Option` fields of it, and the
//! item has no generic parameters.

use crate::ctxt::Ctxt;
use crate::model::{Field, Group};
use crate::suggest::field_list;
use proc_macro2::{TokenStream, TokenTree};
use quote::ToTokens;
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
    (members.len() == names.len()).then_some(Group {
        key: key.clone(),
        exactly: key == "exactly_one_of",
        members,
    })
}

/// Whether the item has generic parameters or a where clause: no impl can be written for it.
pub fn is_generic(generics: &Generics) -> bool {
    !generics.params.is_empty() || generics.where_clause.is_some()
}

/// Reports generic parameters.
pub fn generics(cx: &Ctxt, generics: &Generics) {
    for param in &generics.params {
        match param {
            syn::GenericParam::Lifetime(lifetime) => cx.error_spanned_by(
                lifetime,
                "`#[stytch_endpoint]` structs take no lifetime: `send` may run on another thread and \
                 retry; use owned fields (`String` in place of `&str`), or `&'static str`",
            ),
            other => cx.error_spanned_by(
                other,
                "`#[stytch_endpoint]` does not support generic parameters: one struct declares one \
                 endpoint; write the field's concrete type",
            ),
        }
    }
    if let (true, Some(clause)) = (generics.params.is_empty(), &generics.where_clause) {
        cx.error_spanned_by(clause, "`#[stytch_endpoint]` structs take no `where` clause");
    }
}

/// Reports generic parameters on a `#[stytch_object]` or `#[stytch_enum]`: a response must own its
/// data (it outlives the buffer it was decoded from), and one type declares one shape.
pub fn owned_generics(cx: &Ctxt, generics: &Generics, attribute: &str) {
    for param in &generics.params {
        match param {
            syn::GenericParam::Lifetime(lifetime) => cx.error_spanned_by(
                lifetime,
                format!(
                    "{attribute} types must own their data: a response outlives the bytes it was decoded \
                     from; remove the lifetime and use `String` in place of `&str`"
                ),
            ),
            other => cx.error_spanned_by(
                other,
                format!("{attribute} does not take generic parameters; declare one type per shape"),
            ),
        }
    }
}

/// Reports a derive, below the attribute, of an impl the attribute writes itself (a derive above
/// it is not visible here; the docs say where derives go).
pub fn written_derives(cx: &Ctxt, attrs: &[syn::Attribute], attribute: &str, written: &[&str]) {
    for path in attrs.iter().filter_map(crate::read::derive_paths).flatten() {
        let Some(last) = path.segments.last() else { continue };
        if let Some(name) = written.iter().find(|name| last.ident == **name) {
            cx.error_spanned_by(
                &path,
                format!("{attribute} writes `{name}` itself; remove it from this derive"),
            );
        }
    }
}

/// Headers the client writes itself: a field may not send them.
pub const CLIENT_HEADERS: &[&str] = &[
    "Authorization",
    "Content-Type",
    "Content-Length",
    "Host",
    "Accept",
    "User-Agent",
    "Transfer-Encoding",
    "Connection",
];

/// Checks a header's name as written: a valid HTTP token, and not a header the client owns.
pub fn header_name(cx: &Ctxt, lit: &syn::LitStr) {
    let name = lit.value();
    if name.is_empty() {
        cx.error_spanned_by(lit, "`header` needs a name, such as `header = \"X-Stytch-Member-Session\"`");
    } else if let Some(bad) = name.chars().find(|c| !is_token_char(*c)) {
        cx.error_spanned_by(
            lit,
            format!(
                "`{}` is not a valid header name: {bad:?} is not allowed; a header name is letters, digits \
                 and the symbols ! # $ % & ' * + - . ^ _ ` | ~",
                name.escape_default()
            ),
        );
    } else if let Some(owned) = CLIENT_HEADERS.iter().find(|h| h.eq_ignore_ascii_case(&name)) {
        cx.error_spanned_by(lit, format!("the client sends `{owned}` itself; a field cannot set it"));
    }
}

/// Checks the header fields together: no header sent by two fields, none on a path parameter.
pub fn headers(cx: &Ctxt, fields: &[Field]) {
    let mut seen: Vec<String> = Vec::new();
    for field in fields {
        let Some(lit) = &field.rules.header else { continue };
        let name = lit.value();
        if seen.iter().any(|s| s.eq_ignore_ascii_case(&name)) {
            cx.error_spanned_by(lit, format!("header `{name}` is sent by two fields"));
        } else if field.in_path {
            cx.error_spanned_by(
                lit,
                format!("`{}` is a path parameter; it cannot also be sent as a header", field.name),
            );
        }
        seen.push(name);
    }
}

/// RFC 9110 `tchar`.
fn is_token_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || "!#$%&'*+-.^_`|~".contains(c)
}

/// Reports `#[stytch(...)]` on the struct itself (it belongs on fields, or, for the group rules,
/// in the attribute's arguments) and removes it, so that rustc adds no error of its own.
pub fn container_attrs(cx: &Ctxt, attrs: &mut Vec<syn::Attribute>) {
    attrs.retain(|attr| {
        if !attr.path().is_ident(crate::model::HELPER) {
            return true;
        }
        let group = attr.parse_args_with(|input: syn::parse::ParseStream| {
            let key: Ident = input.parse()?;
            let _: TokenStream = input.parse()?;
            Ok(key)
        });
        match group {
            Ok(key) if key == "exactly_one_of" || key == "at_most_one_of" => cx.error_spanned_by(
                &key,
                format!(
                    "`{key}` goes in the arguments of `#[stytch_endpoint]`, not in a `#[stytch]` on the struct: \
                     `#[stytch_endpoint(POST, \"/v1/...\", response = Type, {key}(a, b))]`"
                ),
            ),
            _ => cx.error_spanned_by(
                attr,
                "`#[stytch(...)]` goes on fields; the endpoint's own settings go in the arguments of \
                 `#[stytch_endpoint]`",
            ),
        }
        false
    });
}

/// Reports group rules over the same fields: `exactly_one_of(a, b)` with `at_most_one_of(a, b)`,
/// or one group written twice, would report one violation two or three times.
pub fn repeated_groups(cx: &Ctxt, groups: &[Group], fields: &[Field]) {
    for (i, group) in groups.iter().enumerate() {
        let mut members = group.members.clone();
        members.sort_unstable();
        let earlier = groups[..i].iter().find(|other| {
            let mut theirs = other.members.clone();
            theirs.sort_unstable();
            theirs == members
        });
        if let Some(earlier) = earlier {
            let names: Vec<&str> = group.members.iter().map(|&m| fields[m].name.as_str()).collect();
            let names = names.join(", ");
            let message = if earlier.exactly == group.exactly {
                format!("`{}({names})` is written twice; keep one", group.key)
            } else {
                format!(
                    "`exactly_one_of` and `at_most_one_of` name the same fields ({names}); `exactly_one_of` \
                     already allows at most one, so keep only the rule you mean"
                )
            };
            cx.error_spanned_by(&group.key, message);
        }
    }
}

/// Reports two fields that serde would send under one name: the body or query would carry the
/// key twice. Both fields are reported.
pub fn wire_names(cx: &Ctxt, fields: &[Field]) {
    let sent: Vec<&Field> = fields
        .iter()
        .filter(|f| !f.in_path && !f.serde.skip && !f.serde.flatten && f.rules.header.is_none())
        .collect();
    for field in &sent {
        let others: Vec<&str> = sent
            .iter()
            .filter(|o| o.serde.wire == field.serde.wire && o.name != field.name)
            .map(|o| o.name.as_str())
            .collect();
        if let Some(other) = others.first() {
            cx.error_spanned_by(
                &field.ident,
                format!(
                    "`{}` and `{other}` are both sent as `{}`: the request would carry that key twice; \
                     rename one with `#[serde(rename = \"...\")]`",
                    field.name, field.serde.wire
                ),
            );
        }
    }
}

/// Reports `#[serde(skip)]` (or `skip_serializing`) where it cannot work: on a path parameter,
/// which goes into the path whatever serde says, and on a field with rules, which would check a
/// value that is never sent.
pub fn skipped(cx: &Ctxt, fields: &[Field]) {
    for field in fields.iter().filter(|f| f.serde.skip) {
        let name = &field.name;
        if field.in_path {
            cx.error_spanned_by(
                &field.ident,
                format!(
                    "`{name}` is a path parameter: `{{{name}}}` takes its value whatever `#[serde(skip)]` says; \
                     remove the skip, or the parameter from the path"
                ),
            );
        } else if !field.rules.rules.is_empty() {
            cx.error_spanned_by(
                &field.ident,
                format!(
                    "`{name}` is `#[serde(skip)]`, so it is never sent, and its rules would check a value \
                     Stytch never sees; remove the rules or the skip"
                ),
            );
        } else if field.rules.header.is_some() {
            cx.error_spanned_by(
                &field.ident,
                format!(
                    "`{name}` is sent as a header, which `#[serde(skip)]` does not change; remove the skip"
                ),
            );
        }
    }
}

/// Reports a path parameter whose type, as written, cannot be one path segment: an `Option` (the
/// path needs a value in every request), a list or a map. Other types are checked when the
/// request is validated.
pub fn path_params(cx: &Ctxt, fields: &[Field]) {
    for field in fields.iter().filter(|f| f.in_path) {
        let name = &field.name;
        if field.option_inner.is_some() {
            cx.error_spanned_by(
                &field.ty,
                format!(
                    "`{name}` is a path parameter and cannot be an `Option`: every request needs a value for \
                     `{{{name}}}`; use the inner type"
                ),
            );
        } else if matches!(&field.ty, syn::Type::Tuple(tuple) if tuple.elems.is_empty()) {
            cx.error_spanned_by(
                &field.ty,
                format!(
                    "`{name}` is a path parameter and cannot be `()`: `{{{name}}}` takes one value that \
                     serializes to text, a number or a boolean"
                ),
            );
        } else if let Some(kind) = collection(&field.ty) {
            cx.error_spanned_by(
                &field.ty,
                format!(
                    "`{name}` is a path parameter and cannot be {kind}: `{{{name}}}` takes one value that \
                     serializes to text, a number or a boolean"
                ),
            );
        }
    }
}

/// "a list" or "a map" when a type is written as one.
fn collection(ty: &syn::Type) -> Option<&'static str> {
    match ty {
        syn::Type::Array(_) | syn::Type::Slice(_) => Some("a list"),
        syn::Type::Tuple(tuple) if !tuple.elems.is_empty() => Some("a list"),
        syn::Type::Reference(reference) => collection(&reference.elem),
        syn::Type::Path(path) if path.qself.is_none() => {
            let last = path.path.segments.last()?.ident.to_string();
            match last.as_str() {
                "Vec" | "VecDeque" | "HashSet" | "BTreeSet" => Some("a list"),
                "HashMap" | "BTreeMap" | "Map" => Some("a map"),
                _ => None,
            }
        }
        _ => None,
    }
}

/// Whether the response type owns its data (`for<'de> Deserialize<'de>`, as decoding needs);
/// a type that names a lifetime or a reference borrows, and is reported on it.
pub fn response_owns(cx: &Ctxt, ty: &syn::Type) -> bool {
    let Some(borrow) = first_borrow(ty.to_token_stream()) else { return true };
    cx.error_spanned_by(
        &borrow,
        "the response of `#[stytch_endpoint]` must own its data: it is decoded from a buffer that is \
         dropped afterwards; use owned types such as `String` instead of `&str`, and no lifetime parameters",
    );
    false
}

/// The first `'lifetime` or `&` in a type's tokens.
fn first_borrow(tokens: TokenStream) -> Option<TokenStream> {
    let mut iter = tokens.into_iter().peekable();
    while let Some(tree) = iter.next() {
        match tree {
            TokenTree::Punct(p) if p.as_char() == '\'' => {
                let mut out = TokenStream::from(TokenTree::Punct(p));
                out.extend(iter.next());
                return Some(out);
            }
            TokenTree::Punct(p) if p.as_char() == '&' => return Some(TokenTree::Punct(p).into()),
            TokenTree::Group(group) => {
                if let Some(found) = first_borrow(group.stream()) {
                    return Some(found);
                }
            }
            _ => {}
        }
    }
    None
}
