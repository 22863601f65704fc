//! The language of the emails and texts Stytch sends to Users.

use crate::stytch_enum;

/// The language of the emails and texts Stytch sends to a User (`locale` in the magic link, OTP
/// and password reset requests). Open: Stytch adds languages, and any other code can be sent as
/// `Other("ja".into())`.
#[stytch_enum]
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Locale {
    /// English.
    #[serde(rename = "en")]
    En,
    /// Spanish.
    #[serde(rename = "es")]
    Es,
    /// Brazilian Portuguese, `pt-br` on the wire.
    #[serde(rename = "pt-br")]
    PtBr,
    /// French.
    #[serde(rename = "fr")]
    Fr,
    /// A value this version of the crate does not know, kept as the server sent it.
    Other(String),
}
