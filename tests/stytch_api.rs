//! Real Stytch endpoints, declared as a user of the crate would declare them, each sent to a
//! loopback server that checks the exact wire form: method, path, query, headers and JSON body.
//! Linted with `clippy::pedantic`, so that the generated code stays quiet under it.

#![warn(clippy::pedantic)]

use serde::{Deserialize, Serialize};
use serde_json::{json, Map, Value};
use std::collections::HashMap;
use stytch_endpoint::{stytch_endpoint, Endpoint, ViolationCode};
use stytch_endpoint_tests::{client_for, expected_authorization, Recorded, TestServer};

/// What most Stytch answers share, read loosely.
#[derive(Debug, Deserialize)]
pub struct Ack {
    pub request_id: String,
    pub status_code: u16,
}

// ---------------------------------------------------------------------------------------------
// Consumer: users, sessions, magic links, OAuth.

/// `GET /v1/users/{user_id}`.
#[stytch_endpoint(GET, "/v1/users/{user_id}", response = HashMap<String, Value>)]
pub struct GetUser {
    #[stytch(non_empty)]
    pub user_id: String,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct Name {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub first_name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub middle_name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_name: Option<String>,
}

/// `PUT /v1/users/{user_id}`: a path parameter and a nested body.
#[stytch_endpoint(PUT, "/v1/users/{user_id}", response = Ack)]
#[derive(Debug, Default)]
pub struct UpdateUser {
    #[stytch(non_empty)]
    pub user_id: String,
    pub name: Option<Name>,
    #[stytch(max_json_size = 4096)]
    pub trusted_metadata: Option<Map<String, Value>>,
    pub untrusted_metadata: Option<Map<String, Value>>,
}

/// `DELETE /v1/users/{user_id}`.
#[stytch_endpoint(DELETE, "/v1/users/{user_id}", response = Ack)]
pub struct DeleteUser {
    #[stytch(non_empty)]
    pub user_id: String,
}

#[derive(Debug, Clone, Copy, Serialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum Operator {
    And,
    Or,
}

#[derive(Debug, Serialize)]
pub struct Operand {
    pub filter_name: String,
    pub filter_value: Value,
}

#[derive(Debug, Serialize)]
pub struct SearchQuery {
    pub operator: Operator,
    pub operands: Vec<Operand>,
}

/// `POST /v1/users/search`: a nested query object with an enum and a list.
#[stytch_endpoint(POST, "/v1/users/search", response = Ack)]
pub struct SearchUsers {
    pub cursor: Option<String>,
    #[stytch(range(1..=1000))]
    pub limit: Option<u32>,
    pub query: Option<SearchQuery>,
}

/// `POST /v1/sessions/authenticate`.
#[stytch_endpoint(POST, "/v1/sessions/authenticate", response = Ack,
                  exactly_one_of(session_token, session_jwt))]
#[derive(Default)]
pub struct AuthenticateSession {
    #[stytch(secret)]
    pub session_token: Option<String>,
    #[stytch(secret)]
    pub session_jwt: Option<String>,
    #[stytch(range(5..=527_040))]
    pub session_duration_minutes: Option<i32>,
    #[stytch(max_json_size = 4096, deny_keys("iss", "sub", "aud", "exp", "nbf", "iat", "jti"))]
    pub session_custom_claims: Option<Map<String, Value>>,
}

/// `POST /v1/sessions/revoke`.
#[stytch_endpoint(POST, "/v1/sessions/revoke", response = Ack,
                  exactly_one_of(session_id, session_token, session_jwt))]
#[derive(Default)]
pub struct RevokeSession {
    pub session_id: Option<String>,
    #[stytch(secret)]
    pub session_token: Option<String>,
    #[stytch(secret)]
    pub session_jwt: Option<String>,
}

/// `GET /v1/sessions`: a GET with its fields in the query.
#[stytch_endpoint(GET, "/v1/sessions", response = Ack)]
pub struct GetSessions {
    #[stytch(non_empty)]
    pub user_id: String,
}

/// `POST /v1/magic_links/email/send`.
#[stytch_endpoint(POST, "/v1/magic_links/email/send", response = Ack)]
#[derive(Default)]
pub struct SendMagicLink {
    #[stytch(non_empty, email)]
    pub email: String,
    pub login_magic_link_url: Option<String>,
    pub signup_magic_link_url: Option<String>,
    #[stytch(range(5..=10_080))]
    pub login_expiration_minutes: Option<u32>,
    pub locale: Option<String>,
}

#[derive(Debug, Clone, Copy, Serialize)]
pub enum OAuthProvider {
    #[serde(rename = "google")]
    Google,
    #[serde(rename = "microsoft")]
    Microsoft,
}

