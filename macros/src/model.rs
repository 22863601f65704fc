//! The model of one `#[stytch_endpoint]` declaration, and [`Endpoint::parse`], which reads
//! ([`crate::read`]), splits the path ([`crate::path`]) and checks ([`crate::check`]) it with one
//! error sink ([`Ctxt`]).

use crate::case;
use crate::check;
use crate::ctxt::Ctxt;
use crate::field_attr::FieldRules;
use crate::path;
use crate::read;
use crate::serde_attr;
use proc_macro2::TokenStream;
use syn::{Attribute, DeriveInput, Ident, LitStr, Path, Type};

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
    pub fn parse(word: &str) -> Option<Self> {
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
    /// The field's `#[cfg(...)]` attributes: the code that uses it carries them too.
    pub cfgs: Vec<Attribute>,
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
    /// The runtime crate: `::stytch_endpoint`, or what `crate = path` says.
    pub krate: Path,
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
    /// The runtime crate.
    pub krate: Path,
}

impl Endpoint {
    /// Reads and checks the declaration, stripping helper attributes from `input` so that the
    /// struct can be emitted whether or not the declaration is valid. Mistakes are reported in
    /// source order: the attribute's arguments, its path and groups, then the fields.
    pub fn parse(args: TokenStream, input: &mut DeriveInput) -> Result<Endpoint, Box<Failed>> {
        let cx = Ctxt::new();
        let arguments = read::arguments(&cx, args);
        let mut fields = read::fields(input);
        let mut segments = Vec::new();
        if let (Some(lit), Some(fields)) = (&arguments.path, &mut fields) {
            segments = path::parse(&cx, lit, fields);
        }
        let groups: Vec<Group> = arguments
            .groups
            .iter()
            .filter_map(|(key, content)| check::group(&cx, key, content, fields.as_deref()))
            .collect();
        check::generics(&cx, &input.generics);
        check::container_attrs(&cx, &mut input.attrs);
        read::field_attrs(&cx, input, fields.as_mut());
        let mut fields = fields.unwrap_or_default();
        check::headers(&cx, &fields);
        check::path_params(&cx, &fields);
        let mut response = arguments.response;
        if response.as_ref().is_some_and(|ty| !check::response_owns(&cx, ty)) {
            // Not given to the fallback either, whose `Endpoint` impl would add rustc's error.
            response = None;
        }
        let krate = arguments.krate.unwrap_or_else(|| syn::parse_quote!(::stytch_endpoint));

        if let Some(rule) = serde_attr::rename_all(&input.attrs) {
            for field in fields.iter_mut().filter(|f| !f.serde.renamed) {
                if let Some(name) = case::rename(&rule.value(), &field.name) {
                    field.serde.wire = name;
                }
            }
        }
        // A header field is named by its header, in validation errors and `SECRET_FIELDS`.
        for field in &mut fields {
            if let Some(header) = &field.rules.header {
                field.serde.wire = header.value();
            }
        }
        if !read::derives_serde(&input.attrs) {
            serde_attr::strip(input);
        }

        let generic = check::is_generic(&input.generics);
        let checked = cx.check();
        let (Ok(()), Some(method), Some(path), Some(response)) =
            (&checked, arguments.method, arguments.path, response.clone())
        else {
            // The user's derives stay as written (`Debug` included), so that code using the
            // struct compiles on and only the attribute's mistakes are reported. A part is only
            // ever missing with its mistake recorded.
            let error = checked.err().unwrap_or_else(|| {
                syn::Error::new(proc_macro2::Span::call_site(), "`#[stytch_endpoint]` is incomplete")
            });
            return Err(Box::new(Failed { error, response, generic, krate }));
        };
        let redacts = fields.iter().any(|f| f.rules.secret.is_some());
        if redacts {
            read::strip_derive(&mut input.attrs, "Debug");
        }
        Ok(Endpoint { method, path, segments, response, fields, groups, redacts, krate })
    }
}
