//! The project settings Stytch keeps in its dashboard, as a local Stytch models them: which
//! vertical the project is, when users are locked out, and which passwords count as breached.
//! Set on the [`LocalStytchBuilder`](super::LocalStytchBuilder); the defaults are Stytch's.

use super::failure::Failure;
use crate::ErrorType;
use std::time::Duration;

/// Which of Stytch's products a project is. A Stytch project is one or the other; a local
/// Stytch answers both by default, so one server can stand in for both kinds of project.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Vertical {
    /// A consumer project: `/v1/b2b/...` endpoints answer `invalid_b2b_endpoint` (400).
    Consumer,
    /// A B2B project: the consumer endpoints answer `invalid_consumer_endpoint` (400).
    B2b,
    /// Both kinds of endpoint are answered (the local Stytch's default).
    #[default]
    Both,
}

impl Vertical {
    /// The vertical's name in the control plane and the standalone server's flags.
    pub(crate) fn name(self) -> &'static str {
        match self {
            Vertical::Consumer => "consumer",
            Vertical::B2b => "b2b",
            Vertical::Both => "both",
        }
    }

    /// The vertical with this [`name`](Self::name).
    pub(crate) fn from_name(name: &str) -> Option<Vertical> {
        [Vertical::Consumer, Vertical::B2b, Vertical::Both].into_iter().find(|v| v.name() == name)
    }
}

/// Passwords every local Stytch treats as breached: famous ones that breach corpora (such as
/// HaveIBeenPwned, which Stytch checks) hold many times over, yet strong enough by zxcvbn's score
/// that only a breach check refuses them. (`correct horse battery staple`, with spaces, is not
/// on the list: the crate's examples use it as a good password.) Add your own with
/// [`LocalStytchBuilder::breached_passwords`](super::LocalStytchBuilder::breached_passwords).
pub const BUILT_IN_BREACHED_PASSWORDS: &[&str] =
    &["correcthorsebatterystaple", "Tr0ub4dor&3", "ji32k7au4a83", "qwertyuiopasdfghjklzxcvbnm"];

/// A project's settings.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Settings {
    pub(crate) vertical: Vertical,
    /// Consecutive failed attempts that lock a user; `0` never locks.
    pub(crate) lock_threshold: u32,
    /// How long a lock lasts, on the local clock.
    pub(crate) lock_ttl: Duration,
    /// Breached passwords besides the built-in ones.
    pub(crate) breached: Vec<String>,
}

impl Default for Settings {
    /// Stytch's defaults: a lock after 10 consecutive failures, lasting one hour.
    fn default() -> Self {
        Settings {
            vertical: Vertical::Both,
            lock_threshold: 10,
            lock_ttl: Duration::from_secs(60 * 60),
            breached: Vec::new(),
        }
    }
}

impl Settings {
    /// Refuses an endpoint of the other vertical, as Stytch does.
    pub(crate) fn check_vertical(&self, b2b_endpoint: bool) -> Result<(), Failure> {
        match (self.vertical, b2b_endpoint) {
            (Vertical::Consumer, true) => Err(Failure::new(
                400,
                ErrorType::InvalidB2bEndpoint,
                "This is a consumer project: B2B endpoints are not available to it.",
            )),
            (Vertical::B2b, false) => Err(Failure::new(
                400,
                ErrorType::InvalidConsumerEndpoint,
                "This is a B2B project: consumer endpoints are not available to it.",
            )),
            _ => Ok(()),
        }
    }

    /// Refuses a password of the built-in or the project's breached list (`breached_password`).
    pub(crate) fn check_breached(&self, password: &str) -> Result<(), Failure> {
        let breached =
            BUILT_IN_BREACHED_PASSWORDS.contains(&password) || self.breached.iter().any(|b| b == password);
        if breached {
            return Err(Failure::new(
                400,
                ErrorType::BreachedPassword,
                "The password appears in a known data breach; choose another one.",
            ));
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_built_in_breached_passwords_pass_the_strength_check() {
        // Otherwise `weak_password` would answer them first, and the list would test nothing.
        for password in BUILT_IN_BREACHED_PASSWORDS {
            assert!(super::super::policy::strong_password(password, &[]).is_ok(), "{password}");
            let err = Settings::default().check_breached(password).unwrap_err();
            assert_eq!((err.status, err.error_type), (400, ErrorType::BreachedPassword));
            assert!(!err.message.contains(password));
        }
        let own = Settings { breached: vec!["my own leaked passphrase".into()], ..Settings::default() };
        assert!(own.check_breached("my own leaked passphrase").is_err());
        assert!(own.check_breached("correct horse battery staple").is_ok());
    }
}
