//! Field rules and the errors they produce.
//!
//! The rules are declared on fields with `#[stytch(...)]` and checked by the generated
//! `validate()`, which `send()` calls before any network I/O. A violation names the field as it
//! is sent on the wire and carries a [`ViolationCode`] and a message, never the value: the values
//! here are passwords and session tokens.
//!
//! Each rule accepts the types that implement the trait named beside it, and `Option`s of them (a
//! `None` passes every rule but `exactly_one_of`):
//!
//! | rule | applies to |
//! |---|---|
//! | `non_empty`, `email` | [`Text`]: `String`, `str`, `Cow<str>`, `Box<str>` |
//! | `range(MIN..=MAX)` | [`Integer`]: every primitive integer |
//! | `max_json_size = BYTES` | anything `Serialize` |
//! | `deny_keys("k", ...)` | [`Keys`]: `serde_json::Map`, `HashMap<String, _>`, `BTreeMap<String, _>`, `serde_json::Value` |
//! | `custom = path::to::fn` | `fn(&FieldType) -> Result<(), String>` (sees the whole field, `Option` included; `&str` for a `String` field works too; the error may also be `&'static str` or `Cow<'static, str>`) |
//!
//! [`Text`], [`Integer`] and [`Keys`] are open: implement one for a type of your own (a newtype,
//! say) and its rules apply to fields of that type. [`Text`] shows how.

pub use crate::error::{ValidationErrors, Violation, ViolationCode};
use crate::Error;
use serde::Serialize;
use std::borrow::Cow;
use std::collections::{BTreeMap, HashMap};
use std::fmt;
use std::hash::BuildHasher;

/// Collects violations while a request is validated (used by generated code).
#[doc(hidden)]
#[derive(Default)]
pub struct Violations(Vec<Violation>);

impl Violations {
    #[inline]
    pub fn new() -> Self {
        Violations(Vec::new())
    }

    #[cold]
    pub(crate) fn push(
        &mut self,
        field: &'static str,
        code: ViolationCode,
        message: impl Into<Cow<'static, str>>,
    ) {
        self.0.push(Violation { field, code, message: message.into() });
    }

    /// `Ok` when no rule was broken.
    #[inline]
    pub fn finish(self) -> Result<(), Error> {
        if self.0.is_empty() {
            Ok(())
        } else {
            Err(Error::Validation(ValidationErrors::new(self.0)))
        }
    }
}

/// Text that `non_empty` and `email` can check.
///
/// Implement it for your own text types, and the rules apply to fields of that type (and to
/// `Option`s of it):
///
/// ```
/// use stytch_endpoint::stytch_endpoint;
/// use stytch_endpoint::validate::Text;
///
/// #[derive(serde::Serialize)]
/// pub struct EmailAddress(String);
///
/// impl Text for EmailAddress {
///     fn as_text(&self) -> &str {
///         &self.0
///     }
/// }
///
/// #[stytch_endpoint(POST, "/v1/users/search", response = serde_json::Value)]
/// pub struct FindUser {
///     #[stytch(non_empty, email)]
///     pub email: EmailAddress,
///     #[stytch(email)]
///     pub backup_email: Option<EmailAddress>,
/// }
///
/// let request = FindUser { email: EmailAddress("not an address".into()), backup_email: None };
/// assert!(request.validate().is_err());
/// ```
#[diagnostic::on_unimplemented(
    message = "`#[stytch(non_empty)]` and `#[stytch(email)]` apply to text fields, not `{Self}`",
    label = "not a text field",
    note = "text fields are `String`, `&str`, `Cow<str>`, `Box<str>`, or an `Option` of one"
)]
pub trait Text {
    /// The text to check.
    fn as_text(&self) -> &str;
}

