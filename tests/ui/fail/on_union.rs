use serde::Deserialize;
use stytch_endpoint::stytch_endpoint;

#[derive(Deserialize)]
pub struct Done {
    pub request_id: String,
}

#[stytch_endpoint(POST, "/v1/things", response = Done)]
pub union Thing {
    pub a: u32,
    pub b: f32,
}
fn main() {}
