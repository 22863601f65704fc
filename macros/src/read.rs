//! Reading a declaration: the arguments of `#[stytch_endpoint(...)]`, then the struct's fields
//! (their names and types first, then their `#[stytch]` and `#[serde]` attributes). Every mistake
//! goes to the [`Ctxt`]; what could be read is returned.

use crate::args::{Arg, Args};
use crate::ctxt::Ctxt;
use crate::field_attr;
use crate::model::HELPER;
use crate::model::{Field, Method};
use crate::serde_attr;
use crate::suggest::near_miss;
use proc_macro2::{Span, TokenStream};
use syn::ext::IdentExt;
use syn::punctuated::Punctuated;
use syn::spanned::Spanned;
use syn::{
    Attribute, Data, DeriveInput, Fields, GenericArgument, Ident, LitStr, Path, PathArguments, Token, Type,
};

const METHODS: &str = "GET, POST, PUT, PATCH, DELETE";
const USAGE: &str = "#[stytch_endpoint(POST, \"/v1/...\", response = Type)]";

/// What the attribute's arguments declare. Each part is `None` when it is missing or wrong (the
/// mistake is recorded).
#[derive(Default)]
pub struct Arguments {
    pub method: Option<Method>,
    pub path: Option<LitStr>,
    pub response: Option<Type>,
    /// `crate = path`: where the runtime crate is, when it is renamed.
    pub krate: Option<Path>,
    /// `auth = none`: no project credentials.
    pub auth_none: bool,
    /// `body = form`, where it is written.
    pub form: Option<Ident>,
    /// `exactly_one_of(...)` and `at_most_one_of(...)`, unread: their field names are checked
    /// once the path has marked its fields, so that errors come in source order.
    pub groups: Vec<(Ident, TokenStream)>,
    /// `schema = false`: the declaration is not checked against Stytch's schema.
    pub schema_off: bool,
}

