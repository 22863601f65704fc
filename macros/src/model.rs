//! The checked model of one `#[stytch_endpoint]` declaration.
//!
//! [`Endpoint::parse`] reads the attribute arguments and the struct, reports every mistake it
//! finds (combined into one `syn::Error`, each spanned on the offending tokens), and strips the
//! helper attributes from the struct so that it can be emitted whether or not the model is valid.

use crate::args::{attribute_span, Arg, Args};
use crate::case;
use crate::rules::{self, FieldRules, HELPER};
use proc_macro2::{Span, TokenStream};
use syn::ext::IdentExt;
use syn::punctuated::Punctuated;
use syn::spanned::Spanned;
use syn::{
    Attribute, Data, DeriveInput, Fields, GenericArgument, Ident, LitStr, Path, PathArguments, Token, Type,
};

/// The HTTP methods the attribute accepts.
#[derive(Clone, Copy, PartialEq)]
pub enum Method {
    Get,
    Post,
    Put,
    Patch,
    Delete,
}

impl Method {
    fn parse(word: &str) -> Option<Self> {
        Some(match word {
            "GET" => Method::Get,
            "POST" => Method::Post,
            "PUT" => Method::Put,
            "PATCH" => Method::Patch,
            "DELETE" => Method::Delete,
            _ => return None,
        })
    }

    /// The variant of `stytch_endpoint::Method`.
    pub fn variant(self) -> &'static str {
        match self {
            Method::Get => "Get",
            Method::Post => "Post",
            Method::Put => "Put",
            Method::Patch => "Patch",
            Method::Delete => "Delete",
        }
    }

    /// Whether the fields travel as a JSON body (else as a query string).
    pub fn has_body(self) -> bool {
        matches!(self, Method::Post | Method::Put | Method::Patch)
    }
}

/// A piece of a path template.
pub enum Segment {
    /// Text sent as written.
    Literal(String),
    /// `{name}`: the index of the field whose value is percent-encoded here.
    Param(usize),
}

/// `exactly_one_of(...)` or `at_most_one_of(...)`.
pub struct Group {
    /// True for `exactly_one_of`.
    pub exactly: bool,
    /// Indexes of the member fields, as written.
    pub members: Vec<usize>,
}

/// One field of the struct.
pub struct Field {
    pub ident: Ident,
    /// The name as serde sees it: the identifier without any `r#`.
    pub name: String,
    pub ty: Type,
    /// `T` when the field is `Option<T>`.
    pub option_inner: Option<Type>,
    /// Used in the path, so left out of the body and query.
    pub in_path: bool,
    pub rules: FieldRules,
    /// How serde would serialize the field, read from its `#[serde(...)]` attributes.
    pub serde: SerdeField,
}

/// What a field's serde attributes say about serializing it.
#[derive(Default)]
pub struct SerdeField {
    /// The name on the wire, after `rename` and the container's `rename_all`.
    pub wire: String,
    /// Whether `rename` set the wire name explicitly.
    pub renamed: bool,
    /// `skip` or `skip_serializing`.
    pub skip: bool,
    /// `flatten`.
    pub flatten: bool,
    /// `skip_serializing_if = "path"`.
    pub skip_if: Option<Path>,
    /// `serialize_with = "path"`, or `with = "module"` as `module::serialize`.
    pub serialize_with: Option<Path>,
}

/// A checked declaration.
pub struct Endpoint {
    pub method: Method,
    pub path: LitStr,
    pub segments: Vec<Segment>,
    pub response: Type,
    pub fields: Vec<Field>,
    pub groups: Vec<Group>,
    /// Some field is `secret`: the attribute writes `Debug`.
    pub redacts: bool,
}

/// A declaration with mistakes: every mistake, and what is known of the declaration, so that the
/// expansion can still give the struct its methods and keep errors from cascading.
pub struct Failed {
    /// Every mistake, combined.
    pub error: syn::Error,
    /// The response type, if it was declared and is a type.
    pub response: Option<Type>,
    /// The item has generic parameters (no impl can be written for it).
    pub generic: bool,
}

/// Collects mistakes so that all of them are reported in one compile.
#[derive(Default)]
struct Errors(Vec<syn::Error>);

