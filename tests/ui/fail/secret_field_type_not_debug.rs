use stytch_endpoint::{stytch_endpoint, Ack};

#[derive(serde::Serialize)]
pub struct Attributes {
    pub ip_address: String,
}

#[stytch_endpoint(POST, "/v1/passwords/authenticate", response = Ack, schema = false)]
pub struct Authenticate {
    pub email: String,
    #[stytch(secret)]
    pub password: String,
    pub attributes: Option<Attributes>,
}

fn main() {}
