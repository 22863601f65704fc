use stytch_endpoint::{stytch_endpoint, Ack};

#[stytch_endpoint(POST, "/v1/magic_links/email/send", response = Ack)]
pub struct SendMagicLink {
    #[stytch(required)]
    pub email: String,
}

fn main() {}
