use stytch_endpoint::{stytch_endpoint, stytch_object, Ack};

#[stytch_object]
#[derive(Clone, Default)]
pub struct UserRef {
    pub user_id: String,
}

#[stytch_endpoint(DELETE, "/v1/users/{user}", response = Ack, schema = false)]
pub struct DeleteUser {
    pub user: UserRef,
}

fn main() {}
