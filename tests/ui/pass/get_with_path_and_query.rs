#![deny(warnings)]

use serde::Deserialize;
use stytch_endpoint::{stytch_endpoint, Endpoint, Method};

#[derive(Debug, Deserialize)]
pub struct SessionList {
    pub request_id: String,
    pub sessions: Vec<String>,
}

/// A GET with a path parameter; the other fields form the query string.
#[stytch_endpoint(GET, "/v1/users/{user_id}/sessions", response = SessionList)]
#[derive(Debug, Clone, Default)]
pub struct ListSessions {
    #[stytch(non_empty)]
    pub user_id: String,
    #[stytch(range(1..=100))]
    pub limit: Option<u32>,
    pub cursor: Option<String>,
    pub roles: Vec<String>,
}

fn main() {
    let request = ListSessions {
        user_id: "user test/1".into(),
        limit: Some(10),
        cursor: None,
        roles: vec!["admin".into(), "viewer".into()],
    };
    assert_eq!(<ListSessions as Endpoint>::METHOD, Method::Get);
    assert_eq!(<ListSessions as Endpoint>::PATH, "/v1/users/{user_id}/sessions");
    assert_eq!(request.path(), "/v1/users/user%20test%2F1/sessions");
    let query = request.query().unwrap();
    let pairs: Vec<(&str, &str)> = query.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    assert_eq!(pairs, [("limit", "10"), ("roles", "admin"), ("roles", "viewer")]);
    let mut body = Vec::new();
    request.write_body(&mut body).unwrap();
    assert!(body.is_empty());
    request.validate().unwrap();

    let out_of_range = ListSessions { limit: Some(0), ..request.clone() };
    let err = out_of_range.validate().unwrap_err();
    let violations = err.as_validation().unwrap().violations();
    assert_eq!(violations.len(), 1);
    assert_eq!(violations[0].field, "limit");
}
