#![deny(warnings)]

use std::collections::{BTreeMap, HashMap};
use stytch_endpoint::{stytch_endpoint, Endpoint};

/// A response type with commas of its own, and a path to it.
#[stytch_endpoint(GET, "/v1/users/{user_id}", response = HashMap<String, serde_json::Value>)]
pub struct GetUserLoosely {
    pub user_id: String,
}

#[stytch_endpoint(GET, "/v1/sessions", response = BTreeMap<String, Vec<(String, u64)>>, crate = stytch_endpoint)]
pub struct ListSessions {
    pub user_id: String,
}

#[stytch_endpoint(POST, "/v1/things", response = serde_json::Map<String, serde_json::Value>)]
pub struct CreateThing {
    pub name: String,
}

fn decodes<E: Endpoint>() {}

fn main() {
    decodes::<GetUserLoosely>();
    decodes::<ListSessions>();
    decodes::<CreateThing>();
    let _: fn(&GetUserLoosely, &stytch_endpoint::Client) -> Result<HashMap<String, serde_json::Value>, _> =
        GetUserLoosely::send;
}