/// `GET /v1/public/oauth/{provider}/start`: an enum in the path, spelled by serde.
#[stytch_endpoint(GET, "/v1/public/oauth/{provider}/start", response = Ack)]
pub struct StartOAuth {
    pub provider: OAuthProvider,
    #[stytch(non_empty)]
    pub public_token: String,
    pub login_redirect_url: Option<String>,
    pub custom_scopes: Vec<String>,
}

// ---------------------------------------------------------------------------------------------
// B2B: organizations, members, SCIM, RBAC. RBAC-enforced calls authorize the member through a
// session header.

/// `GET /v1/b2b/organizations/{organization_id}`.
#[stytch_endpoint(GET, "/v1/b2b/organizations/{organization_id}", response = Ack)]
pub struct GetOrganization {
    #[stytch(non_empty)]
    pub organization_id: String,
}

/// `GET /v1/b2b/organizations/{organization_id}/member`: a path parameter and query fields.
#[stytch_endpoint(GET, "/v1/b2b/organizations/{organization_id}/member", response = Ack,
                  exactly_one_of(member_id, email_address))]
#[derive(Default)]
pub struct GetMember {
    #[stytch(non_empty)]
    pub organization_id: String,
    pub member_id: Option<String>,
    #[stytch(email)]
    pub email_address: Option<String>,
}

/// `PUT /v1/b2b/organizations/{organization_id}/members/{member_id}`: two path parameters, a
/// body, and the member's session as a header.
#[stytch_endpoint(PUT, "/v1/b2b/organizations/{organization_id}/members/{member_id}", response = Ack,
                  at_most_one_of(member_session, member_session_jwt))]
#[derive(Debug, Default)]
pub struct UpdateMember {
    #[stytch(non_empty)]
    pub organization_id: String,
    #[stytch(non_empty)]
    pub member_id: String,
    pub name: Option<String>,
    pub roles: Option<Vec<String>>,
    pub trusted_metadata: Option<Map<String, Value>>,
    pub mfa_enrolled: Option<bool>,
    #[stytch(header = "X-Stytch-Member-Session", secret)]
    pub member_session: Option<String>,
    #[stytch(header = "X-Stytch-Member-SessionJWT", secret)]
    pub member_session_jwt: Option<String>,
}

/// `DELETE /v1/b2b/organizations/{organization_id}/members/{member_id}`.
#[stytch_endpoint(DELETE, "/v1/b2b/organizations/{organization_id}/members/{member_id}", response = Ack)]
#[derive(Debug)]
pub struct DeleteMember {
    #[stytch(non_empty)]
    pub organization_id: String,
    #[stytch(non_empty)]
    pub member_id: String,
    #[stytch(header = "X-Stytch-Member-Session", secret)]
    pub member_session: String,
}

#[derive(Debug, Clone, Copy, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum IdentityProvider {
    Okta,
    MicrosoftEntra,
    Generic,
}

#[derive(Debug, Serialize)]
pub struct GroupRole {
    pub role_id: String,
    pub group_id: String,
}

/// `PUT /v1/b2b/scim/{organization_id}/connection/{connection_id}`.
#[stytch_endpoint(PUT, "/v1/b2b/scim/{organization_id}/connection/{connection_id}", response = Ack)]
pub struct UpdateScimConnection {
    pub organization_id: String,
    pub connection_id: String,
    pub display_name: Option<String>,
    pub identity_provider: Option<IdentityProvider>,
    pub scim_group_implicit_role_assignments: Vec<GroupRole>,
}

/// `GET /v1/b2b/rbac/policy`: no field at all.
#[stytch_endpoint(GET, "/v1/b2b/rbac/policy", response = HashMap<String, Value>)]
pub struct GetRbacPolicy {}

// ---------------------------------------------------------------------------------------------

/// Sends `request` to a server that answers `answer`, and returns what it decoded and what the
/// server saw.
fn exchange<E: Endpoint>(request: &E, answer: &Value) -> (E::Response, Recorded) {
    let server = TestServer::json(200, answer.clone());
    let response = client_for(&server).send(request).expect("the exchange succeeds");
    let seen = server.only_request();
    assert_eq!(seen.header("authorization"), Some(expected_authorization().as_str()));
    (response, seen)
}

fn ack() -> Value {
    json!({"request_id": "request-id-test-1", "status_code": 200})
}

fn body_text(seen: &Recorded) -> &str {
    std::str::from_utf8(&seen.body).unwrap()
}

#[test]
fn get_user() {
    let answer = json!({"request_id": "r", "status_code": 200, "user_id": "user-test-1", "emails": []});
    let (user, seen) = exchange(&GetUser { user_id: "user-test-1".into() }, &answer);
    assert_eq!(user["user_id"], "user-test-1");
    assert_eq!((seen.method.as_str(), seen.target.as_str()), ("GET", "/v1/users/user-test-1"));
    assert!(seen.body.is_empty());
}

