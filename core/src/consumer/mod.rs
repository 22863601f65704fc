//! Stytch's consumer API: Users and their sessions.

mod locale;
pub mod passwords;
pub mod session;
pub mod user;

pub use locale::Locale;
