use serde::Deserialize;
use stytch_endpoint::stytch_endpoint;

#[derive(Deserialize)]
pub struct Done {
    pub request_id: String,
}

#[stytch_endpoint(POST, "/v1/things", response = Done, exactly_one_of(session_token, session_jwt))]
pub struct Thing {
    pub session_token: Option<String>,
    pub session_token_jwt: Option<String>,
}
fn main() {}
