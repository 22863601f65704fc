#![deny(warnings)]

use serde::Deserialize;
use stytch_endpoint::{stytch_endpoint, Endpoint};

#[derive(Deserialize)]
pub struct Done {
    pub request_id: String,
}

/// Fields compiled out by `#[cfg]` leave the body, the checks and `Debug` with them; a
/// `#[cfg_attr]` stays on the struct.
#[stytch_endpoint(POST, "/v1/things", response = Done)]
#[derive(Clone)]
pub struct CreateThing {
    #[stytch(non_empty)]
    pub name: String,
    #[cfg(any())]
    #[stytch(non_empty)]
    pub gone: String,
    #[allow(clippy::non_minimal_cfg)] // an always-true `cfg`, on purpose: the field stays
    #[cfg(all())]
    #[stytch(range(1..=10))]
    pub kept: u32,
    #[cfg_attr(all(), doc = "A note that only some builds carry.")]
    #[cfg_attr(any(), allow(unused))]
    pub note: Option<String>,
    #[cfg(any())]
    #[stytch(secret)]
    pub gone_secret: String,
    #[stytch(secret)]
    pub token: Option<String>,
}

/// The same on a query.
#[stytch_endpoint(GET, "/v1/things/{thing_id}", response = Done)]
pub struct GetThing {
    pub thing_id: String,
    #[cfg(any())]
    pub gone: Option<u32>,
    pub limit: Option<u32>,
}

fn main() {
    let thing = CreateThing { name: "a".into(), kept: 3, note: None, token: Some("t".into()) };
    thing.validate().unwrap();
    let mut body = Vec::new();
    thing.write_body(&mut body).unwrap();
    assert_eq!(String::from_utf8(body).unwrap(), r#"{"name":"a","kept":3,"token":"t"}"#);
    assert!(!format!("{thing:?}").contains("\"t\""));
    let get = GetThing { thing_id: "t-1".into(), limit: Some(2) };
    assert_eq!(get.query().unwrap(), [("limit".to_owned(), "2".to_owned())]);
}
