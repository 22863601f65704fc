//! Serde's `rename_all` rules, so that validation errors name fields as they go over the wire.

/// Applies a serde `rename_all` rule to a snake_case field name. `None` for an unknown rule
/// (serde itself reports it).
pub fn rename(rule: &str, field: &str) -> Option<String> {
    let words = field.split('_').filter(|w| !w.is_empty());
    let name = match rule {
        "lowercase" => field.to_ascii_lowercase(),
        "UPPERCASE" => field.to_ascii_uppercase(),
        "snake_case" => field.to_owned(),
        "SCREAMING_SNAKE_CASE" => field.to_ascii_uppercase(),
        "kebab-case" => field.replace('_', "-"),
        "SCREAMING-KEBAB-CASE" => field.to_ascii_uppercase().replace('_', "-"),
        "PascalCase" => words.map(capitalize).collect(),
        "camelCase" => {
            let pascal: String = words.map(capitalize).collect();
            let mut chars = pascal.chars();
            match chars.next() {
                Some(first) => first.to_lowercase().chain(chars).collect(),
                None => String::new(),
            }
        }
        _ => return None,
    };
    Some(name)
}

fn capitalize(word: &str) -> String {
    let mut chars = word.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
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
        assert!(rename("Title Case", "a_b").is_none());
    }
}