/// Reads the attribute's arguments.
pub fn arguments(cx: &Ctxt, tokens: TokenStream) -> Arguments {
    // Errors about something missing point at the arguments, or at the attribute if it has none.
    let whole = (!tokens.is_empty()).then(|| tokens.clone());
    let (args, parse_failed) = match syn::parse2::<Args>(tokens) {
        Ok(args) => (args.0, false),
        Err(err) => {
            cx.syn_error(err);
            (Vec::new(), true)
        }
    };
    // Whether the method, path or response was given or a mistake in it already reported: its
    // absence is then not reported again. When the arguments did not parse, nothing is.
    let (mut method_seen, mut path_seen, mut response_seen) = (parse_failed, parse_failed, parse_failed);
    let mut out = Arguments::default();
    let (mut auth_seen, mut body_seen) = (false, false);

    for (index, arg) in args.iter().enumerate() {
        match (index, arg) {
            (0, Arg::Str(lit)) if Method::parse(&lit.value().to_ascii_uppercase()).is_some() => {
                let bare = lit.value().to_ascii_uppercase();
                cx.error_spanned_by(lit, format!("write the method bare, without quotes: `{bare}`"));
                out.method = Method::parse(&bare);
                method_seen = true;
            }
            (1, Arg::Word(word)) if !method_seen && is_method(word) && matches!(args[0], Arg::Str(_)) => {
                let path = args[0].span_tokens();
                cx.error_spanned_by(&path, format!("the method goes before the path: `{word}, {path}`"));
                out.method = Method::parse(&word.to_string());
                method_seen = true;
            }
            (_, Arg::Word(word)) if is_method(word) => {
                if method_seen {
                    cx.error_spanned_by(
                        word,
                        format!("duplicate method `{word}`; an endpoint has one method"),
                    );
                } else if index > 0 {
                    cx.error_spanned_by(word, format!("the method goes first: `{USAGE}`"));
                }
                out.method = out.method.or(Method::parse(&word.to_string()));
                method_seen = true;
            }
            (0, Arg::Word(word)) => {
                method_seen = true;
                let upper = word.to_string().to_ascii_uppercase();
                if Method::parse(&upper).is_some() {
                    cx.error_spanned_by(word, format!("write the method in capitals: `{upper}`"));
                    out.method = Method::parse(&upper);
                } else {
                    cx.error_spanned_by(
                        word,
                        format!("unsupported method `{word}`; expected one of {METHODS}"),
                    );
                }
            }
            (_, Arg::Str(lit)) => {
                if path_seen {
                    cx.error_spanned_by(lit, "duplicate path; an endpoint has one path");
                } else if index > 1 {
                    cx.error_spanned_by(lit, format!("the path goes second, after the method: `{USAGE}`"));
                }
                out.path = out.path.or(Some(lit.clone()));
                path_seen = true;
            }
            (1, Arg::Word(_) | Arg::Other(_)) => {
                path_seen = true;
                cx.error_spanned_by(
                    arg.span_tokens(),
                    "the path of `#[stytch_endpoint]` must be a string literal, such as \"/v1/users/{user_id}\"",
                );
            }
            (_, Arg::Value { key, value }) if key == "response" => {
                if response_seen {
                    cx.error_spanned_by(key, "duplicate `response`; an endpoint has one response type");
                } else {
                    match syn::parse2::<Type>(value.clone()) {
                        Ok(Type::ImplTrait(_)) => cx.error_spanned_by(
                            value,
                            "`response` takes a concrete type, not `impl Trait`: the answer decodes into \
                             it, so it must be named: `response = ResetResponse`",
                        ),
                        Ok(ty) => out.response = Some(ty),
                        Err(_) => {
                            cx.error_spanned_by(value, "`response` takes a type: `response = ResetResponse`")
                        }
                    }
                }
                response_seen = true;
            }
            (_, Arg::Value { key, value }) if key == "crate" => crate_arg(cx, &mut out.krate, key, value),
            (_, Arg::Value { key, value }) if key == "schema" => match syn::parse2::<syn::LitBool>(value.clone()) {
                Ok(lit) if !lit.value => out.schema_off = true,
                _ => cx.error_spanned_by(
                    value,
                    "`schema` takes `false`: `schema = false` leaves the declaration out of the check against \
                     Stytch's schema",
                ),
            },
            (_, Arg::Value { key, value }) if key == "auth" => {
                if std::mem::replace(&mut auth_seen, true) {
                    cx.error_spanned_by(key, "duplicate `auth`; an endpoint takes one kind of credentials");
                    continue;
                }
                match word_value(value).as_deref() {
                    Some("none") => out.auth_none = true,
                    Some("project") => {}
                    _ => cx.error_spanned_by(
                        value,
                        "`auth` takes `none` (the request carries no project credentials) or `project` \
                         (the default: the project's id and secret)",
                    ),
                }
            }
            (_, Arg::Value { key, value }) if key == "body" => {
                if std::mem::replace(&mut body_seen, true) {
                    cx.error_spanned_by(key, "duplicate `body`; an endpoint has one body format");
                    continue;
                }
                match word_value(value).as_deref() {
                    Some("form") => out.form = syn::parse2(value.clone()).ok(),
                    Some("json") => {}
                    _ => cx.error_spanned_by(
                        value,
                        "`body` takes `json` (the default) or `form` (`application/x-www-form-urlencoded`)",
                    ),
                }
            }
            (_, Arg::List { key, content }) if key == "exactly_one_of" || key == "at_most_one_of" => {
                out.groups.push((key.clone(), content.clone()));
            }
            (_, Arg::Value { key, .. } | Arg::List { key, .. } | Arg::Word(key)) => {
                let mut message = format!(
                    "unknown argument `{key}`; expected `response = Type`, `exactly_one_of(field, ...)`, \
                     `at_most_one_of(field, ...)`, `auth = none`, `body = form`, `crate = path` or `schema = false`"
                );
                if let Some(near) = near_miss(&key.to_string()) {
                    message = format!("unknown argument `{key}`; did you mean `{near}`?");
                    response_seen |= near == "response";
                }
                cx.error_spanned_by(key, message);
            }
            (_, other) => {
                if index == 0 {
                    method_seen = true;
                }
                cx.error_spanned_by(other.span_tokens(), format!("unexpected argument; expected `{USAGE}`"));
            }
        }
    }
    let missing: Vec<&str> =
        [(method_seen, "the HTTP method"), (path_seen, "the path"), (response_seen, "`response = Type`")]
            .into_iter()
            .filter_map(|(seen, what)| (!seen).then_some(what))
            .collect();
    if let Some((last, init)) = missing.split_last() {
        let list =
            if init.is_empty() { (*last).to_owned() } else { format!("{} and {last}", init.join(", ")) };
        let message = format!("`#[stytch_endpoint]` is missing {list}; expected `{USAGE}`");
        match &whole {
            Some(args) => cx.error_spanned_by(args, message),
            None => cx.syn_error(syn::Error::new(Span::call_site(), message)),
        }
    }
    out
}

