use stytch_endpoint::stytch_object;

#[stytch_object]
pub struct Member {
    #[stytch(non_empty, secret)]
    pub member_id: String,
    #[stytch(secret, secret)]
    pub session_token: String,
}

fn main() {}
