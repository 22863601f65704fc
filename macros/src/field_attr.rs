//! The `#[stytch(...)]` attributes on fields: `#[stytch(non_empty, email, range(5..=527040), ...)]`.

use crate::ctxt::Ctxt;
use crate::model::{FieldRules, Rule, HELPER};
use syn::meta::ParseNestedMeta;
use syn::punctuated::Punctuated;
use syn::spanned::Spanned;
use syn::{token, Attribute, LitInt, LitStr, Meta, Token};

const ACCEPTED: &str = "expected one of `non_empty`, `email`, `range(MIN..=MAX)`, \
                        `max_json_size = BYTES`, `deny_keys(\"key\", ...)`, `custom = path::to::fn`, `secret`, \
                        `header = \"Name\"`, `schema = false`";

/// The rules' names, for suggestions.
const RULES: &[&str] =
    &["non_empty", "email", "range", "max_json_size", "deny_keys", "custom", "secret", "header"];

/// Reads every `#[stytch(...)]` attribute of a field. Mistakes are recorded in `cx`; reading goes
/// on past a mistake wherever the rest of the attribute can still be read.
pub fn read(cx: &Ctxt, attrs: &[Attribute]) -> FieldRules {
    let mut out = FieldRules::default();
    let mut seen: Vec<String> = Vec::new();
    for attr in attrs.iter().filter(|a| a.path().is_ident(HELPER)) {
        if let Meta::Path(path) = &attr.meta {
            cx.error_spanned_by(path, format!("`#[stytch]` needs a rule; {ACCEPTED}"));
            continue;
        }
        let result = attr.parse_nested_meta(|meta| {
            let name = match meta.path.get_ident() {
                Some(ident) => ident.to_string(),
                None => {
                    cx.syn_error(meta.error(format!("unknown field rule; {ACCEPTED}")));
                    return skip_meta(&meta);
                }
            };
            let rule = match name.as_str() {
                "non_empty" => Some(Rule::NonEmpty),
                "email" => Some(Rule::Email),
                "secret" => {
                    out.secret = Some(meta.path.span());
                    None
                }
                "range" => parse_range(cx, &meta)?,
                "header" => {
                    let lit: LitStr = meta.value().and_then(|v| v.parse()).map_err(|_| {
                        meta.error("`header` takes the header's name: `header = \"X-Stytch-Member-Session\"`")
                    })?;
                    crate::check::header_name(cx, &lit);
                    out.header = Some(lit);
                    None
                }
                "max_json_size" => {
                    let lit: LitInt = meta.value().and_then(|v| v.parse()).map_err(|_| {
                        meta.error("`max_json_size` takes a number of bytes: `max_json_size = 4096`")
                    })?;
                    match lit.base10_parse::<usize>() {
                        Ok(0) | Err(_) => {
                            cx.error_spanned_by(
                                &lit,
                                "`max_json_size` takes a positive number of bytes, such as `4096`",
                            );
                            None
                        }
                        Ok(n) => Some(Rule::MaxJsonSize(n)),
                    }
                }
                "deny_keys" => {
                    let content;
                    syn::parenthesized!(content in meta.input);
                    let keys = Punctuated::<LitStr, Token![,]>::parse_terminated(&content).map_err(|_| {
                        meta.error("`deny_keys` takes string literals: `deny_keys(\"iss\", \"sub\")`")
                    })?;
                    if keys.is_empty() {
                        cx.syn_error(meta.error("`deny_keys` needs at least one key: `deny_keys(\"iss\")`"));
                        None
                    } else {
                        Some(Rule::DenyKeys(keys.into_iter().collect()))
                    }
                }
                "schema" => {
                    let lit: syn::LitBool = meta.value().and_then(|v| v.parse()).map_err(|_| {
                        meta.error("`schema` takes `false`: `#[stytch(schema = false)]` leaves the field out of the check against Stytch's schema")
                    })?;
                    if lit.value {
                        cx.error_spanned_by(&lit, "`schema = true` is the default; write `schema = false` to leave the field out of the check against Stytch's schema, or nothing");
                    }
                    out.schema_off = !lit.value;
                    None
                }
                "custom" => Some(Rule::Custom(meta.value().and_then(|v| v.parse()).map_err(|_| {
                    meta.error("`custom` takes the path of a function: `custom = path::to::check`")
                })?)),
                "required" => {
                    cx.syn_error(meta.error(
                        "`required` is a rule of `#[stytch_object]` response fields; a request field is \
                         always sent, and `non_empty` checks that text is filled",
                    ));
                    return skip_meta(&meta);
                }
                other => {
                    let message = match crate::suggest::closest(other, RULES) {
                        Some(near) => format!("unknown field rule `{other}`; did you mean `{near}`?"),
                        None => format!("unknown field rule `{other}`; {ACCEPTED}"),
                    };
                    cx.syn_error(meta.error(message));
                    return skip_meta(&meta);
                }
            };
            if seen.contains(&name) {
                cx.syn_error(meta.error(format!("duplicate field rule `{name}`")));
                return Ok(());
            }
            seen.push(name);
            out.rules.extend(rule);
            Ok(())
        });
        if let Err(err) = result {
            cx.syn_error(err);
        }
    }
    out
}

