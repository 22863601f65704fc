use serde::Deserialize;
use stytch_endpoint::stytch_endpoint;

#[derive(Deserialize)]
pub struct Done {
    pub request_id: String,
}

#[stytch_endpoint(POST, "/v1/things", response = Done)]
pub enum Thing {
    ByName {
        #[stytch(non_empty)]
        name: String,
    },
    ById(#[stytch(non_empty)] String),
}

fn main() {}
