use stytch_endpoint::stytch_object;

#[stytch_object]
#[serde(transparent)]
pub struct Id {
    pub id: String,
}

fn main() {}
