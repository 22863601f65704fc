use serde::Deserialize;
use stytch_endpoint::stytch_endpoint;

#[derive(Deserialize)]
pub struct Done {
    pub request_id: String,
}

#[stytch_endpoint(GET, "/v1/users/{user_id}", response = Done)]
pub struct GetUser {
    pub user_id: Option<String>,
}
fn main() {}