impl Errors {
    fn spanned(&mut self, tokens: impl quote::ToTokens, message: impl std::fmt::Display) {
        self.0.push(syn::Error::new_spanned(tokens, message));
    }

    fn at(&mut self, span: Span, message: impl std::fmt::Display) {
        self.0.push(syn::Error::new(span, message));
    }

    fn finish(self) -> syn::Result<()> {
        let mut iter = self.0.into_iter();
        match iter.next() {
            None => Ok(()),
            Some(mut first) => {
                for err in iter {
                    first.combine(err);
                }
                Err(first)
            }
        }
    }
}

const METHODS: &str = "GET, POST, PUT, PATCH, DELETE";
const USAGE: &str = "#[stytch_endpoint(POST, \"/v1/...\", response = Type)]";

impl Endpoint {
    /// Parses and checks the declaration, stripping helper attributes from `input`.
    pub fn parse(args: TokenStream, input: &mut DeriveInput) -> Result<Endpoint, Box<Failed>> {
        let mut errors = Errors::default();
        // Mistakes in the struct are reported after those in the attribute, in source order.
        let mut field_errors = Errors::default();
        let fields = read_fields(input, &mut field_errors);
        // Errors about something missing point at the arguments, or at the attribute if it has none.
        let whole = (!args.is_empty()).then(|| args.clone());
        let args = match syn::parse2::<Args>(args) {
            Ok(args) => args.0,
            Err(err) => {
                errors.0.push(err);
                Vec::new()
            }
        };
        // Whether the method, path or response was given or a mistake in it already reported: its
        // absence is then not reported again. When the arguments did not parse, nothing is.
        let parse_failed = !errors.0.is_empty();
        let (mut method_seen, mut path_seen, mut response_seen) = (parse_failed, parse_failed, parse_failed);
        let mut method = None;
        let mut path = None;
        let mut response = None;
        let mut group_args = Vec::new();

        for (index, arg) in args.iter().enumerate() {
            match (index, arg) {
                (1, Arg::Word(word)) if !method_seen && is_method(word) && matches!(args[0], Arg::Str(_)) => {
                    let path = args[0].span_tokens();
                    errors.spanned(&path, format!("the method goes before the path: `{word}, {path}`"));
                    method = Method::parse(&word.to_string());
                    method_seen = true;
                }
                (_, Arg::Word(word)) if is_method(word) => {
                    if method_seen {
                        errors
                            .spanned(word, format!("duplicate method `{word}`; an endpoint has one method"));
                    } else if index > 0 {
                        errors.spanned(word, format!("the method goes first: `{USAGE}`"));
                    }
                    method = method.or(Method::parse(&word.to_string()));
                    method_seen = true;
                }
                (0, Arg::Word(word)) => {
                    method_seen = true;
                    errors.spanned(word, format!("unsupported method `{word}`; expected one of {METHODS}"));
                }
                (_, Arg::Str(lit)) => {
                    if path_seen {
                        errors.spanned(lit, "duplicate path; an endpoint has one path");
                    } else if index > 1 {
                        errors.spanned(lit, format!("the path goes second, after the method: `{USAGE}`"));
                    }
                    path = path.or(Some(lit.clone()));
                    path_seen = true;
                }
                (1, Arg::Word(_) | Arg::Other(_)) => {
                    path_seen = true;
                    errors.spanned(
                        arg.span_tokens(),
                        "the path of `#[stytch_endpoint]` must be a string literal, such as \"/v1/users/{user_id}\"",
                    );
                }
                (_, Arg::Value { key, value }) if key == "response" => {
                    if response_seen {
                        errors.spanned(key, "duplicate `response`; an endpoint has one response type");
                    } else {
                        match syn::parse2::<Type>(value.clone()) {
                            Ok(ty) => response = Some(ty),
                            Err(_) => {
                                errors.spanned(value, "`response` takes a type: `response = ResetResponse`")
                            }
                        }
                    }
                    response_seen = true;
                }
                (_, Arg::List { key, content }) if key == "exactly_one_of" || key == "at_most_one_of" => {
                    // Read once the path has marked its fields, so that errors come in source order.
                    group_args.push((key, content));
                }
                (_, Arg::Value { key, .. } | Arg::List { key, .. } | Arg::Word(key)) => {
                    let mut message = format!(
                        "unknown argument `{key}`; expected `response = Type`, `exactly_one_of(field, ...)` \
                         or `at_most_one_of(field, ...)`"
                    );
                    if let Some(near) = near_miss(&key.to_string()) {
                        message = format!("unknown argument `{key}`; did you mean `{near}`?");
                        response_seen |= near == "response";
                    }
                    errors.spanned(key, message);
                }
                (_, other) => {
                    if index == 0 {
                        method_seen = true;
                    }
                    errors.spanned(other.span_tokens(), format!("unexpected argument; expected `{USAGE}`"))
                }
            }
        }
        let missing: Vec<&str> =
            [(method_seen, "the HTTP method"), (path_seen, "the path"), (response_seen, "`response = Type`")]
                .into_iter()
                .filter_map(|(seen, what)| (!seen).then_some(what))
                .collect();
        if !missing.is_empty() {
            let list = match missing.as_slice() {
                [one] => one.to_string(),
                [init @ .., last] => format!("{} and {last}", init.join(", ")),
                [] => unreachable!(),
            };
            let message = format!("`#[stytch_endpoint]` is missing {list}; expected `{USAGE}`");
            match &whole {
                Some(args) => errors.spanned(args, message),
                None => errors.at(attribute_span(), message),
            }
        }

        let mut segments = Vec::new();
        let mut fields = fields;
        if let (Some(lit), Some(fields)) = (&path, &mut fields) {
            segments = read_path(lit, fields, &mut errors);
        }
        let mut groups = Vec::new();
        for (key, content) in group_args {
            if let Some(group) = read_group(key, content.clone(), fields.as_deref(), &mut errors) {
                groups.push(group);
            }
        }
        let mut fields = fields.unwrap_or_default();
        if !input.generics.params.is_empty() || input.generics.where_clause.is_some() {
            errors.spanned(&input.generics, "`#[stytch_endpoint]` does not support generic parameters");
        }

        if let Some(rule) = container_rename_all(&input.attrs) {
            for field in fields.iter_mut().filter(|f| !f.serde.renamed) {
                if let Some(name) = case::rename(&rule.value(), &field.name) {
                    field.serde.wire = name;
                }
            }
        }
        if !derives_serde(&input.attrs) {
            strip_serde(input);
        }

        errors.0.extend(field_errors.0);
        if let Err(error) = errors.finish() {
            // The user's derives stay as written (`Debug` included), so that code using the
            // struct compiles on and only the attribute's mistakes are reported.
            let generic = !input.generics.params.is_empty() || input.generics.where_clause.is_some();
            return Err(Box::new(Failed { error, response, generic }));
        }
        let redacts = fields.iter().any(|f| f.rules.secret);
        if redacts {
            strip_derive(&mut input.attrs, "Debug");
        }
        Ok(Endpoint {
            method: method.expect("checked above"),
            path: path.expect("checked above"),
            segments,
            response: response.expect("checked above"),
            fields,
            groups,
            redacts,
        })
    }
}

