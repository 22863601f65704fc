use stytch_endpoint::{stytch_endpoint, Ack};

#[stytch_endpoint(POST, "/v1/things", response = Ack)]
pub struct CreateThing {
    #[stytch(header = "User-Agent")]
    pub user_agent: String,
}

fn main() {}
