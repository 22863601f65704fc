#![deny(warnings)]

use serde::{Deserialize, Serialize};
use stytch_endpoint::{stytch_endpoint, Endpoint};

#[derive(Deserialize)]
pub struct Done {
    pub request_id: String,
}

/// Path parameters need `Serialize`, not `Display`: each is spelled as serde spells it.
#[derive(Clone, Copy, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Provider {
    Google,
    #[serde(rename = "microsoft-entra")]
    MicrosoftEntra,
}

#[derive(Serialize)]
pub struct OrganizationId(String);

#[stytch_endpoint(DELETE, "/v1/b2b/{organization_id}/providers/{provider}/{version}/{enabled}", response = Done)]
pub struct RemoveProvider {
    pub organization_id: OrganizationId,
    pub provider: Provider,
    pub version: u16,
    pub enabled: bool,
}

fn main() {
    let request = RemoveProvider {
        organization_id: OrganizationId("org 1".into()),
        provider: Provider::MicrosoftEntra,
        version: 2,
        enabled: false,
    };
    request.validate().unwrap();
    assert_eq!(request.path(), "/v1/b2b/org%201/providers/microsoft-entra/2/false");
    let google = RemoveProvider { provider: Provider::Google, ..request };
    assert_eq!(google.path(), "/v1/b2b/org%201/providers/google/2/false");
}
