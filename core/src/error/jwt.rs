//! [`JwtError`]: why a session JWT was refused, named by the check that failed.

use std::fmt;
use std::sync::Arc;
use std::time::{Duration, SystemTime};

/// Why a session JWT was refused: which check failed.
///
/// No variant holds the JWT or any part of it; the `kid` and `alg` a variant names come from the
/// JWT's header (public values), cut to 64 characters and made printable. Match on the variants;
/// [`could_be_refreshed`](Self::could_be_refreshed) says whether Stytch may still accept the JWT
/// (what `authenticate` falls back to Stytch for).
#[derive(Clone, Debug)]
#[non_exhaustive]
pub enum JwtError {
    /// The JWT is longer than the verifier's limit; none of it was decoded.
    TooLong {
        /// Its length in bytes.
        len: usize,
        /// The verifier's limit.
        limit: usize,
    },
    /// Not a JWT in compact form: three base64url parts, the first two JSON objects.
    Malformed(&'static str),
    /// The header names another algorithm than RS256 (`none`, `HS256`, `ES256`, ...), or none.
    Algorithm(String),
    /// The header has a `crit` member: extensions that must be understood, and none are.
    CriticalHeader,
    /// The header names no key (`kid`).
    MissingKeyId,
    /// No key of the project's key set has this `kid`, and the set was fetched again (or may
    /// not be fetched again yet).
    UnknownKey(String),
    /// The key set has this `kid`, but not as a key that can verify an RS256 signature.
    UnusableKey {
        /// The key id.
        kid: String,
        /// Why: not RSA, shorter than 2048 bits, meant for another algorithm or use, two keys
        /// with this id, ...
        reason: &'static str,
    },
    /// No key set is held, and fetching one failed: the fetch's error.
    KeysUnavailable(Arc<crate::Error>),
    /// The signature does not match the header and payload under the named key: the JWT was
    /// edited, or signed with another key.
    Signature,
    /// A claim is missing or not of its type (`exp`, `sub`, `https://stytch.com/session`, ...).
    Claim(&'static str),
    /// `aud` does not contain the project id: a JWT for another project.
    Audience,
    /// `iss` is neither `stytch.com/{project_id}` nor the client's base URL.
    Issuer,
    /// `exp` has passed, by the verifier's clock and tolerance.
    Expired {
        /// The JWT's `exp`.
        expired_at: SystemTime,
    },
    /// `nbf` has not come yet, by the verifier's clock and tolerance.
    NotYetValid {
        /// The JWT's `nbf`.
        not_before: SystemTime,
    },
    /// The JWT was issued longer ago than the verifier's maximum token age.
    TooOld {
        /// How long ago it was issued (`now - iat`).
        age: Duration,
        /// The maximum.
        max_age: Duration,
    },
}

impl JwtError {
    /// Whether Stytch may still accept the JWT, and answer with a fresh one: it expired, is older
    /// than the maximum token age, or is signed by a key not (yet) in the key set held. The other
    /// reasons are final: Stytch would refuse the JWT too.
    pub fn could_be_refreshed(&self) -> bool {
        matches!(
            self,
            JwtError::Expired { .. }
                | JwtError::TooOld { .. }
                | JwtError::UnknownKey(_)
                | JwtError::KeysUnavailable(_)
        )
    }

    /// The name of the check that failed, in snake_case: `expired`, `signature`, `audience`, ...
    /// (what the `tracing` span records).
    pub fn check(&self) -> &'static str {
        match self {
            JwtError::TooLong { .. } => "too_long",
            JwtError::Malformed(_) => "malformed",
            JwtError::Algorithm(_) => "algorithm",
            JwtError::CriticalHeader => "critical_header",
            JwtError::MissingKeyId => "missing_key_id",
            JwtError::UnknownKey(_) => "unknown_key",
            JwtError::UnusableKey { .. } => "unusable_key",
            JwtError::KeysUnavailable(_) => "keys_unavailable",
            JwtError::Signature => "signature",
            JwtError::Claim(_) => "claim",
            JwtError::Audience => "audience",
            JwtError::Issuer => "issuer",
            JwtError::Expired { .. } => "expired",
            JwtError::NotYetValid { .. } => "not_yet_valid",
            JwtError::TooOld { .. } => "too_old",
        }
    }

    /// A header value as an error may show it: at most 64 characters, printable.
    #[cfg_attr(not(feature = "jwt"), allow(dead_code))]
    pub(crate) fn header_value(value: &str) -> String {
        let cut: String = value.chars().take(64).collect();
        crate::redact::printable(&cut).into_owned()
    }
}

impl fmt::Display for JwtError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("session JWT refused: ")?;
        match self {
            JwtError::TooLong { len, limit } => write!(f, "{len} bytes, over the limit of {limit}"),
            JwtError::Malformed(why) => write!(f, "not a JWT ({why})"),
            JwtError::Algorithm(alg) => write!(f, "algorithm {alg:?}; only RS256 is accepted"),
            JwtError::CriticalHeader => f.write_str("the header has critical extensions (`crit`)"),
            JwtError::MissingKeyId => f.write_str("the header names no key (`kid`)"),
            JwtError::UnknownKey(kid) => write!(f, "no key {kid:?} in the project's key set"),
            JwtError::UnusableKey { kid, reason } => write!(f, "key {kid:?} cannot be used: {reason}"),
            JwtError::KeysUnavailable(err) => write!(f, "the project's key set could not be fetched: {err}"),
            JwtError::Signature => f.write_str("the signature does not match"),
            JwtError::Claim(claim) => write!(f, "the claim `{claim}` is missing or malformed"),
            JwtError::Audience => f.write_str("the audience (`aud`) is not this project"),
            JwtError::Issuer => f.write_str("the issuer (`iss`) is not this project's"),
            JwtError::Expired { .. } => f.write_str("expired (`exp`)"),
            JwtError::NotYetValid { .. } => f.write_str("not valid yet (`nbf`)"),
            JwtError::TooOld { age, max_age } => write!(
                f,
                "issued {} s ago, at or over the maximum token age of {} s",
                age.as_secs(),
                max_age.as_secs()
            ),
        }
    }
}

impl std::error::Error for JwtError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            JwtError::KeysUnavailable(err) => Some(&**err),
            _ => None,
        }
    }
}

impl From<JwtError> for crate::Error {
    fn from(e: JwtError) -> Self {
        crate::Error::Jwt(e)
    }
}
