use stytch_endpoint::stytch_endpoint;

pub struct NotDeserialize {
    pub request_id: String,
}

#[stytch_endpoint(POST, "/v1/things", response = NotDeserialize)]
pub struct Thing {
    pub name: String,
}

fn main() {}
