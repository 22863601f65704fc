//! A crate that depends on `stytch-endpoint` under the name `stytch`, as
//! `stytch = { package = "stytch-endpoint", ... }` in its Cargo.toml does. Nothing named
//! `stytch_endpoint` resolves here, so the declarations below compile only if everything the
//! attributes (`#[stytch_endpoint]`, `#[stytch_object]`, `#[stytch_enum]`) write goes through the
//! `crate = stytch` path.

use serde::Deserialize;

#[derive(Debug, Deserialize)]
pub struct Ack {
    pub request_id: String,
}

/// `PUT /v1/b2b/organizations/{organization_id}/members/{member_id}`.
#[stytch::stytch_endpoint(
    PUT,
    "/v1/b2b/organizations/{organization_id}/members/{member_id}",
    response = Ack,
    crate = stytch,
    at_most_one_of(name, legacy_name)
)]
#[derive(Clone, Default)]
pub struct UpdateMember {
    #[stytch(non_empty)]
    pub organization_id: String,
    #[stytch(non_empty)]
    pub member_id: String,
    pub name: Option<String>,
    /// Not in Stytch's schema: left out of the check against it, as a field Stytch added after
    /// the schema was published would be.
    #[stytch(schema = false)]
    pub legacy_name: Option<String>,
    #[stytch(range(0..=10), schema = false)]
    pub level: Option<u8>,
    #[stytch(header = "X-Stytch-Member-Session", secret)]
    pub member_session: Option<String>,
}

/// `GET /v1/users` with query fields, `crate` spelled as serde spells it.
/// Stytch's schema has no such route: the declaration is left out of the check against it.
#[stytch::stytch_endpoint(GET, "/v1/users", response = Users, crate = "stytch", schema = false)]
pub struct ListUsers {
    pub limit: Option<u32>,
}

/// A response object, decoded through the renamed runtime.
#[stytch::stytch_object(crate = stytch)]
#[derive(Clone, Default, PartialEq)]
pub struct Users {
    #[stytch(required)]
    pub request_id: String,
    pub results: Vec<User>,
}

#[stytch::stytch_object(crate = "stytch")]
#[derive(Clone, Default, PartialEq)]
pub struct User {
    pub user_id: String,
    pub status: UserStatus,
    #[stytch(secret)]
    pub session_token: Option<String>,
}

/// An open enum, decoded through the renamed runtime.
#[stytch::stytch_enum(crate = stytch)]
#[serde(rename_all = "snake_case")]
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum UserStatus {
    Active,
    Pending,
    Other(String),
}

#[cfg(test)]
mod tests {
    use super::*;
    use stytch::Endpoint;

    #[test]
    fn the_renamed_runtime_serves_every_generated_item() {
        let member = UpdateMember {
            organization_id: "org-1".into(),
            member_id: "m-1".into(),
            name: Some("Ada".into()),
            member_session: Some("session-secret".into()),
            ..UpdateMember::default()
        };
        member.validate().unwrap();
        assert_eq!(member.path(), "/v1/b2b/organizations/org-1/members/m-1");
        let mut body = Vec::new();
        member.write_body(&mut body).unwrap();
        assert_eq!(body, br#"{"name":"Ada"}"#);
        assert_eq!(member.headers(), [("X-Stytch-Member-Session", "session-secret")]);
        assert!(!format!("{member:?}").contains("session-secret"));
        assert!(UpdateMember { level: Some(11), ..member.clone() }.validate().is_err());
        assert_eq!(ListUsers { limit: Some(3) }.query().unwrap(), [("limit".to_owned(), "3".to_owned())]);
    }

    #[test]
    fn objects_and_enums_decode_through_the_renamed_runtime() {
        let users: Users = serde_json::from_str(
            r#"{"request_id":"r-1","results":[{"user_id":"u-1","status":"active","session_token":"tok-3141"},
                {"user_id":"u-2","status":"frozen","extra":1}]}"#,
        )
        .unwrap();
        assert_eq!(users.results[0].status, UserStatus::Active);
        assert_eq!(users.results[1].status, UserStatus::Other("frozen".into()));
        assert!(!format!("{users:?}").contains("tok-3141"));
        assert!(serde_json::from_str::<Users>(r#"{"results":[]}"#).is_err());
        let back = serde_json::to_value(&users.results[1]).unwrap();
        assert_eq!(back, serde_json::json!({"user_id":"u-2","status":"frozen"}));
    }
}
