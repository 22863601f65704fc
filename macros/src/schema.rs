//! Stytch's published schema, as `macros/schema/catalogue.txt` holds it (written by
//! `macros/schema/generate.py` from Stytch's OpenAPI descriptions): the operations, their
//! parameters and the objects they send and answer, read once per compiler process.
//!
//! A declaration whose method and path the catalogue knows is checked against it by
//! [`check_request`]: every field it sends is one the schema has, of a JSON type its Rust type can
//! hold; every field the schema requires is declared and not an `Option`; the path's parameters
//! are the schema's. A path the catalogue does not know compiles as before.

use std::collections::HashMap;
use std::sync::OnceLock;
use syn::Type;

/// The catalogue's text, compiled into the macro.
const CATALOGUE: &str = include_str!("../schema/catalogue.txt");

/// A JSON type as the catalogue writes it.
#[derive(Clone, Debug, PartialEq)]
pub enum JsonType {
    String,
    Integer,
    Number,
    Boolean,
    /// Any JSON object.
    Object,
    Array(Box<JsonType>),
    /// An object or enum of the catalogue, by name.
    Named(String),
}

/// One field of an object, or one parameter of an operation.
#[derive(Clone, Debug)]
pub struct SchemaField {
    pub name: String,
    pub ty: JsonType,
    pub required: bool,
}

/// An object of the catalogue.
#[derive(Debug)]
pub enum Object {
    Fields(Vec<SchemaField>),
    /// A string with a closed list of values.
    Enum(Vec<String>),
}

/// One operation: `METHOD /path`.
#[derive(Debug, Default)]
pub struct Operation {
    pub method: String,
    pub path: String,
    pub request: Option<String>,
    pub response: Option<String>,
    pub path_params: Vec<String>,
    pub query: Vec<SchemaField>,
    pub headers: Vec<SchemaField>,
}

/// The whole catalogue.
pub struct Catalogue {
    pub operations: Vec<Operation>,
    pub objects: HashMap<String, Object>,
}

impl Catalogue {
    /// The catalogue, read on first use.
    pub fn get() -> &'static Catalogue {
        static CELL: OnceLock<Catalogue> = OnceLock::new();
        CELL.get_or_init(|| Catalogue::parse(CATALOGUE))
    }

    /// Reads the catalogue's text. It is written by the generator and checked in CI, so a line
    /// that does not fit the format is skipped rather than reported.
    pub fn parse(text: &str) -> Catalogue {
        let mut operations: Vec<Operation> = Vec::new();
        let mut objects = HashMap::new();
        let mut current: Option<(String, Vec<SchemaField>)> = None;
        let finish = |current: &mut Option<(String, Vec<SchemaField>)>, objects: &mut HashMap<_, _>| {
            if let Some((name, fields)) = current.take() {
                objects.insert(name, Object::Fields(fields));
            }
        };
        for line in text.lines() {
            let words: Vec<&str> = line.split(' ').collect();
            match words.as_slice() {
                ["op", method, path, request, response, ..] => {
                    finish(&mut current, &mut objects);
                    let named = |word: &str| (word != "-").then(|| word.to_owned());
                    operations.push(Operation {
                        method: (*method).to_owned(),
                        path: (*path).to_owned(),
                        request: named(request),
                        response: named(response),
                        ..Operation::default()
                    });
                }
                [place @ ("path" | "query" | "header"), name, ty] => {
                    let Some(op) = operations.last_mut() else { continue };
                    let field = field(name, ty);
                    match *place {
                        "path" => op.path_params.push(field.name),
                        "query" => op.query.push(field),
                        _ => op.headers.push(field),
                    }
                }
                ["obj", name] => {
                    finish(&mut current, &mut objects);
                    current = Some(((*name).to_owned(), Vec::new()));
                }
                ["f", name, ty] => {
                    if let Some((_, fields)) = &mut current {
                        fields.push(field(name, ty));
                    }
                }
                ["enum", name, values] => {
                    finish(&mut current, &mut objects);
                    objects.insert(
                        (*name).to_owned(),
                        Object::Enum(values.split(',').map(str::to_owned).collect()),
                    );
                }
                _ => {}
            }
        }
        finish(&mut current, &mut objects);
        Catalogue { operations, objects }
    }

    /// The operations at a path template, whatever their parameters are called: `{}` stands for
    /// each parameter.
    pub fn at_path<'a>(&'a self, template: &str) -> impl Iterator<Item = &'a Operation> + 'a {
        let shape = path_shape(template);
        self.operations.iter().filter(move |op| path_shape(&op.path) == shape)
    }

    /// The fields of a named object; empty for an enum or an unknown name.
    pub fn fields(&self, name: &str) -> &[SchemaField] {
        match self.objects.get(name) {
            Some(Object::Fields(fields)) => fields,
            _ => &[],
        }
    }
}

