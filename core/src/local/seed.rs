//! What a test seeds: organizations, sessions and their factors, and the seeded session it gets back.

#[cfg(doc)]
use super::LocalStytch;
use crate::consumer::session::{AuthenticationFactorType, DeliveryMethod};
use crate::redact::RedactedStr;
use serde_json::{Map, Value};
use std::fmt;
use std::time::{Duration, SystemTime};

/// An organization to seed with [`LocalStytch::add_organization`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewOrganization {
    pub(crate) name: String,
    pub(crate) slug: String,
    pub(crate) organization_id: Option<String>,
    pub(crate) external_id: Option<String>,
    pub(crate) mfa_required: bool,
}

impl NewOrganization {
    /// An organization with a name and a URL slug; its id is generated.
    pub fn new(name: impl Into<String>, slug: impl Into<String>) -> Self {
        NewOrganization {
            name: name.into(),
            slug: slug.into(),
            organization_id: None,
            external_id: None,
            mfa_required: false,
        }
    }

    /// Use this id instead of a generated `organization-test-...` one.
    pub fn id(mut self, organization_id: impl Into<String>) -> Self {
        self.organization_id = Some(organization_id.into());
        self
    }

    /// Give the organization your own external id.
    pub fn external_id(mut self, external_id: impl Into<String>) -> Self {
        self.external_id = Some(external_id.into());
        self
    }

    /// Require MFA of every member (`mfa_policy: REQUIRED_FOR_ALL`). A member whose session has
    /// no second factor ([`Factor::totp`], [`Factor::sms_otp`]) then gets an intermediate session
    /// instead of a session: `member_authenticated: false`, an `intermediate_session_token` and
    /// `mfa_required`.
    pub fn mfa_required(mut self) -> Self {
        self.mfa_required = true;
        self
    }
}

/// An authentication factor of a seeded session, and when it was authenticated.
#[derive(Clone, Debug, PartialEq)]
pub struct Factor {
    pub(crate) factor_type: AuthenticationFactorType,
    pub(crate) delivery_method: DeliveryMethod,
    pub(crate) when: When,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum When {
    Now,
    Ago(Duration),
    At(SystemTime),
}

impl Factor {
    /// A factor of any type and delivery method, authenticated now.
    pub fn new(factor_type: AuthenticationFactorType, delivery_method: DeliveryMethod) -> Self {
        Factor { factor_type, delivery_method, when: When::Now }
    }

    /// A password (`password`, delivered as `knowledge`), authenticated now.
    pub fn password() -> Self {
        Factor::new(AuthenticationFactorType::Password, DeliveryMethod::Knowledge)
    }

    /// An email magic link (`magic_link`, delivered by `email`), authenticated now.
    pub fn magic_link() -> Self {
        Factor::new(AuthenticationFactorType::MagicLink, DeliveryMethod::Email)
    }

    /// An email one-time passcode (`email_otp`, delivered by `email`), authenticated now.
    pub fn email_otp() -> Self {
        Factor::new(AuthenticationFactorType::EmailOtp, DeliveryMethod::Email)
    }

    /// A TOTP code from an authenticator app (`totp`, delivered by `authenticator_app`), a
    /// second factor; authenticated now.
    pub fn totp() -> Self {
        Factor::new(AuthenticationFactorType::Totp, DeliveryMethod::AuthenticatorApp)
    }

    /// A one-time passcode by SMS (`otp`, delivered by `sms`), a second factor; authenticated
    /// now.
    pub fn sms_otp() -> Self {
        Factor::new(AuthenticationFactorType::Otp, DeliveryMethod::Sms)
    }

    /// Authenticated this long before the session is seeded (by the local Stytch's clock).
    pub fn authenticated_ago(mut self, ago: Duration) -> Self {
        self.when = When::Ago(ago);
        self
    }

    /// Authenticated at this time (see [`LocalStytch::now`]).
    pub fn authenticated_at(mut self, at: SystemTime) -> Self {
        self.when = When::At(at);
        self
    }

    pub(crate) fn when(&self, now: SystemTime) -> SystemTime {
        match self.when {
            When::Now => now,
            When::Ago(ago) => now.checked_sub(ago).unwrap_or(SystemTime::UNIX_EPOCH),
            When::At(at) => at,
        }
    }
}

/// A session to seed with [`LocalStytch::add_session`] or [`LocalStytch::add_member_session`].
///
/// By default it lasts 60 minutes from now and has one password factor authenticated now.
#[derive(Clone, Debug, PartialEq)]
pub struct NewSession {
    pub(crate) factors: Vec<Factor>,
    pub(crate) lifetime: Duration,
    pub(crate) custom_claims: Map<String, Value>,
}

impl NewSession {
    /// A 60-minute session; without [`factor`](Self::factor), one password factor authenticated
    /// now.
    pub fn new() -> Self {
        NewSession { factors: Vec::new(), lifetime: Duration::from_secs(60 * 60), custom_claims: Map::new() }
    }

    /// Adds an authentication factor (the first one replaces the default password factor).
    pub fn factor(mut self, factor: Factor) -> Self {
        self.factors.push(factor);
        self
    }

    /// The session expires this long after it is seeded.
    pub fn lasting(mut self, lifetime: Duration) -> Self {
        self.lifetime = lifetime;
        self
    }

    /// The session's custom claims (they are also in its JWT). Seeding refuses what Stytch
    /// refuses: reserved claims (`iss`, `sub`, ...), keys under `https://stytch.com/`, and more
    /// than 4 KB of JSON; a `null` value is no claim.
    pub fn custom_claims(mut self, claims: Map<String, Value>) -> Self {
        self.custom_claims = claims;
        self
    }
}

impl Default for NewSession {
    fn default() -> Self {
        NewSession::new()
    }
}

/// A seeded session: what a login would have given the app.
#[derive(Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct SeededSession {
    /// The session's id (`session-test-...` or `member-session-test-...`).
    pub session_id: String,
    /// The session's opaque token.
    pub session_token: String,
    /// A JWT for the session.
    pub session_jwt: String,
    /// When the session expires, by the local Stytch's clock.
    pub expires_at: SystemTime,
}

impl fmt::Debug for SeededSession {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SeededSession")
            .field("session_id", &self.session_id)
            .field("session_token", &RedactedStr(&self.session_token))
            .field("session_jwt", &RedactedStr(&self.session_jwt))
            .field("expires_at", &self.expires_at)
            .finish()
    }
}
