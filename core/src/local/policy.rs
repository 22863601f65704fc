//! The policy both endpoints apply: decoding, validation, password strength, custom claims, and
//! the shape of the answer.

use super::claims;
use super::failure::Failure;
use super::store::Lookup;
use crate::validate::ViolationCode;
use crate::{Error, ErrorType};
use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::{Map, Value};

/// Stytch's default password policy: a zxcvbn score of at least 3 out of 4.
const MIN_SCORE: zxcvbn::Score = zxcvbn::Score::Three;
/// How much of a password zxcvbn looks at: the score of a longer one only grows, and zxcvbn's
/// work grows faster than the length.
const MAX_SCORED_CHARS: usize = 256;

/// Decodes a body with the crate's own request type. serde's messages can quote values (these
/// are passwords), so only the position, or the name of a missing field, is repeated back.
pub(crate) fn decode<T: DeserializeOwned>(body: &[u8]) -> Result<T, Failure> {
    serde_json::from_slice(body).map_err(|e| {
        let text = e.to_string();
        if text.starts_with("missing field") {
            let field = text.split('`').nth(1).unwrap_or("a field");
            Failure::bad_request(format!("The request body is missing the required field {field}."))
        } else if e.is_data() {
            Failure::bad_request(format!(
                "A field of the request body has the wrong type or value (line {}, column {}).",
                e.line(),
                e.column()
            ))
        } else {
            Failure::bad_request(format!(
                "The request body is not valid JSON (line {}, column {}).",
                e.line(),
                e.column()
            ))
        }
    })
}

/// Maps the first rule a request breaks (from its own `validate()`) to Stytch's error.
pub(crate) fn validation(result: Result<(), Error>) -> Result<(), Failure> {
    let Err(Error::Validation(errors)) = result else { return Ok(()) };
    let Some(first) = errors.violations().first() else { return Ok(()) };
    let message = format!("Invalid request: {first}.");
    let error_type = match (first.field, first.code) {
        (_, ViolationCode::AtMostOneOf) => ErrorType::TooManySessionArguments,
        (_, ViolationCode::ExactlyOneOf) => ErrorType::TooManySessionArguments,
        ("email", _) => ErrorType::InvalidEmail,
        ("session_duration_minutes", _) => ErrorType::InvalidSessionDurationMinutes,
        ("session_custom_claims", ViolationCode::DeniedKey) => ErrorType::ReservedClaimsInCustomClaims,
        // The one `custom` rule on the claims: `validate::no_stytch_claims`.
        ("session_custom_claims", ViolationCode::Custom) => ErrorType::StytchClaimsInCustomClaims,
        ("session_custom_claims", _) => ErrorType::CustomClaimsTooLarge,
        _ => ErrorType::BadRequest,
    };
    Err(Failure::new(400, error_type, message))
}

/// Rejects a password zxcvbn scores below 3, taking the account's own words into account.
pub(crate) fn strong_password(password: &str, user_inputs: &[&str]) -> Result<(), Failure> {
    let scored: String = password.chars().take(MAX_SCORED_CHARS).collect();
    let entropy = zxcvbn::zxcvbn(&scored, user_inputs);
    if entropy.score() >= MIN_SCORE {
        return Ok(());
    }
    let mut message = format!(
        "The password is too weak: its zxcvbn score is {} out of 4, and at least 3 is required.",
        u8::from(entropy.score())
    );
    if let Some(warning) = entropy.feedback().and_then(|f| f.warning()) {
        message.push_str(&format!(" {warning}"));
    }
    Err(Failure::new(400, ErrorType::WeakPassword, message))
}

/// The words of an email address, for zxcvbn: the whole address, its local part and its domain.
pub(crate) fn email_words(email: &str) -> Vec<&str> {
    let mut words = vec![email];
    if let Some((local, domain)) = email.rsplit_once('@') {
        words.extend([local, domain]);
    }
    words
}

/// A session's claims after a request's `session_custom_claims` (merged deeply; `null`
/// deletes), or `custom_claims_too_large` when the result is over 4 KB.
pub(crate) fn custom_claims(
    current: &Map<String, Value>,
    changes: Option<&Map<String, Value>>,
) -> Result<Map<String, Value>, Failure> {
    claims::merged(current, changes).map_err(|too_large| {
        Failure::new(
            400,
            ErrorType::CustomClaimsTooLarge,
            format!(
                "The session's custom claims would be {} bytes of JSON; at most {} are allowed.",
                too_large.bytes,
                claims::MAX_BYTES
            ),
        )
    })
}

