use stytch_endpoint::{stytch_endpoint, Ack};

/// A field Stytch's schema requires is declared as an `Option`: it could be left out.
#[stytch_endpoint(POST, "/v1/passwords/existing_password/reset", response = Ack)]
#[derive(Default)]
pub struct Reset {
    pub email: Option<String>,
    pub existing_password: String,
    pub new_password: String,
}

fn main() {}
