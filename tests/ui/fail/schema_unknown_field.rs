use stytch_endpoint::{stytch_endpoint, Ack};

/// A field name Stytch's schema does not have: the nearest one is suggested.
#[stytch_endpoint(POST, "/v1/passwords/existing_password/reset", response = Ack)]
#[derive(Default)]
pub struct Reset {
    pub email: String,
    pub existing_password: String,
    pub new_password: String,
    pub session_duration_minute: Option<i32>,
}

fn main() {}
