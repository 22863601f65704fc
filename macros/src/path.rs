//! The path template: `/v1/users/{user_id}` split into literal text and the fields it names.

use crate::ctxt::Ctxt;
use crate::model::{Field, Segment};
use crate::suggest::field_list;
use syn::LitStr;

/// Splits the path template and marks the fields it uses as `in_path`.
pub fn parse(cx: &Ctxt, lit: &LitStr, fields: &mut [Field]) -> Vec<Segment> {
    let text = lit.value();
    if !text.starts_with('/') {
        cx.error_spanned_by(
            lit,
            format!(
                "the path of `#[stytch_endpoint]` must start with `/`, such as \"/{}\"",
                text.trim_start_matches('/')
            ),
        );
        return Vec::new();
    }
    if text.contains(['?', '#']) {
        cx.error_spanned_by(
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
                    cx.error_spanned_by(lit, "unbalanced `{` in the path");
                    return Vec::new();
                }
                let trimmed = name.trim();
                if trimmed.is_empty() {
                    cx.error_spanned_by(
                        lit,
                        format!(
                            "the path segment `{{{name}}}` is empty; write the name of the field it takes, \
                             such as `{{user_id}}`; {}",
                            field_list(fields)
                        ),
                    );
                    continue;
                }
                if trimmed != name || name.contains(char::is_whitespace) {
                    let known = fields.iter().any(|f| f.name == trimmed);
                    cx.error_spanned_by(
                        lit,
                        if known {
                            format!("the path segment `{{{name}}}` has spaces; write `{{{trimmed}}}`")
                        } else {
                            format!(
                                "the path segment `{{{name}}}` has spaces, and a field name has none; {}",
                                field_list(fields)
                            )
                        },
                    );
                    continue;
                }
                match fields.iter().position(|f| f.name == name) {
                    None => cx.error_spanned_by(
                        lit,
                        format!(
                            "path parameter `{{{name}}}` names no field of this struct; {}",
                            field_list(fields)
                        ),
                    ),
                    Some(index) if fields[index].in_path => {
                        cx.error_spanned_by(lit, format!("path parameter `{{{name}}}` appears twice"));
                    }
                    Some(index) => {
                        fields[index].in_path = true;
                        segments.push(Segment::Param(index));
                    }
                }
            }
            _ => {
                cx.error_spanned_by(lit, "unbalanced `{` or `}` in the path");
                return Vec::new();
            }
        }
    }
    segments
}
