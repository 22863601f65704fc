use stytch_endpoint::{stytch_endpoint, Ack};

#[stytch_endpoint(POST, "/v1/sessions/authenticate", response = Ack)]
pub struct Authenticate {
    #[stytch(rnage(5..=527040))]
    pub session_duration_minutes: Option<i32>,
}

fn main() {}