/// Reads `name` and `TYPE[!]`.
fn field(name: &str, ty: &str) -> SchemaField {
    let (ty, required) = match ty.strip_suffix('!') {
        Some(ty) => (ty, true),
        None => (ty, false),
    };
    SchemaField { name: name.to_owned(), ty: json_type(ty), required }
}

/// Reads a TYPE: `s`, `i` (with an optional `>=N`), `n`, `b`, `o`, `a:TYPE`, `@NAME`.
fn json_type(text: &str) -> JsonType {
    if let Some(items) = text.strip_prefix("a:") {
        return JsonType::Array(Box::new(json_type(items)));
    }
    if let Some(name) = text.strip_prefix('@') {
        return JsonType::Named(name.to_owned());
    }
    match text.split(">=").next().unwrap_or_default() {
        "s" => JsonType::String,
        "i" => JsonType::Integer,
        "n" => JsonType::Number,
        "b" => JsonType::Boolean,
        _ => JsonType::Object,
    }
}

/// A path template with each `{parameter}` written `{}`.
pub fn path_shape(template: &str) -> String {
    template
        .split('/')
        .map(|segment| if segment.starts_with('{') && segment.ends_with('}') { "{}" } else { segment })
        .collect::<Vec<_>>()
        .join("/")
}

/// The parameter names of a path template, in order.
pub fn path_params(template: &str) -> Vec<&str> {
    template
        .split('/')
        .filter_map(|segment| segment.strip_prefix('{').and_then(|s| s.strip_suffix('}')))
        .collect()
}

/// What JSON a Rust type serializes to, as far as its name tells.
#[derive(Clone, Debug, PartialEq)]
pub enum Shape {
    String,
    Integer,
    Number,
    Boolean,
    Array(Box<Shape>),
    Object,
    /// `serde_json::Value`: anything.
    Any,
    /// A type of the user's (a struct, an enum, a newtype): its JSON is not known here.
    Unknown,
}

impl Shape {
    /// The shape of a Rust type, by the last segment of its path.
    pub fn of(ty: &Type) -> Shape {
        match ty {
            Type::Reference(reference) => Shape::of(&reference.elem),
            Type::Paren(inner) => Shape::of(&inner.elem),
            Type::Group(inner) => Shape::of(&inner.elem),
            Type::Array(array) => Shape::Array(Box::new(Shape::of(&array.elem))),
            Type::Slice(slice) => Shape::Array(Box::new(Shape::of(&slice.elem))),
            Type::Path(path) if path.qself.is_none() => {
                let Some(last) = path.path.segments.last() else { return Shape::Unknown };
                let first_arg = || match &last.arguments {
                    syn::PathArguments::AngleBracketed(args) => args.args.iter().find_map(|arg| match arg {
                        syn::GenericArgument::Type(ty) => Some(ty),
                        _ => None,
                    }),
                    _ => None,
                };
                match last.ident.to_string().as_str() {
                    "String" | "str" | "char" => Shape::String,
                    "Cow" => first_arg().map_or(Shape::Unknown, Shape::of),
                    "i8" | "i16" | "i32" | "i64" | "i128" | "isize" | "u8" | "u16" | "u32" | "u64"
                    | "u128" | "usize" => Shape::Integer,
                    "f32" | "f64" => Shape::Number,
                    "bool" => Shape::Boolean,
                    "Vec" | "VecDeque" | "HashSet" | "BTreeSet" | "LinkedList" => {
                        Shape::Array(Box::new(first_arg().map_or(Shape::Unknown, Shape::of)))
                    }
                    "HashMap" | "BTreeMap" | "Map" => Shape::Object,
                    "Value" => Shape::Any,
                    "Box" | "Rc" | "Arc" | "Option" => first_arg().map_or(Shape::Unknown, Shape::of),
                    _ => Shape::Unknown,
                }
            }
            _ => Shape::Unknown,
        }
    }

