//! Endpoints declared outside the crate, as a user would: a GET with a path parameter and query
//! fields, and a POST.

use serde::{Deserialize, Serialize};
use serde_json::json;
use stytch_endpoint::{stytch_endpoint, Endpoint};
use stytch_endpoint_tests::{client_for, Reply, TestServer};

/// `GET /v1/users/{user_id}/sessions`: a made-up listing, to exercise path and query.
#[stytch_endpoint(GET, "/v1/users/{user_id}/sessions", response = SessionList)]
#[derive(Debug, Clone, Default)]
pub struct ListSessions {
    #[stytch(non_empty)]
    pub user_id: String,
    pub limit: Option<u32>,
    pub cursor: Option<String>,
    pub include_expired: bool,
    pub roles: Vec<String>,
}

#[derive(Debug, Deserialize, Serialize, PartialEq)]
pub struct SessionList {
    pub request_id: String,
    pub sessions: Vec<String>,
}

/// `POST /v1/users/{user_id}/notes`: a POST whose path parameter stays out of the body.
#[stytch_endpoint(POST, "/v1/users/{user_id}/notes", response = Created)]
#[derive(Clone, Default)]
pub struct CreateNote {
    pub user_id: String,
    #[stytch(non_empty)]
    pub text: String,
    pub pinned: Option<bool>,
}

#[derive(Debug, Deserialize)]
pub struct Created {
    pub request_id: String,
    pub note_id: String,
}

/// `DELETE` with only a path parameter.
#[stytch_endpoint(DELETE, "/v1/notes/{note_id}", response = Created)]
pub struct DeleteNote {
    pub note_id: String,
}

#[test]
fn get_puts_fields_in_the_query_and_encodes_the_path() {
    let server = TestServer::json(200, json!({"request_id": "r-1", "sessions": ["s1", "s2"]}));
    let request = ListSessions {
        user_id: "user-test/../ünïcode id".into(),
        limit: Some(20),
        cursor: None,
        include_expired: true,
        roles: vec!["admin".into(), "a&b=c".into()],
    };
    let response = request.send(&client_for(&server)).unwrap();
    assert_eq!(response, SessionList { request_id: "r-1".into(), sessions: vec!["s1".into(), "s2".into()] });

    let seen = server.only_request();
    assert_eq!(seen.method, "GET");
    assert_eq!(seen.path(), "/v1/users/user-test%2F..%2F%C3%BCn%C3%AFcode%20id/sessions");
    assert_eq!(seen.query(), Some("limit=20&include_expired=true&roles=admin&roles=a%26b%3Dc"));
    assert!(seen.body.is_empty());
    assert_eq!(seen.header("content-type"), Some("application/json"));
}

#[test]
fn post_leaves_path_parameters_out_of_the_body() {
    let server = TestServer::start(|_| Reply::json(200, &json!({"request_id": "r-2", "note_id": "n-1"})));
    let created = CreateNote { user_id: "user-test-1".into(), text: "hello".into(), pinned: None }
        .send(&client_for(&server))
        .unwrap();
    assert_eq!(created.note_id, "n-1");
    let seen = server.only_request();
    assert_eq!(seen.method, "POST");
    assert_eq!(seen.target, "/v1/users/user-test-1/notes");
    assert_eq!(seen.json(), json!({"text": "hello"}));
}

#[test]
fn delete_sends_no_body() {
    let server = TestServer::start(|_| Reply::json(200, &json!({"request_id": "r-3", "note_id": "n-9"})));
    DeleteNote { note_id: "n-9".into() }.send(&client_for(&server)).unwrap();
    let seen = server.only_request();
    assert_eq!(seen.method, "DELETE");
    assert_eq!(seen.target, "/v1/notes/n-9");
    assert!(seen.body.is_empty());
}

#[test]
fn an_empty_path_parameter_is_caught_before_sending() {
    let server = TestServer::json(200, json!({}));
    let err = CreateNote { user_id: String::new(), text: "x".into(), pinned: None }
        .send(&client_for(&server))
        .unwrap_err();
    let violations = err.as_validation().expect("a validation error");
    assert_eq!(violations.violations()[0].field, "user_id");
    assert_eq!(violations.violations()[0].code, stytch_endpoint::ViolationCode::EmptyPathParameter);
    assert!(server.requests().is_empty());
}

#[test]
fn the_declaration_stays_a_plain_struct() {
    // The user's own derives still apply, and the trait exposes the declaration.
    let request = ListSessions { user_id: "u".into(), ..Default::default() };
    let copy = request.clone();
    assert!(format!("{copy:?}").contains("ListSessions"));
    assert_eq!(<ListSessions as Endpoint>::PATH, "/v1/users/{user_id}/sessions");
    assert_eq!(request.path(), "/v1/users/u/sessions");
    assert_eq!(request.query().unwrap(), vec![("include_expired".to_owned(), "false".to_owned())]);
}

#[test]
fn secret_fields_are_listed_by_wire_name() {
    use stytch_endpoint::b2b::passwords::SessionReset;
    use stytch_endpoint::consumer::passwords::ExistingPasswordReset;
    assert_eq!(
        ExistingPasswordReset::SECRET_FIELDS,
        ["existing_password", "new_password", "session_token", "session_jwt"]
    );
    assert_eq!(SessionReset::SECRET_FIELDS, ["password", "session_token", "session_jwt"]);
    assert!(ListSessions::SECRET_FIELDS.is_empty());
}