#[test]
fn update_user_sends_a_nested_body() {
    let mut metadata = Map::new();
    metadata.insert("plan".into(), json!({"tier": "pro", "seats": 3}));
    let request = UpdateUser {
        user_id: "user-test-1".into(),
        name: Some(Name {
            first_name: Some("Ada".into()),
            last_name: Some("Lovelace".into()),
            ..Name::default()
        }),
        trusted_metadata: Some(metadata),
        untrusted_metadata: None,
    };
    let (ack, seen) = exchange(&request, &ack());
    assert_eq!(ack.status_code, 200);
    assert_eq!((seen.method.as_str(), seen.target.as_str()), ("PUT", "/v1/users/user-test-1"));
    assert_eq!(
        body_text(&seen),
        r#"{"name":{"first_name":"Ada","last_name":"Lovelace"},"trusted_metadata":{"plan":{"seats":3,"tier":"pro"}}}"#
    );
    assert_eq!(seen.header("content-type"), Some("application/json"));
}

#[test]
fn delete_user() {
    let (_, seen) = exchange(&DeleteUser { user_id: "user-test-1".into() }, &ack());
    assert_eq!((seen.method.as_str(), seen.target.as_str()), ("DELETE", "/v1/users/user-test-1"));
    assert!(seen.body.is_empty());
}

#[test]
fn search_users_sends_the_query_object() {
    let request = SearchUsers {
        cursor: None,
        limit: Some(200),
        query: Some(SearchQuery {
            operator: Operator::And,
            operands: vec![
                Operand { filter_name: "status".into(), filter_value: json!("active") },
                Operand { filter_name: "email_domain_fuzzy".into(), filter_value: json!(["example.com"]) },
            ],
        }),
    };
    let (_, seen) = exchange(&request, &ack());
    assert_eq!((seen.method.as_str(), seen.target.as_str()), ("POST", "/v1/users/search"));
    assert_eq!(
        seen.json(),
        json!({"limit": 200, "query": {"operator": "AND", "operands": [
            {"filter_name": "status", "filter_value": "active"},
            {"filter_name": "email_domain_fuzzy", "filter_value": ["example.com"]},
        ]}})
    );
}

