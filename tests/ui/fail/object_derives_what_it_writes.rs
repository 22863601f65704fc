use stytch_endpoint::stytch_object;

#[stytch_object]
#[derive(Clone, Debug, serde::Deserialize)]
pub struct Session {
    #[stytch(secret)]
    pub session_token: String,
}

fn main() {}