// The impls are kept out of "the following other types implement" lists: the trait's own note
// names the accepted types, in words a user reads faster.
#[diagnostic::do_not_recommend]
impl Text for str {
    fn as_text(&self) -> &str {
        self
    }
}
#[diagnostic::do_not_recommend]
impl Text for String {
    fn as_text(&self) -> &str {
        self
    }
}
#[diagnostic::do_not_recommend]
impl Text for Box<str> {
    fn as_text(&self) -> &str {
        self
    }
}
#[diagnostic::do_not_recommend]
impl Text for Cow<'_, str> {
    fn as_text(&self) -> &str {
        self
    }
}
#[diagnostic::do_not_recommend]
impl<T: Text + ?Sized> Text for &T {
    fn as_text(&self) -> &str {
        (**self).as_text()
    }
}

/// Integers that `range` can check.
///
/// Implement it for your own integer types (a newtype around a primitive, say), and `range`
/// applies to fields of that type, as [`Text`]'s example shows for text.
#[diagnostic::on_unimplemented(
    message = "`#[stytch(range(..))]` applies to integer fields, not `{Self}`",
    label = "not an integer field",
    note = "integer fields are the primitive integers (`i32`, `u64`, ...), or an `Option` of one"
)]
pub trait Integer {
    /// The value, widened.
    fn to_i128(&self) -> i128;
}

macro_rules! integers {
    ($($ty:ty),*) => {$(
        #[diagnostic::do_not_recommend]
        impl Integer for $ty {
            fn to_i128(&self) -> i128 {
                *self as i128
            }
        }
    )*};
}
integers!(i8, i16, i32, i64, i128, isize, u8, u16, u32, u64, usize);

/// Maps that `deny_keys` can check.
///
/// Implement it for your own map types, and `deny_keys` applies to fields of that type, as
/// [`Text`]'s example shows for text.
#[diagnostic::on_unimplemented(
    message = "`#[stytch(deny_keys(..))]` applies to map fields, not `{Self}`",
    label = "not a map field",
    note = "map fields are `serde_json::Map`, `serde_json::Value`, `HashMap<String, _>`, `BTreeMap<String, _>`, or an `Option` of one"
)]
pub trait Keys {
    /// Whether the map has `key`.
    fn has_key(&self, key: &str) -> bool;
}

#[diagnostic::do_not_recommend]
impl Keys for serde_json::Map<String, serde_json::Value> {
    fn has_key(&self, key: &str) -> bool {
        self.contains_key(key)
    }
}
#[diagnostic::do_not_recommend]
impl Keys for serde_json::Value {
    fn has_key(&self, key: &str) -> bool {
        self.as_object().is_some_and(|map| map.contains_key(key))
    }
}
#[diagnostic::do_not_recommend]
impl<V, S: BuildHasher> Keys for HashMap<String, V, S> {
    fn has_key(&self, key: &str) -> bool {
        self.contains_key(key)
    }
}
#[diagnostic::do_not_recommend]
impl<V> Keys for BTreeMap<String, V> {
    fn has_key(&self, key: &str) -> bool {
        self.contains_key(key)
    }
}

/// Values that can stand for a `{name}` in an endpoint's path: anything `Display`. Generated code
/// only; not part of the public API.
#[doc(hidden)]
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot be a path parameter of `#[stytch_endpoint]`: it does not implement `Display`",
    label = "used in the path",
    note = "path parameters are text or numbers (`String`, `u64`, ...), not an `Option`"
)]
pub trait PathParam {
    /// The value, to be percent-encoded into the path.
    fn as_display(&self) -> &dyn fmt::Display;
}

#[diagnostic::do_not_recommend]
impl<T: fmt::Display> PathParam for T {
    fn as_display(&self) -> &dyn fmt::Display {
        self
    }
}

/// What a `custom` rule returns: `Ok(())`, or `Err` with a message saying what is wrong (and never
/// the value). Generated code only; not part of the public API.
#[doc(hidden)]
#[diagnostic::on_unimplemented(
    message = "a `#[stytch(custom = ...)]` rule must return `Result<(), String>`, not `{Self}`",
    label = "this rule returns `{Self}`",
    note = "a custom rule is a `fn(&FieldType) -> Result<(), String>` whose error message never includes the value"
)]
pub trait RuleOutcome {
    /// The message, if the rule was broken.
    fn into_message(self) -> Option<Cow<'static, str>>;
}

