//! Endpoints that take no project credentials (`auth = none`): Stytch's M2M token endpoint, which
//! authenticates with the M2M client's own id and secret in its body (JSON or a form, as OAuth 2.0
//! token endpoints take it), and the JWKS, which is public. What goes over the wire is checked on
//! a real loopback server.

use serde_json::json;
use stytch_endpoint::{stytch_endpoint, stytch_object, Auth, BodyFormat, Client, Endpoint};
use stytch_endpoint_tests::{client_for, expected_authorization, Reply, TestServer, PROJECT_ID};

/// `POST /v1/public/{project_id}/oauth2/token`, with a JSON body.
#[stytch_endpoint(POST, "/v1/public/{project_id}/oauth2/token", response = M2mToken, auth = none)]
#[derive(Clone, Default)]
pub struct M2mTokenJson {
    #[stytch(non_empty)]
    pub project_id: String,
    #[stytch(non_empty)]
    pub client_id: String,
    #[stytch(non_empty, secret)]
    pub client_secret: String,
    pub grant_type: String,
    pub scope: Option<String>,
}

/// The same endpoint, with the form body OAuth 2.0 clients send.
#[stytch_endpoint(POST, "/v1/public/{project_id}/oauth2/token", response = M2mToken, auth = none, body = form)]
#[derive(Clone, Default)]
pub struct M2mTokenForm {
    #[stytch(non_empty)]
    pub project_id: String,
    #[stytch(non_empty)]
    pub client_id: String,
    #[stytch(non_empty, secret)]
    pub client_secret: String,
    pub grant_type: String,
    pub scope: Option<String>,
}

#[stytch_object]
#[derive(Clone, Default)]
pub struct M2mToken {
    pub request_id: String,
    #[stytch(required, secret)]
    pub access_token: String,
    pub expires_in: i64,
    pub token_type: String,
}

/// `GET /v1/sessions/jwks/{project_id}`: public.
#[stytch_endpoint(GET, "/v1/sessions/jwks/{project_id}", response = serde_json::Value, auth = none)]
pub struct Jwks {
    pub project_id: String,
}

/// The default, written out.
#[stytch_endpoint(GET, "/v1/users/{user_id}", response = serde_json::Value, auth = project)]
pub struct GetUser {
    pub user_id: String,
}

const CLIENT_SECRET: &str = "m2m-secret-test-hunter2-0123456789";

fn token_reply() -> Reply {
    Reply::json(
        200,
        &json!({"request_id": "request-id-test-1", "status_code": 200, "access_token": "eyJ.m2m.jwt",
                "expires_in": 3600, "token_type": "bearer"}),
    )
}

fn json_request() -> M2mTokenJson {
    M2mTokenJson {
        project_id: PROJECT_ID.into(),
        client_id: "m2m-client-test-1".into(),
        client_secret: CLIENT_SECRET.into(),
        grant_type: "client_credentials".into(),
        scope: Some("read:users write:users".into()),
    }
}

#[test]
fn the_declaration_says_which_credentials_and_body() {
    assert_eq!(M2mTokenJson::AUTH, Auth::None);
    assert_eq!(M2mTokenJson::BODY, BodyFormat::Json);
    assert_eq!(M2mTokenForm::AUTH, Auth::None);
    assert_eq!(M2mTokenForm::BODY, BodyFormat::Form);
    assert_eq!(Jwks::AUTH, Auth::None);
    assert_eq!(GetUser::AUTH, Auth::Project);
    assert_eq!(M2mTokenJson::SECRET_FIELDS, ["client_secret"]);
    assert_eq!(M2mTokenForm::SECRET_FIELDS, ["client_secret"]);
}

#[test]
fn auth_none_sends_no_project_credentials_and_the_body_secret() {
    let server = TestServer::start(|_| token_reply());
    let token = json_request().send(&client_for(&server)).unwrap();
    assert_eq!(token.access_token, "eyJ.m2m.jwt");
    assert_eq!(token.expires_in, 3600);

    let seen = server.only_request();
    assert_eq!(seen.method, "POST");
    assert_eq!(seen.target, format!("/v1/public/{PROJECT_ID}/oauth2/token"));
    assert_eq!(seen.header("authorization"), None);
    assert_eq!(seen.header("content-type"), Some("application/json"));
    assert_eq!(
        seen.json(),
        json!({"client_id": "m2m-client-test-1", "client_secret": CLIENT_SECRET,
               "grant_type": "client_credentials", "scope": "read:users write:users"})
    );
}

#[test]
fn body_form_sends_a_urlencoded_body() {
    let server = TestServer::start(|_| token_reply());
    let request = M2mTokenForm {
        project_id: PROJECT_ID.into(),
        client_id: "m2m-client-test-1".into(),
        client_secret: "s3cr3t/+=&".into(),
        grant_type: "client_credentials".into(),
        scope: None,
    };
    request.send(&client_for(&server)).unwrap();
    let seen = server.only_request();
    assert_eq!(seen.header("authorization"), None);
    assert_eq!(seen.header("content-type"), Some("application/x-www-form-urlencoded"));
    // `None` is left out, as in the query; every reserved byte is percent-encoded.
    assert_eq!(
        String::from_utf8(seen.body).unwrap(),
        "client_id=m2m-client-test-1&client_secret=s3cr3t%2F%2B%3D%26&grant_type=client_credentials"
    );
    let mut body = Vec::new();
    M2mTokenForm { scope: Some("a b".into()), ..request }.write_body(&mut body).unwrap();
    assert!(body.ends_with(b"&scope=a%20b"), "{}", String::from_utf8_lossy(&body));
}

#[test]
fn secret_body_fields_stay_redacted() {
    let printed = format!("{:?}", json_request());
    assert!(!printed.contains("hunter2"), "{printed}");
    assert!(printed.contains("m2m-client-test-1"), "{printed}");
    let token: M2mToken = serde_json::from_value(json!({"access_token": "eyJ.m2m.jwt"})).unwrap();
    assert!(!format!("{token:?}").contains("eyJ.m2m.jwt"));
}

#[test]
fn a_public_get_sends_no_credentials_and_the_default_still_does() {
    let server = TestServer::start(|_| Reply::json(200, &json!({"keys": []})));
    let client = client_for(&server);
    Jwks { project_id: PROJECT_ID.into() }.send(&client).unwrap();
    GetUser { user_id: "user-test-1".into() }.send(&client).unwrap();
    json_request().validate().unwrap();
    let seen = server.requests();
    assert_eq!(seen[0].target, format!("/v1/sessions/jwks/{PROJECT_ID}"));
    assert_eq!(seen[0].header("authorization"), None);
    assert_eq!(seen[1].header("authorization"), Some(expected_authorization().as_str()));
}

#[test]
fn a_gateway_client_sends_no_credentials_for_either_kind() {
    let server = TestServer::start(|_| token_reply());
    let client = Client::gateway(&server.url()).unwrap();
    json_request().send(&client).unwrap();
    GetUser { user_id: "user-test-1".into() }.send(&client).unwrap();
    for seen in server.requests() {
        assert_eq!(seen.header("authorization"), None, "{}", seen.target);
    }
}
