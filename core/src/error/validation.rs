//! [`ValidationErrors`]: the field rules a request broke, each a [`Violation`].

use std::borrow::Cow;
use std::fmt;

/// What kind of rule a [`Violation`] broke. Stable: match on it rather than on messages.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ViolationCode {
    /// `non_empty`: the text is empty.
    Empty,
    /// `email`: the text is not an email address.
    Email,
    /// `range`: the integer is outside the declared bounds.
    OutOfRange,
    /// `max_json_size`: the value serializes to more JSON than allowed.
    TooLarge,
    /// `deny_keys`: the map has a key that is not allowed.
    DeniedKey,
    /// `exactly_one_of`: none, or more than one, of the fields is set.
    ExactlyOneOf,
    /// `at_most_one_of`: more than one of the fields is set.
    AtMostOneOf,
    /// A path parameter renders as an empty string.
    EmptyPathParameter,
    /// A path parameter is `.` or `..` (which a proxy on the way would resolve as a relative
    /// path, sending the request to another resource), or holds a control character.
    UnsafePathParameter,
    /// A path parameter serializes to something other than text, a number or a boolean (an
    /// object, a list, or nothing).
    PathParameterNotScalar,
    /// A header field's value holds CR, LF or another control character.
    UnsafeHeaderValue,
    /// A `custom` rule rejected the value.
    Custom,
}

impl ViolationCode {
    /// A stable snake_case name for the code, such as `out_of_range`.
    pub const fn as_str(self) -> &'static str {
        match self {
            ViolationCode::Empty => "empty",
            ViolationCode::Email => "email",
            ViolationCode::OutOfRange => "out_of_range",
            ViolationCode::TooLarge => "too_large",
            ViolationCode::DeniedKey => "denied_key",
            ViolationCode::ExactlyOneOf => "exactly_one_of",
            ViolationCode::AtMostOneOf => "at_most_one_of",
            ViolationCode::EmptyPathParameter => "empty_path_parameter",
            ViolationCode::UnsafePathParameter => "unsafe_path_parameter",
            ViolationCode::PathParameterNotScalar => "path_parameter_not_scalar",
            ViolationCode::UnsafeHeaderValue => "unsafe_header_value",
            ViolationCode::Custom => "custom",
        }
    }
}

impl fmt::Display for ViolationCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One broken rule.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Violation {
    /// The field's name on the wire, such as `session_duration_minutes`.
    pub field: &'static str,
    /// Which rule was broken.
    pub code: ViolationCode,
    /// What is wrong, in words. Never contains the value.
    pub message: Cow<'static, str>,
}

impl fmt::Display for Violation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "`{}` {}", self.field, self.message)
    }
}

/// Every rule a request broke, in field order. Never empty.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ValidationErrors {
    violations: Vec<Violation>,
}

impl ValidationErrors {
    /// Never called with no violations.
    pub(crate) fn new(violations: Vec<Violation>) -> Self {
        ValidationErrors { violations }
    }

    /// The violations, in field order.
    pub fn violations(&self) -> &[Violation] {
        &self.violations
    }

    /// The violations of one field (by wire name).
    pub fn field<'a>(&'a self, field: &'a str) -> impl Iterator<Item = &'a Violation> + 'a {
        self.violations.iter().filter(move |v| v.field == field)
    }

    /// Whether `field` broke the rule `code`.
    pub fn has(&self, field: &str, code: ViolationCode) -> bool {
        self.field(field).any(|v| v.code == code)
    }
}

impl IntoIterator for ValidationErrors {
    type Item = Violation;
    type IntoIter = std::vec::IntoIter<Violation>;
    fn into_iter(self) -> Self::IntoIter {
        self.violations.into_iter()
    }
}

impl fmt::Display for ValidationErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, violation) in self.violations.iter().enumerate() {
            if i > 0 {
                f.write_str("; ")?;
            }
            fmt::Display::fmt(violation, f)?;
        }
        Ok(())
    }
}
