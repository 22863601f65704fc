//! [`LocalError`]: why a local Stytch could not start, or a seeding call failed.

use std::fmt;

/// Why a local Stytch could not start, or a seeding call failed.
#[derive(Debug)]
#[non_exhaustive]
pub enum LocalError {
    /// The server could not listen on `127.0.0.1` at the port asked for.
    Bind {
        /// The port asked for (`0` for any).
        port: u16,
        /// Why.
        source: Box<dyn std::error::Error + Send + Sync>,
    },
    /// A seeding call named something this local Stytch does not have.
    NotFound {
        /// What kind of thing: `user`, `member`, `organization`.
        kind: &'static str,
        /// The id, slug or external id given.
        value: String,
    },
    /// A seeding call would repeat a value that must be unique.
    Duplicate {
        /// What kind of value: an email address, an organization's id, slug or external id.
        kind: &'static str,
        /// The value.
        value: String,
    },
    /// A seeded value is not acceptable.
    Invalid {
        /// Which value.
        what: &'static str,
        /// What is wrong with it.
        message: String,
    },
}

impl LocalError {
    pub(crate) fn invalid(what: &'static str, message: impl Into<String>) -> Self {
        LocalError::Invalid { what, message: message.into() }
    }
}

impl fmt::Display for LocalError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LocalError::Bind { port, source } => {
                write!(f, "the local Stytch could not listen on 127.0.0.1:{port}: {source}")
            }
            LocalError::NotFound { kind, value } => write!(f, "the local Stytch has no {kind} {value:?}"),
            LocalError::Duplicate { kind, value } => {
                write!(f, "the local Stytch already has the {kind} {value:?}")
            }
            LocalError::Invalid { what, message } => write!(f, "the {what} {message}"),
        }
    }
}

impl std::error::Error for LocalError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            LocalError::Bind { source, .. } => Some(&**source as _),
            _ => None,
        }
    }
}
