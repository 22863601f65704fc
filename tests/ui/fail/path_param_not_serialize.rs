use serde::Deserialize;
use stytch_endpoint::stytch_endpoint;

#[derive(Deserialize)]
pub struct Done {
    pub request_id: String,
}

pub struct Opaque;

#[stytch_endpoint(GET, "/v1/things/{thing}", response = Done)]
pub struct GetThing {
    pub thing: Opaque,
}

fn main() {}
