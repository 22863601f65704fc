use serde::Deserialize;
use stytch_endpoint::stytch_endpoint;

#[derive(Deserialize)]
pub struct Done {
    pub request_id: String,
}

#[stytch_endpoint(GET, "/v1/things", response = Done)]
pub struct ListOrganizations {
    #[stytch(header = "X-Page-Size")]
    pub page_size: u32,
}

fn main() {}
