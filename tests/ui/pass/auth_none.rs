//! `auth = none` and `body = form`, and their defaults written out.

use stytch_endpoint::{stytch_endpoint, Ack, Auth, BodyFormat, Endpoint};

#[stytch_endpoint(POST, "/v1/public/{project_id}/oauth2/token", response = Ack, auth = none, body = form)]
pub struct FormToken {
    pub project_id: String,
    pub client_id: String,
    #[stytch(secret)]
    pub client_secret: String,
}

#[stytch_endpoint(POST, "/v1/public/{project_id}/oauth2/token", response = Ack, auth = none, body = json)]
pub struct JsonToken {
    pub project_id: String,
    #[stytch(secret)]
    pub client_secret: String,
}

#[stytch_endpoint(GET, "/v1/sessions/jwks/{project_id}", response = Ack, auth = project)]
pub struct Jwks {
    pub project_id: String,
}

fn main() {
    const _: () = assert!(matches!(FormToken::AUTH, Auth::None));
    const _: () = assert!(matches!(FormToken::BODY, BodyFormat::Form));
    const _: () = assert!(matches!(JsonToken::BODY, BodyFormat::Json));
    const _: () = assert!(matches!(Jwks::AUTH, Auth::Project));
    let token = FormToken { project_id: "p".into(), client_id: "c".into(), client_secret: "s".into() };
    let _ = (token.validate(), JsonToken { project_id: "p".into(), client_secret: "s".into() }.path());
    let _ = Jwks { project_id: "p".into() }.path();
}