    /// Whether a value of this shape can be what the schema's type says; `None` when it can,
    /// else how to say what the schema wants ("an integer").
    pub fn mismatch(&self, wanted: &JsonType, catalogue: &Catalogue) -> Option<String> {
        let fits = match (self, wanted) {
            (Shape::Any | Shape::Unknown, _) => true,
            (Shape::String, JsonType::String) => true,
            (Shape::Integer, JsonType::Integer | JsonType::Number) => true,
            (Shape::Number, JsonType::Number) => true,
            (Shape::Boolean, JsonType::Boolean) => true,
            (Shape::Object, JsonType::Object) => true,
            (Shape::Array(items), JsonType::Array(wanted)) => return items.mismatch(wanted, catalogue),
            (shape, JsonType::Named(name)) => match catalogue.objects.get(name) {
                Some(Object::Enum(_)) => *shape == Shape::String,
                Some(Object::Fields(_)) => *shape == Shape::Object,
                None => true,
            },
            _ => false,
        };
        (!fits).then(|| describe(wanted, catalogue))
    }
}

/// "an integer", "a list of strings", "an object".
pub fn describe(ty: &JsonType, catalogue: &Catalogue) -> String {
    match ty {
        JsonType::String => "a string".to_owned(),
        JsonType::Integer => "an integer".to_owned(),
        JsonType::Number => "a number".to_owned(),
        JsonType::Boolean => "a boolean".to_owned(),
        JsonType::Object => "an object".to_owned(),
        JsonType::Array(items) => format!("a list of {}", plural(&describe(items, catalogue))),
        JsonType::Named(name) => match catalogue.objects.get(name) {
            Some(Object::Enum(values)) => format!("one of the strings {}", quoted(values)),
            _ => "an object".to_owned(),
        },
    }
}

/// "a string" -> "strings".
fn plural(one: &str) -> String {
    let bare = one.strip_prefix("an ").or_else(|| one.strip_prefix("a ")).unwrap_or(one);
    if bare.starts_with("one of") || bare.starts_with("list") {
        bare.to_owned()
    } else {
        format!("{bare}s")
    }
}

/// "`a`, `b`, `c`", at most eight.
pub fn quoted(names: &[String]) -> String {
    let mut list = names.iter().take(8).map(|n| format!("`{n}`")).collect::<Vec<_>>().join(", ");
    if names.len() > 8 {
        list.push_str(", ...");
    }
    list
}

/// The name among `candidates` closest to `name`, if it is close enough to be a misspelling.
pub fn nearest<'a>(name: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let limit = (name.chars().count() / 4).clamp(1, 3);
    candidates
        .into_iter()
        .map(|candidate| (crate::suggest::distance(name, candidate), candidate))
        .filter(|(distance, _)| *distance <= limit)
        .min_by_key(|(distance, _)| *distance)
        .map(|(_, candidate)| candidate)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_catalogue() {
        let catalogue = Catalogue::get();
        assert!(catalogue.operations.len() >= 184, "{}", catalogue.operations.len());
        let op = catalogue.at_path("/v1/passwords/existing_password/reset").next().unwrap();
        assert_eq!(op.method, "POST");
        let request = catalogue.fields(op.request.as_deref().unwrap());
        let email = request.iter().find(|f| f.name == "email").unwrap();
        assert!(email.required);
        assert_eq!(email.ty, JsonType::String);
        let minutes = request.iter().find(|f| f.name == "session_duration_minutes").unwrap();
        assert!(!minutes.required);
        assert_eq!(minutes.ty, JsonType::Integer);
    }

    #[test]
    fn matches_paths_whatever_their_parameters_are_called() {
        let catalogue = Catalogue::get();
        let ops: Vec<_> = catalogue.at_path("/v1/b2b/organizations/{org}/members/{member}").collect();
        assert!(ops.iter().any(|op| op.method == "PUT"), "{ops:?}");
        assert_eq!(
            path_params("/v1/b2b/organizations/{organization_id}/members/{member_id}"),
            ["organization_id", "member_id"]
        );
    }

    #[test]
    fn shapes_of_rust_types() {
        let shape = |text: &str| Shape::of(&syn::parse_str::<Type>(text).unwrap());
        assert_eq!(shape("String"), Shape::String);
        assert_eq!(shape("&'static str"), Shape::String);
        assert_eq!(shape("::std::option::Option<i32>"), Shape::Integer);
        assert_eq!(shape("Vec<String>"), Shape::Array(Box::new(Shape::String)));
        assert_eq!(shape("serde_json::Map<String, Value>"), Shape::Object);
        assert_eq!(shape("serde_json::Value"), Shape::Any);
        assert_eq!(shape("Locale"), Shape::Unknown);
        let catalogue = Catalogue::get();
        assert_eq!(shape("String").mismatch(&JsonType::Integer, catalogue).as_deref(), Some("an integer"));
        assert_eq!(shape("u32").mismatch(&JsonType::Number, catalogue), None);
        assert_eq!(
            shape("Vec<i32>").mismatch(&JsonType::Array(Box::new(JsonType::String)), catalogue).as_deref(),
            Some("a string")
        );
    }

    #[test]
    fn suggests_near_names() {
        let names = ["session_duration_minutes", "session_token", "session_jwt"];
        assert_eq!(nearest("session_duration_minute", names), Some("session_duration_minutes"));
        assert_eq!(nearest("sesion_jwt", names), Some("session_jwt"));
        assert_eq!(nearest("telemetry", names), None);
    }
}

