use serde::Deserialize;
use stytch_endpoint::stytch_endpoint;

#[derive(Deserialize)]
pub struct Done {
    pub request_id: String,
}

#[stytch_endpoint(POST, "/v1/things", response = Done)]
#[stytch(secret)]
pub struct Thing {
    pub name: String,
}

fn main() {}
