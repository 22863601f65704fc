use stytch_endpoint::{stytch_endpoint, Ack};

#[stytch_endpoint(POST, "/v1/passwords", response = Ack)]
pub struct CreatePassword {
    pub email: String,
    #[serde(skip)]
    #[stytch(non_empty)]
    pub note: String,
}

fn main() {}
