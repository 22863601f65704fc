//! The model of one `#[stytch_endpoint]` declaration: the types every step shares. Reading and
//! checking it is [`crate::parse`]'s job.

use syn::{Attribute, Ident, LitStr, Path, Type};

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
    /// `exactly_one_of` or `at_most_one_of`, as written.
    pub key: Ident,
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
    /// `auth = none`: the request carries no project credentials.
    pub auth_none: bool,
    /// `body = form`: the body is `application/x-www-form-urlencoded`.
    pub form: bool,
    /// The runtime crate: `::stytch_endpoint`, or what `crate = path` says.
    pub krate: Path,
    /// `Endpoint::SCHEMA`: the part of Stytch's schema the declaration was checked against, as
    /// an expression; `None` for a path the catalogue does not know, or `schema = false`.
    pub schema: Option<proc_macro2::TokenStream>,
}

/// A declaration missing a part (its mistake recorded): what is known of it, so that the
/// fallback can still give the struct its methods and keep errors from cascading.
pub struct Failed {
    /// The response type, if it was declared and is a type.
    pub response: Option<Type>,
    /// The runtime crate.
    pub krate: Path,
}

/// The name of the helper attribute on fields.
pub const HELPER: &str = "stytch";

/// One rule on one field.
pub enum Rule {
    /// The text is not empty.
    NonEmpty,
    /// The text looks like an email address.
    Email,
    /// The integer lies in an inclusive range.
    Range { min: Option<i128>, max: Option<i128> },
    /// The value serializes to at most this many bytes of JSON.
    MaxJsonSize(usize),
    /// The map has none of these keys.
    DenyKeys(Vec<LitStr>),
    /// A user function `fn(&FieldType) -> Result<(), String>`.
    Custom(Path),
}

/// The rules of one field.
#[derive(Default)]
pub struct FieldRules {
    /// Value rules, in the order written.
    pub rules: Vec<Rule>,
    /// `secret`, where it is written: redacted in `Debug`.
    pub secret: Option<proc_macro2::Span>,
    /// `header = "Name"`: sent as this request header, not in the body, query or path.
    pub header: Option<LitStr>,
    /// `schema = false`: left out of the check against Stytch's schema.
    pub schema_off: bool,
}
