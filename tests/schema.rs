//! Declarations checked against Stytch's published schema: the crate's own endpoints pass, and a
//! response type with a misspelt or mistyped field is listed whole by `schema::check`.

use stytch_endpoint::b2b::passwords::SessionReset;
use stytch_endpoint::consumer::passwords::ExistingPasswordReset;
use stytch_endpoint::schema::{self, Problem};
use stytch_endpoint::{stytch_endpoint, stytch_object, Endpoint};

#[test]
fn the_crates_own_endpoints_match_the_schema() {
    schema::check::<ExistingPasswordReset>().unwrap();
    schema::check::<SessionReset>().unwrap();
    for (name, op) in
        [("ExistingPasswordReset", ExistingPasswordReset::SCHEMA), ("SessionReset", SessionReset::SCHEMA)]
    {
        let op = op.unwrap_or_else(|| panic!("{name} has no schema"));
        assert!(op.request.is_some() && op.response.is_some(), "{name}: {op:?}");
    }
}

/// `GET /v1/users/{user_id}` with a response declared by hand, with three mistakes in it.
#[stytch_endpoint(GET, "/v1/users/{user_id}", response = GetUserResponse)]
pub struct GetUser {
    pub user_id: String,
}

#[stytch_object]
#[derive(Clone, Default)]
pub struct GetUserResponse {
    pub request_id: String,
    /// Misspelt: Stytch sends `user_id`.
    pub usr_id: String,
    /// Mistyped: Stytch sends a string (RFC 3339).
    pub created_at: i64,
    /// A nested object, with a misspelt field of its own.
    pub name: Name,
    /// A list of nested objects.
    pub emails: Vec<Email>,
}

#[stytch_object]
#[derive(Clone, Default)]
pub struct Name {
    pub first_name: String,
    pub middle: String,
}

#[stytch_object]
#[derive(Clone, Default)]
pub struct Email {
    pub email_id: String,
    pub email: String,
    /// Mistyped: Stytch sends a boolean.
    pub verified: String,
}

#[test]
fn every_mistake_in_a_response_is_listed_with_its_path() {
    let mismatch = schema::check::<GetUser>().unwrap_err();
    let paths: Vec<(&str, bool)> = mismatch
        .problems
        .iter()
        .map(|p| match p {
            Problem::NotInSchema { path } => (path.as_str(), false),
            Problem::WrongType { path, .. } => (path.as_str(), true),
            other => panic!("{other:?}"),
        })
        .collect();
    for expected in
        [("usr_id", false), ("created_at", true), ("name.middle", false), ("emails[].verified", true)]
    {
        assert!(paths.contains(&expected), "{expected:?} not in {paths:?}\n{mismatch}");
    }
    assert_eq!(paths.len(), 4, "{mismatch}");
    let text = mismatch.to_string();
    assert!(
        text.starts_with("the response of GET /v1/users/{user_id} does not match Stytch's schema:"),
        "{text}"
    );
    assert!(text.contains("`created_at`: Stytch's schema has a string"), "{text}");
}

/// An endpoint Stytch's schema does not know: not checked, and `check` says so.
#[stytch_endpoint(POST, "/v1/brand_new/things", response = stytch_endpoint::Ack)]
pub struct NewThing {
    pub anything: i64,
}

#[test]
fn an_endpoint_outside_the_schema_is_reported_unchecked() {
    assert!(NewThing::SCHEMA.is_none());
    let mismatch = schema::check::<NewThing>().unwrap_err();
    assert_eq!(mismatch.problems, [Problem::NotInCatalogue]);
}
