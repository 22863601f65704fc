#![deny(warnings)]

use serde::Deserialize;
use stytch_endpoint::{stytch_endpoint, Endpoint};

#[derive(Deserialize)]
pub struct Done {
    pub request_id: String,
}

/// Fields named with raw identifiers (`r#type`) are named without the `r#` on the wire, in the
/// path template, in groups, in violations and in `Debug`, as serde names them.
#[stytch_endpoint(POST, "/v1/things/{type}", response = Done, exactly_one_of(r#ref, r#match))]
#[derive(Debug, Clone)]
pub struct CreateThing {
    #[stytch(non_empty)]
    pub r#type: String,
    #[stytch(non_empty, custom = check_loop)]
    pub r#loop: String,
    #[stytch(secret)]
    pub r#ref: Option<String>,
    pub r#match: Option<String>,
}

fn check_loop(value: &str) -> Result<(), String> {
    if value == "forever" {
        Err("must end".into())
    } else {
        Ok(())
    }
}

fn main() {
    let thing = CreateThing {
        r#type: "widget".into(),
        r#loop: "once".into(),
        r#ref: Some("hidden-ref-value".into()),
        r#match: None,
    };
    thing.validate().unwrap();
    assert_eq!(thing.path(), "/v1/things/widget");
    let mut body = Vec::new();
    thing.write_body(&mut body).unwrap();
    assert_eq!(String::from_utf8(body).unwrap(), r#"{"loop":"once","ref":"hidden-ref-value"}"#);
    let debug = format!("{thing:?}");
    assert!(debug.starts_with("CreateThing { type: \"widget\", loop: \"once\", ref: "), "{debug}");
    assert!(!debug.contains("hidden-ref-value"), "{debug}");

    let bad = CreateThing { r#type: String::new(), r#loop: "forever".into(), r#ref: None, ..thing };
    let err = bad.validate().unwrap_err();
    let fields: Vec<&str> = err.as_validation().unwrap().violations().iter().map(|v| v.field).collect();
    assert_eq!(fields, ["type", "loop", "ref"]);
}
