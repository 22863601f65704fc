use stytch_endpoint::stytch_endpoint;

#[stytch_endpoint(POST, "/v1/magic_links/email/send", response = impl serde::de::DeserializeOwned)]
pub struct SendMagicLink {
    pub email: String,
}

fn main() {}