fn is_method(word: &Ident) -> bool {
    Method::parse(&word.to_string()).is_some()
}

/// The argument a misspelt key was probably meant to be.
fn near_miss(key: &str) -> Option<&'static str> {
    ["response", "exactly_one_of", "at_most_one_of"].into_iter().find(|known| distance(key, known) <= 2)
}

/// Levenshtein distance, for short keys.
fn distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let next = (row[j + 1] + 1).min(row[j] + 1).min(diagonal + usize::from(ca != *cb));
            diagonal = row[j + 1];
            row[j + 1] = next;
        }
    }
    row[b.len()]
}

/// Reads the struct's fields (stripping `#[stytch]`); `None` when the item is not a struct with
/// named fields (the error is pushed).
fn read_fields(input: &mut DeriveInput, errors: &mut Errors) -> Option<Vec<Field>> {
    const SHAPE: &str = "`#[stytch_endpoint]` applies to structs with named fields";
    if !matches!(&input.data, Data::Struct(data) if matches!(data.fields, Fields::Named(_))) {
        // Not read, but stripped all the same: nothing else would consume them.
        strip_helpers(&mut input.data);
    }
    let data = match &mut input.data {
        Data::Struct(data) => data,
        Data::Enum(data) => {
            errors.spanned(data.enum_token, format!("{SHAPE}, not enums"));
            return None;
        }
        Data::Union(data) => {
            errors.spanned(data.union_token, format!("{SHAPE}, not unions"));
            return None;
        }
    };
    let named = match &mut data.fields {
        Fields::Named(named) => named,
        Fields::Unnamed(unnamed) => {
            errors.spanned(&*unnamed, format!("{SHAPE}, not tuple structs"));
            return None;
        }
        Fields::Unit => {
            errors.spanned(&input.ident, format!("{SHAPE}, not unit structs"));
            return None;
        }
    };
    let mut fields = Vec::new();
    for field in named.named.iter_mut() {
        let mut rule_errors = Vec::new();
        let rules = rules::parse(&field.attrs, &mut rule_errors);
        errors.0.extend(rule_errors);
        field.attrs.retain(|a| !a.path().is_ident(HELPER));
        let ident = field.ident.clone().expect("named field");
        let serde = serde_field(&field.attrs, &ident, errors);
        let option_inner = option_inner(&field.ty).cloned();
        let name = ident.unraw().to_string();
        fields.push(Field { ident, name, ty: field.ty.clone(), option_inner, in_path: false, rules, serde });
    }
    Some(fields)
}

