//! `non_empty` on a `#[stytch_enum]` field: the default `Other("")` is refused, a value is not.

use stytch_endpoint::{stytch_endpoint, stytch_enum, Ack, ViolationCode};

#[stytch_enum]
#[serde(rename_all = "snake_case")]
#[derive(Clone, Debug, PartialEq)]
pub enum ClientType {
    Confidential,
    Public,
    Other(String),
}

#[stytch_endpoint(POST, "/v1/connected_apps/clients", response = Ack)]
#[derive(Default)]
pub struct CreateClient {
    #[stytch(non_empty)]
    pub client_type: ClientType,
    /// Not in Stytch's schema: an `Option` of an open enum, for the rule's sake.
    #[stytch(non_empty, schema = false)]
    pub fallback_type: Option<ClientType>,
}

fn main() {
    let err = CreateClient::default().validate().unwrap_err();
    let violations = err.as_validation().unwrap();
    assert!(violations.has("client_type", ViolationCode::Empty), "{err}");
    assert_eq!(violations.violations().len(), 1);
    let ok =
        CreateClient { client_type: ClientType::Public, fallback_type: Some(ClientType::from("new_kind")) };
    ok.validate().unwrap();
}
