use serde::Deserialize;
use stytch_endpoint::stytch_endpoint;

#[derive(Deserialize)]
pub struct Done {
    pub request_id: String,
}

use std::collections::HashMap;

#[stytch_endpoint(GET, "/v1/things/{ids}/{tags}/{pair}", response = Done)]
pub struct GetThings {
    pub ids: Vec<String>,
    pub tags: HashMap<String, String>,
    pub pair: (u32, u32),
}

fn main() {}
