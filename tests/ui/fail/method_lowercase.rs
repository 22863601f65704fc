use serde::Deserialize;
use stytch_endpoint::stytch_endpoint;

#[derive(Deserialize)]
pub struct Done {
    pub request_id: String,
}

#[stytch_endpoint(get, "/v1/users", response = Done)]
pub struct SearchUsers {
    pub limit: Option<u32>,
}

fn main() {}
