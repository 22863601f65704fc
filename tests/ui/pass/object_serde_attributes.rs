#![deny(warnings)]

use std::collections::HashMap;
use stytch_endpoint::{stytch_endpoint, stytch_object, Ack};

fn seven() -> u32 {
    7
}

/// What serde's derive accepts on a struct, `#[stytch_object]` accepts too.
#[stytch_object]
#[serde(rename_all = "camelCase")]
#[derive(Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct Page {
    /// `requestId` on the wire.
    pub request_id: String,
    #[serde(rename = "next_cursor")]
    pub cursor: ::core::option::Option<String>,
    #[serde(default = "seven")]
    pub limit: u32,
    #[serde(skip)]
    pub local_only: u64,
    #[serde(with = "as_text")]
    pub total: u64,
    #[serde(flatten)]
    pub rest: HashMap<String, serde_json::Value>,
    #[cfg(any())]
    pub compiled_out: NotAType,
    #[deprecated = "Stytch no longer sends it"]
    pub legacy: ::std::option::Option<bool>,
    #[stytch(secret)]
    pub r#ref: String,
}

mod as_text {
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(value: &u64, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&value.to_string())
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<u64, D::Error> {
        String::deserialize(deserializer)?.parse().map_err(serde::de::Error::custom)
    }
}

/// User types named like the std ones the generated code uses must not get in the way.
#[allow(dead_code)]
struct Result;
#[allow(dead_code)]
struct Option;

#[stytch_endpoint(GET, "/v1/pages", response = Page)]
pub struct ListPages {
    pub cursor: ::core::option::Option<String>,
}

#[stytch_endpoint(DELETE, "/v1/pages/{page_id}", response = Ack)]
pub struct DeletePage {
    pub page_id: String,
}

fn main() {
    let page: Page = serde_json::from_value(serde_json::json!({
        "requestId": "r-1",
        "next_cursor": null,
        "total": "12",
        "extra": 1,
        "ref": "hidden-value",
    }))
    .unwrap();
    assert_eq!(page.request_id, "r-1");
    assert_eq!(page.limit, 7);
    assert_eq!(page.total, 12);
    assert_eq!(page.rest.get("extra"), Some(&serde_json::json!(1)));
    assert!(!format!("{page:?}").contains("hidden-value"));
    let _ = ListPages { cursor: None };
    let _ = DeletePage { page_id: "p".into() };
}
