//! Response types declared by users with `#[stytch_object]` and `#[stytch_enum]`: the same
//! tolerance as the crate's own types (null or missing -> default, unknown fields ignored, only a
//! JSON object accepted, unknown enum values kept), secrets redacted in `Debug`, and `Ack` for
//! answers whose content does not matter.

use serde_json::json;
use stytch_endpoint::{stytch_endpoint, stytch_enum, stytch_object, Ack, Error};
use stytch_endpoint_tests::{client_for, Reply, TestServer};

/// `GET /v1/users/{user_id}`, as a user declares it.
#[stytch_endpoint(GET, "/v1/users/{user_id}", response = GetUserResponse)]
#[derive(Clone, Default)]
pub struct GetUser {
    #[stytch(non_empty)]
    pub user_id: String,
}

#[stytch_object]
#[derive(Clone, Default, PartialEq)]
pub struct GetUserResponse {
    pub request_id: String,
    pub user_id: String,
    pub status: UserStatus,
    pub emails: Vec<UserEmail>,
    pub name: Option<UserName>,
    pub status_code: i32,
}

#[stytch_object]
#[derive(Clone, Default, PartialEq)]
pub struct UserEmail {
    pub email_id: String,
    pub email: String,
    pub verified: bool,
}

#[stytch_object]
#[derive(Clone, Default, PartialEq)]
pub struct UserName {
    pub first_name: Option<String>,
    pub last_name: Option<String>,
}

#[stytch_enum]
#[serde(rename_all = "snake_case")]
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum UserStatus {
    Active,
    Pending,
    #[serde(rename = "locked-out", alias = "locked_out")]
    LockedOut,
    /// Any other status.
    Other(String),
}

fn get_user(body: serde_json::Value) -> Result<GetUserResponse, Error> {
    let server = TestServer::start(move |_| Reply::json(200, &body));
    GetUser { user_id: "user-test-1".into() }.send(&client_for(&server))
}

#[test]
fn null_or_missing_fields_take_their_default() {
    let decoded =
        get_user(json!({"request_id": "r-1", "user_id": null, "emails": null, "name": null, "status": null}))
            .unwrap();
    assert_eq!(decoded.request_id, "r-1");
    assert_eq!(decoded.user_id, "");
    assert!(decoded.emails.is_empty());
    assert_eq!(decoded.name, None);
    assert_eq!(decoded.status, UserStatus::Other(String::new()));
    assert_eq!(decoded.status_code, 0, "a missing field takes its default");
}

#[test]
fn unknown_fields_are_ignored_at_every_level() {
    let decoded = get_user(json!({
            "request_id": "r-2",
            "user_id": "user-test-1",
            "status": "active",
            "added_next_year": {"deep": [1, 2, 3]},
            "emails": [{"email_id": "e-1", "email": "ada@example.com", "verified": true, "primary": true}],
            "name": {"first_name": "Ada", "nickname": "A"},
            "status_code": 200,
    }))
    .unwrap();
    assert_eq!(decoded.user_id, "user-test-1");
    assert_eq!(decoded.status, UserStatus::Active);
    assert_eq!(
        decoded.emails,
        vec![UserEmail { email_id: "e-1".into(), email: "ada@example.com".into(), verified: true }]
    );
    assert_eq!(decoded.name, Some(UserName { first_name: Some("Ada".into()), last_name: None }));
    assert_eq!(decoded.status_code, 200);
}

#[test]
fn only_a_json_object_is_accepted() {
    // serde's derive alone fills a struct from an array, field by field.
    let positional = json!(["r-3", "user-test-1", "active", [], null, 200]);
    let err = get_user(positional.clone()).unwrap_err();
    assert!(matches!(err, Error::Decode(_)), "{err:?}");
    assert!(serde_json::from_value::<GetUserResponse>(positional).is_err());
    // Nested objects too.
    let nested = json!({"request_id": "r-4", "emails": [["e-1", "ada@example.com", true]]});
    assert!(serde_json::from_value::<GetUserResponse>(nested).is_err());
    for not_an_object in [json!("text"), json!(7), json!(true)] {
        assert!(serde_json::from_value::<GetUserResponse>(not_an_object).is_err());
    }
}

#[test]
fn a_field_of_the_wrong_json_type_still_fails() {
    let err = get_user(json!({"request_id": "r-5", "emails": "not a list"})).unwrap_err();
    assert!(matches!(err, Error::Decode(_)), "{err:?}");
}

#[test]
fn encoding_gives_back_what_was_decoded_without_nulls_for_missing_options() {
    let body = json!({
        "request_id": "r-6",
        "user_id": "user-test-1",
        "status": "something_new",
        "emails": [],
        "name": {"first_name": "Ada"},
        "status_code": 200,
    });
    let decoded: GetUserResponse = serde_json::from_value(body.clone()).unwrap();
    assert_eq!(decoded.status, UserStatus::Other("something_new".into()));
    assert_eq!(serde_json::to_value(&decoded).unwrap(), body);
}

/// A response with secrets, as `magic_links/authenticate` answers.
#[stytch_object]
#[derive(Clone, Default)]
pub struct Authenticated {
    pub request_id: String,
    pub user_id: String,
    #[stytch(secret)]
    pub session_token: String,
    #[stytch(secret)]
    pub session_jwt: Option<String>,
    #[stytch(secret)]
    pub claims: serde_json::Map<String, serde_json::Value>,
    pub r#type: String,
}

