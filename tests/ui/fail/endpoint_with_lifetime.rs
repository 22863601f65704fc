use stytch_endpoint::stytch_endpoint;

#[stytch_endpoint(POST, "/v1/magic_links/email/send", response = serde_json::Value)]
pub struct SendMagicLink<'a> {
    pub email: &'a str,
}

fn main() {}
