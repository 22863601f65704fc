//! Field rules and the errors they produce.
//!
//! The rules are declared on fields with `#[stytch(...)]` and checked by the generated
//! `validate()`, which `send()` calls before any network I/O. A violation names the field as it
//! is sent on the wire and carries a [`ViolationCode`](crate::ViolationCode) and a message, never the value: the values
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

use std::borrow::Cow;
use std::collections::{BTreeMap, HashMap};
use std::hash::BuildHasher;

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
/// #[stytch_endpoint(POST, "/v1/magic_links/email/login_or_create", response = serde_json::Value)]
/// pub struct LoginOrCreate {
///     #[stytch(non_empty, email)]
///     pub email: EmailAddress,
/// }
///
/// #[stytch_endpoint(POST, "/v1/passwords/strength_check", response = serde_json::Value)]
/// pub struct StrengthCheck {
///     pub password: String,
///     #[stytch(email)]
///     pub email: Option<EmailAddress>,
/// }
///
/// let request = LoginOrCreate { email: EmailAddress("not an address".into()) };
/// assert!(request.validate().is_err());
/// let request = StrengthCheck { password: "a passphrase".into(), email: None };
/// assert!(request.validate().is_ok());
/// ```
#[diagnostic::on_unimplemented(
    message = "`#[stytch(non_empty)]` and `#[stytch(email)]` apply to text fields, not `{Self}`",
    label = "not a text field",
    note = "text fields are `String`, `&str`, `Cow<str>`, `Box<str>`, a `#[stytch_enum]`, or an `Option` of one"
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

/// The message of a rule on a nested object whose `empty` fields (wire names) must be given.
pub(crate) fn none_empty(empty: &[&str]) -> Result<(), String> {
    match empty {
        [] => Ok(()),
        [one] => Err(format!("`{one}` must not be empty")),
        many => {
            let names: Vec<String> = many.iter().map(|name| format!("`{name}`")).collect();
            Err(format!("{} must not be empty", names.join(", ")))
        }
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
/// What generated `validate()` code calls: the rule checks and the types they take. Reached only
/// through `__private`.
pub(crate) mod rules;

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
