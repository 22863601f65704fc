use stytch_endpoint::stytch_endpoint;

#[stytch_endpoint(GET, "/v1/users", response = serde_json::Value)]
pub fn get_user() {}

fn main() {}
