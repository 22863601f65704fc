//! Reads ([`crate::read`]), splits the path of ([`crate::path`]) and checks ([`crate::check`]) one
//! `#[stytch_endpoint]` declaration into its [model](crate::model), with one error sink ([`Ctxt`]).

use crate::case;
use crate::check;
use crate::ctxt::Ctxt;
use crate::model::{Endpoint, Failed, Group};
use crate::path;
use crate::read;
use crate::serde_attr;
use proc_macro2::TokenStream;
use syn::DeriveInput;

/// Reads and checks the declaration, stripping helper attributes from `input` so that the
/// struct can be emitted whether or not the declaration is valid. Mistakes are reported in
/// source order: the attribute's arguments, its path and groups, then the fields.
pub fn endpoint(args: TokenStream, input: &mut DeriveInput) -> Result<Endpoint, Box<Failed>> {
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
    if let (Some(form), Some(method)) = (&arguments.form, arguments.method) {
        if !method.has_body() {
            cx.error_spanned_by(
                form,
                format!(
                    "`body = form` needs a method with a body (POST, PUT or PATCH); a {} sends its fields in \
                     the query string",
                    method.variant().to_ascii_uppercase()
                ),
            );
        }
    }
    let (auth_none, form) = (arguments.auth_none, arguments.form.is_some());
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
    Ok(Endpoint { method, path, segments, response, fields, groups, redacts, auth_none, form, krate })
}