/// The arguments of `#[stytch_object]` and `#[stytch_enum]`: none, or `crate = path` as
/// `#[stytch_endpoint]` takes it. The runtime crate: `::stytch_endpoint` unless `crate` says
/// otherwise.
pub fn crate_only(cx: &Ctxt, tokens: TokenStream, attribute: &str) -> Path {
    let mut krate = None;
    match syn::parse2::<Args>(tokens) {
        Ok(args) => {
            for arg in &args.0 {
                match arg {
                    Arg::Value { key, value } if key == "crate" => crate_arg(cx, &mut krate, key, value),
                    Arg::Value { key, .. } | Arg::List { key, .. } | Arg::Word(key) => cx.error_spanned_by(
                        key,
                        format!("unknown argument `{key}`; {attribute} takes only `crate = path`"),
                    ),
                    _ => cx.error_spanned_by(
                        arg.span_tokens(),
                        format!("unexpected argument; {attribute} takes only `crate = path`"),
                    ),
                }
            }
        }
        Err(err) => cx.syn_error(err),
    }
    krate.unwrap_or_else(|| syn::parse_quote!(::stytch_endpoint))
}

/// The one word of `key = word`, such as `none` in `auth = none`.
fn word_value(value: &TokenStream) -> Option<String> {
    syn::parse2::<Ident>(value.clone()).ok().map(|ident| ident.to_string())
}

/// `crate = path`, into `krate` unless it is given twice or is not a path.
fn crate_arg(cx: &Ctxt, krate: &mut Option<Path>, key: &Ident, value: &TokenStream) {
    if krate.is_some() {
        cx.error_spanned_by(key, "duplicate `crate`");
        return;
    }
    match crate_path(value) {
        Some(path) => *krate = Some(path),
        None => cx.error_spanned_by(
            value,
            "`crate` takes the path of the stytch-endpoint crate as the user's crate names it: \
             `crate = stytch`",
        ),
    }
}

/// `crate = stytch`, or serde's spelling `crate = "stytch"`.
fn crate_path(value: &TokenStream) -> Option<Path> {
    if let Ok(path) = syn::parse2::<Path>(value.clone()) {
        return Some(path);
    }
    syn::parse2::<LitStr>(value.clone()).ok()?.parse().ok()
}

fn is_method(word: &Ident) -> bool {
    Method::parse(&word.to_string()).is_some()
}

/// The names and types of the struct's fields, before their attributes are read; `None` when the
/// item is not a struct with named fields ([`field_attrs`] reports that).
pub fn fields(input: &DeriveInput) -> Option<Vec<Field>> {
    let Data::Struct(data) = &input.data else { return None };
    let Fields::Named(named) = &data.fields else { return None };
    let fields = named.named.iter().map(|field| {
        let ident = field.ident.clone().expect("named field");
        Field {
            name: ident.unraw().to_string(),
            option_inner: option_inner(&field.ty).cloned(),
            ty: field.ty.clone(),
            ident,
            in_path: false,
            rules: Default::default(),
            serde: Default::default(),
            cfgs: field.attrs.iter().filter(|a| a.path().is_ident("cfg")).cloned().collect(),
        }
    });
    Some(fields.collect())
}