#[test]
fn secret_fields_are_redacted_in_debug() {
    let decoded: Authenticated = serde_json::from_value(json!({
        "request_id": "r-7",
        "user_id": "user-test-1",
        "session_token": "tok-Zq83-secret-token",
        "session_jwt": "jwt-Zq84-secret-jwt",
        "claims": {"role": "jwt-Zq85-claim"},
        "type": "magic_link",
    }))
    .unwrap();
    for printed in [format!("{decoded:?}"), format!("{decoded:#?}")] {
        assert!(!printed.contains("Zq8"), "{printed}");
        assert!(printed.contains("r-7") && printed.contains("user-test-1"), "{printed}");
        assert!(printed.contains("session_token: <redacted>"), "{printed}");
        assert!(printed.contains("Some(<redacted>)") || printed.contains("Some(\n"), "{printed}");
        assert!(printed.contains("type: \"magic_link\""), "raw identifiers print bare: {printed}");
    }
    // An empty token is worth seeing (no session was made), and so is a missing JWT.
    let empty = Authenticated::default();
    let printed = format!("{empty:?}");
    assert!(printed.contains("session_token: \"\"") && printed.contains("session_jwt: None"), "{printed}");
}

#[test]
fn open_enums_round_trip_known_and_unknown_values() {
    for (wire, value) in [
        ("active", UserStatus::Active),
        ("pending", UserStatus::Pending),
        ("locked-out", UserStatus::LockedOut),
        ("suspended", UserStatus::Other("suspended".into())),
        ("Active", UserStatus::Other("Active".into())),
        ("", UserStatus::Other(String::new())),
    ] {
        let decoded: UserStatus = serde_json::from_value(json!(wire)).unwrap();
        assert_eq!(decoded, value);
        assert_eq!(serde_json::to_value(&decoded).unwrap(), json!(wire));
        assert_eq!(decoded.as_str(), wire);
        assert_eq!(decoded.to_string(), wire);
        assert_eq!(wire.parse::<UserStatus>().unwrap(), value);
    }
    // An alias decodes, and encodes back under the variant's name.
    let alias: UserStatus = serde_json::from_value(json!("locked_out")).unwrap();
    assert_eq!(alias, UserStatus::LockedOut);
    assert_eq!(serde_json::to_value(&alias).unwrap(), json!("locked-out"));
    assert!(serde_json::from_value::<UserStatus>(json!(1)).is_err());
    assert_eq!(UserStatus::default(), UserStatus::Other(String::new()));
}

/// `DELETE /v1/users/{user_id}`: nothing in the answer matters but that Stytch acted.
#[stytch_endpoint(DELETE, "/v1/users/{user_id}", response = Ack)]
#[derive(Clone, Default)]
pub struct DeleteUser {
    #[stytch(non_empty)]
    pub user_id: String,
}

#[test]
fn ack_decodes_any_success_answer() {
    let server =
        TestServer::json(200, json!({"request_id": "r-8", "status_code": 200, "user_id": "user-test-1"}));
    let ack = DeleteUser { user_id: "user-test-1".into() }.send(&client_for(&server)).unwrap();
    assert_eq!(ack.request_id, "r-8");
    assert_eq!(ack.status_code, 200);
    assert_eq!(server.only_request().path(), "/v1/users/user-test-1");
    assert_eq!(format!("{ack:?}"), "Ack { request_id: \"r-8\", status_code: 200 }");
    let empty: Ack = serde_json::from_value(json!({})).unwrap();
    assert_eq!(empty, Ack::default());
}

/// Derives above the attribute see the enum as written, `Other` included.
#[derive(Clone, Debug, PartialEq)]
#[stytch_enum]
pub enum Shape {
    Round,
    Other(String),
}

#[test]
fn derives_above_the_enum_attribute_see_the_catch_all() {
    assert_eq!(format!("{:?}", Shape::Other("square".into())), "Other(\"square\")");
    assert_ne!(Shape::Other("square".into()), Shape::Other("oval".into()));
    assert_eq!(serde_json::from_value::<Shape>(json!("round")).unwrap(), Shape::Other("round".into()));
    assert_eq!(serde_json::from_value::<Shape>(json!("Round")).unwrap(), Shape::Round);
}

/// `POST /v1/users`: a creation whose answer is worth nothing without the new id.
#[stytch_endpoint(POST, "/v1/users", response = CreateUserResponse)]
#[derive(Clone, Default)]
pub struct CreateUser {
    pub email: String,
}

#[stytch_object]
#[derive(Clone, Default, PartialEq)]
pub struct CreateUserResponse {
    #[stytch(required)]
    pub request_id: String,
    #[stytch(required)]
    pub user_id: String,
    #[stytch(required)]
    pub emails: Option<Vec<UserEmail>>,
    pub status_code: i32,
}

#[test]
fn required_fields_make_an_empty_success_a_decode_error() {
    let create = |body: serde_json::Value| {
        let server = TestServer::start(move |_| Reply::json(201, &body));
        CreateUser { email: "ada@example.com".into() }.send(&client_for(&server))
    };
    let full = json!({"request_id": "request-id-test-1", "user_id": "user-test-1", "emails": [], "status_code": 201});
    assert_eq!(create(full.clone()).unwrap().user_id, "user-test-1");
    for missing in ["request_id", "user_id", "emails"] {
        for value in [None, Some(json!(null)), Some(json!(""))] {
            let mut body = full.clone();
            match &value {
                None => drop(body.as_object_mut().unwrap().remove(missing)),
                Some(v) => body[missing] = v.clone(),
            }
            if missing == "emails" && value == Some(json!("")) {
                continue; // a string where a list belongs is a type error, tested elsewhere
            }
            let err = create(body).unwrap_err();
            assert!(matches!(err, Error::Decode(_)), "{missing} = {value:?}: {err:?}");
            assert_eq!(err.status(), Some(201));
            assert!(err.to_string().contains(missing), "{err}");
        }
    }
    assert!(create(json!({})).is_err());
}
