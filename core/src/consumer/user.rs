//! The consumer User object and its parts.

use crate::stytch_object;

/// A Stytch User: the consumer account a call acted on.
///
/// See the [User object](https://stytch.com/docs/api/user-object) for every field's behaviour.
#[stytch_object]
#[derive(Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct User {
    /// The unique ID of the User.
    pub user_id: String,
    /// The email addresses of the User.
    pub emails: Vec<Email>,
    /// The status of the User: `pending` or `active`.
    pub status: String,
    /// The phone numbers of the User.
    pub phone_numbers: Vec<PhoneNumber>,
    /// The Passkey and WebAuthn registrations of the User.
    pub webauthn_registrations: Vec<WebAuthnRegistration>,
    /// The OAuth providers the User has authenticated with.
    pub providers: Vec<OAuthProvider>,
    /// The TOTP (authenticator app) instances of the User.
    pub totps: Vec<Totp>,
    /// The crypto wallets of the User.
    pub crypto_wallets: Vec<CryptoWallet>,
    /// The biometric registrations of the User.
    pub biometric_registrations: Vec<BiometricRegistration>,
    /// Whether the User is temporarily locked after too many failed authentication attempts.
    /// See the [user locking guide](https://stytch.com/docs/resources/platform/user-locks).
    pub is_locked: bool,
    /// The RBAC Roles assigned to the User. See the [RBAC
    /// guide](https://stytch.com/docs/guides/rbac/role-assignment).
    pub roles: Vec<String>,
    /// The name of the User; each part of it is optional.
    pub name: Option<Name>,
    /// When the User was created, as an RFC 3339 UTC timestamp (`2021-12-29T12:33:09Z`).
    pub created_at: Option<String>,
    /// The User's password, present only for users who have one.
    pub password: Option<Password>,
    /// Application-specific data that only your backend can change. See the [metadata
    /// reference](https://stytch.com/docs/api/metadata).
    pub trusted_metadata: serde_json::Map<String, serde_json::Value>,
    /// Application-specific data that end users can edit directly through the frontend SDK:
    /// never store critical information here. See the [metadata
    /// reference](https://stytch.com/docs/api/metadata).
    pub untrusted_metadata: serde_json::Map<String, serde_json::Value>,
    /// Your own identifier for the User, usable in most calls that expect a `user_id`: up to
    /// 128 alphanumeric, `.`, `_`, `-` or `|` characters, unique within the project.
    pub external_id: Option<String>,
    /// When the current lock on the User was created, if there is one, as an RFC 3339 UTC
    /// timestamp (`2021-12-29T12:33:09Z`).
    pub lock_created_at: Option<String>,
    /// When the current lock on the User expires, if there is one, as an RFC 3339 UTC timestamp
    /// (`2021-12-29T12:33:09Z`).
    pub lock_expires_at: Option<String>,
}

/// An email address of a User.
#[stytch_object]
#[derive(Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct Email {
    /// The unique ID of this email address.
    pub email_id: String,
    /// The email address.
    pub email: String,
    /// Whether the User has successfully authenticated with this email address.
    pub verified: bool,
}

/// A phone number of a User.
#[stytch_object]
#[derive(Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct PhoneNumber {
    /// The unique ID of this phone number.
    pub phone_id: String,
    /// The phone number, in E.164 format (`+12025550162`).
    pub phone_number: String,
    /// Whether the User has successfully authenticated with this phone number.
    pub verified: bool,
}

/// A Passkey or WebAuthn registration of a User.
#[stytch_object]
#[derive(Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct WebAuthnRegistration {
    /// The unique ID of the Passkey or WebAuthn registration.
    pub webauthn_registration_id: String,
    /// The domain on which the registration was started: the domain of your app.
    pub domain: String,
    /// The user agent of the User when the registration was created.
    pub user_agent: String,
    /// Whether the User has successfully authenticated with this registration.
    pub verified: bool,
    /// The authenticator type requested at registration: `platform` or `cross-platform`; empty
    /// when the registration was created without a preference.
    pub authenticator_type: String,
    /// The name of the Passkey or WebAuthn registration.
    pub name: String,
}

/// An OAuth identity provider a User has authenticated with.
#[stytch_object]
#[derive(Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct OAuthProvider {
    /// The OAuth identity provider, such as Google, Facebook or GitHub.
    pub provider_type: String,
    /// The unique identifier of the User within the OAuth provider, commonly called the `sub`
    /// (subject) claim.
    pub provider_subject: String,
    /// The URL of the User's profile picture at the OAuth provider, if available.
    pub profile_picture_url: String,
    /// The User's locale at the OAuth provider, if available.
    pub locale: String,
    /// The unique ID of this OAuth registration.
    pub oauth_user_registration_id: String,
}

/// A TOTP (authenticator app) instance of a User.
#[stytch_object]
#[derive(Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct Totp {
    /// The unique ID of the TOTP instance.
    pub totp_id: String,
    /// Whether the User has successfully authenticated with this TOTP instance.
    pub verified: bool,
}

/// A crypto wallet of a User.
#[stytch_object]
#[derive(Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct CryptoWallet {
    /// The unique ID of the crypto wallet.
    pub crypto_wallet_id: String,
    /// The blockchain address of the wallet.
    pub crypto_wallet_address: String,
    /// The blockchain the wallet operates on, such as `ethereum` or `solana`.
    pub crypto_wallet_type: String,
    /// Whether the User has successfully authenticated with this wallet.
    pub verified: bool,
}

/// A biometric registration of a User.
#[stytch_object]
#[derive(Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct BiometricRegistration {
    /// The unique ID of the biometric registration.
    pub biometric_registration_id: String,
    /// Whether the User has successfully authenticated with this biometric registration.
    pub verified: bool,
}

/// The name of a User; every part of it is optional.
#[stytch_object]
#[derive(Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct Name {
    /// The first name of the User.
    pub first_name: Option<String>,
    /// The middle name(s) of the User.
    pub middle_name: Option<String>,
    /// The last name of the User.
    pub last_name: Option<String>,
}

/// The password of a User, present only for users who have one.
#[stytch_object]
#[derive(Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct Password {
    /// The unique ID of the password.
    pub password_id: String,
    /// Whether the password must be reset before it can be used again.
    pub requires_reset: bool,
}