/// Reads the fields' `#[stytch]` and `#[serde]` attributes into `fields` (from [`fields`]), and
/// strips `#[stytch]` from the item. Reports an item that is not a struct with named fields.
pub fn field_attrs(cx: &Ctxt, input: &mut DeriveInput, fields: Option<&mut Vec<Field>>) {
    const SHAPE: &str = "`#[stytch_endpoint]` applies to structs with named fields";
    let Some(fields) = fields else {
        match &input.data {
            Data::Enum(data) => cx.error_spanned_by(data.enum_token, format!("{SHAPE}, not enums")),
            Data::Union(data) => cx.error_spanned_by(data.union_token, format!("{SHAPE}, not unions")),
            Data::Struct(data) => match &data.fields {
                Fields::Unnamed(unnamed) => {
                    cx.error_spanned_by(unnamed, format!("{SHAPE}, not tuple structs"))
                }
                Fields::Unit | Fields::Named(_) => {
                    cx.error_spanned_by(&input.ident, format!("{SHAPE}, not unit structs"))
                }
            },
        }
        // Not read, but stripped all the same: nothing else would consume them.
        strip_helpers(&mut input.data);
        return;
    };
    let Data::Struct(data) = &mut input.data else { return };
    for (field, model) in data.fields.iter_mut().zip(fields.iter_mut()) {
        conditional_attrs(cx, &mut field.attrs);
        model.rules = field_attr::read(cx, &field.attrs);
        field.attrs.retain(|a| !a.path().is_ident(HELPER));
        model.serde = serde_attr::field(cx, &field.attrs, &model.ident);
    }
}

/// Reports `#[stytch]` or `#[serde]` inside a `#[cfg_attr(...)]`: the attribute reads the field
/// before the condition is known, so the wire form and the rules could not follow it. Such a
/// `cfg_attr` is removed, so that rustc adds no error of its own.
fn conditional_attrs(cx: &Ctxt, attrs: &mut Vec<Attribute>) {
    attrs.retain(|attr| {
        if !attr.path().is_ident("cfg_attr") {
            return true;
        }
        let mut reported = false;
        let _ = attr.parse_args_with(|input: syn::parse::ParseStream| {
            let _condition: syn::Meta = input.parse()?;
            while !input.is_empty() {
                input.parse::<Token![,]>()?;
                if input.is_empty() {
                    break;
                }
                let inner: syn::Meta = input.parse()?;
                if let Some(name) = ["stytch", "serde"].into_iter().find(|n| inner.path().is_ident(n)) {
                    cx.error_spanned_by(
                        inner.path(),
                        format!(
                            "`#[stytch_endpoint]` reads `#[{name}(...)]` before any `cfg_attr` condition is \
                             known; write it without `cfg_attr`, or put `#[cfg]` on two versions of the field"
                        ),
                    );
                    reported = true;
                }
            }
            Ok(())
        });
        !reported
    });
}

/// Removes `#[stytch]` from every field of the item, whatever its shape.
fn strip_helpers(data: &mut Data) {
    let fields: Vec<&mut syn::Field> = match data {
        Data::Struct(data) => data.fields.iter_mut().collect(),
        Data::Enum(data) => data.variants.iter_mut().flat_map(|v| v.fields.iter_mut()).collect(),
        Data::Union(data) => data.fields.named.iter_mut().collect(),
    };
    for field in fields {
        field.attrs.retain(|a| !a.path().is_ident(HELPER));
    }
}

/// `T` when `ty` is written `Option<T>` (with any path prefix).
pub fn option_inner(ty: &Type) -> Option<&Type> {
    let Type::Path(path) = ty else { return None };
    if path.qself.is_some() {
        return None;
    }
    let last = path.path.segments.last()?;
    if last.ident != "Option" {
        return None;
    }
    let PathArguments::AngleBracketed(args) = &last.arguments else { return None };
    match args.args.first() {
        Some(GenericArgument::Type(inner)) if args.args.len() == 1 => Some(inner),
        _ => None,
    }
}

