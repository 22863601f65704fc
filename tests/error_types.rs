//! `ErrorType` names every error type Stytch publishes (`tests/fixtures/error_types.txt`, the list
//! of Stytch's error references and official SDKs), so that `Other` only ever holds a type Stytch
//! added after this release.

use std::collections::HashSet;
use stytch_endpoint::ErrorType;

fn published() -> Vec<String> {
    let path = format!("{}/tests/fixtures/error_types.txt", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    text.lines().map(str::trim).filter(|l| !l.is_empty()).map(String::from).collect()
}

#[test]
fn every_published_error_type_has_its_variant() {
    let published = published();
    assert!(published.len() > 800, "{} types", published.len());
    let not_named: Vec<&String> =
        published.iter().filter(|t| matches!(t.parse::<ErrorType>().unwrap(), ErrorType::Other(_))).collect();
    assert!(not_named.is_empty(), "{} published types decode into Other: {not_named:?}", not_named.len());
}

#[test]
fn every_published_error_type_round_trips() {
    let mut variants = HashSet::new();
    for wire in published() {
        let parsed: ErrorType = wire.parse().unwrap();
        assert_eq!(parsed.as_str(), wire);
        assert_eq!(parsed.to_string(), wire);
        let decoded: ErrorType = serde_json::from_value(serde_json::json!(wire)).unwrap();
        assert_eq!(decoded, parsed);
        assert_eq!(serde_json::to_value(&decoded).unwrap(), serde_json::json!(wire));
        assert!(variants.insert(format!("{parsed:?}")), "two types share the variant {parsed:?}");
    }
}

#[test]
fn an_unknown_type_is_kept_as_sent() {
    for wire in ["a_type_added_next_year", "User_Not_Found", "", " user_not_found"] {
        let parsed: ErrorType = wire.parse().unwrap();
        assert_eq!(parsed, ErrorType::Other(wire.to_owned()));
        assert_eq!(parsed.as_str(), wire);
        assert_eq!(serde_json::to_value(&parsed).unwrap(), serde_json::json!(wire));
    }
}

#[test]
fn the_variants_read_like_their_strings() {
    assert_eq!("user_not_found".parse::<ErrorType>().unwrap(), ErrorType::UserNotFound);
    assert_eq!("unauthorized_credentials".parse::<ErrorType>().unwrap(), ErrorType::UnauthorizedCredentials);
    assert_eq!("invalid_argon_2_salt".parse::<ErrorType>().unwrap(), ErrorType::InvalidArgon2Salt);
    assert_eq!("twitter_401".parse::<ErrorType>().unwrap(), ErrorType::Twitter401);
}
