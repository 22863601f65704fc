use stytch_endpoint::{stytch_endpoint, Ack};

#[stytch_endpoint(GET, "/v1/things", response = Ack, body = form)]
pub struct ListThings {
    pub limit: u32,
}

fn main() {}
