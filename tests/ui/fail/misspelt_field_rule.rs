use stytch_endpoint::{stytch_endpoint, Ack};

#[stytch_endpoint(POST, "/v1/magic_links/email/send", response = Ack)]
pub struct SendMagicLink {
    #[stytch(non_emtpy, emial)]
    pub email: String,
}

fn main() {}