#[test]
fn authenticate_and_revoke_sessions() {
    let request = AuthenticateSession {
        session_token: Some("session-token-secret".into()),
        session_duration_minutes: Some(60),
        ..AuthenticateSession::default()
    };
    let (_, seen) = exchange(&request, &ack());
    assert_eq!((seen.method.as_str(), seen.target.as_str()), ("POST", "/v1/sessions/authenticate"));
    assert_eq!(body_text(&seen), r#"{"session_token":"session-token-secret","session_duration_minutes":60}"#);

    let (_, seen) = exchange(
        &RevokeSession { session_id: Some("session-test-1".into()), ..RevokeSession::default() },
        &ack(),
    );
    assert_eq!((seen.method.as_str(), seen.target.as_str()), ("POST", "/v1/sessions/revoke"));
    assert_eq!(body_text(&seen), r#"{"session_id":"session-test-1"}"#);

    let both = RevokeSession {
        session_id: Some("s".into()),
        session_jwt: Some("j".into()),
        ..RevokeSession::default()
    };
    assert!(both
        .validate()
        .unwrap_err()
        .as_validation()
        .unwrap()
        .has("session_id", ViolationCode::ExactlyOneOf));
}

#[test]
fn get_sessions_puts_the_user_in_the_query() {
    let (_, seen) = exchange(&GetSessions { user_id: "user-test-1".into() }, &ack());
    assert_eq!((seen.method.as_str(), seen.target.as_str()), ("GET", "/v1/sessions?user_id=user-test-1"));
}

#[test]
fn send_magic_link() {
    let request = SendMagicLink {
        email: "ada@example.com".into(),
        login_magic_link_url: Some("https://example.com/authenticate?kind=login".into()),
        login_expiration_minutes: Some(30),
        ..SendMagicLink::default()
    };
    let (_, seen) = exchange(&request, &ack());
    assert_eq!((seen.method.as_str(), seen.target.as_str()), ("POST", "/v1/magic_links/email/send"));
    assert_eq!(
        body_text(&seen),
        r#"{"email":"ada@example.com","login_magic_link_url":"https://example.com/authenticate?kind=login","login_expiration_minutes":30}"#
    );
}

#[test]
fn an_enum_path_parameter_is_spelled_by_serde() {
    let request = StartOAuth {
        provider: OAuthProvider::Google,
        public_token: "public-token-test-1".into(),
        login_redirect_url: Some("https://example.com/a b".into()),
        custom_scopes: vec!["email".into(), "profile".into()],
    };
    assert_eq!(request.path(), "/v1/public/oauth/google/start");
    let (_, seen) = exchange(&request, &ack());
    assert_eq!(seen.method, "GET");
    assert_eq!(
        seen.target,
        "/v1/public/oauth/google/start?public_token=public-token-test-1\
         &login_redirect_url=https%3A%2F%2Fexample.com%2Fa%20b&custom_scopes=email&custom_scopes=profile"
    );
    let microsoft = StartOAuth { provider: OAuthProvider::Microsoft, ..request };
    assert_eq!(microsoft.path(), "/v1/public/oauth/microsoft/start");
}

#[test]
fn get_organization() {
    let (_, seen) = exchange(&GetOrganization { organization_id: "organization-test-1".into() }, &ack());
    assert_eq!(
        (seen.method.as_str(), seen.target.as_str()),
        ("GET", "/v1/b2b/organizations/organization-test-1")
    );
}

#[test]
fn get_member_has_a_path_and_a_query() {
    let request = GetMember {
        organization_id: "organization-test-1".into(),
        email_address: Some("ada+admin@example.com".into()),
        ..GetMember::default()
    };
    let (_, seen) = exchange(&request, &ack());
    assert_eq!(seen.method, "GET");
    assert_eq!(
        seen.target,
        "/v1/b2b/organizations/organization-test-1/member?email_address=ada%2Badmin%40example.com"
    );
}

#[test]
fn update_member_sends_two_path_parameters_a_body_and_a_session_header() {
    let request = UpdateMember {
        organization_id: "organization-test-1".into(),
        member_id: "member-test-2".into(),
        roles: Some(vec!["stytch_admin".into(), "billing".into()]),
        mfa_enrolled: Some(false),
        member_session: Some("member-session-secret".into()),
        ..UpdateMember::default()
    };
    assert_eq!(request.headers(), [("X-Stytch-Member-Session", "member-session-secret")]);
    let (_, seen) = exchange(&request, &ack());
    assert_eq!(
        (seen.method.as_str(), seen.target.as_str()),
        ("PUT", "/v1/b2b/organizations/organization-test-1/members/member-test-2")
    );
    assert_eq!(body_text(&seen), r#"{"roles":["stytch_admin","billing"],"mfa_enrolled":false}"#);
    assert_eq!(seen.header("x-stytch-member-session"), Some("member-session-secret"));
    assert_eq!(seen.header_count("x-stytch-member-session"), 1);
    assert_eq!(seen.header_count("x-stytch-member-sessionjwt"), 0, "None sends no header");

    let debug = format!("{request:?}");
    assert!(!debug.contains("member-session-secret"), "{debug}");
    assert_eq!(UpdateMember::SECRET_FIELDS, ["X-Stytch-Member-Session", "X-Stytch-Member-SessionJWT"]);
}

#[test]
fn delete_member_with_a_session_header() {
    let request = DeleteMember {
        organization_id: "organization-test-1".into(),
        member_id: "member-test-2".into(),
        member_session: "member-session-secret".into(),
    };
    let (_, seen) = exchange(&request, &ack());
    assert_eq!(
        (seen.method.as_str(), seen.target.as_str()),
        ("DELETE", "/v1/b2b/organizations/organization-test-1/members/member-test-2")
    );
    assert!(seen.body.is_empty());
    assert_eq!(seen.header("X-Stytch-Member-Session"), Some("member-session-secret"));
}

#[test]
fn update_scim_connection() {
    let request = UpdateScimConnection {
        organization_id: "organization-test-1".into(),
        connection_id: "scim-connection-test-3".into(),
        display_name: Some("Okta (prod)".into()),
        identity_provider: Some(IdentityProvider::MicrosoftEntra),
        scim_group_implicit_role_assignments: vec![GroupRole {
            role_id: "editor".into(),
            group_id: "g-1".into(),
        }],
    };
    let (_, seen) = exchange(&request, &ack());
    assert_eq!(
        (seen.method.as_str(), seen.target.as_str()),
        ("PUT", "/v1/b2b/scim/organization-test-1/connection/scim-connection-test-3")
    );
    assert_eq!(
        body_text(&seen),
        r#"{"display_name":"Okta (prod)","identity_provider":"microsoft-entra","scim_group_implicit_role_assignments":[{"role_id":"editor","group_id":"g-1"}]}"#
    );
    let _ = (IdentityProvider::Okta, IdentityProvider::Generic);
}

#[test]
fn get_rbac_policy() {
    let answer = json!({"request_id": "r", "status_code": 200, "policy": {"roles": [], "resources": []}});
    let (policy, seen) = exchange(&GetRbacPolicy {}, &answer);
    assert_eq!(policy["policy"]["roles"], json!([]));
    assert_eq!((seen.method.as_str(), seen.target.as_str()), ("GET", "/v1/b2b/rbac/policy"));
    assert!(seen.body.is_empty());
}
