use stytch_endpoint::stytch_object;

#[stytch_object(strict)]
pub struct Id {
    pub id: String,
}

fn main() {}
