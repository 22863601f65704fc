use stytch_endpoint::{stytch_endpoint, Ack};

#[stytch_endpoint(GET, "/v1/things/{thing}", response = Ack)]
pub struct GetThing {
    pub thing: (),
}

fn main() {}
