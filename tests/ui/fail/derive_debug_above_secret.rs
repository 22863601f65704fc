use serde::Deserialize;
use stytch_endpoint::stytch_endpoint;

#[derive(Deserialize)]
pub struct Done {
    pub request_id: String,
}

/// `derive(Debug)` above the attribute is applied before the attribute can drop it, and the
/// attribute writes a redacting `Debug` for the `secret` field.
#[derive(Debug)]
#[stytch_endpoint(POST, "/v1/login", response = Done)]
pub struct Login {
    #[stytch(secret)]
    pub password: String,
}

fn main() {}
