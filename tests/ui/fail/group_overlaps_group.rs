use stytch_endpoint::{stytch_endpoint, Ack};

#[stytch_endpoint(POST, "/v1/sessions/authenticate", response = Ack,
                  exactly_one_of(session_token, session_jwt), at_most_one_of(session_jwt, session_token))]
pub struct Authenticate {
    pub session_token: Option<String>,
    pub session_jwt: Option<String>,
}

fn main() {}
