use serde::Deserialize;
use stytch_endpoint::stytch_endpoint;

#[derive(Deserialize)]
pub struct Done {
    pub request_id: String,
}

#[stytch_endpoint(GET, "/v1/b2b/organizations/{organization_id}", response = Done)]
pub struct GetOrganization {
    pub organization_id: String,
    #[stytch(header = "Authorization")]
    pub auth: Option<String>,
    #[stytch(header = "content-type")]
    pub kind: Option<String>,
    #[stytch(header = "HOST")]
    pub host: Option<String>,
    #[stytch(header = "Content-Length")]
    pub length: Option<String>,
}

fn main() {}