/// Where a declared field travels.
#[derive(Clone, Copy, PartialEq)]
pub enum Place {
    Body,
    Query,
    Path,
    Header,
    /// `#[serde(skip)]`: never sent.
    Skipped,
}

/// What the schema check needs of one declared field.
pub struct Declared<'a> {
    /// The name on the wire (the header's name for a header field).
    pub wire: &'a str,
    pub place: Place,
    /// The type as declared, `Option` included.
    pub ty: &'a Type,
    pub optional: bool,
    /// `#[serde(flatten)]`: its names are not known here.
    pub flatten: bool,
    /// `serialize_with` / `with`: its JSON type is not known here.
    pub custom_serializer: bool,
    /// `#[stytch(schema = false)]`.
    pub opted_out: bool,
    /// Where a mistake about the field's name is spanned.
    pub name_span: proc_macro2::Span,
}

/// A mistake found by [`check_request`], and where it is spanned.
pub enum Mistake {
    /// On the method and path literal.
    Path(String),
    /// On field `index`'s name.
    FieldName(usize, String),
    /// On field `index`'s type.
    FieldType(usize, String),
    /// On the struct's name: something the struct lacks.
    Struct(String),
}

/// Checks a declaration of `method path` against the catalogue. Nothing is reported for a path
/// the catalogue does not know.
pub fn check_request(catalogue: &Catalogue, method: &str, path: &str, fields: &[Declared]) -> Vec<Mistake> {
    let mut mistakes = Vec::new();
    let at_path: Vec<&Operation> = catalogue.at_path(path).collect();
    let Some(op) = at_path.iter().find(|op| op.method == method) else {
        if !at_path.is_empty() {
            let methods: Vec<String> = at_path.iter().map(|op| op.method.clone()).collect();
            mistakes.push(Mistake::Path(format!(
                "Stytch's schema has `{path}` with {}, not {method}; write the method the schema gives, or \
                 `schema = false` if Stytch's schema lags the API",
                methods.join(" and ")
            )));
        }
        return mistakes;
    };
    let what = format!("`{} {}`", op.method, op.path);
    let declared_params = path_params(path);
    if declared_params != op.path_params.iter().map(String::as_str).collect::<Vec<_>>() {
        let theirs: Vec<String> = op.path_params.iter().map(|p| format!("{{{p}}}")).collect();
        mistakes.push(Mistake::Path(format!(
            "Stytch's schema writes this path `{}`: its parameters are {}; name the fields (and the \
             template's segments) as the schema does",
            op.path,
            theirs.join(", ")
        )));
    }

    let body: &[SchemaField] = op.request.as_deref().map_or(&[], |name| catalogue.fields(name));
    let sent_in = |place: Place| -> &[SchemaField] {
        match place {
            Place::Body => body,
            Place::Query => &op.query,
            Place::Header => &op.headers,
            Place::Path | Place::Skipped => &[],
        }
    };
    for (index, field) in fields.iter().enumerate() {
        if field.opted_out || field.flatten || matches!(field.place, Place::Path | Place::Skipped) {
            continue;
        }
        // Only Stytch's own headers are checked: an app may send its own (tracing, say), and the
        // schema lists request headers only for some operations.
        if field.place == Place::Header
            && (op.headers.is_empty() || !field.wire.to_ascii_lowercase().starts_with("x-stytch-"))
        {
            continue;
        }
        let known = sent_in(field.place);
        let found = known.iter().find(|f| {
            if field.place == Place::Header {
                f.name.eq_ignore_ascii_case(field.wire)
            } else {
                f.name == field.wire
            }
        });
        let Some(schema_field) = found else {
            let place = match field.place {
                Place::Header => "request header",
                Place::Query => "query parameter",
                _ => "request field",
            };
            let mut message = format!("Stytch's schema of {what} has no {place} `{}`", field.wire);
            match nearest(field.wire, known.iter().map(|f| f.name.as_str())) {
                Some(near) => message.push_str(&format!("; did you mean `{near}`?")),
                None if known.is_empty() => message.push_str(&format!("; it takes no {place}s")),
                None => message.push_str(&format!(
                    "; it has {}",
                    quoted(&known.iter().map(|f| f.name.clone()).collect::<Vec<_>>())
                )),
            }
            message.push_str(" (`#[stytch(schema = false)]` on the field if Stytch's schema lags the API)");
            mistakes.push(Mistake::FieldName(index, message));
            continue;
        };
        if !field.custom_serializer {
            if let Some(wanted) = Shape::of(field.ty).mismatch(&schema_field.ty, catalogue) {
                mistakes.push(Mistake::FieldType(
                    index,
                    format!(
                        "Stytch's schema of {what} has `{}` as {wanted}, which this type cannot hold",
                        schema_field.name
                    ),
                ));
            }
        }
        if schema_field.required && field.optional {
            mistakes.push(Mistake::FieldType(
                index,
                format!(
                    "Stytch's schema of {what} requires `{}`; declare it without `Option`",
                    schema_field.name
                ),
            ));
        }
    }

    // Every field the schema requires is declared (unless a flattened field may carry it).
    if !fields.iter().any(|f| f.flatten) {
        for place in [Place::Body, Place::Query, Place::Header] {
            if place == Place::Body && !matches!(method, "POST" | "PUT" | "PATCH") {
                continue;
            }
            for required in sent_in(place).iter().filter(|f| f.required) {
                let declared = fields.iter().any(|f| {
                    (f.place == place || f.opted_out)
                        && if place == Place::Header {
                            f.wire.eq_ignore_ascii_case(&required.name)
                        } else {
                            f.wire == required.name
                        }
                });
                if !declared {
                    mistakes.push(Mistake::Struct(format!(
                        "Stytch's schema of {what} requires `{}`, and no field sends it; add a field \
                         `{}: {}`",
                        required.name,
                        required.name,
                        rust_type(&required.ty, catalogue)
                    )));
                }
            }
        }
    }
    mistakes
}

