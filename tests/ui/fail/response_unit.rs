use stytch_endpoint::stytch_endpoint;

/// Stytch answers with a JSON object: `()` would fail to decode on every success.
#[stytch_endpoint(DELETE, "/v1/users/{user_id}", response = ())]
pub struct DeleteUser {
    pub user_id: String,
}

fn main() {}
