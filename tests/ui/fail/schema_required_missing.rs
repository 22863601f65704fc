use stytch_endpoint::{stytch_endpoint, Ack};

/// A field Stytch's schema requires is not declared: the error is on the struct's name.
#[stytch_endpoint(POST, "/v1/passwords/existing_password/reset", response = Ack)]
#[derive(Default)]
pub struct Reset {
    pub email: String,
    pub existing_password: String,
}

fn main() {}
