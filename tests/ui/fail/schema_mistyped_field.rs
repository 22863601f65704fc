use stytch_endpoint::{stytch_endpoint, Ack};

/// Rust types that cannot hold the JSON type Stytch's schema gives: each error is on the type.
#[stytch_endpoint(POST, "/v1/passwords/existing_password/reset", response = Ack)]
#[derive(Default)]
pub struct Reset {
    pub email: String,
    pub existing_password: String,
    pub new_password: String,
    pub session_duration_minutes: Option<String>,
    pub session_custom_claims: Option<Vec<String>>,
}

fn main() {}
