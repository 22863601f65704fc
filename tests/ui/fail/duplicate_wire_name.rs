use stytch_endpoint::{stytch_endpoint, Ack};

#[stytch_endpoint(POST, "/v1/passwords/migrate", response = Ack)]
pub struct Migrate {
    pub email: String,
    pub hash: String,
    #[serde(rename = "hash")]
    pub md5_hash: String,
}

fn main() {}