#[diagnostic::do_not_recommend]
impl RuleOutcome for Result<(), String> {
    fn into_message(self) -> Option<Cow<'static, str>> {
        self.err().map(Cow::Owned)
    }
}
#[diagnostic::do_not_recommend]
impl RuleOutcome for Result<(), &'static str> {
    fn into_message(self) -> Option<Cow<'static, str>> {
        self.err().map(Cow::Borrowed)
    }
}
#[diagnostic::do_not_recommend]
impl RuleOutcome for Result<(), Cow<'static, str>> {
    fn into_message(self) -> Option<Cow<'static, str>> {
        self.err()
    }
}

/// The prefix of the claims Stytch writes into session JWTs itself (`https://stytch.com/session`,
/// `https://stytch.com/organization`, ...).
pub const STYTCH_CLAIMS_PREFIX: &str = "https://stytch.com/";

/// A `custom` rule for `session_custom_claims`: refuses top-level keys under
/// `https://stytch.com/`, which Stytch keeps for its own claims and answers with
/// `stytch_claims_in_custom_claims`. Keys nested inside a claim's value are the app's own.
///
/// ```
/// # use serde_json::{json, Map, Value};
/// use stytch_endpoint::stytch_endpoint;
///
/// #[stytch_endpoint(POST, "/v1/sessions/authenticate", response = serde_json::Value)]
/// pub struct Authenticate {
///     pub session_token: String,
///     #[stytch(custom = stytch_endpoint::validate::no_stytch_claims)]
///     pub session_custom_claims: Option<Map<String, Value>>,
/// }
///
/// let claims = json!({"https://stytch.com/session": {}}).as_object().cloned();
/// let request = Authenticate { session_token: "token".into(), session_custom_claims: claims };
/// assert!(request.validate().is_err());
/// ```
pub fn no_stytch_claims(claims: &Option<serde_json::Map<String, serde_json::Value>>) -> Result<(), String> {
    let Some(claims) = claims else { return Ok(()) };
    let found: Vec<String> =
        claims.keys().filter(|k| k.starts_with(STYTCH_CLAIMS_PREFIX)).map(|k| format!("`{k}`")).collect();
    match found.len() {
        0 => Ok(()),
        1 => Err(format!(
            "must not contain the key {}: keys under {STYTCH_CLAIMS_PREFIX} are Stytch's",
            found[0]
        )),
        _ => Err(format!(
            "must not contain the keys {}: keys under {STYTCH_CLAIMS_PREFIX} are Stytch's",
            found.join(", ")
        )),
    }
}

/// Whether `text` is shaped like an email address. Deliberately permissive, so that it never
/// rejects an address Stytch accepts: internationalized addresses pass; a missing `@`, an empty
/// local part or domain, whitespace and control characters fail.
pub(crate) fn is_email(text: &str) -> bool {
    let Some((local, domain)) = text.rsplit_once('@') else {
        return false;
    };
    !local.is_empty()
        && !domain.is_empty()
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !text.chars().any(|c| c.is_whitespace() || c.is_control())
}

/// The rule checks called by generated `validate()` code.
#[doc(hidden)]
pub mod rules {
    use super::*;

    #[inline]
    pub fn non_empty<T: Text + ?Sized>(v: &mut Violations, field: &'static str, value: &T) {
        if value.as_text().is_empty() {
            v.push(field, ViolationCode::Empty, "must not be empty");
        }
    }

    #[inline]
    pub fn email<T: Text + ?Sized>(v: &mut Violations, field: &'static str, value: &T) {
        let text = value.as_text();
        // An empty value is `non_empty`'s to report.
        if !text.is_empty() && !is_email(text) {
            v.push(field, ViolationCode::Email, "must be an email address, such as name@example.com");
        }
    }

    #[inline]
    pub fn range<T: Integer + ?Sized>(
        v: &mut Violations,
        field: &'static str,
        value: &T,
        min: Option<i128>,
        max: Option<i128>,
    ) {
        let n = value.to_i128();
        if min.is_some_and(|min| n < min) || max.is_some_and(|max| n > max) {
            let message = match (min, max) {
                (Some(min), Some(max)) => format!("must be between {min} and {max}"),
                (Some(min), None) => format!("must be at least {min}"),
                (None, Some(max)) => format!("must be at most {max}"),
                (None, None) => unreachable!("a range has a bound"),
            };
            v.push(field, ViolationCode::OutOfRange, message);
        }
    }

