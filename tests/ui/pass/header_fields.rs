#![deny(warnings)]

use serde::Deserialize;
use std::borrow::Cow;
use stytch_endpoint::{stytch_endpoint, Endpoint};

#[derive(Deserialize)]
pub struct Done {
    pub request_id: String,
}

/// Header fields of every text type, secret or not, with rules of their own; none of them goes
/// into the body.
#[stytch_endpoint(POST, "/v1/b2b/organizations/{organization_id}/members", response = Done,
                  exactly_one_of(member_session, member_session_jwt))]
#[derive(Clone, Debug, Default)]
pub struct CreateMember {
    pub organization_id: String,
    #[stytch(non_empty, email)]
    pub email_address: String,
    #[stytch(header = "X-Stytch-Member-Session", secret)]
    pub member_session: Option<String>,
    #[stytch(secret, header = "X-Stytch-Member-SessionJWT")]
    pub member_session_jwt: Option<String>,
    #[stytch(header = "X-Request-Source", non_empty)]
    pub source: Cow<'static, str>,
    #[stytch(header = "x-trace")]
    pub trace: Option<Box<str>>,
}

fn main() {
    let request = CreateMember {
        organization_id: "org-1".into(),
        email_address: "ada@example.com".into(),
        member_session: Some("session-secret".into()),
        source: Cow::Borrowed("tests"),
        ..CreateMember::default()
    };
    request.validate().unwrap();
    assert_eq!(
        request.headers(),
        [("X-Stytch-Member-Session", "session-secret"), ("X-Request-Source", "tests")]
    );
    let mut body = Vec::new();
    request.write_body(&mut body).unwrap();
    assert_eq!(body, br#"{"email_address":"ada@example.com"}"#);
    assert!(!format!("{request:?}").contains("session-secret"));
    assert_eq!(CreateMember::SECRET_FIELDS, ["X-Stytch-Member-Session", "X-Stytch-Member-SessionJWT"]);
    let empty = CreateMember { source: Cow::Borrowed(""), ..request };
    assert!(empty
        .validate()
        .unwrap_err()
        .as_validation()
        .unwrap()
        .field("X-Request-Source")
        .next()
        .is_some());
}
