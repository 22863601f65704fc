#![deny(warnings)]

use serde::{Deserialize, Serialize};
use stytch_endpoint::{stytch_endpoint, Endpoint, ViolationCode};

#[derive(Deserialize)]
pub struct Done {
    pub request_id: String,
}

mod as_text {
    pub fn serialize<S: serde::Serializer>(value: &u64, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(value)
    }

    pub fn deserialize<'de, D: serde::Deserializer<'de>>(deserializer: D) -> Result<u64, D::Error> {
        let text = <String as serde::Deserialize>::deserialize(deserializer)?;
        text.parse().map_err(serde::de::Error::custom)
    }
}

/// The wire form follows serde: `rename_all`, `rename`, `skip_serializing_if`, `with`, `skip`.
#[stytch_endpoint(POST, "/v1/things", response = Done)]
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CreateThing {
    #[stytch(non_empty)]
    pub display_name: String,
    #[serde(rename = "org")]
    #[stytch(non_empty)]
    pub organization_id: String,
    #[serde(skip_serializing_if = "Vec::is_empty", default)]
    pub tags: Vec<String>,
    #[serde(with = "as_text")]
    pub ttl_seconds: u64,
    #[serde(skip)]
    pub local_note: bool,
    pub parent_id: Option<String>,
}

/// Without a serde derive, the attribute still reads `#[serde]` for the wire form and strips it.
#[stytch_endpoint(POST, "/v1/other", response = Done)]
pub struct Plain {
    #[serde(rename = "theName")]
    #[stytch(non_empty)]
    pub name: String,
}

/// `rename_all` may name the serializing rule alone.
#[stytch_endpoint(POST, "/v1/split", response = Done)]
#[derive(Serialize, Deserialize)]
#[serde(rename_all(serialize = "SCREAMING-KEBAB-CASE", deserialize = "snake_case"))]
pub struct Split {
    #[stytch(non_empty)]
    pub user_id: String,
}

fn body<E: Endpoint>(request: &E) -> serde_json::Value {
    let mut out = Vec::new();
    request.write_body(&mut out).unwrap();
    serde_json::from_slice(&out).unwrap()
}

fn main() {
    let thing = CreateThing {
        display_name: "Ada".into(),
        organization_id: "org-1".into(),
        tags: Vec::new(),
        ttl_seconds: 60,
        local_note: true,
        parent_id: None,
    };
    assert_eq!(body(&thing), serde_json::json!({"displayName": "Ada", "org": "org-1", "ttlSeconds": "60"}));
    let tagged = CreateThing { tags: vec!["a".into()], parent_id: Some("p".into()), ..thing.clone() };
    assert_eq!(
        body(&tagged),
        serde_json::json!({"displayName": "Ada", "org": "org-1", "tags": ["a"], "ttlSeconds": "60", "parentId": "p"})
    );
    // The user's own derive still sees the serde attributes (and, unlike the wire form, writes
    // `None` as `null`).
    assert_eq!(
        serde_json::to_value(&thing).unwrap(),
        serde_json::json!({"displayName": "Ada", "org": "org-1", "ttlSeconds": "60", "parentId": null})
    );

    let empty = CreateThing { display_name: String::new(), organization_id: String::new(), ..thing };
    let err = empty.validate().unwrap_err();
    let fields: Vec<(&str, ViolationCode)> =
        err.as_validation().unwrap().violations().iter().map(|v| (v.field, v.code)).collect();
    assert_eq!(fields, [("displayName", ViolationCode::Empty), ("org", ViolationCode::Empty)]);

    let plain = Plain { name: String::new() };
    assert_eq!(plain.validate().unwrap_err().as_validation().unwrap().violations()[0].field, "theName");
    let plain = Plain { name: "x".into() };
    assert_eq!(body(&plain), serde_json::json!({"theName": "x"}));

    let split = Split { user_id: String::new() };
    assert_eq!(split.validate().unwrap_err().as_validation().unwrap().violations()[0].field, "USER-ID");
    let split = Split { user_id: "u".into() };
    assert_eq!(body(&split), serde_json::json!({"USER-ID": "u"}));
    assert_eq!(serde_json::to_value(&split).unwrap(), body(&split));
}
