#![deny(warnings)]

// A crate that names the runtime `stytch` (`stytch = { package = "stytch-endpoint" }` in
// Cargo.toml) tells the attribute with `crate = stytch`.
extern crate stytch_endpoint as stytch;

use serde::Deserialize;
use stytch::Endpoint;

#[derive(Deserialize)]
pub struct Done {
    pub request_id: String,
}

#[stytch::stytch_endpoint(POST, "/v1/things/{thing_id}", response = Done, crate = stytch)]
pub struct UpdateThing {
    pub thing_id: String,
    #[stytch(non_empty, secret)]
    pub token: String,
    #[stytch(header = "X-Stytch-Member-Session")]
    pub member_session: Option<String>,
    pub note: Option<String>,
}

/// serde's spelling, a string, works too.
#[stytch::stytch_endpoint(GET, "/v1/things", response = Done, crate = "::stytch")]
pub struct ListThings {
    pub limit: Option<u32>,
}

/// The object and enum attributes take `crate` too, in both spellings.
#[stytch::stytch_object(crate = stytch)]
#[derive(Default)]
pub struct Thing {
    pub thing_id: String,
    pub state: ThingState,
}

#[stytch::stytch_enum(crate = "::stytch")]
#[serde(rename_all = "snake_case")]
#[derive(Debug)]
pub enum ThingState {
    Ready,
    Other(String),
}

fn main() {
    let update = UpdateThing { thing_id: "t".into(), token: "x".into(), member_session: None, note: None };
    update.validate().unwrap();
    assert_eq!(update.path(), "/v1/things/t");
    assert!(ListThings { limit: None }.query().unwrap().is_empty());
    let thing: Thing = serde_json::from_str(r#"{"thing_id":"t","state":"ready"}"#).unwrap();
    assert_eq!(thing.state.as_str(), "ready");
}
