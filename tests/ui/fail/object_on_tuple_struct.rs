use stytch_endpoint::stytch_object;

#[stytch_object]
pub struct Pair(pub String, pub u32);

fn main() {}
