use serde::Deserialize;
use stytch_endpoint::stytch_endpoint;

#[derive(Deserialize)]
pub struct Done {
    pub request_id: String,
}

#[stytch_endpoint(GET, "/v1/b2b/organizations/{organization_id}", response = Done)]
pub struct GetOrganization {
    pub organization_id: String,
    #[stytch(header = "X Stytch Member Session")]
    pub spaced: Option<String>,
    #[stytch(header = "X-Stytch-Member-Session:")]
    pub colon: Option<String>,
    #[stytch(header = "")]
    pub empty: Option<String>,
    #[stytch(header = X_Stytch)]
    pub bare: Option<String>,
}

fn main() {}
