use stytch_endpoint::{stytch_endpoint, Ack};

#[stytch_endpoint(GET, "/v1/users/{ user_id }", response = Ack)]
pub struct GetUser {
    pub user_id: String,
}

fn main() {}