/// A Rust type that holds a JSON type, for messages.
fn rust_type(ty: &JsonType, catalogue: &Catalogue) -> String {
    match ty {
        JsonType::String => "String".to_owned(),
        JsonType::Integer => "i64".to_owned(),
        JsonType::Number => "f64".to_owned(),
        JsonType::Boolean => "bool".to_owned(),
        JsonType::Object => "serde_json::Map<String, serde_json::Value>".to_owned(),
        JsonType::Array(items) => format!("Vec<{}>", rust_type(items, catalogue)),
        JsonType::Named(name) => match catalogue.objects.get(name) {
            Some(Object::Enum(_)) => "String".to_owned(),
            _ => "...".to_owned(),
        },
    }
}

/// Checks a read declaration against the catalogue, recording each mistake in `cx`.
pub fn check(
    cx: &crate::ctxt::Ctxt,
    method: crate::model::Method,
    path: &syn::LitStr,
    ident: &syn::Ident,
    fields: &[crate::model::Field],
) {
    use syn::spanned::Spanned;
    let declared: Vec<Declared> = fields
        .iter()
        .map(|f| Declared {
            wire: &f.serde.wire,
            place: if f.serde.skip {
                Place::Skipped
            } else if f.in_path {
                Place::Path
            } else if f.rules.header.is_some() {
                Place::Header
            } else if method.has_body() {
                Place::Body
            } else {
                Place::Query
            },
            ty: &f.ty,
            optional: f.option_inner.is_some(),
            flatten: f.serde.flatten,
            custom_serializer: f.serde.serialize_with.is_some(),
            opted_out: f.rules.schema_off,
            name_span: f.rules.header.as_ref().map_or(f.ident.span(), |lit| lit.span()),
        })
        .collect();
    let word = method.variant().to_ascii_uppercase();
    for mistake in check_request(Catalogue::get(), &word, &path.value(), &declared) {
        match mistake {
            Mistake::Path(message) => cx.error_spanned_by(path, message),
            Mistake::FieldName(index, message) => {
                cx.syn_error(syn::Error::new(declared[index].name_span, message))
            }
            Mistake::FieldType(index, message) => {
                let ty = fields[index].option_inner.as_ref().unwrap_or(&fields[index].ty);
                let span =
                    if message.contains("without `Option`") { fields[index].ty.span() } else { ty.span() };
                cx.syn_error(syn::Error::new(span, message));
            }
            Mistake::Struct(message) => cx.error_spanned_by(ident, message),
        }
    }
}

