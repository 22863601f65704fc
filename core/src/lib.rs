//! Call Stytch's authentication API from blocking Rust by declaring endpoints as plain structs.

#![deny(missing_docs)]

extern crate self as stytch_endpoint;

pub mod b2b;
mod client;
pub mod consumer;
pub mod device_history;
mod endpoint;
mod error;
pub(crate) mod object;
mod redact;
mod retry;
pub mod validate;

pub use client::{
    Client, ClientBuilder, DEFAULT_CONNECT_TIMEOUT, DEFAULT_MAX_RESPONSE_BYTES, DEFAULT_TIMEOUT, LIVE_URL,
    TEST_URL,
};
pub use endpoint::{Endpoint, Method};
pub use error::{
    ApiError, ConfigError, DecodeError, Error, ErrorType, TransportError, TransportErrorKind,
    BODY_SNIPPET_LIMIT,
};
pub use retry::RetryPolicy;
pub use stytch_endpoint_macros::stytch_endpoint;
pub use validate::{ValidationErrors, Violation, ViolationCode};

#[doc(hidden)]
#[path = "private.rs"]
pub mod __private;
