use stytch_endpoint::{stytch_endpoint, Ack};

/// A GET sends its fields as query parameters: they are checked against the schema's.
#[stytch_endpoint(GET, "/v1/b2b/organizations/{organization_id}/member", response = Ack)]
pub struct GetMember {
    pub organization_id: String,
    pub member_id: Option<String>,
    pub email_adress: Option<String>,
}

fn main() {}
