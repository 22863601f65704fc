//! Serde's `rename_all` rules for fields, applied exactly as serde_derive applies them (ASCII case
//! changes only; a field is assumed snake_case, so `lowercase` leaves it as it is), so that the
//! attribute's wire names and validation errors match what serde sends.

/// Applies a serde `rename_all` rule to a field name. `None` for an unknown rule (serde itself
/// reports it).
pub fn rename(rule: &str, field: &str) -> Option<String> {
    let name = match rule {
        "lowercase" | "snake_case" => field.to_owned(),
        "UPPERCASE" | "SCREAMING_SNAKE_CASE" => field.to_ascii_uppercase(),
        "kebab-case" => field.replace('_', "-"),
        "SCREAMING-KEBAB-CASE" => field.to_ascii_uppercase().replace('_', "-"),
        "PascalCase" => pascal(field),
        "camelCase" => {
            let pascal = pascal(field);
            let mut chars = pascal.chars();
            match chars.next() {
                Some(first) => std::iter::once(first.to_ascii_lowercase()).chain(chars).collect(),
                None => String::new(),
            }
        }
        _ => return None,
    };
    Some(name)
}

/// Each `_` dropped and the character after it (and the first) made ASCII uppercase.
fn pascal(field: &str) -> String {
    let mut out = String::with_capacity(field.len());
    let mut capitalize = true;
    for ch in field.chars() {
        if ch == '_' {
            capitalize = true;
        } else if capitalize {
            out.push(ch.to_ascii_uppercase());
            capitalize = false;
        } else {
            out.push(ch);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::rename;

    #[test]
    fn follows_serde_rules() {
        assert_eq!(rename("camelCase", "session_jwt").unwrap(), "sessionJwt");
        assert_eq!(rename("PascalCase", "session_jwt").unwrap(), "SessionJwt");
        assert_eq!(rename("kebab-case", "session_jwt").unwrap(), "session-jwt");
        assert_eq!(rename("SCREAMING_SNAKE_CASE", "a_b").unwrap(), "A_B");
        assert_eq!(rename("SCREAMING-KEBAB-CASE", "a_b").unwrap(), "A-B");
        assert_eq!(rename("lowercase", "a_b").unwrap(), "a_b");
        assert_eq!(rename("lowercase", "userID").unwrap(), "userID");
        assert_eq!(rename("PascalCase", "éte_ñu").unwrap(), "éteñu");
        assert_eq!(rename("camelCase", "__a__b_").unwrap(), "aB");
        assert!(rename("Title Case", "a_b").is_none());
    }
}
