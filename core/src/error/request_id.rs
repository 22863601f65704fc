//! [`RequestId`]: the `request_id` a server sent, held to Stytch's form.

/// A server's `request_id`, kept only in Stytch's form: `request-id-test-` or `request-id-live-`
/// and 1 to 64 ASCII letters, digits or `-` (Stytch sends a UUID there). Any other value is
/// withheld, and the error says so: a request value echoed back (a password) or a forged log line
/// must not pass for an id to quote to Stytch support.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct RequestId {
    /// The id, when it has Stytch's form.
    pub(crate) kept: Option<String>,
    /// Whether the server sent a non-empty id of another form.
    pub(crate) withheld: bool,
}

impl RequestId {
    pub(crate) fn checked(sent: Option<&str>) -> Self {
        match sent {
            None | Some("") => RequestId::default(),
            Some(id) if is_stytch_request_id(id) => RequestId { kept: Some(id.to_owned()), withheld: false },
            Some(_) => RequestId { kept: None, withheld: true },
        }
    }
}

fn is_stytch_request_id(id: &str) -> bool {
    let rest = id.strip_prefix("request-id-test-").or_else(|| id.strip_prefix("request-id-live-"));
    rest.is_some_and(|rest| {
        (1..=64).contains(&rest.len()) && rest.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
    })
}