/// `String` as written (with any path prefix).
pub fn is_string(ty: &Type) -> bool {
    let Type::Path(path) = ty else { return false };
    path.qself.is_none()
        && path.path.segments.last().is_some_and(|s| s.ident == "String" && s.arguments.is_none())
}

/// The paths in a `#[derive(...)]`; `None` for any other attribute.
pub fn derive_paths(attr: &Attribute) -> Option<Punctuated<Path, Token![,]>> {
    if !attr.path().is_ident("derive") {
        return None;
    }
    attr.parse_args_with(Punctuated::<Path, Token![,]>::parse_terminated).ok()
}

/// Whether the struct derives serde's `Serialize` or `Deserialize` itself.
pub fn derives_serde(attrs: &[Attribute]) -> bool {
    attrs
        .iter()
        .filter_map(derive_paths)
        .flatten()
        .any(|path| path.segments.last().is_some_and(|s| s.ident == "Serialize" || s.ident == "Deserialize"))
}

/// Removes `name` from the struct's derive lists (the attribute writes that impl itself).
pub fn strip_derive(attrs: &mut Vec<Attribute>, name: &str) {
    let mut kept = Vec::with_capacity(attrs.len());
    for attr in attrs.drain(..) {
        match derive_paths(&attr) {
            Some(paths) => {
                let rest: Punctuated<Path, Token![,]> =
                    paths.into_iter().filter(|p| p.segments.last().is_none_or(|s| s.ident != name)).collect();
                if !rest.is_empty() {
                    let span = attr.span();
                    kept.push(syn::parse_quote_spanned!(span=> #[derive(#rest)]));
                }
            }
            None => kept.push(attr),
        }
    }
    *attrs = kept;
}

/// The item the attribute is written on, as a [`DeriveInput`]. Anything else (a `fn`, a `trait`,
/// an `impl`, ...) is an error naming what the attribute applies to, spanned on the item's keyword,
/// and the item is emitted as it was.
pub fn item(item: TokenStream, attribute: &str, applies_to: &str) -> Result<DeriveInput, TokenStream> {
    match syn::parse2::<DeriveInput>(item.clone()) {
        Ok(input) => Ok(input),
        Err(err) => {
            let err = match item_keyword(item.clone()) {
                Some(keyword) if !["struct", "enum", "union"].contains(&keyword.to_string().as_str()) => {
                    syn::Error::new(
                        keyword.span(),
                        format!("{attribute} applies to {applies_to}, not to `{keyword}` items"),
                    )
                }
                _ => err,
            };
            let err = err.to_compile_error();
            Err(quote::quote!(#item #err))
        }
    }
}

/// The keyword that says what an item is (`fn`, `struct`, `trait`, ...), after its attributes,
/// its visibility and qualifiers such as `const`, `unsafe`, `async` or `extern "C"`.
fn item_keyword(item: TokenStream) -> Option<Ident> {
    let mut tokens = item.into_iter().peekable();
    loop {
        match tokens.next()? {
            proc_macro2::TokenTree::Punct(p) if p.as_char() == '#' => {
                tokens.next(); // the attribute's `[...]`
            }
            proc_macro2::TokenTree::Ident(ident) => {
                let word = ident.to_string();
                match word.as_str() {
                    "pub" => {
                        if let Some(proc_macro2::TokenTree::Group(g)) = tokens.peek() {
                            if g.delimiter() == proc_macro2::Delimiter::Parenthesis {
                                tokens.next();
                            }
                        }
                    }
                    "const" | "unsafe" | "async" | "extern" | "default" => {}
                    _ => return Some(ident),
                }
            }
            proc_macro2::TokenTree::Literal(_) => {} // the ABI of `extern "C"`
            _ => return None,
        }
    }
}
