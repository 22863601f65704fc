use stytch_endpoint::{stytch_endpoint, Ack};

#[stytch_endpoint(POST, "/v1/public/{project_id}/oauth2/token", response = Ack, auth = basic)]
pub struct Token {
    pub project_id: String,
    pub client_id: String,
}

fn main() {}
