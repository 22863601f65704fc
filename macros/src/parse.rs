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
///
/// `Ok` when every part of the declaration is there (mistakes may still be recorded in `cx`), else
/// what is known, for the fallback.
pub fn endpoint(cx: &Ctxt, args: TokenStream, input: &mut DeriveInput) -> Result<Endpoint, Box<Failed>> {
    let arguments = read::arguments(cx, args);
    let mut fields = read::fields(input);
    let mut segments = Vec::new();
    if let (Some(lit), Some(fields)) = (&arguments.path, &mut fields) {
        segments = path::parse(cx, lit, fields);
    }
    let groups: Vec<Group> = arguments
        .groups
        .iter()
        .filter_map(|(key, content)| check::group(cx, key, content, fields.as_deref()))
        .collect();
    check::generics(cx, &input.generics);
    check::container_attrs(cx, &mut input.attrs);
    read::field_attrs(cx, input, fields.as_mut());
    let mut fields = fields.unwrap_or_default();
    check::headers(cx, &fields);
    check::path_params(cx, &fields);
    let mut response = arguments.response;
    if response.as_ref().is_some_and(|ty| !check::response_owns(cx, ty)) {
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

    let rename_all = serde_attr::rename_all(&input.attrs);
    if let Some(rule) = rename_all.as_ref().filter(|rule| !case::RULES.contains(&rule.value().as_str())) {
        // With a serde derive of its own, serde reports it.
        if !read::derives_serde(&input.attrs) {
            cx.error_spanned_by(
                rule,
                format!(
                    "unknown `rename_all` rule {:?}; expected one of {}",
                    rule.value(),
                    case::RULES.join(", ")
                ),
            );
        }
    }
    if let Some(rule) = rename_all {
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
    check::wire_names(cx, &fields);
    check::skipped(cx, &fields);
    check::repeated_groups(cx, &groups, &fields);
    // Against Stytch's schema only once the declaration is otherwise right: a mistake in its
    // syntax would otherwise come back as a schema mistake too.
    if let (Some(method), Some(path), false, false) =
        (arguments.method, &arguments.path, arguments.schema_off, cx.has_errors())
    {
        crate::schema::check(cx, method, path, &input.ident, &fields);
    }
    if !read::derives_serde(&input.attrs) {
        serde_attr::strip(input);
    }

    let (Some(method), Some(path), Some(response)) = (arguments.method, arguments.path, response.clone())
    else {
        // A part is only ever missing with its mistake recorded.
        return Err(Box::new(Failed { response, krate }));
    };
    let redacts = fields.iter().any(|f| f.rules.secret.is_some());
    let schema = (!arguments.schema_off)
        .then(|| {
            let unchecked: Vec<String> =
                fields.iter().filter(|f| f.rules.schema_off).map(|f| f.serde.wire.clone()).collect();
            let word = method.variant().to_ascii_uppercase();
            crate::schema::emit(&word, &path.value(), &unchecked, &krate)
        })
        .flatten();
    Ok(Endpoint { method, path, segments, response, fields, groups, redacts, auth_none, form, krate, schema })
}
