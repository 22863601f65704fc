#![deny(warnings)]

use serde::Deserialize;
use stytch_endpoint::stytch_endpoint;

#[derive(Deserialize)]
pub struct Done {
    pub request_id: String,
}

/// No field is `secret`: the user's own `derive(Debug)` stays.
#[stytch_endpoint(POST, "/v1/things", response = Done)]
#[derive(Debug, Clone, PartialEq)]
pub struct Thing {
    #[stytch(non_empty)]
    pub name: String,
    pub count: Option<u32>,
}

fn main() {
    let thing = Thing { name: "Ada".into(), count: Some(2) };
    assert_eq!(format!("{thing:?}"), r#"Thing { name: "Ada", count: Some(2) }"#);
    assert_eq!(thing.clone(), thing);
}
