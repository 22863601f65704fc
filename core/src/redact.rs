//! Keeping secrets out of `Debug` output, and forged lines out of what a server makes us print.

use std::borrow::Cow;
use std::fmt;

/// Prints `<redacted>` in place of a secret.
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct Redacted;

impl fmt::Debug for Redacted {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("<redacted>")
    }
}

/// `None` stays `None`; a present secret prints as `Some(<redacted>)`.
pub fn redact_option<T>(value: &Option<T>) -> Option<Redacted> {
    value.as_ref().map(|_| Redacted)
}

/// A secret string: prints as `<redacted>`, or `""` when it is empty (Stytch sends empty tokens
/// when no session was made, and that is worth seeing).
pub struct RedactedStr<'a>(pub &'a str);

impl fmt::Debug for RedactedStr<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.0.is_empty() {
            f.write_str("\"\"")
        } else {
            f.write_str("<redacted>")
        }
    }
}

/// A server's text as it may be shown: line breaks and tabs become a space, every other control
/// character and every invisible or bidirectional formatting character becomes `U+FFFD`, so
/// that the text cannot forge a log line, rewrite a terminal or hide what it says.
pub(crate) fn printable(text: &str) -> Cow<'_, str> {
    if !text.chars().any(unprintable) {
        return Cow::Borrowed(text);
    }
    let shown = text
        .chars()
        .map(|c| match c {
            '\t' | '\n' | '\r' | '\u{b}' | '\u{c}' | '\u{85}' | '\u{2028}' | '\u{2029}' => ' ',
            c if unprintable(c) => char::REPLACEMENT_CHARACTER,
            c => c,
        })
        .collect();
    Cow::Owned(shown)
}

/// [`printable`], in place, for every string and key of a JSON value.
pub(crate) fn printable_json(value: &mut serde_json::Value) {
    use serde_json::Value;
    match value {
        Value::String(text) => {
            if let Cow::Owned(shown) = printable(text) {
                *text = shown;
            }
        }
        Value::Array(items) => items.iter_mut().for_each(printable_json),
        Value::Object(map) => {
            if map.keys().any(|key| key.chars().any(unprintable)) {
                *map =
                    std::mem::take(map).into_iter().map(|(k, v)| (printable(&k).into_owned(), v)).collect();
            }
            map.values_mut().for_each(printable_json);
        }
        _ => {}
    }
}

/// Control characters (C0, DEL, C1), line and paragraph separators, and the invisible or
/// bidirectional formatting characters that can reorder or hide text.
fn unprintable(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{61c}'
                | '\u{200b}'..='\u{200f}'
                | '\u{2028}'..='\u{202e}'
                | '\u{2060}'..='\u{2064}'
                | '\u{2066}'..='\u{2069}'
                | '\u{feff}'
        )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn printable_text_has_no_control_or_formatting_characters() {
        assert!(matches!(printable("weak password, try again"), Cow::Borrowed(_)));
        assert!(matches!(printable("Mot de passe trop faible : « réessayez » 🔒"), Cow::Borrowed(_)));
        assert_eq!(printable("a\nINFO forged\r\tb"), "a INFO forged  b");
        assert_eq!(
            printable("\u{1b}[31mred\u{7}\u{0}\u{7f}\u{9b}"),
            "\u{FFFD}[31mred\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}"
        );
        assert_eq!(printable("x\u{85}y\u{2028}z\u{2029}"), "x y z ");
        assert_eq!(
            printable("abc\u{202e}fed\u{2066}\u{200b}\u{feff}"),
            "abc\u{FFFD}fed\u{FFFD}\u{FFFD}\u{FFFD}"
        );

        let mut json = serde_json::json!({"a\nb": ["c\u{1b}", {"d": "e\u{2028}"}], "n": 1, "ok": "fine"});
        printable_json(&mut json);
        assert_eq!(json, serde_json::json!({"a b": ["c\u{FFFD}", {"d": "e "}], "n": 1, "ok": "fine"}));
    }
}
