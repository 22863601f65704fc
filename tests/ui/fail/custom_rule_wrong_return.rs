use serde::Deserialize;
use stytch_endpoint::stytch_endpoint;

#[derive(Deserialize)]
pub struct Done {
    pub request_id: String,
}

fn check(value: &String) -> bool {
    !value.is_empty()
}

#[stytch_endpoint(POST, "/v1/things", response = Done)]
pub struct Thing {
    #[stytch(custom = check)]
    pub name: String,
}
fn main() {}
