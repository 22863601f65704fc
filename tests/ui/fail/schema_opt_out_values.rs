use stytch_endpoint::{stytch_endpoint, Ack};

/// The opt-outs take `false` and nothing else.
#[stytch_endpoint(POST, "/v1/passwords/existing_password/reset", response = Ack, schema = "off")]
#[derive(Default)]
pub struct Reset {
    pub email: String,
    pub existing_password: String,
    pub new_password: String,
    #[stytch(schema = true)]
    pub telemetry_id: Option<String>,
}

fn main() {}
