use serde::Deserialize;
use stytch_endpoint::stytch_endpoint;

#[derive(Deserialize)]
pub struct Done {
    pub request_id: String,
}

#[stytch_endpoint(POST, "/v1/things", response = Done, exactly_one_of(a))]
pub struct Thing {
    #[stytch(range)]
    pub a: Option<i32>,
    #[stytch(max_json_size = "4k")]
    pub b: Option<String>,
    #[stytch]
    pub c: String,
    #[stytch(deny_keys())]
    pub d: String,
    #[stytch(range(10..=1), custom = 5)]
    pub e: i32,
    #[stytch(range(..), non_empty)]
    pub f: i32,
}
fn main() {}
