//! What generated `validate()` code calls, one function per rule, and the types those take: the
//! violation list and the traits for path parameters, header values and `custom` rule results.
//! Generated code reaches them through `__private`; none is public API.

use super::{is_email, Integer, Keys, Text};
use crate::error::{ValidationErrors, Violation, ViolationCode};
use crate::Error;
use serde::Serialize;
use std::borrow::Cow;

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

/// Values that can stand for a `{name}` in an endpoint's path: anything `Serialize` that
/// serializes to text, a number or a boolean, spelled as in the body and query (an enum variant
/// renamed by serde goes into the path under that name). Generated code only; not part of the
/// public API.
#[doc(hidden)]
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot be a path parameter of `#[stytch_endpoint]`: it does not implement `Serialize`",
    label = "used in the path",
    note = "path parameters are values that serialize to text, a number or a boolean (`String`, `u64`, a unit enum variant, ...)"
)]
pub trait PathParam: Serialize {}

#[diagnostic::do_not_recommend]
impl<T: Serialize + ?Sized> PathParam for T {}

/// Text a `#[stytch(header = "...")]` field can send: `String`, `str`, `Cow<str>`, `Box<str>`,
/// or an `Option` of one (`None` sends no header). Generated code only; not part of the public
/// API.
#[doc(hidden)]
#[diagnostic::on_unimplemented(
    message = "`#[stytch(header = ...)]` applies to text fields, not `{Self}`",
    label = "sent as a header",
    note = "header fields are `String` or `Option<String>` (`None` sends no header)"
)]
pub trait HeaderValue {
    /// The value to send, if any.
    fn header_text(&self) -> Option<&str>;
}

#[diagnostic::do_not_recommend]
impl HeaderValue for str {
    fn header_text(&self) -> Option<&str> {
        Some(self)
    }
}
#[diagnostic::do_not_recommend]
impl HeaderValue for String {
    fn header_text(&self) -> Option<&str> {
        Some(self)
    }
}
#[diagnostic::do_not_recommend]
impl HeaderValue for Box<str> {
    fn header_text(&self) -> Option<&str> {
        Some(self)
    }
}
#[diagnostic::do_not_recommend]
impl HeaderValue for Cow<'_, str> {
    fn header_text(&self) -> Option<&str> {
        Some(self)
    }
}
#[diagnostic::do_not_recommend]
impl<T: HeaderValue + ?Sized> HeaderValue for &T {
    fn header_text(&self) -> Option<&str> {
        (**self).header_text()
    }
}
#[diagnostic::do_not_recommend]
impl<T: HeaderValue> HeaderValue for Option<T> {
    fn header_text(&self) -> Option<&str> {
        self.as_ref().and_then(HeaderValue::header_text)
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

pub fn max_json_size<T: Serialize + ?Sized>(v: &mut Violations, field: &'static str, value: &T, max: usize) {
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

/// A path parameter, checked to be `Serialize`. Both `validate()` and `path()` go through
/// here, so that a field that cannot be one is reported once.
#[inline]
pub fn path_value<T: PathParam + ?Sized>(value: &T) -> &T {
    value
}

/// A path parameter must be one safe segment: text, a number or a boolean; not empty (unless
/// `non_empty` reports that already), not `.` or `..`, no control character.
pub fn path_param<T: Serialize + ?Sized>(
    v: &mut Violations,
    field: &'static str,
    value: &T,
    report_empty: bool,
) {
    let Some(text) = crate::request::path_text(value) else {
        v.push(
            field,
            ViolationCode::PathParameterNotScalar,
            "must serialize to text, a number or a boolean: it is part of the request path",
        );
        return;
    };
    if text.is_empty() {
        if report_empty {
            v.push(
                field,
                ViolationCode::EmptyPathParameter,
                "must not be empty: it is part of the request path",
            );
        }
    } else if text == "." || text == ".." {
        v.push(
            field,
            ViolationCode::UnsafePathParameter,
            "must not be `.` or `..`: a proxy on the way would resolve it as a relative path",
        );
    } else if text.chars().any(|c| c.is_ascii_control()) {
        v.push(
            field,
            ViolationCode::UnsafePathParameter,
            "must not contain control characters: it is part of the request path",
        );
    }
}

/// A header field's value, if it has one. Both `validate()` and `headers()` go through here,
/// so that a field that cannot be one is reported once.
#[inline]
pub fn header_text<T: HeaderValue + ?Sized>(value: &T) -> Option<&str> {
    value.header_text()
}

/// A header value must not break the request's framing: no CR, LF or other control character
/// (a tab is allowed).
pub fn header_value(v: &mut Violations, field: &'static str, value: Option<&str>) {
    if let Some(text) = value {
        if text.chars().any(|c| c.is_ascii_control() && c != '\t') {
            v.push(
                field,
                ViolationCode::UnsafeHeaderValue,
                "must not contain CR, LF or other control characters: it is sent as a header",
            );
        }
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
