#![deny(warnings)]

use serde_json::{Map, Value};
use stytch_endpoint::{stytch_endpoint, Ack};

/// Checked against Stytch's schema and right: every name and type fits.
#[stytch_endpoint(POST, "/v1/passwords/existing_password/reset", response = Ack)]
#[derive(Default)]
pub struct Reset {
    pub email: String,
    pub existing_password: String,
    pub new_password: String,
    pub session_duration_minutes: Option<u32>,
    pub session_custom_claims: Option<Map<String, Value>>,
    #[serde(rename = "telemetry_id")]
    pub telemetry: Option<String>,
}

/// A field Stytch added after its schema was published: left out of the check.
#[stytch_endpoint(POST, "/v1/passwords/existing_password/reset", response = Ack)]
#[derive(Default)]
pub struct ResetWithNewField {
    pub email: String,
    pub existing_password: String,
    pub new_password: String,
    #[stytch(schema = false)]
    pub brand_new_option: Option<bool>,
}

/// A whole declaration left out of the check.
#[stytch_endpoint(GET, "/v1/users/{id}", response = Ack, schema = false)]
pub struct GetUserById {
    pub id: String,
}

/// A path Stytch's schema does not know (an endpoint newer than the catalogue): not checked.
#[stytch_endpoint(POST, "/v1/brand_new/things", response = Ack)]
pub struct NewThing {
    pub anything: i64,
}

/// B2B headers are checked against the schema's too, as are path parameters and the body.
#[stytch_endpoint(POST, "/v1/b2b/passwords/session/reset", response = Ack)]
#[derive(Default)]
pub struct SessionReset {
    pub organization_id: String,
    pub password: String,
    #[stytch(header = "X-Stytch-Member-Session", secret)]
    pub member_session: Option<String>,
    pub session_token: Option<String>,
}

fn main() {}
