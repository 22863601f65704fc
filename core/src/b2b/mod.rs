//! Stytch's B2B API: Organizations, their Members, Member sessions, discovery and SAML connections.

pub mod discovery;
pub mod mfa;
pub mod organization;
pub mod passwords;
pub mod scim;
pub mod session;
pub mod sso;
