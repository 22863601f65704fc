use serde::Deserialize;
use stytch_endpoint::stytch_endpoint;

#[derive(Deserialize)]
pub struct Done {
    pub request_id: String,
}

#[stytch_endpoint(FETCH, "/v1/things/{thing_id}", response = Done, retries = 3)]
pub struct Thing {
    #[stytch(non_empty, trimmed)]
    pub name: String,
    #[stytch(range(1..10))]
    pub count: u32,
}
fn main() {}