/// "the fields are `a`, `b`", for errors naming a field that does not exist.
fn field_list(fields: &[Field]) -> String {
    const SHOWN: usize = 8;
    if fields.is_empty() {
        return "it has no fields".to_owned();
    }
    let mut list = fields.iter().take(SHOWN).map(|f| format!("`{}`", f.name)).collect::<Vec<_>>().join(", ");
    if fields.len() > SHOWN {
        list.push_str(", ...");
    }
    format!("its fields are {list}")
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

fn read_group(
    key: &Ident,
    content: TokenStream,
    fields: Option<&[Field]>,
    errors: &mut Errors,
) -> Option<Group> {
    let names =
        match syn::parse::Parser::parse2(Punctuated::<Ident, Token![,]>::parse_terminated, content.clone()) {
            Ok(names) => names,
            Err(_) => {
                errors.spanned(
                    &content,
                    format!("`{key}` takes field names: `{key}(session_token, session_jwt)`"),
                );
                return None;
            }
        };
    if names.len() < 2 {
        errors.spanned(key, format!("`{key}` needs at least two fields"));
        return None;
    }
    let fields = fields?;
    let mut members = Vec::new();
    for name in &names {
        match fields.iter().position(|f| name.unraw() == f.name) {
            None => errors.spanned(
                name,
                format!(
                    "`{key}` names `{name}`, which is not a field of this struct; {}",
                    field_list(fields)
                ),
            ),
            Some(index) if members.contains(&index) => {
                errors.spanned(name, format!("`{name}` appears twice in `{key}`"))
            }
            Some(index) if fields[index].option_inner.is_none() => errors
                .spanned(name, format!("`{key}` needs `Option` fields, and `{name}` is not an `Option`")),
            Some(index) => members.push(index),
        }
    }
    (members.len() == names.len()).then_some(Group { exactly: key == "exactly_one_of", members })
}

/// Splits the path template and marks the fields it uses.
fn read_path(lit: &LitStr, fields: &mut [Field], errors: &mut Errors) -> Vec<Segment> {
    let text = lit.value();
    if !text.starts_with('/') {
        errors.spanned(
            lit,
            format!(
                "the path of `#[stytch_endpoint]` must start with `/`, such as \"/{}\"",
                text.trim_start_matches('/')
            ),
        );
        return Vec::new();
    }
    if text.contains(['?', '#']) {
        errors.spanned(
            lit,
            "the path of `#[stytch_endpoint]` must not contain `?` or `#`: the fields of GET and DELETE \
             endpoints form the query",
        );
        return Vec::new();
    }
    let mut segments = Vec::new();
    let mut rest = text.as_str();
    while !rest.is_empty() {
        let open = rest.find('{');
        let close = rest.find('}');
        match (open, close) {
            (None, None) => {
                segments.push(Segment::Literal(rest.to_owned()));
                break;
            }
            (Some(o), Some(c)) if o < c => {
                if o > 0 {
                    segments.push(Segment::Literal(rest[..o].to_owned()));
                }
                let name = &rest[o + 1..c];
                rest = &rest[c + 1..];
                if name.contains('{') {
                    errors.spanned(lit, "unbalanced `{` in the path");
                    return Vec::new();
                }
                match fields.iter().position(|f| f.name == name) {
                    None => {
                        errors.spanned(
                            lit,
                            format!(
                                "path parameter `{{{name}}}` names no field of this struct; {}",
                                field_list(fields)
                            ),
                        );
                    }
                    Some(index) if fields[index].in_path => {
                        errors.spanned(lit, format!("path parameter `{{{name}}}` appears twice"));
                    }
                    Some(index) => {
                        fields[index].in_path = true;
                        segments.push(Segment::Param(index));
                    }
                }
            }
            _ => {
                errors.spanned(lit, "unbalanced `{` or `}` in the path");
                return Vec::new();
            }
        }
    }
    segments
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

/// Reads a field's `#[serde(...)]` attributes as far as serializing goes. Keys that only matter
/// for deserializing are passed over; serde's own derive (if any) checks them.
fn serde_field(attrs: &[Attribute], ident: &Ident, errors: &mut Errors) -> SerdeField {
    let mut out = SerdeField { wire: ident.unraw().to_string(), ..SerdeField::default() };
    for attr in attrs.iter().filter(|a| a.path().is_ident("serde")) {
        let result = attr.parse_nested_meta(|meta| {
            let path_value = |meta: &syn::meta::ParseNestedMeta| -> syn::Result<Path> {
                meta.value()?.parse::<LitStr>()?.parse::<Path>()
            };
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
            errors.0.push(err);
        }
    }
    out
}

/// The container's `#[serde(rename_all = "...")]`.
fn container_rename_all(attrs: &[Attribute]) -> Option<LitStr> {
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

fn skip_meta(meta: &syn::meta::ParseNestedMeta) -> syn::Result<()> {
    if meta.input.peek(Token![=]) {
        let value = meta.value()?;
        while !value.is_empty() && !value.peek(Token![,]) {
            value.parse::<proc_macro2::TokenTree>()?;
        }
    } else if meta.input.peek(syn::token::Paren) {
        let _content;
        syn::parenthesized!(_content in meta.input);
    }
    Ok(())
}

fn derive_paths(attr: &Attribute) -> Option<Punctuated<Path, Token![,]>> {
    if !attr.path().is_ident("derive") {
        return None;
    }
    attr.parse_args_with(Punctuated::<Path, Token![,]>::parse_terminated).ok()
}

fn derives_serde(attrs: &[Attribute]) -> bool {
    attrs
        .iter()
        .filter_map(derive_paths)
        .flatten()
        .any(|path| path.segments.last().is_some_and(|s| s.ident == "Serialize" || s.ident == "Deserialize"))
}

/// Removes `name` from the struct's derive lists (the attribute writes that impl itself).
fn strip_derive(attrs: &mut Vec<Attribute>, name: &str) {
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

/// Without a serde derive on the struct, nothing would consume `#[serde]` attributes: the
/// attribute has read them for the wire form, and removes them from the emitted struct.
fn strip_serde(input: &mut DeriveInput) {
    input.attrs.retain(|a| !a.path().is_ident("serde"));
    if let Data::Struct(data) = &mut input.data {
        for field in data.fields.iter_mut() {
            field.attrs.retain(|a| !a.path().is_ident("serde"));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{distance, near_miss};

    #[test]
    fn suggests_only_near_misses() {
        assert_eq!(distance("respone", "response"), 1);
        assert_eq!(distance("", "abc"), 3);
        assert_eq!(distance("kitten", "sitting"), 3);
        assert_eq!(near_miss("respone"), Some("response"));
        assert_eq!(near_miss("exactly_one"), None);
        assert_eq!(near_miss("exactly_on_of"), Some("exactly_one_of"));
        assert_eq!(near_miss("at_most_one"), None);
        assert_eq!(near_miss("timeout"), None);
    }
}
