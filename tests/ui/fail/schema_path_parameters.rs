use stytch_endpoint::{stytch_endpoint, Ack};

/// Stytch's schema names this path's parameter `{user_id}`: the template is checked against it.
#[stytch_endpoint(GET, "/v1/users/{id}", response = Ack)]
pub struct GetUser {
    pub id: String,
}

fn main() {}
