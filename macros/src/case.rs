//! Serde's `rename_all` rules, applied exactly as serde_derive applies them (ASCII case changes
//! only), so that the attributes' wire names and validation errors match what serde sends. Serde
//! applies a rule differently to a field (assumed snake_case, so `lowercase` leaves it as it is)
//! and to a variant (assumed PascalCase, so `snake_case` splits it at its capitals).

/// The rules serde accepts, in the order serde lists them.
pub const RULES: [&str; 8] = [
    "lowercase",
    "UPPERCASE",
    "PascalCase",
    "camelCase",
    "snake_case",
    "SCREAMING_SNAKE_CASE",
    "kebab-case",
    "SCREAMING-KEBAB-CASE",
];

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

/// Applies a serde `rename_all` rule to a variant name. `None` for an unknown rule.
pub fn rename_variant(rule: &str, variant: &str) -> Option<String> {
    let snake = || {
        let mut snake = String::new();
        for (i, ch) in variant.char_indices() {
            if i > 0 && ch.is_uppercase() {
                snake.push('_');
            }
            snake.push(ch.to_ascii_lowercase());
        }
        snake
    };
    let name = match rule {
        "PascalCase" => variant.to_owned(),
        "lowercase" => variant.to_ascii_lowercase(),
        "UPPERCASE" => variant.to_ascii_uppercase(),
        "camelCase" => {
            let mut chars = variant.chars();
            chars.next().map(|c| c.to_ascii_lowercase().to_string() + chars.as_str()).unwrap_or_default()
        }
        "snake_case" => snake(),
        "SCREAMING_SNAKE_CASE" => snake().to_ascii_uppercase(),
        "kebab-case" => snake().replace('_', "-"),
        "SCREAMING-KEBAB-CASE" => snake().to_ascii_uppercase().replace('_', "-"),
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
    use super::{rename, rename_variant, RULES};

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

    #[test]
    fn variant_names_follow_serde() {
        let variant = |rule| rename_variant(rule, "PtBr").unwrap();
        assert_eq!(rename_variant("snake_case", "OAuthGoogle").unwrap(), "o_auth_google");
        assert_eq!(variant("snake_case"), "pt_br");
        assert_eq!(variant("kebab-case"), "pt-br");
        assert_eq!(variant("SCREAMING_SNAKE_CASE"), "PT_BR");
        assert_eq!(variant("SCREAMING-KEBAB-CASE"), "PT-BR");
        assert_eq!(variant("camelCase"), "ptBr");
        assert_eq!(variant("lowercase"), "ptbr");
        assert_eq!(variant("UPPERCASE"), "PTBR");
        assert_eq!(variant("PascalCase"), "PtBr");
        assert!(rename_variant("Title Case", "PtBr").is_none());
    }

    #[test]
    fn every_listed_rule_is_known() {
        for rule in RULES {
            assert!(rename(rule, "a_b").is_some() && rename_variant(rule, "AB").is_some(), "{rule}");
        }
    }
}
