//! Field rules: `#[stytch(non_empty, email, range(5..=527040), ...)]`.

use syn::meta::ParseNestedMeta;
use syn::punctuated::Punctuated;
use syn::{Attribute, LitInt, LitStr, Path, Token};

/// The name of the helper attribute on fields.
pub const HELPER: &str = "stytch";

const ACCEPTED: &str = "expected one of `non_empty`, `email`, `range(MIN..=MAX)`, \
                        `max_json_size = BYTES`, `deny_keys(\"key\", ...)`, `custom = path::to::fn`, `secret`";

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
    /// `secret`: redacted in `Debug`.
    pub secret: bool,
}

/// Reads every `#[stytch(...)]` attribute of a field. Mistakes are pushed to `errors`.
pub fn parse(attrs: &[Attribute], errors: &mut Vec<syn::Error>) -> FieldRules {
    let mut out = FieldRules::default();
    let mut seen: Vec<String> = Vec::new();
    for attr in attrs.iter().filter(|a| a.path().is_ident(HELPER)) {
        let result = attr.parse_nested_meta(|meta| {
            let name = match meta.path.get_ident() {
                Some(ident) => ident.to_string(),
                None => return Err(meta.error(format!("unknown field rule; {ACCEPTED}"))),
            };
            if seen.contains(&name) {
                return Err(meta.error(format!("duplicate field rule `{name}`")));
            }
            seen.push(name.clone());
            let rule = match name.as_str() {
                "non_empty" => Rule::NonEmpty,
                "email" => Rule::Email,
                "secret" => {
                    out.secret = true;
                    return Ok(());
                }
                "range" => parse_range(&meta)?,
                "max_json_size" => {
                    let lit: LitInt = meta.value()?.parse()?;
                    Rule::MaxJsonSize(lit.base10_parse()?)
                }
                "deny_keys" => {
                    let content;
                    syn::parenthesized!(content in meta.input);
                    let keys = Punctuated::<LitStr, Token![,]>::parse_terminated(&content)?;
                    if keys.is_empty() {
                        return Err(meta.error("`deny_keys` needs at least one key: `deny_keys(\"iss\")`"));
                    }
                    Rule::DenyKeys(keys.into_iter().collect())
                }
                "custom" => Rule::Custom(meta.value()?.parse()?),
                other => return Err(meta.error(format!("unknown field rule `{other}`; {ACCEPTED}"))),
            };
            out.rules.push(rule);
            Ok(())
        });
        if let Err(err) = result {
            errors.push(err);
        }
    }
    out
}

fn parse_range(meta: &ParseNestedMeta) -> syn::Result<Rule> {
    let content;
    syn::parenthesized!(content in meta.input);
    let min = parse_bound(&content)?;
    let inclusive = content.peek(Token![..=]);
    if inclusive {
        content.parse::<Token![..=]>()?;
    } else if content.peek(Token![..]) {
        content.parse::<Token![..]>()?;
    } else {
        return Err(content.error("expected a range such as `range(5..=527040)`"));
    }
    let max = parse_bound(&content)?;
    if !content.is_empty() {
        return Err(content.error("expected a range such as `range(5..=527040)`"));
    }
    if max.is_some() && !inclusive {
        return Err(meta.error("`range` takes an inclusive range: write `MIN..=MAX`"));
    }
    if min.is_none() && max.is_none() {
        return Err(meta.error("`range` needs at least one bound, such as `range(5..=527040)`"));
    }
    if let (Some(lo), Some(hi)) = (min, max) {
        if lo > hi {
            return Err(meta.error(format!("`range({lo}..={hi})` accepts no value")));
        }
    }
    Ok(Rule::Range { min, max })
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