/// Passes over the value of a key that is not read (`= value` or `(...)`), so that reading goes on.
pub fn skip_meta(meta: &ParseNestedMeta) -> syn::Result<()> {
    if meta.input.peek(Token![=]) {
        let value = meta.value()?;
        while !value.is_empty() && !value.peek(Token![,]) {
            value.parse::<proc_macro2::TokenTree>()?;
        }
    } else if meta.input.peek(token::Paren) {
        // Read to the end: contents left unread would be one more error ("unexpected token").
        let content;
        syn::parenthesized!(content in meta.input);
        content.parse::<proc_macro2::TokenStream>()?;
    }
    Ok(())
}

/// `range(MIN..=MAX)`, `range(MIN..)` or `range(..=MAX)`. A range that reads but makes no sense is
/// recorded in `cx` (reading goes on); one that does not read is returned.
fn parse_range(cx: &Ctxt, meta: &ParseNestedMeta) -> syn::Result<Option<Rule>> {
    const EXPECTED: &str = "`range` takes an inclusive range of integers, such as `range(5..=527040)`";
    if !meta.input.peek(token::Paren) {
        return Err(meta.error(EXPECTED));
    }
    let content;
    syn::parenthesized!(content in meta.input);
    let whole: proc_macro2::TokenStream = content.fork().parse()?;
    let min = parse_bound(&content).map_err(|_| syn::Error::new_spanned(&whole, EXPECTED))?;
    let inclusive = content.peek(Token![..=]);
    if inclusive {
        content.parse::<Token![..=]>()?;
    } else if content.peek(Token![..]) {
        content.parse::<Token![..]>()?;
    } else {
        return Err(syn::Error::new_spanned(&whole, EXPECTED));
    }
    let max = parse_bound(&content).map_err(|_| syn::Error::new_spanned(&whole, EXPECTED))?;
    if !content.is_empty() {
        return Err(syn::Error::new_spanned(&whole, EXPECTED));
    }
    let problem = match (min, max) {
        (_, Some(hi)) if !inclusive => {
            let lo = min.map(|n| n.to_string()).unwrap_or_default();
            let hi = hi - 1;
            Some(format!(
                "`range` takes an inclusive range `MIN..=MAX`; for the values this one holds, write `{lo}..={hi}`"
            ))
        }
        (None, None) => Some("`range` needs at least one bound, such as `range(5..=527040)`".to_owned()),
        (Some(lo), Some(hi)) if lo > hi => Some(format!("`range({lo}..={hi})` accepts no value")),
        _ => None,
    };
    match problem {
        Some(message) => {
            cx.error_spanned_by(&whole, message);
            Ok(None)
        }
        None => Ok(Some(Rule::Range { min, max })),
    }
}

fn parse_bound(input: syn::parse::ParseStream) -> syn::Result<Option<i128>> {
    let negative = input.peek(Token![-]);
    if negative {
        input.parse::<Token![-]>()?;
    }
    if input.peek(LitInt) {
        let lit: LitInt = input.parse()?;
        let value: i128 = lit.base10_parse()?;
        return Ok(Some(if negative { -value } else { value }));
    }
    if negative {
        return Err(input.error("expected an integer after `-`"));
    }
    Ok(None)
}