/// Encodes a response, writing each of the `nullable` fields that is unset as an explicit `null`,
/// as Stytch does (`"session": null`), where the crate's own encoding leaves them out.
pub(crate) fn encode<T: Serialize>(response: &T, nullable: &[&str]) -> Result<Vec<u8>, Failure> {
    let failed = || Failure::new(500, ErrorType::InternalServerError, "The response could not be encoded.");
    let mut value = serde_json::to_value(response).map_err(|_| failed())?;
    if let Value::Object(fields) = &mut value {
        for field in nullable {
            fields.entry(*field).or_insert(Value::Null);
        }
    }
    serde_json::to_vec(&value).map_err(|_| failed())
}

/// Exactly one of a session token and a session JWT: `no_session_arguments` for neither,
/// `too_many_session_arguments` for both (400).
pub(crate) fn session_arguments(token: Option<&str>, jwt: Option<&str>) -> Result<(), Failure> {
    match (token, jwt) {
        (None, None) => {
            Err(Failure::new(400, ErrorType::NoSessionArguments, "Give one of session_token or session_jwt."))
        }
        (Some(_), Some(_)) => Err(Failure::new(
            400,
            ErrorType::TooManySessionArguments,
            "Give only one of session_token or session_jwt.",
        )),
        _ => Ok(()),
    }
}

/// Stytch's error for a session token or JWT that names no live session.
pub(crate) fn session_failure(lookup: Lookup) -> Failure {
    match lookup {
        Lookup::InvalidToken => Failure::new(
            400,
            ErrorType::InvalidSessionToken,
            "The session_token is not a valid session token.",
        ),
        Lookup::UnparsableJwt => {
            Failure::new(400, ErrorType::UnableToParseSessionJwt, "The session_jwt could not be parsed.")
        }
        Lookup::NotFound => session_not_found(),
    }
}

/// `session_not_found` (404).
pub(crate) fn session_not_found() -> Failure {
    Failure::new(
        404,
        ErrorType::SessionNotFound,
        "Session not found: it may have expired or been revoked, or it belongs to someone else.",
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn zxcvbn_scores_like_stytch_expects() {
        assert!(strong_password("correct horse battery staple", &[]).is_ok());
        assert!(strong_password("a much longer and stronger passphrase", &[]).is_ok());
        let weak = strong_password("password1", &[]).unwrap_err();
        assert_eq!(weak.error_type, ErrorType::WeakPassword);
        assert_eq!(weak.status, 400);
        assert!(!weak.message.contains("password1"));
        // The account's own words do not count as entropy.
        assert!(strong_password("adalovelace1815", &email_words("adalovelace1815@example.com")).is_err());
    }

    #[test]
    fn claims_are_set_and_deleted() {
        let claims = serde_json::json!({"a": 1, "b": 2}).as_object().unwrap().clone();
        let changes = serde_json::json!({"a": null, "c": 3}).as_object().unwrap().clone();
        let claims = custom_claims(&claims, Some(&changes)).unwrap();
        assert_eq!(Value::Object(claims), serde_json::json!({"b": 2, "c": 3}));
        let big = serde_json::json!({"big": "x".repeat(5000)}).as_object().unwrap().clone();
        let err = custom_claims(&Map::new(), Some(&big)).unwrap_err();
        assert_eq!((err.status, err.error_type), (400, ErrorType::CustomClaimsTooLarge));
    }

    #[test]
    fn decode_errors_never_repeat_values() {
        let err = decode::<crate::consumer::passwords::ExistingPasswordReset>(
            br#"{"email": "a@b.c", "existing_password": 12345678, "new_password": "x"}"#,
        )
        .unwrap_err();
        assert_eq!(err.error_type, ErrorType::BadRequest);
        assert!(!err.message.contains("12345678"), "{}", err.message);
        let err = decode::<crate::consumer::passwords::ExistingPasswordReset>(br#"{"email": "a@b.c"}"#)
            .unwrap_err();
        assert!(err.message.contains("existing_password"), "{}", err.message);
    }
}
