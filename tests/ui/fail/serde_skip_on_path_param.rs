use stytch_endpoint::{stytch_endpoint, Ack};

#[stytch_endpoint(DELETE, "/v1/users/{user_id}", response = Ack)]
pub struct DeleteUser {
    #[serde(skip)]
    pub user_id: String,
}

fn main() {}
