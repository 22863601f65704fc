//! Stytch's consumer API: Users and their sessions.

pub mod passwords;
pub mod session;
pub mod user;
