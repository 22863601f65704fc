use stytch_endpoint::{stytch_endpoint, Ack};

#[stytch_endpoint(POST, "/v1/things", response = Ack)]
#[serde(rename_all = "camelCasee")]
pub struct CreateThing {
    pub thing_name: String,
}

fn main() {}
