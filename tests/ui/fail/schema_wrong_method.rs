use stytch_endpoint::{stytch_endpoint, Ack};

/// Stytch's schema has this path with another method.
#[stytch_endpoint(PUT, "/v1/passwords/existing_password/reset", response = Ack)]
#[derive(Default)]
pub struct Reset {
    pub email: String,
    pub existing_password: String,
    pub new_password: String,
}

fn main() {}