    pub fn max_json_size<T: Serialize + ?Sized>(
        v: &mut Violations,
        field: &'static str,
        value: &T,
        max: usize,
    ) {
        struct Counter(usize);
        impl std::io::Write for Counter {
            fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
                self.0 += buf.len();
                Ok(buf.len())
            }
            fn flush(&mut self) -> std::io::Result<()> {
                Ok(())
            }
        }
        let mut counter = Counter(0);
        let fits = serde_json::to_writer(&mut counter, value).is_ok() && counter.0 <= max;
        if !fits {
            v.push(field, ViolationCode::TooLarge, format!("must serialize to at most {max} bytes of JSON"));
        }
    }

    pub fn deny_keys<T: Keys + ?Sized>(v: &mut Violations, field: &'static str, value: &T, keys: &[&str]) {
        let found: Vec<&str> = keys.iter().copied().filter(|k| value.has_key(k)).collect();
        if !found.is_empty() {
            let list = found.iter().map(|k| format!("`{k}`")).collect::<Vec<_>>().join(", ");
            let noun = if found.len() == 1 { "key" } else { "keys" };
            v.push(field, ViolationCode::DeniedKey, format!("must not contain the reserved {noun} {list}"));
        }
    }

    pub fn custom<R: RuleOutcome>(v: &mut Violations, field: &'static str, result: R) {
        if let Some(message) = result.into_message() {
            v.push(field, ViolationCode::Custom, message);
        }
    }

    /// A path parameter as `Display`. Both `validate()` and `path()` go through here, so that a
    /// field that cannot be one is reported once.
    #[inline]
    pub fn path_value<T: PathParam>(value: &T) -> &dyn fmt::Display {
        value.as_display()
    }

    pub fn path_param<T: fmt::Display + ?Sized>(v: &mut Violations, field: &'static str, value: &T) {
        struct Empty(bool);
        impl fmt::Write for Empty {
            fn write_str(&mut self, s: &str) -> fmt::Result {
                self.0 &= s.is_empty();
                Ok(())
            }
        }
        let mut probe = Empty(true);
        let _ = fmt::write(&mut probe, format_args!("{value}"));
        if probe.0 {
            v.push(
                field,
                ViolationCode::EmptyPathParameter,
                "must not be empty: it is part of the request path",
            );
        }
    }

    pub fn exactly_one_of(v: &mut Violations, field: &'static str, present: &[bool], names: &[&str]) {
        let count = present.iter().filter(|p| **p).count();
        if count != 1 {
            let list = names.iter().map(|n| format!("`{n}`")).collect::<Vec<_>>().join(", ");
            let message = if count == 0 {
                format!("exactly one of {list} must be set, and none is")
            } else {
                format!("exactly one of {list} must be set, and {count} are")
            };
            v.push(field, ViolationCode::ExactlyOneOf, message);
        }
    }

    pub fn at_most_one_of(v: &mut Violations, field: &'static str, present: &[bool], names: &[&str]) {
        let count = present.iter().filter(|p| **p).count();
        if count > 1 {
            let list = names.iter().map(|n| format!("`{n}`")).collect::<Vec<_>>().join(", ");
            v.push(
                field,
                ViolationCode::AtMostOneOf,
                format!("at most one of {list} may be set, and {count} are"),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::is_email;

    #[test]
    fn email_syntax_is_permissive() {
        for ok in ["a@b", "ada@example.com", "用户@例子.广告", "josé.o'neil+tag@exämple.de", "\"q\"@x.io"]
        {
            assert!(is_email(ok), "{ok} should pass");
        }
        for bad in [
            "",
            "ada",
            "@example.com",
            "ada@",
            "ada @example.com",
            "ada@exa mple.com",
            "ada@.com",
            "a@b.",
            "a\n@b",
        ] {
            assert!(!is_email(bad), "{bad:?} should fail");
        }
    }
}
