use serde::Deserialize;
use stytch_endpoint::stytch_endpoint;

#[derive(Deserialize)]
pub struct Done {
    pub request_id: String,
}

/// The group rule written as a field rule on the struct: it goes in the attribute's arguments.
#[stytch_endpoint(POST, "/v1/sessions/authenticate", response = Done)]
#[stytch(exactly_one_of(session_token, session_jwt))]
pub struct Authenticate {
    pub session_token: Option<String>,
    pub session_jwt: Option<String>,
}

fn main() {}
