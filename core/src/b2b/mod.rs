//! Stytch's B2B API: Organizations, their Members, and Member sessions.

pub mod mfa;
pub mod organization;
pub mod passwords;
pub mod scim;
pub mod session;
