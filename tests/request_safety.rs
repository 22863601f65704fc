//! What a declaration's values can never do on the wire: a path parameter that is a dot segment
//! or holds a control character, and a header value that holds CR or LF, are validation errors
//! and nothing is sent. Checked at `validate()`, through `send` and `Client::send`, over loopback.

use serde::Deserialize;
use serde_json::json;
use stytch_endpoint::{stytch_endpoint, Endpoint, Error, ViolationCode};
use stytch_endpoint_tests::{client_for, everything_printed, TestServer};

#[derive(Debug, Deserialize)]
pub struct Ack {
    pub request_id: String,
}

/// `DELETE /v1/b2b/organizations/{organization_id}/members/{member_id}`.
#[stytch_endpoint(DELETE, "/v1/b2b/organizations/{organization_id}/members/{member_id}", response = Ack)]
#[derive(Clone, Debug)]
pub struct DeleteMember {
    pub organization_id: String,
    #[stytch(non_empty)]
    pub member_id: String,
    #[stytch(header = "X-Stytch-Member-Session", secret)]
    pub member_session: Option<String>,
}

/// A list in a newtype: only serializing it shows that it is not one segment (a `Vec` written as
/// such is a compile error).
#[derive(serde::Serialize)]
pub struct Ids(Vec<String>);

/// A path parameter that serializes to a list.
#[stytch_endpoint(GET, "/v1/things/{ids}", response = Ack)]
pub struct GetThings {
    pub ids: Ids,
}

/// A numeric path parameter.
#[stytch_endpoint(GET, "/v1/things/{n}/{flag}", response = Ack)]
pub struct GetNumbered {
    pub n: i64,
    pub flag: bool,
}

fn delete(member_id: &str) -> DeleteMember {
    DeleteMember { organization_id: "org-1".into(), member_id: member_id.into(), member_session: None }
}

/// The violation codes of `request`'s validation.
fn codes(result: Result<(), Error>) -> Vec<(&'static str, ViolationCode)> {
    match result {
        Ok(()) => Vec::new(),
        Err(err) => err
            .as_validation()
            .expect("a validation error")
            .violations()
            .iter()
            .map(|v| (v.field, v.code))
            .collect(),
    }
}

const UNSAFE: &[&str] = &[".", "..", "a\0b", "\r\n", "x\ny", "tab\there", "\x1b[31m", "del\x7f", "\u{0}"];

#[test]
fn dot_segments_and_control_characters_fail_validation() {
    for value in UNSAFE {
        assert_eq!(
            codes(delete(value).validate()),
            [("member_id", ViolationCode::UnsafePathParameter)],
            "{value:?} must not pass"
        );
        let org = DeleteMember { organization_id: (*value).to_owned(), ..delete("m") };
        assert_eq!(codes(org.validate()), [("organization_id", ViolationCode::UnsafePathParameter)]);
    }
    assert_eq!(ViolationCode::UnsafePathParameter.as_str(), "unsafe_path_parameter");
}

#[test]
fn unsafe_path_parameters_are_never_sent() {
    let server = TestServer::json(200, json!({"request_id": "r"}));
    let client = client_for(&server);
    for value in UNSAFE {
        let request = delete(value);
        let err = request.send(&client).unwrap_err();
        assert!(err.as_validation().unwrap().has("member_id", ViolationCode::UnsafePathParameter));
        let err = client.send(&request).unwrap_err();
        assert!(err.as_validation().unwrap().has("member_id", ViolationCode::UnsafePathParameter));
        let printed = everything_printed(&err);
        assert!(
            !value.contains(char::is_alphabetic) || !printed.contains(value),
            "the value leaked: {printed}"
        );
    }
    assert!(server.requests().is_empty(), "nothing reaches the server");
    assert_eq!(server.connections(), 0);
}

#[test]
fn values_that_merely_contain_dots_are_sent_as_they_are() {
    let server = TestServer::json(200, json!({"request_id": "r"}));
    let client = client_for(&server);
    for value in ["a..b", "...", ".hidden", "v1.2", "..x", "x.."] {
        delete(value).send(&client).unwrap();
    }
    let targets: Vec<String> = server.requests().into_iter().map(|r| r.target).collect();
    assert_eq!(
        targets,
        [
            "/v1/b2b/organizations/org-1/members/a..b",
            "/v1/b2b/organizations/org-1/members/...",
            "/v1/b2b/organizations/org-1/members/.hidden",
            "/v1/b2b/organizations/org-1/members/v1.2",
            "/v1/b2b/organizations/org-1/members/..x",
            "/v1/b2b/organizations/org-1/members/x..",
        ]
    );
}

#[test]
fn an_empty_path_parameter_is_reported_once() {
    // `non_empty` reports it on `member_id`; the path check reports it on `organization_id`.
    assert_eq!(
        codes(DeleteMember { organization_id: String::new(), ..delete("") }.validate()),
        [("organization_id", ViolationCode::EmptyPathParameter), ("member_id", ViolationCode::Empty)]
    );
}

#[test]
fn a_path_parameter_must_serialize_to_one_scalar() {
    let err = GetThings { ids: Ids(vec!["a".into()]) }.validate().unwrap_err();
    assert!(err.as_validation().unwrap().has("ids", ViolationCode::PathParameterNotScalar));
    let server = TestServer::json(200, json!({"request_id": "r"}));
    assert!(GetThings { ids: Ids(vec![]) }.send(&client_for(&server)).unwrap_err().as_validation().is_some());
    assert!(server.requests().is_empty());

    let numbered = GetNumbered { n: -42, flag: true };
    numbered.send(&client_for(&server)).unwrap();
    assert_eq!(server.only_request().target, "/v1/things/-42/true");
}

#[test]
fn a_header_value_with_cr_or_lf_fails_validation_and_is_never_sent() {
    let server = TestServer::json(200, json!({"request_id": "r"}));
    let client = client_for(&server);
    for value in ["token\r\nX-Injected: 1", "token\n", "\rtoken", "nul\0", "bell\x07"] {
        let request = DeleteMember { member_session: Some(value.into()), ..delete("m-1") };
        assert_eq!(
            codes(request.validate()),
            [("X-Stytch-Member-Session", ViolationCode::UnsafeHeaderValue)]
        );
        let err = request.send(&client).unwrap_err();
        assert!(err
            .as_validation()
            .unwrap()
            .has("X-Stytch-Member-Session", ViolationCode::UnsafeHeaderValue));
        assert!(!everything_printed(&err).contains("token"), "the value leaked");
        assert!(!format!("{request:?}").contains("token"), "Debug shows the secret header");
    }
    assert!(server.requests().is_empty());

    // A tab is allowed; `None` sends no header at all.
    DeleteMember { member_session: Some("a\tb".into()), ..delete("m-1") }.send(&client).unwrap();
    delete("m-2").send(&client).unwrap();
    let seen = server.requests();
    assert_eq!(seen[0].header("x-stytch-member-session"), Some("a\tb"));
    assert_eq!(seen[1].header_count("x-stytch-member-session"), 0);
    assert_eq!(DeleteMember::SECRET_FIELDS, ["X-Stytch-Member-Session"]);
}
