use serde::Deserialize;
use stytch_endpoint::stytch_endpoint;

#[derive(Deserialize)]
pub struct Done {
    pub request_id: String,
}

const PATH: &str = "/v1/things";

#[stytch_endpoint(POST, PATH, response = Done)]
pub struct Thing {
    pub name: String,
}
fn main() {}
