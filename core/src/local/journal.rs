//! The journal: every request a local Stytch answered.

use crate::ErrorType;

/// One request the local Stytch answered.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct SeenRequest {
    /// The HTTP method.
    pub method: String,
    /// The path, without the query.
    pub path: String,
    /// The status answered.
    pub status: u16,
    /// The `error_type` answered, for errors.
    pub error_type: Option<ErrorType>,
    /// The `request_id` answered.
    pub request_id: String,
}
