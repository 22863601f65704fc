use serde::Deserialize;
use stytch_endpoint::stytch_endpoint;

#[derive(Deserialize)]
pub struct Done {
    pub request_id: String,
}

#[stytch_endpoint(GET, "/v1/b2b/organizations/{organization_id}", response = Done)]
pub struct GetOrganization {
    #[stytch(header = "X-Organization")]
    pub organization_id: String,
    #[stytch(header = "X-Stytch-Member-Session")]
    pub session: Option<String>,
    #[stytch(header = "x-stytch-member-session")]
    pub again: Option<String>,
}

fn main() {}
