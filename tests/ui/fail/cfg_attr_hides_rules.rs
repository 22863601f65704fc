use serde::{Deserialize, Serialize};
use stytch_endpoint::stytch_endpoint;

#[derive(Deserialize)]
pub struct Done {
    pub request_id: String,
}

/// Rules and serde attributes behind a condition: the attribute cannot follow them.
#[stytch_endpoint(POST, "/v1/things", response = Done)]
#[derive(Serialize)]
pub struct Thing {
    #[cfg_attr(all(), stytch(non_empty))]
    pub name: String,
    #[cfg_attr(any(), doc = "fine", serde(rename = "Label"))]
    pub label: String,
    #[cfg_attr(all(), allow(unused))]
    pub fine: String,
}

fn main() {}
