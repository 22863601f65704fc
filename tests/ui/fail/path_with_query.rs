use serde::Deserialize;
use stytch_endpoint::stytch_endpoint;

#[derive(Deserialize)]
pub struct Done {
    pub request_id: String,
}

#[stytch_endpoint(GET, "/v1/things?x=1", response = Done)]
pub struct Thing {
    pub name: String,
}
fn main() {}
