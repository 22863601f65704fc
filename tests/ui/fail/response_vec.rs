use stytch_endpoint::{stytch_endpoint, stytch_object};

#[stytch_object]
pub struct User {
    pub user_id: String,
}

type Users = Vec<User>;

/// Stytch answers with a JSON object, even for lists: a `Vec` would fail on every success.
#[stytch_endpoint(POST, "/v1/users/search", response = Users)]
pub struct SearchUsers {
    pub limit: u32,
}

#[stytch_endpoint(GET, "/v1/users/{user_id}", response = String)]
pub struct GetUserId {
    pub user_id: String,
}

fn main() {}