/// The part of the catalogue one declaration needs, as a `&'static stytch_endpoint::schema::Operation`
/// expression: its operation and every object it reaches. `None` for a path the catalogue does not
/// know. `unchecked`: the wire names of the fields marked `schema = false`.
pub fn emit(
    method: &str,
    path: &str,
    unchecked: &[String],
    krate: &syn::Path,
) -> Option<proc_macro2::TokenStream> {
    use quote::quote;
    let catalogue = Catalogue::get();
    let op = catalogue.at_path(path).find(|op| op.method == method)?;
    // Every object the request and response reach, each once, in the order first reached.
    let mut names: Vec<&str> = op.request.iter().chain(&op.response).map(String::as_str).collect();
    let mut next = 0;
    while next < names.len() {
        let mut reached = Vec::new();
        for field in catalogue.fields(names[next]) {
            let mut ty = &field.ty;
            while let JsonType::Array(items) = ty {
                ty = items;
            }
            if let JsonType::Named(name) = ty {
                reached.push(name.as_str());
            }
        }
        for name in reached {
            if !names.contains(&name) {
                names.push(name);
            }
        }
        next += 1;
    }
    fn ty_tokens(ty: &JsonType, krate: &syn::Path) -> proc_macro2::TokenStream {
        match ty {
            JsonType::String => quote!(#krate::schema::JsonType::Str),
            JsonType::Integer => quote!(#krate::schema::JsonType::Int),
            JsonType::Number => quote!(#krate::schema::JsonType::Num),
            JsonType::Boolean => quote!(#krate::schema::JsonType::Bool),
            JsonType::Object => quote!(#krate::schema::JsonType::Obj),
            JsonType::Array(items) => {
                let items = ty_tokens(items, krate);
                quote!(#krate::schema::JsonType::Array(&#items))
            }
            JsonType::Named(name) => quote!(#krate::schema::JsonType::Named(#name)),
        }
    }
    let fields = |fields: &[SchemaField]| {
        let each = fields.iter().map(|f| {
            let (name, required, ty) = (&f.name, f.required, ty_tokens(&f.ty, krate));
            quote!(#krate::schema::Field { name: #name, ty: #ty, required: #required })
        });
        quote!(&[#(#each),*])
    };
    let objects = names.iter().map(|name| match catalogue.objects.get(*name) {
        Some(Object::Enum(values)) => {
            quote!(#krate::schema::Object { name: #name, fields: &[], values: &[#(#values),*] })
        }
        Some(Object::Fields(list)) => {
            let list = fields(list);
            quote!(#krate::schema::Object { name: #name, fields: #list, values: &[] })
        }
        None => quote!(#krate::schema::Object { name: #name, fields: &[], values: &[] }),
    });
    let option = |name: &Option<String>| match name {
        Some(name) => quote!(::core::option::Option::Some(#name)),
        None => quote!(::core::option::Option::None),
    };
    let (request, response) = (option(&op.request), option(&op.response));
    let (op_method, op_path) = (&op.method, &op.path);
    let (query, headers) = (fields(&op.query), fields(&op.headers));
    Some(quote! {
        &#krate::schema::Operation {
            method: #op_method,
            path: #op_path,
            request: #request,
            response: #response,
            query: #query,
            headers: #headers,
            unchecked: &[#(#unchecked),*],
            objects: &[#(#objects),*],
        }
    })
}
