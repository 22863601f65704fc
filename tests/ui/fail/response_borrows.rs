use serde::Deserialize;
use stytch_endpoint::stytch_endpoint;

#[derive(Deserialize)]
pub struct Resp<'a> {
    pub request_id: &'a str,
}

#[stytch_endpoint(GET, "/v1/users/{user_id}", response = Resp<'static>)]
pub struct GetUser {
    pub user_id: String,
}

fn main() {
    let _ = GetUser { user_id: "user-1".into() }.validate();
}
