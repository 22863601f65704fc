use serde::Deserialize;
use stytch_endpoint::stytch_endpoint;

#[derive(Deserialize)]
pub struct Done {
    pub request_id: String,
}

fn positive(value: &i64) -> Result<(), String> {
    if *value > 0 {
        Ok(())
    } else {
        Err("must be positive".into())
    }
}

#[stytch_endpoint(POST, "/v1/things", response = Done)]
pub struct Thing {
    #[stytch(custom = positive)]
    pub name: String,
}
fn main() {}
